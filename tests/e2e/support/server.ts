/**
 * Serves the built pane with the project's own static server (scripts/serve.mjs, the one
 * `npm run serve` uses, CSP header included) on a free localhost port. It runs as a child
 * process because the script is an ES module, which jest's CommonJS runtime cannot import.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import { ROOT } from "./build";

export interface PaneServer {
  /** e.g. http://localhost:41234 */
  origin: string;
  close(): Promise<void>;
}

export function startServer(dir: string): Promise<PaneServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, "scripts", "serve.mjs"), dir, "0"],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill();
    });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`scripts/serve.mjs did not start within 15 s:\n${output}`));
    }, 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ origin: `http://localhost:${match[1]}`, close });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`scripts/serve.mjs exited (${code}):\n${output}`));
    });
  });
}
