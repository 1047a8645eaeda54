// The workbooks the benchmark reads, generated from the seed reports (scripts/bench/generate.mjs)
// into bench-results/.work/. Files written by ExcelJS stand for reports from another program;
// the real-layout reports are the seeds as `uppfoljning examples` renders them. Generated files
// are kept between runs and remade when the generator (or, for our own writer, lib/) changes.
import * as fs from "node:fs";
import * as path from "node:path";
import { log, mtime, newestMtime, require, ROOT, run, WORK_DIR } from "./common.mjs";
import { benchRows } from "./generate.mjs";

export const ORGANISATIONS = [
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

const GENERATOR = ["scripts/bench/generate.mjs", "scripts/bench/inputs.mjs"];

function fresh(file, sources) {
  return mtime(file) > newestMtime(sources);
}

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

/** The same rows through our own writer (fast enough for 100,000 activities). */
async function ownWorkbook(rows) {
  const { fixtureBytes } = require(path.join(ROOT, "lib/cli/commands/examples"));
  return fixtureBytes({ id: "bench", sheets: [{ name: "Uppföljning", rows, merges: [] }] });
}

/** `count` workbooks × `perWorkbook` activities, each from another place in the pool. */
export async function manyWorkbooks(pool, count, perWorkbook) {
  const dir = path.join(WORK_DIR, `consolidate-${count}x${perWorkbook}`);
  const files = Array.from({ length: count }, (_, i) =>
    path.join(dir, `forvaltning-${String(i + 1).padStart(2, "0")}.xlsx`),
  );
  if (files.every((file) => fresh(file, GENERATOR))) return files;
  log(`  skapar ${count} arbetsböcker × ${perWorkbook} aktiviteter (ExcelJS) …`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const organisation = `${ORGANISATIONS[i % ORGANISATIONS.length]} ${Math.floor(i / ORGANISATIONS.length) + 1}`;
    const offset = (i * 37) % pool.length;
    const rotated = [...pool.slice(offset), ...pool.slice(0, offset)];
    fs.writeFileSync(
      files[i],
      await excelJsWorkbook(benchRows(rotated, perWorkbook, organisation)),
    );
  }
  return files;
}

/** The five seed reports as `examples` renders them, each copied `copies` times. */
export function realLayoutWorkbooks(copies) {
  const dir = path.join(WORK_DIR, "real-layout");
  fs.rmSync(dir, { recursive: true, force: true });
  const rendered = path.join(dir, "rendered");
  run(process.execPath, [path.join(ROOT, "bin/uppfoljning.js"), "examples", "-o", rendered]);
  const seeds = fs
    .readdirSync(rendered)
    .filter((name) => name.endsWith(".xlsx") && !name.startsWith("mall-"))
    .sort();
  const files = [];
  for (let copy = 1; copy <= copies; copy++)
    for (const seed of seeds) {
      const file = path.join(
        dir,
        `${seed.replace(/\.xlsx$/, "")}-${String(copy).padStart(2, "0")}.xlsx`,
      );
      fs.copyFileSync(path.join(rendered, seed), file);
      files.push(file);
    }
  return files;
}

/** Activities needed for a sheet of about `rows` rows (headers and perspectives included). */
function activitiesForRows(pool, rows) {
  const sample = 2_000;
  return Math.round((sample * rows) / benchRows(pool, sample).length);
}

/** One large report: by ExcelJS (`writer: "exceljs"`) or our writer; about `rows` rows or `activities`. */
export async function largeWorkbook(pool, { rows, activities, writer }) {
  const count = activities ?? activitiesForRows(pool, rows);
  const file = path.join(WORK_DIR, `large-${count}-${writer}.xlsx`);
  const sources = writer === "exceljs" ? GENERATOR : [...GENERATOR, "lib/workbook/file"];
  const sheetRows = benchRows(pool, count);
  if (!fresh(file, sources)) {
    log(`  skapar en uppföljning med ${count} aktiviteter (${writer}) …`);
    const bytes =
      writer === "exceljs" ? await excelJsWorkbook(sheetRows) : await ownWorkbook(sheetRows);
    fs.writeFileSync(file, bytes);
  }
  return { file, activities: count, rows: sheetRows.length };
}
