// Helpers shared by scripts/bench.mjs and its parts: paths, medians, child processes, tables.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const OUT_DIR = path.join(ROOT, "bench-results");
export const WORK_DIR = path.join(OUT_DIR, ".work");
export const require = createRequire(import.meta.url);

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const log = (text) => process.stderr.write(`${text}\n`);
export const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
/** The machine's 1-minute load average now: other jobs on the machine slow every figure. */
export const load = () => round(os.loadavg()[0], 2);

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    throw new Error(`${command} ${args.slice(0, 3).join(" ")} … failed (exit ${result.status})`);
  }
  return result;
}

export function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach((p) => visit(path.join(ROOT, p)));
  return newest;
}

export function mtime(file) {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

/** `left`: the columns (by index) that are text; the others are right-aligned numbers. */
export function table(header, rows, left = [0]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const cell = (c, i) =>
    left.includes(i) ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]);
  const line = (cells) => `  ${cells.map(cell).join("  ").trimEnd()}`;
  return [line(header), `  ${widths.map((w) => "─".repeat(w)).join("  ")}`, ...rows.map(line)].join(
    "\n",
  );
}

export const thousands = (n) =>
  Math.round(n)
    .toLocaleString("sv-SE")
    .replace(/\u00a0/g, " ");
