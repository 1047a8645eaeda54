/**
 * Validation of SheetSpecs before anything is written, so writeSheets is all-or-nothing.
 * Pure (no ExcelJS): the Office adapter can run the same checks before its one batch.
 */
import { parseRange, type MergedArea } from "../../core/grid";
import type { SheetSpec, SpecValue } from "../../core/sheetspec";
import { SETTINGS_SHEET, WorkbookError } from "../../core/port";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Excel's limit on the characters one cell holds. */
export const MAX_CELL_CHARS = 32_767;

/** An area in 1-based bounds (the core's MergedArea). */
export type A1Range = MergedArea;


export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "bladnamnet är tomt";
  if (name.length > 31) return `bladnamnet "${name}" är längre än 31 tecken`;
  if (/[[\]:*?/\\]/.test(name))
    return `bladnamnet "${name}" innehåller ett tecken som Excel inte tillåter ([ ] : * ? / \\)`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `bladnamnet "${name}" får inte börja eller sluta med apostrof`;
  return null;
}

const NAME_PATTERN = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_CELL = /^[A-Za-z]{1,3}\d+$|^[Rr]\d*[Cc]\d*$/;
const COLOUR_PATTERN = /^#[0-9A-Fa-f]{6}$/;

function nameProblem(name: string, what: string): string | null {
  if (!NAME_PATTERN.test(name) || LOOKS_LIKE_CELL.test(name) || name.length > 255)
    return `${what} "${name}" är inte ett giltigt namn i Excel`;
  return null;
}

/**
 * What is wrong with a value (": …", to follow where it is), or null. Callers say where only
 * for a fault: a summary's table has hundreds of thousands of values, all fine.
 */
function valueFault(value: SpecValue): string | null {
  if (typeof value === "string" && value.length > MAX_CELL_CHARS)
    return `: texten är längre än Excels gräns på ${MAX_CELL_CHARS} tecken`;
  if (typeof value === "number" && !Number.isFinite(value)) return ": talet är inte ändligt";
  return null;
}

/**
 * The problems of a table's rows: too many values, a value Excel cannot hold. A function of its
 * own, small and quickly compiled: a summary's table has half a million values, and the loop
 * over them made specProblems itself hot (compiled twice, and large). valueFault's two cases are
 * tested here first, without a call for each value.
 */
function tableValueProblems(table: NonNullable<SheetSpec["table"]>, sheet: string, problems: string[]): void {
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    if (row.length > table.columns.length)
      problems.push(`${sheet}: rad ${i + 1} i tabellen ${table.name} har fler värden än kolumner`);
    for (let j = 0; j < row.length; j++) {
      const value = row[j];
      if (
        (typeof value === "string" && value.length > MAX_CELL_CHARS) ||
        (typeof value === "number" && !Number.isFinite(value))
      )
        problems.push(`${sheet}, tabellen ${table.name} rad ${i + 1}${valueFault(value)}`);
    }
  }
}

function rangeProblem(range: string, where: string): string | null {
  try {
    const r = parseRange(range);
    if (r.top < 1 || r.left < 1 || r.bottom > MAX_ROWS || r.right > MAX_COLS)
      return `${where}: området ${range} ligger utanför bladet`;
    return null;
  } catch {
    return `${where}: "${range}" är inget giltigt område`;
  }
}

