// npm run bench: the performance figures of the README, measured in one run on this machine.
//
//   1. core structuring and validation throughput at 100 / 1,000 / 10,000 / 100,000 activities
//      (realistic sheets from the seed fixtures, scripts/bench/generate.mjs; grid in memory)
//   2. consolidation of 50 workbooks × 500 activities against the ExcelJS read floor inside one
//      process: where the time goes
//   3. the targets of issue 18, each as our CLI against a peer process doing the same work
//      another way, run in pairs (scripts/bench/paired.mjs), with the machine's load:
//        consolidate 60 real-layout reports (the five seeds × 12)  vs ExcelJS loading them
//        consolidate 50 × 500                                      vs ExcelJS loading them
//                                                                  vs SheetJS reading + writing
//        validate --json of a 40,000-row report                    vs ExcelJS loading it
//        validate --json of 100,000 activities: peak memory and the largest single write
//        uppfoljning --help                                         vs node -e 0
//   4. context.sync() round trips per Office operation (the adapter on the fake Excel API)
//   5. the pane: JavaScript before first paint (gzipped) and time to first paint in Chromium
//
// Every time is a median. Prints a table and writes bench-results/latest.json.
// `--only core,inprocess,real,many,validate,memory,help,office,pane` runs some parts (the result
// then goes to bench-results/partial.json). Builds lib/ and dist/ when stale.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { seedActivityPool } from "./bench/generate.mjs";
import {
  load,
  log,
  mtime,
  newestMtime,
  OUT_DIR,
  require,
  ROOT,
  round,
  run,
  WORK_DIR,
} from "./bench/common.mjs";
import { benchConsolidation, benchCore, benchOfficeSyncs } from "./bench/core.mjs";
import { largeWorkbook, manyWorkbooks, realLayoutWorkbooks } from "./bench/inputs.mjs";
import { pairedRuns, timedNode } from "./bench/paired.mjs";
import { bundleSizes, ensurePaneBuild, firstPaint } from "./bench/pane.mjs";
import { report, targets } from "./bench/report.mjs";

const started = performance.now();
const PARTS = ["core", "inprocess", "real", "many", "validate", "memory", "help", "office", "pane"];
const onlyArg = process.argv.indexOf("--only");
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1].split(",")) : new Set(PARTS);
const PAIRS = { real: 5, many: 3, validate: 3, help: 11 };

const CLI = path.join(ROOT, "bin/uppfoljning.js");
const EXCELJS_LOAD = path.join(ROOT, "scripts/bench/exceljs-read.cjs");
const SHEETJS = path.join(ROOT, "scripts/bench/sheetjs.cjs");
const out = (name) => path.join(WORK_DIR, "out", name);

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

const consolidateArgs = (files, name) => [
  CLI,
  "consolidate",
  ...files,
  "-o",
  out(`${name}.xlsx`),
  "--html",
  out(`${name}.html`),
  "--force",
];

async function main() {
  fs.mkdirSync(path.join(WORK_DIR, "out"), { recursive: true });
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
  const result = {
    date: new Date().toISOString(),
    machine,
    parts: [...only],
    phaseSeconds: {},
    phaseLoad: {},
  };
  const phase = async (name, title, work) => {
    if (!only.has(name)) return undefined;
    const loadBefore = load();
    log(`\n${title} (belastning ${loadBefore})`);
    const t = performance.now();
    const value = await work();
    result.phaseSeconds[name] = round((performance.now() - t) / 1000);
    result.phaseLoad[name] = { before: loadBefore, after: load() };
    result[name] = value;
    return value;
  };

  await phase("core", "1. Kärnan: strukturering och kontroll", () => benchCore(pool));
  const many = only.has("inprocess") || only.has("many") ? await manyWorkbooks(pool, 50, 500) : [];
  await phase("inprocess", "2. Sammanställning 50 × 500 i en process mot ExcelJS läsgolv", () =>
    benchConsolidation(many),
  );
  await phase("real", "3a. consolidate av 60 uppföljningar (de fem × 12) mot ExcelJS", () => {
    const files = realLayoutWorkbooks(12);
    return pairedRuns({
      label: "60 filer",
      peer: { name: "ExcelJS läser", args: [EXCELJS_LOAD, ...files] },
      ours: { name: "consolidate", args: consolidateArgs(files, "real") },
      pairs: PAIRS.real,
    });
  });
  await phase("many", "3b. consolidate av 50 × 500 mot ExcelJS och SheetJS", () => ({
    excelJs: pairedRuns({
      label: "ExcelJS",
      peer: { name: "ExcelJS läser", args: [EXCELJS_LOAD, ...many] },
      ours: { name: "consolidate", args: consolidateArgs(many, "many") },
      pairs: PAIRS.many,
    }),
    sheetJs: pairedRuns({
      label: "SheetJS",
      peer: { name: "SheetJS läser + skriver", args: [SHEETJS, out("sheetjs.xlsx"), ...many] },
      ours: { name: "consolidate", args: consolidateArgs(many, "many") },
      pairs: PAIRS.many,
    }),
  }));
  await phase(
    "validate",
    "3c. validate --json av en uppföljning på 40 000 rader mot ExcelJS",
    async () => {
      const large = await largeWorkbook(pool, { rows: 40_000, writer: "exceljs" });
      return {
        ...large,
        file: path.basename(large.file),
        ...pairedRuns({
          label: "40 000 rader",
          peer: { name: "ExcelJS läser", args: [EXCELJS_LOAD, large.file] },
          ours: { name: "validate --json", args: [CLI, "validate", large.file, "--json"] },
          pairs: PAIRS.validate,
          okCodes: [0, 1],
        }),
      };
    },
  );
  await phase(
    "memory",
    "3d. validate --json av 100 000 aktiviteter: minne och största skrivning",
    async () => {
      const large = await largeWorkbook(pool, { activities: 100_000, writer: "own" });
      const loadBefore = load();
      const measured = timedNode([CLI, "validate", large.file, "--json"], { okCodes: [0, 1] });
      log(
        `  ${round(measured.ms)} ms, ${Math.round(measured.rssMB)} MB, största skrivning ${measured.maxWriteBytes} byte`,
      );
      return {
        ...large,
        file: path.basename(large.file),
        ms: Math.round(measured.ms),
        cpuMs: Math.round(measured.cpuMs),
        peakRssMB: Math.round(measured.rssMB),
        maxWriteBytes: measured.maxWriteBytes,
        outputBytes: measured.outputBytes,
        load: { before: loadBefore, after: load() },
      };
    },
  );
  await phase("help", "3e. uppfoljning --help mot node -e 0", () =>
    pairedRuns({
      label: "--help",
      peer: { name: "node -e 0", args: ["-e", "0"] },
      ours: { name: "uppfoljning --help", args: [CLI, "--help"] },
      pairs: PAIRS.help,
    }),
  );
  await phase("office", "4. context.sync() per Office-åtgärd", () => benchOfficeSyncs(pool));
  await phase(
    "pane",
    "5. Panelen: JavaScript före första målningen och tiden dit (Chromium)",
    async () => {
      const builtNow = ensurePaneBuild();
      return { builtNow, bundle: bundleSizes(), firstPaint: await firstPaint() };
    },
  );

  result.durationSeconds = round((performance.now() - started) / 1000);
  result.targets = targets(result);
  const complete = PARTS.every((p) => only.has(p));
  const file = path.join(OUT_DIR, complete ? "latest.json" : "partial.json");
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${report(result)}\nSkrev ${path.relative(process.cwd(), file)}\n`);
}

main().catch((error) => {
  process.stderr.write(`Fel: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
