// Structuring before/after a change, on the same machine run (issue 15 / 17):
//   node scripts/structure-check.mjs snapshot <libDir> <outDir>
//     writes structureSheets' JSON for every fixture in examples/seeds and tests/fixtures/other,
//     so two outputs can be compared with `diff -r` (byte-identical unless a change is deliberate);
//   node scripts/structure-check.mjs bench <libBefore> <libAfter> [rows=10000] [pairs=7]
//     structures one synthetic sheet (scripts/bench/generate.mjs) with each lib, alternating, and
//     prints the median of each and their ratio. A paired ratio, not a timed assertion.
// <libDir> is a compiled core: `npx tsc -p tsconfig.cli.json --outDir <dir>`.
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { benchRows, seedActivityPool } from "./bench/generate.mjs";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FIXTURE_DIRS = ["examples/seeds", "tests/fixtures/other"];

function core(libDir) {
  const lib = path.resolve(libDir);
  return {
    ...require(path.join(lib, "core/structure")),
    ...require(path.join(lib, "core/grid")),
    standardProfile: require(path.join(lib, "core/profile/load")).standardProfile,
  };
}

function fixtureGrids(fixture, c) {
  return fixture.sheets.map((sheet) => ({
    sheet: sheet.name,
    rows: sheet.rows.map((row) => row.map((text) => (text === null || text === "" ? null : { kind: "text", text, value: text }))),
    merges: (sheet.merges ?? []).map((a1) => c.parseRange(a1)),
  }));
}

function snapshot(libDir, outDir) {
  const c = core(libDir);
  fs.mkdirSync(outDir, { recursive: true });
  for (const dir of FIXTURE_DIRS) {
    const full = path.join(ROOT, dir);
    if (!fs.existsSync(full)) continue;
    for (const name of fs.readdirSync(full).filter((n) => n.endsWith(".json")).sort()) {
      const fixture = JSON.parse(fs.readFileSync(path.join(full, name), "utf8"));
      const results = c.structureSheets(fixtureGrids(fixture, c), { profile: c.standardProfile, file: `${fixture.id}.xlsx` });
      fs.writeFileSync(path.join(outDir, name), `${JSON.stringify(results, null, 2)}\n`);
    }
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function bench(before, after, rows = 10_000, pairs = 7) {
  const a = core(before);
  const b = core(after);
  const pool = seedActivityPool(ROOT);
  const text = benchRows(pool, rows);
  const gridA = a.gridFromText("Uppföljning", text);
  const gridB = b.gridFromText("Uppföljning", text);
  for (let i = 0; i < 2; i++) {
    a.structureGrid(gridA, { profile: a.standardProfile });
    b.structureGrid(gridB, { profile: b.standardProfile });
  }
  const ta = [];
  const tb = [];
  for (let i = 0; i < pairs; i++) {
    let t = performance.now();
    const ra = a.structureGrid(gridA, { profile: a.standardProfile });
    ta.push(performance.now() - t);
    t = performance.now();
    const rb = b.structureGrid(gridB, { profile: b.standardProfile });
    tb.push(performance.now() - t);
    if (!ra.ok || !rb.ok || ra.report.activities.length !== rb.report.activities.length) throw new Error("the two cores disagree on the bench sheet");
  }
  const ma = median(ta);
  const mb = median(tb);
  console.log(JSON.stringify({ rows, pairs, beforeMs: Math.round(ma), afterMs: Math.round(mb), ratio: Number((mb / ma).toFixed(3)) }));
}

const [command, ...args] = process.argv.slice(2);
if (command === "snapshot") snapshot(args[0], args[1]);
else if (command === "bench") bench(args[0], args[1], args[2] ? Number(args[2]) : undefined, args[3] ? Number(args[3]) : undefined);
else {
  console.error("Användning: node scripts/structure-check.mjs snapshot <lib> <ut> | bench <lib-före> <lib-efter> [rader] [par]");
  process.exit(2);
}
