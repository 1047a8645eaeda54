/** A created workbook while it is nothing but the specs written to it (saved without ExcelJS). */
import type { SheetInfo } from "../../core/port";
import type { SheetSpec } from "../../core/sheetspec";
import { LIST_SHEET, needsListSheet } from "../spec/formulas";

/** A created workbook's sheets as its specs describe them (the list sheet when a dropdown needs it). */
export function listSpecSheets(specs: SheetSpec[]): SheetInfo[] {
  const sheets: SheetInfo[] = specs.map((spec) => ({
    name: spec.name,
    visibility: spec.state ?? "visible",
  }));
  return needsListSheet(specs)
    ? [...sheets, { name: LIST_SHEET, visibility: "veryHidden" }]
    : sheets;
}

/** Specs after writing `next`: a sheet of the same name (any case) is replaced where it was. */
export function replaceSpecs(current: SheetSpec[], next: SheetSpec[]): SheetSpec[] {
  const result = [...current];
  for (const spec of next) {
    const at = result.findIndex((s) => s.name.toLowerCase() === spec.name.toLowerCase());
    if (at >= 0) result[at] = spec;
    else result.push(spec);
  }
  return result;
}
