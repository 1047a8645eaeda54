/**
 * Turns a SheetSpec into measured writes onto a fresh worksheet — no sync here. The caller
 * (write.ts) has already checked everything and syncs the writes of all sheets in groups of
 * measured size (payload.ts), so rendering N sheets costs syncs by bytes, not by sheets or rows.
 * Values come first (in row blocks that can be halved), then the rest of the sheet, so a table
 * finds its header cells and a dropdown its source sheet.
 */
import { columnLetter, parseAddress, parseRange, rangeAddress } from "../../core/grid";
import type { SheetSpec, SpecCellStyle, SpecConditionalFormat, SpecValidation, SpecValue } from "../../core/sheetspec";
import { BYTES_PER_CALL, jsonBytes, rowGroupsByBytes, SYNC_BUDGET_BYTES, type QueuedWrite } from "./payload";
import { numberFormatFor, officeValue } from "./cells";
import { conditionalFormula, inlineListFormula, invariantFormula, LIST_VALIDATION_TEXT } from "../spec/formulas";

/** Excel column width is in points; one character of the default font is about 7 points. */
export const POINTS_PER_CHARACTER = 7;

export interface RenderOptions {
  /** Worksheet.pageLayout is available (ExcelApi 1.9). */
  pageLayout: boolean;
  /** Notices for the user about what was degraded (Swedish). */
  notice: (message: string) => void;
}

interface MatrixCell {
  value: SpecValue;
  formula?: string;
  style?: SpecCellStyle;
}

/** All values of the spec (cells and table) on one grid, 1-based. */
export function specMatrix(spec: SheetSpec): { cells: Map<string, MatrixCell>; rows: number; cols: number } {
  const cells = new Map<string, MatrixCell>();
  let rows = 0;
  let cols = 0;
  const put = (row: number, col: number, cell: MatrixCell): void => {
    cells.set(`${row},${col}`, cell);
    rows = Math.max(rows, row);
    cols = Math.max(cols, col);
  };
  if (spec.table) {
    const { row: top, col: left } = parseAddress(spec.table.topLeft);
    spec.table.columns.forEach((name, c) => put(top, left + c, { value: name }));
    spec.table.rows.forEach((values, r) =>
      spec.table!.columns.forEach((_, c) => put(top + 1 + r, left + c, { value: values[c] ?? null })),
    );
  }
  // Explicit cells win over table values (e.g. a styled header cell).
  for (const cell of spec.cells) {
    const previous = cells.get(`${cell.row},${cell.col}`);
    put(cell.row, cell.col, { value: cell.value, formula: cell.formula, style: cell.style ?? previous?.style });
  }
  return { cells, rows, cols };
}

/** The table's range: header row plus its rows (at least one, since Excel needs a data row). */
export function tableRange(spec: SheetSpec): string | null {
  if (!spec.table) return null;
  const { row: top, col: left } = parseAddress(spec.table.topLeft);
  const bottom = top + Math.max(1, spec.table.rows.length);
  const right = left + spec.table.columns.length - 1;
  return rangeAddress({ top, left, bottom, right });
}

/** Rows per values block are chosen by bytes: a block is at most a quarter of a sync's budget. */
const BLOCK_BYTES = Math.floor(SYNC_BUDGET_BYTES / 4);

interface ValueRows {
  numberFormat: string[][];
  values: (string | number | boolean)[][];
}

function valueRows(spec: SheetSpec): { rows: ValueRows; cells: Map<string, MatrixCell> } | null {
  const { cells, rows, cols } = specMatrix(spec);
  if (rows === 0 || cols === 0) return null;
  const numberFormat: string[][] = [];
  const values: (string | number | boolean)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const formatRow: string[] = [];
    const valueRow: (string | number | boolean)[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = cells.get(`${r},${c}`);
      if (cell?.formula) {
        formatRow.push(cell.style?.numberFormat ?? "General");
        valueRow.push(`=${invariantFormula(cell.formula)}`);
      } else {
        const value = cell?.value ?? null;
        formatRow.push(numberFormatFor(value, cell?.style?.numberFormat));
        valueRow.push(officeValue(value));
      }
    }
    numberFormat.push(formatRow);
    values.push(valueRow);
  }
  return { rows: { numberFormat, values }, cells };
}

