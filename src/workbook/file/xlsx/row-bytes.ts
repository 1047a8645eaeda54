/**
 * The plain rows of a sheet (no overlay cells: the 25,000 rows of a summary's long table) written
 * straight into the part's bytes. Each column's fixed pieces (`<c r="H`, `" s="3" t="s"><v>`) are
 * encoded once, and numbers and shared-string ids are written digit by digit, so no string is
 * built, joined and encoded per cell (README, performance). The bytes are exactly those of the
 * string writer in sheet-data.ts (valueCellXml) for the same cells.
 */
import type { SpecValue } from "../../../core/sheetspec";
import { MAX_ROW_BYTES, type PartBytes } from "./part-bytes";
import type { SharedStrings } from "./sheet";

const encoder = new TextEncoder();
const ascii = (text: string): Uint8Array => encoder.encode(text);

/**
 * The most bytes one cell takes, with its row's start and end: `<row r="1048576">`, `<c r="XFD`,
 * the row number, the longest tail (a ten-digit style), a number of at most 24 characters
 * (`-1.2345678901234567e-300`) and `</v></c>`, `</row>`; with room to spare.
 */
const CELL_ROOM = 160;
/** Rows of more columns than this are written as text (sheet-data.ts): placeRow takes rows up to MAX_ROW_BYTES. */
export const MAX_BYTE_ROW_COLUMNS = Math.floor(MAX_ROW_BYTES / CELL_ROOM) - 1;
const ROW_OPEN = ascii('<row r="');
const ROW_CLOSE = ascii("</row>");
const TWO_TO_31 = 2 ** 31;
/** The kinds of value cell. */
const TEXT = 1;
const NUMBER = 2;
const BOOLEAN = 3;
const EMPTY = 4;

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
  /** Per column: its letters, and its style attribute (` s="3"`, none for the default style). */
  private readonly letterBytes: Uint8Array[] = [];
  private readonly styleBytes: Uint8Array[] = [];
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
    this.letterBytes[col] = ascii(this.letters[col]!);
    this.styleBytes[col] = ascii(style ? ` s="${style}"` : "");
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
    const { letterBytes, styleBytes, lastText, lastId, rowDigits } = this;
    const rowLength = writeDigits(rowDigits, 0, row);
    let buf = out.buffer;
    let p = out.used;
    let uses = 0;
    let open = false;
    // Where the row begins: nothing is written before its first cell.
    const start = p;
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i]!;
      const value =
        values !== undefined && col >= left && col <= right ? (values[col - left] ?? null) : null;
      // What sheet-data.ts's isWritten and valueCellXml decide, by hand here.
      let kind: number;
      let id = -1;
      if (typeof value === "string" && value !== "") {
        kind = TEXT;
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
      } else if (typeof value === "number") kind = NUMBER;
      else if (typeof value === "boolean") kind = BOOLEAN;
      else if (styles[col] !== 0) kind = EMPTY;
      else continue;

      if (p + CELL_ROOM > buf.length) {
        out.used = p;
        out.reserve(CELL_ROOM);
        buf = out.buffer;
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
      const letters = letterBytes[col]!;
      for (let k = 0; k < letters.length; k++) buf[p++] = letters[k]!;
      for (let k = 0; k < rowLength; k++) buf[p++] = rowDigits[k]!;
      buf[p++] = 34; // "
      const style = styleBytes[col]!;
      for (let k = 0; k < style.length; k++) buf[p++] = style[k]!;
      // The rest of the cell by constant stores: copying it from arrays cost as much as the
      // shared-string lookup.
      if (kind === NUMBER) {
        // ><v>
        buf[p] = 62;
        buf[p + 1] = 60;
        buf[p + 2] = 118;
        buf[p + 3] = 62;
        p = writeNumber(buf, p + 4, value as number);
      } else if (kind === EMPTY) {
        // />: an empty cell with a style
        buf[p] = 47;
        buf[p + 1] = 62;
        p += 2;
        continue;
      } else {
        //  t="s"><v> (a shared string) or  t="b"><v> (a boolean)
        buf[p] = 32;
        buf[p + 1] = 116;
        buf[p + 2] = 61;
        buf[p + 3] = 34;
        buf[p + 4] = kind === TEXT ? 115 : 98;
        buf[p + 5] = 34;
        buf[p + 6] = 62;
        buf[p + 7] = 60;
        buf[p + 8] = 118;
        buf[p + 9] = 62;
        if (kind === TEXT) p = writeDigits(buf, p + 10, id);
        else {
          buf[p + 10] = value ? 49 : 48;
          p += 11;
        }
      }
      // </v></c>
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
      }
      for (let k = 0; k < ROW_CLOSE.length; k++) buf[p++] = ROW_CLOSE[k]!;
      out.used = p;
      out.placeRow(start);
    }
    if (uses > 0) this.strings.countUses(uses);
  }
}
