/**
 * How a SheetSpec's formulas, ranges, colours and dropdown lists are spelled in a workbook.
 * Shared by every renderer: Office.js (office/render.ts), ExcelJS (file/render-spec.ts, for
 * opened workbooks) and the direct writer (file/xlsx/, for new workbooks), so they cannot drift apart.
 */
import { address, columnLetter, parseRange, rangeAddress } from "../../core/grid";
import type { SheetSpec, SpecConditionalFormat, SpecValidation } from "../../core/sheetspec";

/** Where list values too long for an inline dropdown list go (one column per distinct list). */
export const LIST_SHEET = "_uppfoljning_listor";
/** Excel refuses inline list formulas longer than 255 characters. */
const MAX_INLINE_LIST_CHARS = 255;

/** The dropdown's messages: a value outside the list is allowed, and flagged when validated. */
export const LIST_VALIDATION_TEXT = {
  errorTitle: "Värde utanför listan",
  error: "Välj ett värde i listan. Andra värden markeras när uppföljningen kontrolleras.",
} as const;

/** "#RRGGBB" → ExcelJS's and OOXML's opaque "FFRRGGBB". */
export function argb(colour: string): string {
  return `FF${colour.slice(1).toUpperCase()}`;
}

/** Range without "$" (ExcelJS keys data validations by the literal address it was given). */
export function plainRange(range: string): string {
  return rangeAddress(parseRange(range));
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** An absolute reference to one cell of a sheet, as a defined name holds it. */
export function absoluteCellRef(sheet: string, cell: string): string {
  const r = parseRange(cell);
  return `${quoteSheet(sheet)}!$${columnLetter(r.left)}$${r.top}`;
}

/** Column `col` of the list sheet, rows 1…count, as a validation source. */
export function listColumnRef(col: number, count: number): string {
  const letter = columnLetter(col);
  return `${quoteSheet(LIST_SHEET)}!$${letter}$1:$${letter}$${count}`;
}

/**
 * Formulas in specs are written in Excel's invariant syntax (comma separators); a formula written
 * with the Swedish ";" (as in the SpecConditionalFormat doc example) is converted outside string literals.
 */
export function invariantFormula(formula: string): string {
  let out = "";
  let inString = false;
  let braces = 0;
  for (const ch of formula.replace(/^=/, "")) {
    if (ch === '"') inString = !inString;
    if (!inString && ch === "{") braces++;
    if (!inString && ch === "}") braces--;
    out += !inString && braces === 0 && ch === ";" ? "," : ch;
  }
  return out;
}

function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The expression of a conditional format (no leading "="), relative to the top-left cell of its
 * range. Text values match exactly and case-insensitively ("=" on text ignores case in Excel); a
 * substring ("ContainsText") rule would colour "Ej klar" like "Klar".
 */
export function conditionalFormula(format: SpecConditionalFormat): string {
  if (format.kind === "formula") return invariantFormula(format.formula);
  const r = parseRange(format.range);
  // Relative to the top-left cell, so the rule moves with each cell of the range; "=" is case-insensitive in Excel.
  const ref = address(r.top, r.left);
  const tests = format.values.map((value) => `TRIM(${ref})=${excelString(value)}`);
  return tests.length === 1 ? tests[0]! : `OR(${tests.join(",")})`;
}

/**
 * The list formula of a dropdown when its values fit inline ("Ja,Nej"); null when they must go to
 * the list sheet (too long, or a value holds a comma or a quote).
 */
export function inlineListFormula(validation: SpecValidation): string | null {
  if (validation.kind === "listRange") return validation.source.replace(/^=/, "");
  const inline = `"${validation.values.join(",")}"`;
  const inlinable =
    inline.length <= MAX_INLINE_LIST_CHARS && validation.values.every((v) => !/[,"]/.test(v));
  return inlinable ? inline : null;
}

/** Whether writing these specs puts a dropdown list on the list sheet. */
export function needsListSheet(specs: readonly SheetSpec[]): boolean {
  return specs.some((spec) => (spec.validations ?? []).some((v) => inlineListFormula(v) === null));
}
