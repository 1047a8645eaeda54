/**
 * The built pane for the browser tests: a production webpack build of the current source, plus
 * the example workbooks the standalone pane serves at ./examples/<id>.xlsx.
 *
 * The build goes to test-results/e2e/pane (not dist/) so that a developer's `npm run build`
 * running at the same time cannot delete files under a running test, and the tests never leave
 * a half-built dist/ behind. It is rebuilt only when an input changed (a hash over src/, the
 * webpack config, the CSP, tsconfig, the lockfile and the seed fixtures), so a second `npm test`
 * costs no build at all; webpack's filesystem cache makes a rebuild after a small edit quick.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { renderExamples } from "../../../src/cli/commands/examples";

export const ROOT = path.resolve(__dirname, "../../..");
export const E2E_OUTPUT = path.join(ROOT, "test-results", "e2e");
export const PANE_DIR = path.join(E2E_OUTPUT, "pane");
const STAMP_FILE = path.join(PANE_DIR, ".inputs-hash");
const LOCK_DIR = path.join(E2E_OUTPUT, "build.lock");
const SEED_FIXTURES = path.join(ROOT, "examples", "seeds");

const INPUTS = [
  "src",
  "webpack.config.js",
  "scripts/csp.cjs",
  "tsconfig.json",
  "package-lock.json",
  "examples/seeds",
];

function filesUnder(target: string): string[] {
  if (!fs.existsSync(target)) return [];
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs
    .readdirSync(target, { withFileTypes: true })
    .flatMap((entry) => filesUnder(path.join(target, entry.name)))
    .sort();
}

/** A hash over every input of the build: same hash, same pane. */
export function inputsHash(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap((input) => filesUnder(path.join(ROOT, input)))) {
    hash.update(path.relative(ROOT, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

function runWebpack(outDir: string): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const args = [
    cli,
    "--mode",
    "production",
    "--output-path",
    outDir,
    "--cache-type",
    "filesystem",
    "--cache-cache-directory",
    path.join(ROOT, "node_modules", ".cache", "webpack-e2e"),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`webpack failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  fs.mkdirSync(E2E_OUTPUT, { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      break;
    } catch {
      // Another jest worker builds; a lock older than 10 minutes is from a killed run.
      const age = Date.now() - fs.statSync(LOCK_DIR, { throwIfNoEntry: false })!.mtimeMs;
      if (Number.isFinite(age) && age > 10 * 60_000)
        fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      if (Date.now() - started > 10 * 60_000) throw new Error(`Timed out waiting for ${LOCK_DIR}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

export interface BuiltPane {
  dir: string;
  /** Whether this call ran webpack (false: the previous build was still current). */
  built: boolean;
  ms: number;
}

/** Builds the pane into test-results/e2e/pane unless the build there is current. */
export async function ensurePaneBuilt(): Promise<BuiltPane> {
  const started = Date.now();
  return withLock(async () => {
    const hash = inputsHash();
    const current = fs.existsSync(STAMP_FILE) && fs.readFileSync(STAMP_FILE, "utf8") === hash;
    if (!current) {
      await runWebpack(PANE_DIR);
      await renderExamples(SEED_FIXTURES, path.join(PANE_DIR, "examples"));
      fs.writeFileSync(STAMP_FILE, hash);
    }
    return { dir: PANE_DIR, built: !current, ms: Date.now() - started };
  });
}
