/**
 * The plain rows of a sheet (no overlay cells: the 25,000 rows of a summary's long table) written
 * straight into the part's bytes. Each column's fixed pieces (`<c r="H`, `" s="3" t="s"><v>`) are
 * encoded once, and numbers and shared-string ids are written digit by digit, so no string is
 * built, joined and encoded per cell (README, performance). The bytes are exactly those of the
 * string writer in sheet-data.ts (valueCellXml) for the same cells.
 */
import type { SpecValue } from "../../../core/sheetspec";
import type { PartBytes } from "./part-bytes";
import type { SharedStrings } from "./sheet";

const encoder = new TextEncoder();
const ascii = (text: string): Uint8Array => encoder.encode(text);

/**
 * The most bytes one cell takes, with its row's start and end: `<row r="1048576">`, `<c r="XFD`,
 * the row number, the longest tail (a ten-digit style), a number of at most 24 characters
 * (`-1.2345678901234567e-300`) and `</v></c>`, `</row>`; with room to spare.
 */
const CELL_ROOM = 160;
const ROW_OPEN = ascii('<row r="');
const ROW_CLOSE = ascii("</row>");
const TWO_TO_31 = 2 ** 31;

/** Writes the digits of `n` (an integer, 0 ≤ n < 2³¹) at `p`; returns the position after them. */
function writeDigits(buf: Uint8Array, p: number, n: number): number {
  let end = p + 1;
  for (let rest = n; rest >= 10; rest = (rest / 10) | 0) end++;
  let q = end;
  let rest = n;
  while (rest >= 10) {
    const tens = (rest / 10) | 0;
    buf[--q] = 48 + rest - tens * 10;
    rest = tens;
  }
  buf[q - 1] = 48 + rest;
  return end;
}

/** A number as `${value}` writes it (ASCII only); integers digit by digit. */
function writeNumber(buf: Uint8Array, p: number, value: number): number {
  // -0 is written "0", as `${-0}` is.
  if (Number.isInteger(value) && value > -TWO_TO_31 && value < TWO_TO_31) {
    if (value >= 0) return writeDigits(buf, p, value);
    buf[p] = 45; // "-"
    return writeDigits(buf, p + 1, -value);
  }
  const text = String(value);
  for (let i = 0; i < text.length; i++) buf[p++] = text.charCodeAt(i);
  return p;
}

export class RowBytes {
  /** Per column: its letters, and what follows the row number for each kind of value, for one style. */
  private readonly heads: Uint8Array[] = [];
  private readonly textTails: Uint8Array[] = [];
  private readonly numberTails: Uint8Array[] = [];
  private readonly booleanTails: Uint8Array[] = [];
  private readonly emptyTails: Uint8Array[] = [];
  /** The style the templates of each column are made for. */
  private readonly madeFor: number[] = [];
  /**
   * Per column, the last text and its shared-string id: a column often repeats the text of the
   * row above (the organisation, the file), and comparing two strings is cheaper than a lookup.
   */
  private readonly lastText: (string | undefined)[] = [];
  private readonly lastId: number[] = [];
  private readonly rowDigits = new Uint8Array(16);

  constructor(
    private readonly strings: SharedStrings,
    private readonly letters: readonly string[],
  ) {}

  private makeTemplates(col: number, style: number): void {
    const s = style ? ` s="${style}"` : "";
    this.heads[col] = ascii(this.letters[col]!);
    this.textTails[col] = ascii(`"${s} t="s"><v>`);
    this.numberTails[col] = ascii(`"${s}><v>`);
    this.booleanTails[col] = ascii(`"${s} t="b"><v>`);
    this.emptyTails[col] = ascii(`"${s}/>`);
    this.madeFor[col] = style;
  }

