/**
 * Pure conversions between Office.js range data and the core's Grid, and the rules for writing
 * values so Excel never reinterprets them. No Office.js calls here, so everything is unit-tested
 * directly.
 */
import { excelSerialToIsoDate, textCell, type Cell } from "../../core/grid";
import type { SpecValue } from "../../core/sheetspec";
import { booleanText, isDateNumberFormat } from "../spec/cell-values";

/** The range properties readSheet loads, one matrix each. */
export interface RangeData {
  values: unknown[][];
  text: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

/** Excel's "####" for a value too wide for its column is not what the cell holds. */
function isOverflowText(text: string): boolean {
  return /^#+$/.test(text);
}

/** One cell of a loaded range as the core's Cell (null when empty). */
export function cellFromOffice(
  value: unknown,
  text: string | undefined,
  formula: unknown,
  numberFormat: unknown,
  valueType: string | undefined,
): Cell | null {
  // Range.formulas echoes a constant's content, so text "=1+1" stored as text reads "=1+1" there
  // too; only a formula's entry differs from its value.
  const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
  const formulaText = isFormula ? formula.slice(1) : undefined;
  const withFormula = (cell: Cell): Cell => (formulaText === undefined ? cell : { ...cell, formula: formulaText });
  const shown = typeof text === "string" && !isOverflowText(text) ? text : undefined;

  if (valueType === "Error") {
    const errorText = typeof value === "string" ? value : (shown ?? "#VALUE!");
    return withFormula({ kind: "error", text: errorText, value: errorText });
  }
  if (typeof value === "boolean") {
    return withFormula({ kind: "boolean", text: shown ?? booleanText(value), value });
  }
  if (typeof value === "number") {
    if (isDateNumberFormat(typeof numberFormat === "string" ? numberFormat : "")) {
      const iso = excelSerialToIsoDate(value);
      return withFormula({ kind: "date", text: iso, value: iso });
    }
    return withFormula({ kind: "number", text: shown ?? String(value), value });
  }
  const str = value === null || value === undefined ? "" : String(value);
  if (str === "" && formulaText === undefined) return null;
  return withFormula(textCell(str));
}

/** A block of loaded data as rows of cells. */
export function cellsFromRangeData(data: RangeData): (Cell | null)[][] {
  return data.values.map((row, r) =>
    row.map((value, c) =>
      cellFromOffice(value, data.text[r]?.[c], data.formulas[r]?.[c], data.numberFormat[r]?.[c], data.valueTypes[r]?.[c]),
    ),
  );
}

/**
 * Would Excel turn this text into something else when it is entered into a General cell? A
 * leading = + - @ makes a formula (source text like "=HYPERLINK(…)" must stay text), and numbers,
 * dates, percentages and TRUE/FALSE are converted. Such cells get the text format "@" before
 * their value is set, so what a report says is stored verbatim.
 */
export function mustWriteAsText(text: string): boolean {
  if (text === "") return false;
  if (/^[=+\-@]/.test(text)) return true;
  const trimmed = text.trim();
  if (/^(true|false|sant|falskt)$/i.test(trimmed)) return true;
  if (/\d/.test(trimmed) && /^[\d\s.,:/\-+%()]+$/.test(trimmed)) return true;
  if (/^[-+]?\d+([.,]\d+)?e[-+]?\d+$/i.test(trimmed)) return true;
  return false;
}

/** What to put in Range.values for a spec value ("" empties a cell). */
export function officeValue(value: SpecValue): string | number | boolean {
  return value === null ? "" : value;
}

/** The number format a written value needs: "@" for text Excel would reinterpret, else the requested one. */
export function numberFormatFor(value: SpecValue, requested: string | undefined): string {
  if (typeof value === "string" && mustWriteAsText(value)) return "@";
  return requested ?? "General";
}

/** A used range's values placed from A1 (empty rows and columns before it), as the settings and list sheets are read. */
export function valuesFromA1(used: { values: unknown[][]; rowIndex: number; columnIndex: number }): unknown[][] {
  return [
    ...Array.from({ length: used.rowIndex }, () => []),
    ...used.values.map((row) => [...Array.from({ length: used.columnIndex }, () => ""), ...row]),
  ];
}
