/**
 * The bad-file corpus for the reliability tests: built by scripts/make-bad-files.mjs (run as a
 * user would, in a child process) into a temp folder named after the script's and manifest's
 * content, so the test files share one build and a changed script builds afresh.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const SCRIPT = path.join(ROOT, "scripts/make-bad-files.mjs");
export const CORPUS_JSON = path.join(ROOT, "tests/fixtures/bad/corpus.json");

export interface CorpusEntry {
  file: string;
  made: string;
  readable: boolean;
  code: string | null;
  message: string;
  exitCode: number;
  activities?: number;
  rules?: string[];
}

export function readCorpus(): CorpusEntry[] {
  return (JSON.parse(fs.readFileSync(CORPUS_JSON, "utf8")) as { files: CorpusEntry[] }).files;
}

/** Builds the corpus (once per content) and returns its folder. */
export function buildCorpus(): string {
  const hash = createHash("sha256")
    .update(fs.readFileSync(SCRIPT))
    .update(fs.readFileSync(CORPUS_JSON))
    .digest("hex")
    .slice(0, 16);
  const dir = path.join(os.tmpdir(), `uppfoljning-bad-${hash}`);
  if (fs.existsSync(path.join(dir, ".complete"))) return dir;
  // Build aside and rename into place, so parallel jest workers never see half a corpus.
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "uppfoljning-bad-staging-"));
  execFileSync(process.execPath, [SCRIPT, staging], { cwd: ROOT, stdio: "pipe" });
  fs.writeFileSync(path.join(staging, ".complete"), "");
  try {
    fs.renameSync(staging, dir);
  } catch {
    fs.rmSync(staging, { recursive: true, force: true }); // another worker got there first
  }
  if (!fs.existsSync(path.join(dir, ".complete")))
    throw new Error(`the bad-file corpus was not built in ${dir}`);
  return dir;
}
