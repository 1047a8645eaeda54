/**
 * The rules for what a cell shows, in one place for every adapter: which number formats are
 * dates, how numbers and booleans read, OOXML's _xHHHH_ escapes, and what ExcelJS itself does
 * to a stored value (the direct .xlsx reader mimics it so both file paths give the same grid).
 * Used by the direct reader (file/xlsx), the ExcelJS path (file/read-grid.ts) and the Office.js
 * adapter (office/cells.ts). No Office.js, no ExcelJS at run time.
 */
import type { Cell } from "../../core/grid";
import { excelSerialToIsoDate, textCell } from "../../core/grid";

/**
 * True for number formats that show a calendar date. Quoted text, [colour]/[locale] brackets,
 * escaped and padding characters and AM/PM are ignored; a date has a day or year code, or a
 * month code that is not minutes (m next to h or s is minutes: "h:mm" and "mm:ss" are times).
 */
export function isDateNumberFormat(format: string | undefined): boolean {
  if (!format) return false;
  return cached(dateFormats, format, dateFormat);
}

/**
 * Answers per format code, kept because a sheet asks about the same few formats for every cell;
 * bounded, so a file with a million distinct formats cannot grow it without end.
 */
function cached(
  cache: Map<string, boolean>,
  format: string,
  test: (format: string) => boolean,
): boolean {
  let answer = cache.get(format);
  if (answer === undefined) {
    answer = test(format);
    if (cache.size >= 1000) cache.clear();
    cache.set(format, answer);
  }
  return answer;
}

const dateFormats = new Map<string, boolean>();
const percentFormats = new Map<string, boolean>();
const excelJsDateFormats = new Map<string, boolean>();

function dateFormat(format: string): boolean {
  if (format === "@" || /^general$/i.test(format.trim())) return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*]/g, "")
    .replace(/[\\_*]./g, "")
    .replace(/general/gi, "")
    .replace(/a(m\/p|\/)p?m?/gi, "")
    .replace(/h+:m+/gi, "")
    .replace(/m+:s+/gi, "");
  return /[ydm]/i.test(bare);
}

/** Numbers as a user reads them: integers plainly, fractions without binary noise, percentages as such. */
export function numberText(value: number, format?: string): string {
  if (format && cached(percentFormats, format, (f) => /%/.test(f.replace(/"[^"]*"/g, ""))))
    return `${Number((value * 100).toPrecision(12))} %`;
  const plain = String(value);
  // At most 15 digits and no exponent: rounding to 15 significant digits changes nothing.
  const digits = plain.length - (value < 0 ? 1 : 0) - (plain.includes(".") ? 1 : 0);
  if (digits <= 15 && Number.isFinite(value) && !plain.includes("e")) return plain;
  return String(Number(value.toPrecision(15)));
}

/** A boolean as Swedish Excel shows it. */
export function booleanText(value: boolean): string {
  return value ? "SANT" : "FALSKT";
}

/**
 * OOXML stores characters XML cannot hold as _xHHHH_ (a carriage return in a cell is "_x000D_",
 * a literal "_x" sequence is escaped as "_x005F_x…"). Excel, and so the Office.js adapter, shows
 * the decoded text; ExcelJS leaves the escapes in, so the file paths decode them here.
 */
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function decodeOoxmlEscapes(text: string): string {
  return text.includes("_x")
    ? text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** An error value, as ExcelJS gives it ({ error: "#N/A" }). */
export interface ErrorValue {
  error: string;
}

export type Scalar = string | number | boolean | Date | ErrorValue | null | undefined;

function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 10);
}

function isErrorValue(value: unknown): value is ErrorValue {
  return !!value && typeof value === "object" && typeof (value as ErrorValue).error === "string";
}

/** A plain value (or a formula's cached result), as ExcelJS gives it, to a Cell; null for empty. */
export function scalarCell(
  value: Scalar,
  numFmt: string | undefined,
  date1904: boolean,
): Cell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    const text = decodeOoxmlEscapes(value);
    return text === "" ? null : textCell(text);
  }
  if (typeof value === "number") {
    if (isDateNumberFormat(numFmt) && Number.isFinite(value)) {
      const iso = excelSerialToIsoDate(value, date1904);
      return { kind: "date", text: iso, value: iso };
    }
    return { kind: "number", text: numberText(value, numFmt), value };
  }
  if (typeof value === "boolean") return { kind: "boolean", text: booleanText(value), value };
  if (value instanceof Date) {
    const iso = isoDate(value);
    return iso
      ? { kind: "date", text: iso, value: iso }
      : { kind: "error", text: "#VALUE!", value: "#VALUE!" };
  }
  if (isErrorValue(value)) return { kind: "error", text: value.error, value: value.error };
  return null;
}

/** ExcelJS's own test for a date format: it turns a number in such a format into a Date. */
export function excelJsDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return cached(excelJsDateFormats, format, (f) =>
    /[ymdhMsb]+/.test(f.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "")),
  );
}

/** ExcelJS's serial-to-date conversion. */
export function excelJsToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML's references in a text that was already read as XML (ExcelJS decodes some values twice). */
export function decodeEntitiesAgain(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (_, name: string) => {
    if (name[0] !== "#") return NAMED[name]!;
    const cp = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : `&${name};`;
  });
}

/**
 * A stored cell value of type `type` (t="b", "e", "n", "str") as ExcelJS gives it, so the
 * direct reader and ExcelJS turn it into the same Cell; undefined for a type it does not know.
 */
export function excelJsValue(
  type: string,
  text: string,
  format: string | undefined,
  date1904: boolean,
): Scalar | undefined {
  switch (type) {
    case "str":
      return decodeEntitiesAgain(text);
    case "b":
      return parseInt(text, 10) !== 0;
    case "e":
      return { error: text };
    case "n": {
      const value = parseFloat(text);
      return excelJsDateFormat(format) ? excelJsToDate(value, date1904) : value;
    }
    default:
      return undefined;
  }
}
