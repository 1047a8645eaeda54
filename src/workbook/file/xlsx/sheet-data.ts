/**
 * A worksheet's <sheetData>: the table's rows, the spec's cells over them (values replace, styles
 * merge), range number formats and wrapping columns. The rows of a long table (25,000 in a
 * summary) without overlay cells are handed in runs to row-bytes.ts, which writes them as bytes,
 * with each column's style resolved once: this function's loop then turns once per run, not per
 * row, so the engine never has to compile this large function while a table is written (it did,
 * twice; README, performance).
 */
import type { SpecCell, SpecValue } from "../../../core/sheetspec";
import { invariantFormula } from "../../spec/formulas";
import type { PartBytes } from "./part-bytes";
import { MAX_BYTE_ROW_COLUMNS, RowBytes } from "./row-bytes";
import type { SheetContext } from "./sheet";
import type { CellFormat } from "./styles";
import { xmlText } from "./xml";

export interface TableLayout {
  top: number;
  left: number;
  right: number;
  bottom: number;
  columns: string[];
  rows: SpecValue[][];
}

/** An overlay cell from spec.cells, after later cells at the same place were applied. */
interface OverlayCell {
  value: SpecValue;
  formula?: string;
  format: CellFormat;
}

interface NumberFormatRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
  format: string;
}

export interface SheetDataLayout {
  table: TableLayout | null;
  overlay: Map<number, Map<number, OverlayCell>>;
  numberFormats: NumberFormatRange[];
  /** Sorted, without repeats. */
  wrapColumns: number[];
  /** Column letters by column number. */
  letters: string[];
  lastRow: number;
}

const WRAP: CellFormat = { wrap: true };
const NO_OVERLAY: ReadonlyMap<number, OverlayCell> = new Map();

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function styleOf(cell: SpecCell): CellFormat {
  const s = cell.style;
  if (!s) return {};
  return {
    ...(s.bold !== undefined ? { bold: s.bold } : {}),
    ...(s.italic !== undefined ? { italic: s.italic } : {}),
    ...(s.fontColor ? { fontColor: s.fontColor } : {}),
    ...(s.fontSize ? { fontSize: s.fontSize } : {}),
    ...(s.fill ? { fill: s.fill } : {}),
    ...(s.wrap ? { wrap: true } : {}),
    ...(s.numberFormat ? { numberFormat: s.numberFormat } : {}),
  };
}

export function overlayCells(cells: readonly SpecCell[]): Map<number, Map<number, OverlayCell>> {
  const byRow = new Map<number, Map<number, OverlayCell>>();
  for (const cell of cells) {
    let row = byRow.get(cell.row);
    if (!row) byRow.set(cell.row, (row = new Map()));
    const earlier = row.get(cell.col);
    row.set(cell.col, {
      value: cell.value,
      ...(cell.formula ? { formula: cell.formula } : {}),
      format: { ...earlier?.format, ...styleOf(cell) },
    });
  }
  return byRow;
}

/** Whether a cell with this value and style is written at all (an empty one only for its style). */
function isWritten(style: number, value: SpecValue): boolean {
  return (
    style !== 0 ||
    typeof value === "number" ||
    typeof value === "boolean" ||
    (typeof value === "string" && value !== "")
  );
}

function formulaCellXml(ref: string, style: number, formula: string, result: SpecValue): string {
  const s = style ? ` s="${style}"` : "";
  const f = `<f>${xmlText(invariantFormula(formula))}</f>`;
  if (typeof result === "number") return `<c r="${ref}"${s}>${f}<v>${result}</v></c>`;
  if (typeof result === "boolean")
    return `<c r="${ref}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  if (typeof result === "string")
    return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(result)}</v></c>`;
  return `<c r="${ref}"${s}>${f}</c>`;
}

/** A cell's style id: the overlay cell's look, the number-format ranges over it, wrapping. */
function styleAt(
  ctx: SheetContext,
  col: number,
  cell: OverlayCell | undefined,
  formatsHere: readonly NumberFormatRange[],
  wrapping: ReadonlySet<number>,
): number {
  let format: CellFormat | undefined = cell?.format;
  for (const f of formatsHere) {
    if (col >= f.left && col <= f.right) format = { ...format, numberFormat: f.format };
  }
  if (wrapping.has(col)) format = format ? { ...format, wrap: true } : WRAP;
  return format ? ctx.styles.xfId(format) : 0;
}

/** A value cell (what isWritten accepts): shared string, number, boolean, or empty with a style. */
function valueCellXml(ref: string, style: number, value: SpecValue, ctx: SheetContext): string {
  const s = style ? ` s="${style}"` : "";
  if (typeof value === "string" && value !== "")
    return `<c r="${ref}"${s} t="s"><v>${ctx.strings.id(value)}</v></c>`;
  if (typeof value === "number")
    return `<c r="${ref}"${s}><v>${Object.is(value, -0) ? 0 : value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s}/>`;
}