  /**
   * `count` rows from `firstRow` with no overlay cell, all with the same columns and styles:
   * `rows[from + i]` holds row i's values in columns `left` to `right` (the header names, data
   * rows, or undefined outside the table), `styles` each column's style id. A row without cells
   * is not written. One call writes a whole run of a long table, a row at a time: small
   * functions, each compiled once and quickly, where a loop over a whole table in one function
   * had the engine compile that large function twice (on-stack and again).
   */
  writeRows(
    out: PartBytes,
    firstRow: number,
    rows: readonly (readonly SpecValue[] | undefined)[],
    from: number,
    count: number,
    columns: readonly number[],
    left: number,
    right: number,
    styles: readonly number[],
  ): void {
    for (const col of columns) {
      if (this.madeFor[col] !== styles[col]) this.makeTemplates(col, styles[col]!);
    }
    for (let r = 0; r < count; r++) this.writeRow(out, firstRow + r, rows[from + r], columns, left, right, styles);
  }

  private writeRow(
    out: PartBytes,
    row: number,
    values: readonly SpecValue[] | undefined,
    columns: readonly number[],
    left: number,
    right: number,
    styles: readonly number[],
  ): void {
    const { index } = this.strings;
    const { heads, textTails, numberTails, booleanTails, emptyTails, lastText, lastId, rowDigits } = this;
    const rowLength = writeDigits(rowDigits, 0, row);
    let buf = out.buffer;
    let p = out.used;
    let uses = 0;
    let open = false;
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i]!;
      const value =
        values !== undefined && col >= left && col <= right ? (values[col - left] ?? null) : null;
      // What sheet-data.ts's isWritten and valueCellXml decide, by hand here.
      let tail: Uint8Array;
      let id = -1;
      if (typeof value === "string" && value !== "") {
        tail = textTails[col]!;
        if (value === lastText[col]) {
          id = lastId[col]!;
          uses++;
        } else {
          const known = index.get(value);
          if (known !== undefined) {
            id = known;
            uses++;
          } else {
            id = this.strings.id(value);
          }
          lastText[col] = value;
          lastId[col] = id;
        }
      } else if (typeof value === "number") tail = numberTails[col]!;
      else if (typeof value === "boolean") tail = booleanTails[col]!;
      else if (styles[col] !== 0) tail = emptyTails[col]!;
      else continue;

      if (p + CELL_ROOM > buf.length) {
        out.used = p;
        out.reserve(CELL_ROOM);
        buf = out.buffer;
        p = out.used;
      }
      if (!open) {
        for (let k = 0; k < ROW_OPEN.length; k++) buf[p++] = ROW_OPEN[k]!;
        for (let k = 0; k < rowLength; k++) buf[p++] = rowDigits[k]!;
        buf[p++] = 34; // "
        buf[p++] = 62; // >
        open = true;
      }
      // <c r=" and the column's letters.
      buf[p] = 60;
      buf[p + 1] = 99;
      buf[p + 2] = 32;
      buf[p + 3] = 114;
      buf[p + 4] = 61;
      buf[p + 5] = 34;
      p += 6;
      const letters = heads[col]!;
      for (let k = 0; k < letters.length; k++) buf[p++] = letters[k]!;
      for (let k = 0; k < rowLength; k++) buf[p++] = rowDigits[k]!;
      for (let k = 0; k < tail.length; k++) buf[p++] = tail[k]!;
      if (id >= 0) p = writeDigits(buf, p, id);
      else if (typeof value === "number") p = writeNumber(buf, p, value);
      else if (typeof value === "boolean") buf[p++] = value ? 49 : 48;
      else continue; // an empty cell with a style ends with its tail
      // </v></c>, by constant stores: a loop here cost as much as the rest of the cell.
      buf[p] = 60;
      buf[p + 1] = 47;
      buf[p + 2] = 118;
      buf[p + 3] = 62;
      buf[p + 4] = 60;
      buf[p + 5] = 47;
      buf[p + 6] = 99;
      buf[p + 7] = 62;
      p += 8;
    }
    if (open) {
      if (p + ROW_CLOSE.length > buf.length) {
        out.used = p;
        out.reserve(ROW_CLOSE.length);
        buf = out.buffer;
        p = out.used;
      }
      for (let k = 0; k < ROW_CLOSE.length; k++) buf[p++] = ROW_CLOSE[k]!;
    }
    out.used = p;
    if (uses > 0) this.strings.countUses(uses);
  }
}
