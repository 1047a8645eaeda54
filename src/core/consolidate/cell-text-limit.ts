/**
 * Excel holds at most 32,767 characters in a cell; other programs write longer texts, and a
 * summary sheet that carried one could not be written at all (adapters refuse the whole write).
 * So texts from sources are cut in the summary, with a marker saying how long they were: one
 * odd report never stops the kommungemensam summary, and its source file keeps the full text.
 */
import type { SheetSpec, SpecValue } from "../sheetspec";

export const MAX_CELL_TEXT = 32_767;

export function fitCellText(value: SpecValue): SpecValue {
  if (typeof value !== "string" || value.length <= MAX_CELL_TEXT) return value;
  const marker = ` … [avkortad, ${value.length} tecken i källan]`;
  let kept = value.slice(0, MAX_CELL_TEXT - marker.length);
  // Never leave half of a surrogate pair (an emoji) at the cut.
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return kept + marker;
}

/**
 * The rows themselves when no text in them is over-long (nearly always), else a copy with the
 * rows that have one cut: copying each of a summary's 25,000 rows to cut nothing was half a
 * million calls and 25,000 arrays to collect.
 */
function fitRows(rows: SpecValue[][]): SpecValue[][] {
  let fitted = rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    for (let j = 0; j < row.length; j++) {
      const value = row[j];
      if (typeof value === "string" && value.length > MAX_CELL_TEXT) {
        if (fitted === rows) fitted = [...rows];
        fitted[i] = row.map(fitCellText);
        break;
      }
    }
  }
  return fitted;
}

/** The same sheet with every over-long text value cut (formulas are the add-in's own and untouched). */
export function fitSheetTexts(spec: SheetSpec): SheetSpec {
  return {
    ...spec,
    cells: spec.cells.map((cell) =>
      typeof cell.value === "string" && cell.value.length > MAX_CELL_TEXT
        ? { ...cell, value: fitCellText(cell.value) }
        : cell,
    ),
    ...(spec.table ? { table: { ...spec.table, rows: fitRows(spec.table.rows) } } : {}),
  };
}