/** One block of rows from `start` (0-based): splittable in halves if Excel still refuses it. */
function valuesWrite(sheet: Excel.Worksheet, rows: ValueRows, start: number, count: number, bytes: number): QueuedWrite {
  return {
    bytes: bytes + 2 * BYTES_PER_CALL,
    queue: () => {
      const range = sheet.getRangeByIndexes(start, 0, count, rows.values[0]!.length);
      // The text format must be in place before the values, or Excel parses "=…" as a formula.
      range.numberFormat = rows.numberFormat.slice(start, start + count);
      range.values = rows.values.slice(start, start + count);
    },
    split: () => {
      if (count < 2) return null;
      const half = Math.floor(count / 2);
      return [valuesWrite(sheet, rows, start, half, bytes / 2), valuesWrite(sheet, rows, start + half, count - half, bytes / 2)];
    },
  };
}

function valueWrites(sheet: Excel.Worksheet, spec: SheetSpec): { writes: QueuedWrite[]; cells: Map<string, MatrixCell> } {
  const built = valueRows(spec);
  if (!built) return { writes: [], cells: new Map() };
  const { rows } = built;
  const indexes = rows.values.map((_, i) => i);
  const groups = rowGroupsByBytes(indexes, (i) => jsonBytes(rows.values[i]) + jsonBytes(rows.numberFormat[i]), BLOCK_BYTES);
  return { writes: groups.map((g) => valuesWrite(sheet, rows, g.start, g.count, g.bytes)), cells: built.cells };
}

function styleKey(style: SpecCellStyle | undefined): string {
  if (!style) return "";
  const { numberFormat: _ignored, ...visual } = style;
  return Object.keys(visual).length === 0 ? "" : JSON.stringify(visual, Object.keys(visual).sort());
}

/** Styles are applied per run of equally styled cells in a row, not per cell, to keep the batch small. */
function styleWrites(sheet: Excel.Worksheet, cells: Map<string, MatrixCell>): QueuedWrite[] {
  const writes: QueuedWrite[] = [];
  const byRow = new Map<number, { col: number; key: string; style: SpecCellStyle }[]>();
  for (const [position, cell] of cells) {
    const key = styleKey(cell.style);
    if (!key || !cell.style) continue;
    const [row, col] = position.split(",").map(Number) as [number, number];
    const list = byRow.get(row) ?? [];
    list.push({ col, key, style: cell.style });
    byRow.set(row, list);
  }
  for (const [row, list] of byRow) {
    list.sort((a, b) => a.col - b.col);
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      const run = list[start]!;
      const next = list[i];
      const previous = list[i - 1]!;
      if (next && next.key === run.key && next.col === previous.col + 1) continue;
      const address = rangeAddress({ top: row, left: run.col, bottom: row, right: previous.col });
      const style = run.style;
      writes.push({ bytes: BYTES_PER_CALL * 7 + jsonBytes(style), queue: () => applyStyle(sheet.getRange(address), style) });
      start = i;
    }
  }
  return writes;
}

function applyStyle(range: Excel.Range, style: SpecCellStyle): void {
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.fontColor) range.format.font.color = style.fontColor;
  if (style.fontSize) range.format.font.size = style.fontSize;
  if (style.fill) range.format.fill.color = style.fill;
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
}

/**
 * A dropdown. Lists too long to be inline were pointed at the list sheet by write.ts
 * (spec/list-sheet.ts); the inline formula is Excel's quoted one, which rule.list.source takes
 * without the quotes.
 */
function addValidation(sheet: Excel.Worksheet, validation: SpecValidation): void {
  const range = sheet.getRange(validation.range);
  const formula = inlineListFormula(validation);
  if (formula === null) throw new Error(`Listan i ${validation.range} ska ligga på listbladet (write.ts).`);
  const source =
    validation.kind === "list" ? formula.slice(1, -1) : formula.startsWith("=") ? formula : `=${formula}`;
  range.dataValidation.ignoreBlanks = validation.allowBlank ?? true;
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  // A warning, not a stop (as in files): the add-in's validation reports values outside the list,
  // and a list shortened to fit Excel must not block a valid entry.
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Warning",
    title: LIST_VALIDATION_TEXT.errorTitle,
    message: LIST_VALIDATION_TEXT.error,
  };
}

function addConditionalFormat(sheet: Excel.Worksheet, format: SpecConditionalFormat): void {
  const cf = sheet.getRange(format.range).conditionalFormats.add("Custom");
  // rule.formula takes the invariant (en-US) syntax with a leading "=".
  cf.custom.rule.formula = `=${conditionalFormula(format)}`;
  cf.custom.format.fill.color = format.fill;
  if (format.fontColor) cf.custom.format.font.color = format.fontColor;
}

function freeze(sheet: Excel.Worksheet, rows: number, cols: number): void {
  if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, cols));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (cols > 0) sheet.freezePanes.freezeColumns(cols);
}

