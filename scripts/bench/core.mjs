// In-process parts of scripts/bench.mjs: core throughput on grids in memory, consolidation
// against the ExcelJS read floor inside one process (where the time goes), and context.sync()
// round trips per Office operation on the fake Excel API.
import * as fs from "node:fs";
import * as path from "node:path";
import {
  log,
  median,
  mtime,
  newestMtime,
  OUT_DIR,
  require,
  ROOT,
  round,
  run,
  WORK_DIR,
} from "./common.mjs";
import { benchRows } from "./generate.mjs";

const SIZES = [100, 1_000, 10_000, 100_000];
const RUNS = { 100: 15, 1_000: 9, 10_000: 5, 100_000: 3 };
const CONSOLIDATION_RUNS = 3;

// ─── 1. Core throughput ─────────────────────────────────────────────────────────────────────

/** This process's CPU time in ms (user + system): unlike wall time, it does not count waiting for a core. */
function cpuMs() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

export function benchCore(pool) {
  const { structureGrid } = require(path.join(ROOT, "lib/core/structure"));
  const { validateReport } = require(path.join(ROOT, "lib/core/validate"));
  const { standardProfile: profile } = require(path.join(ROOT, "lib/core/profile/load"));
  const { gridFromText } = require(path.join(ROOT, "lib/core/grid"));
  const results = [];
  // Warm-up: the JIT and the parsers' caches, as in a pane that has been used once.
  {
    const grid = gridFromText("Uppföljning", benchRows(pool, 1_000));
    const warm = structureGrid(grid, { profile });
    validateReport(warm.report, { profile, grid });
  }
  for (const size of SIZES) {
    const grid = gridFromText("Uppföljning", benchRows(pool, size));
    // CPU time of each run (the throughput figures), wall time beside it.
    const structureMs = [];
    const validateMs = [];
    const structureWallMs = [];
    const validateWallMs = [];
    let activities = 0;
    let findings = 0;
    for (let i = 0; i < RUNS[size]; i++) {
      let t = performance.now();
      let c = cpuMs();
      const result = structureGrid(grid, { profile });
      structureMs.push(cpuMs() - c);
      structureWallMs.push(performance.now() - t);
      if (!result.ok) throw new Error(`Strukturering misslyckades: ${result.message}`);
      activities = result.report.activities.length;
      t = performance.now();
      c = cpuMs();
      findings = validateReport(result.report, { profile, grid, register: result.register }).length;
      validateMs.push(cpuMs() - c);
      validateWallMs.push(performance.now() - t);
    }
    const s = median(structureMs);
    const v = median(validateMs);
    results.push({
      activities,
      rows: grid.rows.length,
      runs: RUNS[size],
      structureMs: round(s),
      structureWallMs: round(median(structureWallMs)),
      validateWallMs: round(median(validateWallMs)),
      // The fastest run too: on a shared machine the spread between runs is large.
      structureBestMs: round(Math.min(...structureMs)),
      validateBestMs: round(Math.min(...validateMs)),
      structurePerSecond: Math.round((activities / s) * 1000),
      validateMs: round(v),
      validatePerSecond: Math.round((activities / v) * 1000),
      findings,
    });
    log(
      `  ${String(activities).padStart(7)} aktiviteter: strukturering ${round(s)} ms CPU (${round(median(structureWallMs))} ms), kontroll ${round(v)} ms CPU (${round(median(validateWallMs))} ms)`,
    );
  }
  return results;
}

// ─── 2. Consolidation against the ExcelJS read floor ───────────────────────────────────────

export async function benchConsolidation(files) {
  const ExcelJS = require("exceljs");
  const { consolidateSources, writeSummary } = require(path.join(ROOT, "lib/core/workflow"));
  const { renderSummaryHtml } = require(path.join(ROOT, "lib/core/consolidate"));
  const { FileWorkbook } = require(path.join(ROOT, "lib/workbook/file"));
  const { standardProfile: profile } = require(path.join(ROOT, "lib/core/profile/load"));
  const buffers = files.map((file) => fs.readFileSync(file));

  // Warm-up on a few files: both sides get a JIT-compiled run before anything is timed.
  for (const buffer of buffers.slice(0, 5)) await new ExcelJS.Workbook().xlsx.load(buffer);
  await consolidateSources(
    buffers.slice(0, 5).map((buffer, n) => ({
      file: path.basename(files[n]),
      open: () => FileWorkbook.open(new Uint8Array(buffer)),
    })),
    { profile, now: new Date() },
  );

  const floorMs = [];
  const readMs = [];
  const totalMs = [];
  let summary;
  for (let i = 0; i < CONSOLIDATION_RUNS; i++) {
    let t = performance.now();
    for (const buffer of buffers) await new ExcelJS.Workbook().xlsx.load(buffer);
    floorMs.push(performance.now() - t);

    t = performance.now();
    summary = await consolidateSources(
      buffers.map((buffer, n) => ({
        file: path.basename(files[n]),
        open: () => FileWorkbook.open(new Uint8Array(buffer)),
      })),
      { profile, now: new Date() },
    );
    readMs.push(performance.now() - t);
    const workbook = FileWorkbook.create();
    await writeSummary(workbook, summary, profile);
    await workbook.save();
    renderSummaryHtml(summary, profile);
    totalMs.push(performance.now() - t);
    log(
      `  körning ${i + 1}: ExcelJS ${round(floorMs[i] / 1000, 2)} s, sammanställning ${round(readMs[i] / 1000, 2)} s (med skrivning ${round(totalMs[i] / 1000, 2)} s)`,
    );
  }
  const floor = median(floorMs);
  const read = median(readMs);
  const total = median(totalMs);
  return {
    workbooks: files.length,
    activities: summary.totals.activities,
    conservationOk: summary.conservation.ok,
    runs: CONSOLIDATION_RUNS,
    excelJsReadFloorMs: Math.round(floor),
    consolidateMs: Math.round(read),
    consolidateAndWriteMs: Math.round(total),
    // Paired per run (the floor and ours run back to back), so load changes between runs cancel out.
    ratio: round(median(readMs.map((ms, i) => ms / floorMs[i])), 2),
    ratioWithWriting: round(median(totalMs.map((ms, i) => ms / floorMs[i])), 2),
  };
}

// ─── 4. context.sync() per Office operation ────────────────────────────────────────────────

export function benchOfficeSyncs(pool) {
  const build = path.join(OUT_DIR, ".build");
  const entry = path.join(build, "scripts/bench/office-syncs.js");
  const sources = [
    "src/workbook/office",
    "src/core",
    "tests/workbook/office/fake-excel.ts",
    "scripts/bench/office-syncs.ts",
  ];
  if (mtime(entry) <= newestMtime(sources)) {
    log("  kompilerar adaptern och den simulerade Excel (tsc) …");
    fs.rmSync(build, { recursive: true, force: true });
    run(process.execPath, [
      require.resolve("typescript/bin/tsc"),
      "-p",
      "scripts/bench/tsconfig.json",
    ]);
  }
  const smallActivities = pool.length;
  const largeActivities = 20_000;
  const input = path.join(WORK_DIR, "office-rows.json");
  fs.writeFileSync(
    input,
    JSON.stringify({
      small: benchRows(pool, smallActivities),
      large: benchRows(pool, largeActivities),
      activitiesSmall: smallActivities,
      activitiesLarge: largeActivities,
    }),
  );
  return JSON.parse(run(process.execPath, [entry, input]).stdout);
}