function overlaps(a: A1Range, b: A1Range): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Every problem in one spec, in Swedish; empty when it can be written. */
export function specProblems(spec: SheetSpec): string[] {
  const problems: string[] = [];
  const sheet = `Bladet "${spec.name}"`;
  const push = (problem: string | null) => problem && problems.push(problem);

  push(sheetNameProblem(spec.name));
  if (spec.name.toLowerCase() === SETTINGS_SHEET.toLowerCase())
    problems.push(`${sheet} är reserverat för tilläggets inställningar`);

  for (const cell of spec.cells) {
    if (
      !Number.isInteger(cell.row) ||
      !Number.isInteger(cell.col) ||
      cell.row < 1 ||
      cell.col < 1 ||
      cell.row > MAX_ROWS ||
      cell.col > MAX_COLS
    ) {
      problems.push(`${sheet}: cellen rad ${cell.row}, kolumn ${cell.col} finns inte`);
      continue;
    }
    const fault = valueFault(cell.value);
    if (fault) problems.push(`${sheet}, rad ${cell.row} kolumn ${cell.col}${fault}`);
    const style = cell.style;
    if (style === undefined) continue;
    for (const colour of [style.fill, style.fontColor]) {
      if (colour !== undefined && !COLOUR_PATTERN.test(colour))
        problems.push(`${sheet}: färgen "${colour}" ska skrivas #RRGGBB`);
    }
  }

  if (spec.table) {
    const table = spec.table;
    push(nameProblem(table.name, "Tabellnamnet"));
    push(rangeProblem(table.topLeft, `${sheet}, tabellen ${table.name}`));
    if (table.columns.length === 0)
      problems.push(`${sheet}: tabellen ${table.name} har inga kolumner`);
    const seen = new Set<string>();
    for (const column of table.columns) {
      if (column.trim() === "")
        problems.push(`${sheet}: tabellen ${table.name} har en kolumn utan namn`);
      if (seen.has(column.toLowerCase()))
        problems.push(`${sheet}: tabellen ${table.name} har kolumnen "${column}" två gånger`);
      seen.add(column.toLowerCase());
    }
    tableValueProblems(table, sheet, problems);
  }

  const merges: A1Range[] = [];
  for (const merge of spec.merges ?? []) {
    const problem = rangeProblem(merge, `${sheet}, sammanslagning`);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const area = parseRange(merge);
    if (merges.some((other) => overlaps(other, area)))
      problems.push(`${sheet}: sammanslagningen ${merge} överlappar en annan`);
    merges.push(area);
  }

  for (const validation of spec.validations ?? []) {
    push(rangeProblem(validation.range, `${sheet}, listval`));
    if (validation.kind === "list" && validation.values.length === 0)
      problems.push(`${sheet}: listvalet på ${validation.range} har inga värden`);
    if (validation.kind === "listRange" && validation.source.replace(/^=/, "").trim() === "")
      problems.push(`${sheet}: listvalet på ${validation.range} saknar källa`);
  }

  for (const format of spec.conditionalFormats ?? []) {
    push(rangeProblem(format.range, `${sheet}, villkorsstyrd formatering`));
    for (const colour of [format.fill, format.fontColor]) {
      if (colour !== undefined && !COLOUR_PATTERN.test(colour))
        problems.push(`${sheet}: färgen "${colour}" ska skrivas #RRGGBB`);
    }
    if (format.kind === "textIn" && format.values.length === 0)
      problems.push(`${sheet}: villkorsstyrd formatering på ${format.range} har inga värden`);
  }

  for (const name of spec.names ?? []) {
    push(nameProblem(name.name, "Namnet"));
    push(rangeProblem(name.cell, `${sheet}, namnet ${name.name}`));
  }
  for (const format of spec.numberFormats ?? [])
    push(rangeProblem(format.range, `${sheet}, talformat`));
  for (const col of spec.wrapColumns ?? []) {
    if (!Number.isInteger(col) || col < 1 || col > MAX_COLS)
      problems.push(`${sheet}: kolumn ${col} finns inte`);
  }
  for (const [col, width] of Object.entries(spec.columnWidths ?? {})) {
    const n = Number(col);
    if (!Number.isInteger(n) || n < 1 || n > MAX_COLS || !(width > 0 && width <= 255))
      problems.push(`${sheet}: kolumnbredden för kolumn ${col} är ogiltig`);
  }
  if (
    spec.freeze &&
    (!Number.isInteger(spec.freeze.rows) ||
      !Number.isInteger(spec.freeze.cols) ||
      spec.freeze.rows < 0 ||
      spec.freeze.cols < 0)
  ) {
    problems.push(`${sheet}: låsta rader och kolumner ska vara heltal ≥ 0`);
  }
  if (spec.print?.titleRows !== undefined && !/^\d+:\d+$/.test(spec.print.titleRows)) {
    problems.push(`${sheet}: utskriftsrubriken "${spec.print.titleRows}" ska skrivas som 8:8`);
  }
  return problems;
}

/** Throws one WorkbookError listing what is wrong when any spec cannot be written. */
export function assertWritableSpecs(specs: SheetSpec[]): void {
  const problems = specs.flatMap(specProblems);
  const seen = new Set<string>();
  for (const spec of specs) {
    const key = spec.name.toLowerCase();
    if (seen.has(key)) problems.push(`Bladet "${spec.name}" förekommer två gånger`);
    seen.add(key);
  }
  const names = new Set<string>();
  for (const name of specs.flatMap((spec) => spec.names ?? [])) {
    if (names.has(name.name.toLowerCase()))
      problems.push(`Namnet "${name.name}" förekommer två gånger`);
    names.add(name.name.toLowerCase());
  }
  if (problems.length > 0) {
    throw new WorkbookError(
      `Inget skrevs: ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? ` (och ${problems.length - 5} till)` : ""}.`,
      "unsupported",
    );
  }
}

/**
 * Table names are one namespace per workbook (Excel's rule). A spec whose table name is taken by a
 * table on a sheet that stays, or earlier in the batch, gets "Name_2", "Name_3"… — in both adapters,
 * so inserting or structuring a template twice writes beside the first instead of failing.
 */
export function withFreeTableNames(specs: SheetSpec[], existing: { sheet: string; table: string }[]): SheetSpec[] {
  const replaced = new Set(specs.map((spec) => spec.name.toLowerCase()));
  const taken = new Set(existing.filter((t) => !replaced.has(t.sheet.toLowerCase())).map((t) => t.table.toLowerCase()));
  return specs.map((spec) => {
    if (!spec.table) return spec;
    let name = spec.table.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${spec.table.name}_${n}`;
    taken.add(name.toLowerCase());
    return name === spec.table.name ? spec : { ...spec, table: { ...spec.table, name } };
  });
}
