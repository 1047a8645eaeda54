// Compares two .xlsx files as a reader sees them, for changes to the writer that must not change
// what is written: every sheet's cells as ExcelJS loads them (value, number format, font, fill,
// alignment), its merges, column widths, frozen panes, tables, conditional formats and data
// validations, and every sheet's grid as our own reader (lib/workbook/file) reads it. ISO
// date-times are masked (the summary says when it was made), so two runs of the same command
// compare equal.
//
//   node scripts/compare-workbooks.mjs before.xlsx after.xlsx
//
// Exit 0 when they read the same, 1 with the first differences otherwise. Uses lib/: run
// `npm run build:cli` first.
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const TIMESTAMP = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?Z?)?/g;
const MAX_SHOWN = 20;

function masked(value) {
  return JSON.stringify(value ?? null).replace(TIMESTAMP, "<tid>");
}

/** Everything ExcelJS reads from one worksheet, as comparable lines. */
function excelJsLines(sheet) {
  const lines = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const { numFmt, font, fill, alignment } = cell.style ?? {};
      lines.push(
        `${cell.address} ${masked(cell.value)} ${masked({ numFmt, font, fill, alignment })}`,
      );
    });
  });
  const model = sheet.model;
  lines.push(`merges ${masked(model.merges)}`);
  lines.push(`cols ${masked(model.cols)}`);
  lines.push(`views ${masked(model.views)}`);
  lines.push(`tables ${masked(Object.values(sheet.tables ?? {}).map((t) => t.table ?? t))}`);
  lines.push(`conditional ${masked(model.conditionalFormattings)}`);
  lines.push(`validations ${masked(model.dataValidations)}`);
  lines.push(`state ${sheet.state}`);
  return lines;
}

async function excelJsView(file) {
  const ExcelJS = require("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(file));
  const view = new Map();
  view.set("(names)", [masked(workbook.definedNames.model)]);
  for (const sheet of workbook.worksheets) view.set(sheet.name, excelJsLines(sheet));
  return view;
}

async function ourView(file) {
  const { openWorkbook } = require(path.join(ROOT, "lib/cli/files.js"));
  const workbook = await openWorkbook(file);
  const view = new Map();
  for (const info of await workbook.listSheets()) {
    const grid = await workbook.readSheet(info.name);
    view.set(info.name, [masked(info), ...JSON.stringify(grid).replace(TIMESTAMP, "<tid>").split("],[")]);
  }
  return view;
}

function differences(label, a, b) {
  const found = [];
  const names = [...new Set([...a.keys(), ...b.keys()])];
  for (const name of names) {
    const x = a.get(name);
    const y = b.get(name);
    if (!x || !y) {
      found.push(`${label}: bladet ${name} finns bara i ${x ? "den första" : "den andra"}`);
      continue;
    }
    const n = Math.max(x.length, y.length);
    for (let i = 0; i < n; i++)
      if (x[i] !== y[i]) found.push(`${label}: ${name}:\n  - ${x[i]}\n  + ${y[i]}`);
  }
  if (JSON.stringify([...a.keys()]) !== JSON.stringify([...b.keys()]))
    found.push(`${label}: bladens ordning skiljer: ${[...a.keys()]} / ${[...b.keys()]}`);
  return found;
}

const [first, second] = process.argv.slice(2);
if (!first || !second) {
  console.error("Användning: node scripts/compare-workbooks.mjs före.xlsx efter.xlsx");
  process.exit(2);
}
const found = [
  ...differences("ExcelJS", await excelJsView(first), await excelJsView(second)),
  ...differences("vår läsare", await ourView(first), await ourView(second)),
];
if (found.length === 0) {
  console.log(`Lika: ${path.basename(first)} och ${path.basename(second)} läses likadant.`);
} else {
  console.log(found.slice(0, MAX_SHOWN).join("\n"));
  if (found.length > MAX_SHOWN) console.log(`… och ${found.length - MAX_SHOWN} skillnader till`);
  process.exit(1);
}
