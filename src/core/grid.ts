/**
 * A sheet as the core sees it: the values a user sees, read by a workbook adapter.
 * Pure data, so the core never depends on the Office API or on ExcelJS.
 */

export type CellKind = "text" | "number" | "date" | "boolean" | "error";

export interface Cell {
  kind: CellKind;
  /** What a user sees in the cell (dates as ÅÅÅÅ-MM-DD, errors as "#N/A"). */
  text: string;
  /** text → string, number → number, date → ISO date "YYYY-MM-DD", boolean → boolean, error → "#N/A". */
  value: string | number | boolean;
  /** The formula without its leading "=", when the cell holds one; `value` is then the cached result. */
  formula?: string;
}

/** A merged area, 1-based and inclusive, as Excel numbers rows and columns. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheet: string;
  /** rows[r][c] is the cell at Excel row r+1, column c+1; null (or a missing entry) is empty. */
  rows: (Cell | null)[][];
  merges: MergedArea[];
}

export function cellAt(grid: Grid, row: number, col: number): Cell | null {
  return grid.rows[row - 1]?.[col - 1] ?? null;
}

/** "A" for 1, "AA" for 27. */
export function columnLetter(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function address(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function parseAddress(a1: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!match) throw new Error(`Ogiltig celladress: ${a1}`);
  return { row: Number(match[2]), col: columnNumber(match[1]!) };
}

/**
 * A text cell. Readers make a hundred thousand of them; made by this one small function, they
 * share one object shape, and when V8 moves such long-lived objects to the old generation it
 * throws away the compiled code of this function rather than of a reader's loop.
 */
export function textCell(text: string): Cell {
  return { kind: "text", text, value: text };
}

/** Convenience for tests and generators: a grid from plain strings (null/"" = empty). */
export function gridFromText(sheet: string, rows: (string | null)[][], merges: MergedArea[] = []): Grid {
  return {
    sheet,
    merges,
    rows: rows.map((row) => row.map((text) => (text === null || text === "" ? null : textCell(text)))),
  };
}

/** "A9:A200", "$H$9:$H$200", "'Blad 1'!B2:C3" or a single cell "B2" → 1-based inclusive bounds. */
export function parseRange(range: string): MergedArea {
  const local = range.slice(range.lastIndexOf("!") + 1);
  const [from, to = from] = local.split(":") as [string, string?];
  const start = parseAddress(from);
  const end = parseAddress(to);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** The A1 address of an area: "B2" for one cell, "A1:C3" otherwise. */
export function rangeAddress(area: MergedArea): string {
  const from = address(area.top, area.left);
  const to = address(area.bottom, area.right);
  return from === to ? from : `${from}:${to}`;
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * An Excel date serial → ISO date. The 1900 system counts a phantom 1900-02-29 (serial 60), so
 * serials before it are one day off from a plain day count; a time of day is dropped.
 */
export function excelSerialToIsoDate(serial: number, date1904 = false): string {
  const days = Math.floor(serial + 1e-9);
  const epoch = date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900;
  const shifted = !date1904 && days < 61 ? days + 1 : days;
  return new Date(epoch + shifted * MS_PER_DAY).toISOString().slice(0, 10);
}
