// npm run bench: the performance figures of the README, measured in one run on this machine.
//
//   1. core structuring and validation throughput at 100 / 1,000 / 10,000 / 100,000 activities
//      (realistic sheets from the seed fixtures, scripts/bench/generate.mjs; grid in memory)
//   2. consolidation of 50 generated workbooks × 500 activities (written by ExcelJS, as another
//      program would) against the ExcelJS read floor (the same buffers loaded by ExcelJS alone),
//      in this process: where the time goes
//   3. the target itself: the real CLI consolidating those 50 files (reading, checking, writing
//      the .xlsx and .html) against a process that only loads them with ExcelJS, run in pairs;
//      wall time, and the CLI's peak memory (max RSS)
//   4. context.sync() round trips per Office operation (the adapter on the fake Excel API)
//   5. the task pane's initial JavaScript, gzipped (webpack production build)
//
// Every time is the median of several runs. Prints a table and writes bench-results/latest.json.
// Uses only Node built-ins and the project's own build (lib/, dist/); builds them when stale.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as zlib from "node:zlib";
import { benchRows, seedActivityPool } from "./bench/generate.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = path.join(ROOT, "bench-results");
const WORK_DIR = path.join(OUT_DIR, ".work");
const require = createRequire(import.meta.url);
const started = performance.now();