/** A row with overlay cells: theirs replace the table's values, their looks merge into the styles. */
function writeOverlaidRow(
  out: PartBytes,
  ctx: SheetContext,
  row: number,
  columns: readonly number[],
  over: ReadonlyMap<number, OverlayCell>,
  values: readonly SpecValue[] | undefined,
  left: number,
  right: number,
  cellStyle: (col: number, cell: OverlayCell | undefined) => number,
  letters: readonly string[],
): void {
  let xml = "";
  for (const col of columns) {
    const cell = over.get(col);
    const value = cell
      ? cell.value
      : values !== undefined && col >= left && col <= right
        ? (values[col - left] ?? null)
        : null;
    const style = cellStyle(col, cell);
    const formula = cell?.formula;
    if (!formula && !isWritten(style, value)) continue;
    const ref = `${letters[col]}${row}`;
    xml += formula ? formulaCellXml(ref, style, formula, value) : valueCellXml(ref, style, value, ctx);
  }
  if (xml) out.text(`<row r="${row}">${xml}</row>`);
}

export function writeSheetData(out: PartBytes, ctx: SheetContext, layout: SheetDataLayout): void {
  const { table, overlay, numberFormats, wrapColumns, letters, lastRow } = layout;
  out.text("<sheetData>");
  const wrapping = new Set(wrapColumns);
  const tableColumns = table ? range(table.left, table.right) : [];
  // Most rows are table rows with nothing over them: their columns are known once.
  const plainTableRow = [...new Set([...tableColumns, ...wrapColumns])].sort((a, b) => a - b);
  // A cell's style depends on its column, the overlay cell over it and the number-format ranges
  // its row is in. Rows without overlay cells in the same ranges (the rows of a long table) share
  // one style per column, computed in column order at the first row after the set of ranges
  // changed (so styles get their ids in the same order), not built and keyed per cell.
  let plainStyles: number[] = [];
  let plainStylesKey: string | undefined;
  // The columns whose styles are in plainStyles: the same array row after row in a long table.
  let styledColumns: readonly number[] | undefined;
  const plainRows = new RowBytes(ctx.strings, letters);
  // Rows where a run of plain table rows ends: overlay cells, the ends of number-format ranges,
  // the table's header and end. The rows between are written by one call.
  const breaks = [
    ...new Set([
      ...overlay.keys(),
      ...numberFormats.flatMap((f) => [f.top, f.bottom + 1]),
      ...(table ? [table.top + 1, table.bottom + 1] : []),
    ]),
  ].sort((a, b) => a - b);
  let nextBreak = 0;
  for (let row = 1; row <= lastRow; row++) {
    const over = overlay.get(row);
    const inTable = table !== null && row >= table.top && row <= table.bottom;
    let formatsKey = "";
    for (let i = 0; i < numberFormats.length; i++) {
      const f = numberFormats[i]!;
      if (row >= f.top && row <= f.bottom) formatsKey += `${i},`;
    }
    const formatsHere =
      formatsKey === "" ? [] : numberFormats.filter((f) => row >= f.top && row <= f.bottom);
    let columns = inTable ? plainTableRow : wrapColumns;
    if (over || formatsHere.length > 0) {
      const wanted = new Set(columns);
      if (over) for (const col of over.keys()) wanted.add(col);
      for (const f of formatsHere) for (let col = f.left; col <= f.right; col++) wanted.add(col);
      columns = [...wanted].sort((a, b) => a - b);
    }
    if (columns.length === 0) continue;

    // The table's values of this row, from its first column; only inside the table's columns.
    const values = !inTable
      ? undefined
      : row === table.top
        ? table.columns
        : table.rows[row - table.top - 1];
    const left = table?.left ?? 1;
    const right = table?.right ?? 0;
    if (over) {
      const cellStyle = (col: number, cell: OverlayCell | undefined) =>
        styleAt(ctx, col, cell, formatsHere, wrapping);
      writeOverlaidRow(out, ctx, row, columns, over, values, left, right, cellStyle, letters);
      continue;
    }
    if (formatsKey !== plainStylesKey) {
      plainStyles = [];
      plainStylesKey = formatsKey;
      styledColumns = undefined;
    }
    if (columns !== styledColumns) {
      for (const col of columns) plainStyles[col] ??= styleAt(ctx, col, undefined, formatsHere, wrapping);
      styledColumns = columns;
    }
    if (columns.length > MAX_BYTE_ROW_COLUMNS) {
      // Wider than a row of bytes may be (row-bytes.ts): as text, like a row with overlay cells.
      const styles = plainStyles;
      writeOverlaidRow(out, ctx, row, columns, NO_OVERLAY, values, left, right, (col) => styles[col]!, letters);
      continue;
    }
    if (inTable && row > table.top) {
      // This row and the next ones up to a break are alike: their values come from the table.
      while (nextBreak < breaks.length && breaks[nextBreak]! <= row) nextBreak++;
      const end = Math.min(table.bottom, nextBreak < breaks.length ? breaks[nextBreak]! - 1 : lastRow);
      const count = end - row + 1;
      plainRows.writeRows(out, row, table.rows, row - table.top - 1, count, columns, left, right, plainStyles);
      row = end;
    } else {
      plainRows.writeRows(out, row, [values], 0, 1, columns, left, right, plainStyles);
    }
  }
  out.text("</sheetData>");
}