function absoluteRows(titleRows: string): string {
  return titleRows
    .split(":")
    .map((part) => `$${part.replace(/\$/g, "")}`)
    .join(":");
}

/** A full matrix of one value for a range (Office.js wants one entry per cell). */
function filled<T>(range: string, value: T): T[][] {
  const area = parseRange(range);
  return Array.from({ length: area.bottom - area.top + 1 }, () => Array.from({ length: area.right - area.left + 1 }, () => value));
}

/** The writes of one sheet: its values (and styles), then the rest (`structureWrites`). */
export function valueAndStyleWrites(sheet: Excel.Worksheet, spec: SheetSpec): QueuedWrite[] {
  const { writes, cells } = valueWrites(sheet, spec);
  return [...writes, ...styleWrites(sheet, cells)];
}

/**
 * Everything but values: merges, formats, table, dropdowns, conditional formats, names, widths,
 * freeze, print, chart, visibility. Queued after the values of every sheet in the batch.
 */
export function structureWrites(sheet: Excel.Worksheet, spec: SheetSpec, options: RenderOptions): QueuedWrite[] {
  const { cells: _cells, table, ...rest } = spec;
  const formatCells = (spec.numberFormats ?? []).reduce((sum, f) => {
    const area = parseRange(f.range);
    return sum + (area.bottom - area.top + 1) * (area.right - area.left + 1) * (f.format.length + 3);
  }, 0);
  const bytes = formatCells + jsonBytes(rest) + jsonBytes(table?.columns ?? []) + BYTES_PER_CALL * (30 + (spec.numberFormats?.length ?? 0) * 2 + (spec.validations?.length ?? 0) * 4 + (spec.conditionalFormats?.length ?? 0) * 4);
  return [{ bytes, queue: () => renderStructure(sheet, spec, options) }];
}

function renderStructure(sheet: Excel.Worksheet, spec: SheetSpec, options: RenderOptions): void {
  // Merging keeps the top-left value, as the spec expects.
  for (const merge of spec.merges ?? []) sheet.getRange(merge).merge(false);
  // After the values: changing the format of a cell already holding text keeps it text.
  for (const format of spec.numberFormats ?? []) sheet.getRange(format.range).numberFormat = filled(format.range, format.format);
  for (const col of spec.wrapColumns ?? []) {
    const letter = columnLetter(col);
    const column = sheet.getRange(`${letter}:${letter}`);
    column.format.wrapText = true;
    column.format.verticalAlignment = "Top";
  }

  if (spec.table) {
    const table = sheet.tables.add(tableRange(spec)!, true);
    table.name = spec.table.name;
    if (spec.table.style) table.style = spec.table.style;
  }
  for (const validation of spec.validations ?? []) addValidation(sheet, validation);
  for (const format of spec.conditionalFormats ?? []) addConditionalFormat(sheet, format);
  // Sheet-scoped names: two template sheets in one workbook can both have "Förvaltning".
  for (const name of spec.names ?? []) sheet.names.add(name.name, sheet.getRange(name.cell));
  for (const [col, width] of Object.entries(spec.columnWidths ?? {})) {
    const letter = columnLetter(Number(col));
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = width * POINTS_PER_CHARACTER;
  }
  if (spec.freeze) freeze(sheet, spec.freeze.rows, spec.freeze.cols);
  if (spec.print) {
    if (options.pageLayout) {
      sheet.pageLayout.orientation = spec.print.landscape ? "Landscape" : "Portrait";
      sheet.pageLayout.paperSize = "A4";
      if (spec.print.titleRows) sheet.pageLayout.setPrintTitleRows(absoluteRows(spec.print.titleRows));
    } else {
      options.notice(`Utskriftsinställningar för "${spec.name}" hoppades över: Excel-versionen saknar ExcelApi 1.9.`);
    }
  }
  if (spec.chart) {
    const chart = sheet.charts.add("BarStacked", sheet.getRange(spec.chart.dataRange), "Columns");
    chart.title.text = spec.chart.title;
    (spec.chart.seriesColours ?? []).forEach((colour, i) => chart.series.getItemAt(i).format.fill.setSolidColor(colour));
    const anchor = parseRange(spec.chart.anchor);
    chart.setPosition(
      `${columnLetter(anchor.left)}${anchor.top}`,
      `${columnLetter(anchor.right)}${anchor.bottom}`,
    );
  }
  if (spec.state === "hidden") sheet.visibility = "Hidden";
  else if (spec.state === "veryHidden") sheet.visibility = "VeryHidden";
}
