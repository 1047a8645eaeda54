/**
 * An ExcelJS worksheet → the core's Grid: what a user sees in each cell. Formulas are never
 * evaluated: their cached result is the value. Cells covered by a merge (other than its
 * top-left) are empty, and the merge is listed.
 */
import type ExcelJS from "exceljs";
import { textCell, type Cell, type Grid, type MergedArea } from "../../core/grid";
import { decodeOoxmlEscapes, scalarCell, type Scalar } from "../spec/cell-values";

function richText(value: unknown): string | null {
  if (
    value &&
    typeof value === "object" &&
    Array.isArray((value as ExcelJS.CellRichTextValue).richText)
  ) {
    return decodeOoxmlEscapes(
      (value as ExcelJS.CellRichTextValue).richText.map((run) => run.text ?? "").join(""),
    );
  }
  return null;
}

export function readCell(cell: ExcelJS.Cell, date1904: boolean): Cell | null {
  const raw = cell.value as unknown;
  if (raw === null || raw === undefined) return null;
  const numFmt = cell.numFmt;

  if (typeof raw === "object" && !(raw instanceof Date)) {
    const formulaValue = raw as Partial<ExcelJS.CellFormulaValue & ExcelJS.CellSharedFormulaValue>;
    if (
      typeof formulaValue.formula === "string" ||
      typeof formulaValue.sharedFormula === "string"
    ) {
      const formula = (
        cell.formula ||
        formulaValue.formula ||
        formulaValue.sharedFormula ||
        ""
      ).replace(/^=/, "");
      // ExcelJS's cell.value leaves out a falsy cached result (0, false, ""); cell.result keeps it.
      const result = (formulaValue.result ?? (cell as { result?: unknown }).result) as unknown;
      const fromRich = richText(result);
      const shown =
        fromRich !== null
          ? textCell(fromRich)
          : scalarCell(result as Scalar, numFmt, date1904);
      // A formula with no cached result (never calculated) still shows as an empty text cell.
      return { ...(shown ?? { kind: "text", text: "", value: "" }), formula };
    }
    const rich = richText(raw);
    if (rich !== null) return rich === "" ? null : textCell(rich);
    const hyperlink = raw as Partial<ExcelJS.CellHyperlinkValue>;
    if (typeof hyperlink.hyperlink === "string" || hyperlink.text !== undefined) {
      const text =
        richText(hyperlink.text) ??
        (typeof hyperlink.text === "string" ? hyperlink.text : (hyperlink.hyperlink ?? ""));
      return text === "" ? null : textCell(text);
    }
  }
  return scalarCell(raw as Scalar, numFmt, date1904);
}

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function worksheetMerges(worksheet: ExcelJS.Worksheet): MergedArea[] {
  // ExcelJS keeps merges keyed by master address; the public model getter would rebuild the whole sheet.
  const merges =
    (worksheet as unknown as { _merges: Record<string, MergeRange | undefined> })._merges ?? {};
  return Object.values(merges)
    .filter((m): m is MergeRange => !!m)
    .map(({ top, left, bottom, right }) => ({ top, left, bottom, right }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

export function worksheetToGrid(worksheet: ExcelJS.Worksheet, date1904 = false): Grid {
  const rows: (Cell | null)[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (Cell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const read = readCell(cell, date1904);
      if (read) cells[colNumber - 1] = read;
    });
    if (cells.length === 0) return;
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = [];
  return { sheet: worksheet.name, rows, merges: worksheetMerges(worksheet) };
}