const SIZES = [100, 1_000, 10_000, 100_000];
const RUNS = { 100: 15, 1_000: 9, 10_000: 5, 100_000: 3 };
const WORKBOOKS = 50;
const ACTIVITIES_PER_WORKBOOK = 500;
const CONSOLIDATION_RUNS = 3;
/** Pairs of child runs (ExcelJS alone, then the CLI), so load changes hit both alike. */
const CLI_RUNS = 3;
const TARGETS = {
  validationPerSecond: 200_000,
  structuringPerSecond: 100_000,
  consolidationRatio: 1.5,
  bundleGzipKB: 300,
  peakMemoryMB: 500,
};
const ORGANISATIONS = [
  "Kultur- och fritidsförvaltningen",
  "Utbildningsförvaltningen",
  "Socialförvaltningen",
  "Vård- och omsorgsförvaltningen",
  "Miljö- och samhällsbyggnadsförvaltningen",
  "Kommunledningsförvaltningen",
  "Tekniska förvaltningen",
  "Barn- och ungdomsförvaltningen",
  "Arbetsmarknadsförvaltningen",
  "Räddningstjänsten",
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const log = (text) => process.stderr.write(`${text}\n`);
const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function run(command, args, options = {}) {
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

function newestMtime(paths) {
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

function mtime(file) {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

/** lib/ is what bin/uppfoljning.js runs; rebuild it when a source file is newer. */
function ensureCli() {
  const main = path.join(ROOT, "lib/cli/main.js");
  if (
    mtime(main) >
    newestMtime([
      "src/core",
      "src/workbook/spec",
      "src/workbook/file",
      "src/cli",
      "tsconfig.cli.json",
    ])
  )
    return;
  log("Bygger kommandoraden (lib/) …");
  run(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"]);
}

// ─── 1. Core throughput ─────────────────────────────────────────────────────────────────────

function benchCore(pool) {
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
    const structureMs = [];
    const validateMs = [];
    let activities = 0;
    let findings = 0;
    for (let i = 0; i < RUNS[size]; i++) {
      let t = performance.now();
      const result = structureGrid(grid, { profile });
      structureMs.push(performance.now() - t);
      if (!result.ok) throw new Error(`Strukturering misslyckades: ${result.message}`);
      activities = result.report.activities.length;
      t = performance.now();
      findings = validateReport(result.report, { profile, grid, register: result.register }).length;
      validateMs.push(performance.now() - t);
    }
    const s = median(structureMs);
    const v = median(validateMs);
    results.push({
      activities,
      rows: grid.rows.length,
      runs: RUNS[size],
      structureMs: round(s),
      // The fastest run too: on a shared machine the spread between runs is large.
      structureBestMs: round(Math.min(...structureMs)),
      validateBestMs: round(Math.min(...validateMs)),
      structurePerSecond: Math.round((activities / s) * 1000),
      validateMs: round(v),
      validatePerSecond: Math.round((activities / v) * 1000),
      findings,
    });
    log(
      `  ${String(activities).padStart(7)} aktiviteter: strukturering ${round(s)} ms, kontroll ${round(v)} ms`,
    );
  }
  return results;
}

// ─── 2. Consolidation against the ExcelJS read floor ───────────────────────────────────────

/** The workbook ExcelJS writes for these rows (not our own writer: the files come from elsewhere). */
async function excelJsWorkbook(rows) {
  const ExcelJS = require("exceljs");
  const { fixtureSheetSpec } = require(path.join(ROOT, "lib/cli/commands/examples"));
  const { renderSheet } = require(path.join(ROOT, "lib/workbook/file/render-spec"));
  const workbook = new ExcelJS.Workbook();
  const spec = fixtureSheetSpec({ name: "Uppföljning", rows, merges: [] });
  renderSheet(workbook, workbook.addWorksheet(spec.name), spec);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function generateWorkbooks(pool) {
  const dir = path.join(WORK_DIR, "consolidate");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < WORKBOOKS; i++) {
    const organisation = `${ORGANISATIONS[i % ORGANISATIONS.length]} ${Math.floor(i / ORGANISATIONS.length) + 1}`;
    // Each workbook starts at another place in the pool, so the 50 differ in content.
    const offset = (i * 37) % pool.length;
    const rotated = [...pool.slice(offset), ...pool.slice(0, offset)];
    const rows = benchRows(rotated, ACTIVITIES_PER_WORKBOOK, organisation);
    const bytes = await excelJsWorkbook(rows);
    const file = path.join(dir, `forvaltning-${String(i + 1).padStart(2, "0")}.xlsx`);
    fs.writeFileSync(file, bytes);
    files.push(file);
  }
  return files;
}

async function benchConsolidation(files) {
  const ExcelJS = require("exceljs");
  const { consolidateSources, writeSummary } = require(path.join(ROOT, "lib/core/workflow"));
  const { renderSummaryHtml } = require(path.join(ROOT, "lib/core/consolidate"));
  const { FileWorkbook } = require(path.join(ROOT, "lib/workbook/file"));
  const { standardProfile: profile } = require(path.join(ROOT, "lib/core/profile/load"));
  const buffers = files.map((file) => fs.readFileSync(file));

  // Warm-up on a few files: both sides get a JIT-compiled run before anything is timed.
  for (const buffer of buffers.slice(0, 5)) await new ExcelJS.Workbook().xlsx.load(buffer);
  await consolidateSources(
    buffers
      .slice(0, 5)
      .map((buffer, n) => ({
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
    activitiesPerWorkbook: ACTIVITIES_PER_WORKBOOK,
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

// ─── 3. The CLI as a child process: wall time and peak memory ──────────────────────────────

function benchCli(files) {
  const out = path.join(WORK_DIR, "cli");
  fs.mkdirSync(out, { recursive: true });
  const floor = [];
  const wall = [];
  const rss = [];
  const timed = (args) => {
    const t = performance.now();
    const result = run(process.execPath, args);
    return { ms: performance.now() - t, result };
  };
  for (let i = 0; i < CLI_RUNS; i++) {
    floor.push(timed([path.join(ROOT, "scripts/bench/exceljs-read.cjs"), ...files]).ms);
    const { ms, result } = timed([
      "--require",
      path.join(ROOT, "scripts/bench/maxrss.cjs"),
      path.join(ROOT, "bin/uppfoljning.js"),
      "consolidate",
      ...files,
      "-o",
      path.join(out, "sammanstallning.xlsx"),
      "--html",
      path.join(out, "sammanstallning.html"),
      "--force",
    ]);
    wall.push(ms);
    const kb = Number(/BENCH_MAXRSS_KB=(\d+)/.exec(result.stderr)?.[1]);
    if (!Number.isFinite(kb)) throw new Error("Kunde inte läsa kommandoradens minnesanvändning.");
    rss.push(kb / 1024);
    log(
      `  par ${i + 1}: ExcelJS läser ${round(floor[i] / 1000, 2)} s, kommandoraden ${round(wall[i] / 1000, 2)} s (${round(wall[i] / floor[i], 2)} ×), högst ${Math.round(rss[i])} MB`,
    );
  }
  return {
    runs: CLI_RUNS,
    excelJsProcessMs: Math.round(median(floor)),
    wallMs: Math.round(median(wall)),
    ratio: round(median(wall.map((ms, i) => ms / floor[i])), 2),
    peakRssMB: Math.round(Math.max(...rss)),
    medianPeakRssMB: Math.round(median(rss)),
  };
}

// ─── 4. context.sync() per Office operation ────────────────────────────────────────────────

function benchOfficeSyncs(pool) {
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

// ─── 5. The task pane's initial JavaScript ─────────────────────────────────────────────────

function benchBundle() {
  const html = path.join(ROOT, "dist/taskpane.html");
  const sources = [
    "src/taskpane",
    "src/core",
    "src/workbook",
    "src/commands",
    "webpack.config.js",
    "package-lock.json",
  ];
  let built = false;
  if (mtime(html) <= newestMtime(sources)) {
    log("  bygger panelen (webpack --mode production) …");
    run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"]);
    built = true;
  }
  const page = fs.readFileSync(html, "utf8");
  // The production HTML is minified: attribute values may be unquoted.
  const scripts = [...page.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
  const local = scripts.filter((src) => !/^https?:/.test(src));
  const gzip = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  const initial = local.map((src) => {
    const file = path.join(ROOT, "dist", src.replace(/^\.?\//, ""));
    return { file: path.basename(file), bytes: fs.statSync(file).size, gzipBytes: gzip(file) };
  });
  const initialNames = new Set(initial.map((f) => f.file));
  const lazy = fs
    .readdirSync(path.join(ROOT, "dist"))
    .filter(
      (name) => name.endsWith(".js") && !initialNames.has(name) && !name.startsWith("commands"),
    )
    .map((name) => ({
      file: name,
      bytes: fs.statSync(path.join(ROOT, "dist", name)).size,
      gzipBytes: gzip(path.join(ROOT, "dist", name)),
    }));
  const sum = (files, key) => files.reduce((n, f) => n + f[key], 0);
  return {
    builtNow: built,
    external: scripts.filter((src) => /^https?:/.test(src)),
    initial,
    initialBytes: sum(initial, "bytes"),
    initialGzipKB: round(sum(initial, "gzipBytes") / 1024),
    lazy,
    lazyGzipKB: round(sum(lazy, "gzipBytes") / 1024),
  };
}

// ─── Report ─────────────────────────────────────────────────────────────────────────────────

/** `left`: the columns (by index) that are text; the others are right-aligned numbers. */
function table(header, rows, left = [0]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const cell = (c, i) =>
    left.includes(i) ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]);
  const line = (cells) => `  ${cells.map(cell).join("  ").trimEnd()}`;
  return [line(header), `  ${widths.map((w) => "─".repeat(w)).join("  ")}`, ...rows.map(line)].join(
    "\n",
  );
}

const thousands = (n) =>
  Math.round(n)
    .toLocaleString("sv-SE")
    .replace(/\u00a0/g, " ");
const verdict = (ok) => (ok ? "uppnått" : "EJ uppnått");

async function main() {
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "okänd",
    memoryGB: round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((n) => round(n, 2)),
  };
  log(
    `Uppföljning – benchmark (${machine.cpus} kärnor, ${machine.cpuModel}, Node ${machine.node})`,
  );
  ensureCli();
  const pool = seedActivityPool(ROOT);

  const phases = {};
  const phase = async (name, work) => {
    const t = performance.now();
    const value = await work();
    phases[name] = round((performance.now() - t) / 1000);
    return value;
  };

  log(
    `\n1. Kärnan: strukturering och kontroll (${pool.length} aktiviteter ur de fem uppföljningarna, upprepade)`,
  );
  const core = await phase("core", () => benchCore(pool));

  log(
    `\n2. Sammanställning av ${WORKBOOKS} arbetsböcker × ${ACTIVITIES_PER_WORKBOOK} aktiviteter mot ExcelJS läsgolv`,
  );
  const files = await phase("generateWorkbooks", () => generateWorkbooks(pool));
  const consolidation = await phase("consolidation", () => benchConsolidation(files));

  log(`\n3. Kommandoraden (consolidate) som egen process: tid och minne`);
  const cli = await phase("cli", () => benchCli(files));

  log(`\n4. context.sync() per Office-åtgärd`);
  const syncs = await phase("officeSyncs", () => benchOfficeSyncs(pool));

  log(`\n5. Panelens initiala JavaScript`);
  const bundle = await phase("bundle", () => benchBundle());

  const largest = core.find((c) => c.activities >= 10_000) ?? core[core.length - 1];
  const result = {
    date: new Date().toISOString(),
    machine,
    durationSeconds: round((performance.now() - started) / 1000),
    phaseSeconds: phases,
    core,
    consolidation,
    cli,
    officeSyncs: syncs,
    bundle,
    targets: {
      structuring: {
        target: `≥ ${thousands(TARGETS.structuringPerSecond)} aktiviteter/s`,
        at10000: largest.structurePerSecond,
        met: largest.structurePerSecond >= TARGETS.structuringPerSecond,
      },
      validation: {
        target: `≥ ${thousands(TARGETS.validationPerSecond)} aktiviteter/s`,
        at10000: largest.validatePerSecond,
        met: largest.validatePerSecond >= TARGETS.validationPerSecond,
      },
      consolidation: {
        target: `≤ ${TARGETS.consolidationRatio} × ExcelJS`,
        // The whole CLI run (startup, reading, checking, writing) against ExcelJS only reading.
        ratio: cli.ratio,
        inProcessRatioWithWriting: consolidation.ratioWithWriting,
        met: cli.ratio <= TARGETS.consolidationRatio,
      },
      bundle: {
        target: `≤ ${TARGETS.bundleGzipKB} KB gzip`,
        gzipKB: bundle.initialGzipKB,
        met: bundle.initialGzipKB <= TARGETS.bundleGzipKB,
      },
      memory: {
        target: `< ${TARGETS.peakMemoryMB} MB`,
        peakRssMB: cli.peakRssMB,
        met: cli.peakRssMB < TARGETS.peakMemoryMB,
      },
    },
  };
  fs.writeFileSync(path.join(OUT_DIR, "latest.json"), `${JSON.stringify(result, null, 2)}\n`);

  const out = [];
  out.push(
    `\nUppföljning – benchmark ${result.date.slice(0, 10)}, ${machine.cpus} kärnor (${machine.cpuModel}), ${machine.memoryGB} GB, Node ${machine.node}, ${result.durationSeconds} s`,
  );
  out.push(`Belastning vid start (1/5/15 min): ${machine.loadAverageAtStart.join(" / ")}\n`);
  out.push("Kärnan (rutnät i minnet; median av flera körningar)");
  out.push(
    table(
      [
        "Aktiviteter",
        "Körningar",
        "Strukturering ms",
        "aktiviteter/s",
        "Kontroll ms",
        "aktiviteter/s",
      ],
      core.map((c) => [
        thousands(c.activities),
        c.runs,
        c.structureMs,
        thousands(c.structurePerSecond),
        c.validateMs,
        thousands(c.validatePerSecond),
      ]),
    ),
  );
  out.push(
    `\nSammanställning: ${consolidation.workbooks} filer × ${consolidation.activitiesPerWorkbook} aktiviteter (${thousands(consolidation.activities)}; radbalans ${consolidation.conservationOk ? "✓" : "FEL"}), median av ${consolidation.runs}`,
  );
  out.push(
    table(
      ["Mätning", "ms", "× ExcelJS"],
      [
        ["ExcelJS läser alla filer (golvet)", consolidation.excelJsReadFloorMs, "1.00"],
        [
          "consolidateSources (läs, strukturera, kontrollera, sammanställ)",
          consolidation.consolidateMs,
          consolidation.ratio.toFixed(2),
        ],
        [
          "… och skriv sammanstallning.xlsx + .html",
          consolidation.consolidateAndWriteMs,
          consolidation.ratioWithWriting.toFixed(2),
        ],
      ],
    ),
  );
  out.push(`\nSom egna processer, ${cli.runs} par (median; kvoten parvis)`);
  out.push(
    table(
      ["Process", "ms", "× ExcelJS"],
      [
        ["node + ExcelJS läser alla filer", cli.excelJsProcessMs, "1.00"],
        ["uppfoljning consolidate … -o .xlsx --html .html", cli.wallMs, cli.ratio.toFixed(2)],
      ],
    ),
  );
  out.push(`Högsta minnesanvändning (max RSS) för CLI-processen: ${cli.peakRssMB} MB`);
  out.push("\ncontext.sync() per Office-åtgärd (adaptern mot den simulerade Excel)");
  out.push(
    table(
      ["Åtgärd", "sync()", "Omfattning"],
      syncs.map((s) => [s.operation, s.syncs, s.detail]),
      [0, 2],
    ),
  );
  out.push(
    `\nPanelens initiala JavaScript: ${round(bundle.initialBytes / 1024)} KB, ${bundle.initialGzipKB} KB gzip (${bundle.initial.map((f) => f.file).join(", ")}); ` +
      `laddas vid behov: ${bundle.lazy.length} delar, ${bundle.lazyGzipKB} KB gzip; Office.js från ${bundle.external.join(", ") || "–"} räknas inte`,
  );
  out.push("\nMål");
  out.push(
    table(
      ["Mått", "Mål", "Uppmätt", ""],
      [
        [
          "Strukturering (10 000)",
          result.targets.structuring.target,
          `${thousands(largest.structurePerSecond)} /s`,
          verdict(result.targets.structuring.met),
        ],
        [
          "Kontroll (10 000)",
          result.targets.validation.target,
          `${thousands(largest.validatePerSecond)} /s`,
          verdict(result.targets.validation.met),
        ],
        [
          "Sammanställning (CLI)",
          result.targets.consolidation.target,
          `${cli.ratio.toFixed(2)} ×`,
          verdict(result.targets.consolidation.met),
        ],
        [
          "Panelens JS",
          result.targets.bundle.target,
          `${bundle.initialGzipKB} KB`,
          verdict(result.targets.bundle.met),
        ],
        [
          "Minne (CLI)",
          result.targets.memory.target,
          `${cli.peakRssMB} MB`,
          verdict(result.targets.memory.met),
        ],
      ],
      [0, 1, 3],
    ),
  );
  out.push(
    `\nSkrev ${path.relative(process.cwd(), path.join(OUT_DIR, "latest.json")) || path.join(OUT_DIR, "latest.json")}`,
  );
  process.stdout.write(`${out.join("\n")}\n`);
}

main().catch((error) => {
  process.stderr.write(`Fel: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
