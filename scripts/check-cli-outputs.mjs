// Checks that the CLI's JSON outputs are unchanged: runs `structure --json` and `validate --json`
// on every fixture workbook and `consolidate --json` on all of them together, masks timestamps,
// and compares stdout and the exit code byte for byte with tests/fixtures/cli-baseline/.
//
//   node scripts/check-cli-outputs.mjs            compare (exit 1 and the first differing line
//                                                 of each output when anything changed)
//   node scripts/check-cli-outputs.mjs --update   write the baseline (only from a commit whose
//                                                 outputs are known to be right; the stored one
//                                                 was recorded at e92e8dd and renewed once after
//                                                 issues 13–19, whose deliberate differences are
//                                                 listed in tests/fixtures/cli-baseline/CHANGES.md)
//
// The fixture workbooks: the five seed reports and the three empty templates as the CLI renders
// them (`examples`), the two LibreOffice files in tests/fixtures/xlsx, and one 250-activity report
// written by ExcelJS from the seeds' activities (as scripts/bench.mjs generates its files), so the
// check covers workbooks from three different writers. Runs bin/uppfoljning.js, i.e. lib/: run
// `npm run build:cli` first.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { benchRows, seedActivityPool } from "./bench/generate.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BASELINE = path.join(ROOT, "tests/fixtures/cli-baseline");
const CLI = path.join(ROOT, "bin/uppfoljning.js");
const require = createRequire(import.meta.url);
/** ISO date-times (generatedAt, stamp and fix-plan times); dates alone are content, not clocks. */
const TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;

const update = process.argv.includes("--update");

function cli(args, cwd) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { stdout: result.stdout.replace(TIMESTAMP, "<tid>"), exitCode: result.status };
}

async function excelJsReport(file) {
  const ExcelJS = require("exceljs");
  const { fixtureSheetSpec } = require(path.join(ROOT, "lib/cli/commands/examples"));
  const { renderSheet } = require(path.join(ROOT, "lib/workbook/file/render-spec"));
  const rows = benchRows(seedActivityPool(ROOT), 250, "Socialförvaltningen");
  const workbook = new ExcelJS.Workbook();
  const spec = fixtureSheetSpec({ name: "Uppföljning", rows, merges: [] });
  renderSheet(workbook, workbook.addWorksheet(spec.name), spec);
  fs.writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

async function fixtureWorkbooks(dir) {
  const examples = cli(["examples", "-o", dir], ROOT);
  if (examples.exitCode !== 0) throw new Error("uppfoljning examples misslyckades.");
  for (const name of fs.readdirSync(path.join(ROOT, "tests/fixtures/xlsx")))
    if (name.endsWith(".xlsx"))
      fs.copyFileSync(path.join(ROOT, "tests/fixtures/xlsx", name), path.join(dir, name));
  await excelJsReport(path.join(dir, "exceljs-250.xlsx"));
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".xlsx"))
    .sort();
}

/** Every output to compare: name → { stdout, exitCode }. */
async function outputs() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "uppfoljning-cli-outputs-"));
  try {
    const files = await fixtureWorkbooks(dir);
    const result = new Map();
    for (const file of files) {
      const stem = file.replace(/\.xlsx$/, "");
      result.set(`${stem}.structure.json`, cli(["structure", file, "--json"], dir));
      result.set(`${stem}.validate.json`, cli(["validate", file, "--json"], dir));
    }
    result.set("all.consolidate.json", cli(["consolidate", ...files, "--json"], dir));
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function firstDifference(expected, actual) {
  const a = expected.split("\n");
  const b = actual.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i])
      return `rad ${i + 1}:\n    väntat: ${a[i] ?? "(slut)"}\n    fick:   ${b[i] ?? "(slut)"}`;
  return "(samma rader, olika radslut)";
}

async function main() {
  const current = await outputs();
  const exitCodesFile = path.join(BASELINE, "exit-codes.json");
  if (update) {
    fs.rmSync(BASELINE, { recursive: true, force: true });
    fs.mkdirSync(BASELINE, { recursive: true });
    const codes = {};
    for (const [name, { stdout, exitCode }] of current) {
      fs.writeFileSync(path.join(BASELINE, name), stdout);
      codes[name] = exitCode;
    }
    fs.writeFileSync(exitCodesFile, `${JSON.stringify(codes, null, 2)}\n`);
    process.stdout.write(`Skrev ${current.size} utdata till ${path.relative(ROOT, BASELINE)}\n`);
    return;
  }
  const codes = JSON.parse(fs.readFileSync(exitCodesFile, "utf8"));
  const problems = [];
  for (const name of Object.keys(codes))
    if (!current.has(name)) problems.push(`${name}: körs inte längre`);
  for (const [name, { stdout, exitCode }] of current) {
    const file = path.join(BASELINE, name);
    if (!fs.existsSync(file)) {
      problems.push(`${name}: saknas i jämförelseunderlaget`);
      continue;
    }
    if (codes[name] !== exitCode)
      problems.push(`${name}: slutkod ${exitCode}, väntat ${codes[name]}`);
    const expected = fs.readFileSync(file, "utf8");
    if (expected !== stdout)
      problems.push(`${name}: skiljer sig, ${firstDifference(expected, stdout)}`);
  }
  if (problems.length > 0) {
    process.stdout.write(`${problems.join("\n")}\n${problems.length} avvikelser.\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`Alla ${current.size} utdata är identiska med jämförelseunderlaget.\n`);
}

main().catch((error) => {
  process.stderr.write(`Fel: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
});
