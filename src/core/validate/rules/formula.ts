/**
 * text.formula: a cell of an activity field holds a formula, an error value (#N/A, #REF!), or
 * text Excel (or a CSV reader) would take for a formula. Needs the grid: the parsed activity only has the values.
 */
import { ACTIVITY_FIELDS } from "../../model-lists";
import type { Grid } from "../../grid";
import type { ColumnMap } from "../../model";
import { rawFinding, type RawFinding, type Rule, type RuleContext } from "../types";

/** "=", "+", "-" or "@" first: Excel (or a CSV reader) takes the text for a formula. */
function startsLikeFormula(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 61 || first === 43 || first === 45 || first === 64;
}
/** Shown formulas are cut: the message names it, it does not reproduce it. */
const FORMULA_QUOTE_LENGTH = 40;

export const textFormula: Rule = {
  id: "text.formula",
  defaultSeverity: "warning",
  check(ctx) {
    const { grid, report } = ctx;
    if (grid === null) return [];
    const columns = fieldColumns(report.columns);
    // Every row is checked in all the columns at once, so a row seen (a sub-activity on its
    // parent's row) is skipped whole: a flag per grid row, not a set of A1 addresses (or of row
    // numbers), which cost more to build for 10,000 activities than the check itself. A row
    // beyond the grid has no flag and no cells.
    const seenRows = new Uint8Array(grid.rows.length + 1);
    const findings: RawFinding[] = [];
    // Indexed: check runs once per validation, where a for-of built an iterator result per activity.
    const { activities } = report;
    for (let i = 0; i < activities.length; i++) {
      const { source } = activities[i]!;
      if (source.sheet !== grid.sheet) continue;
      if (source.rows.length === 0) checkRow(ctx, grid, columns, seenRows, findings, source.row);
      else for (let r = 0; r < source.rows.length; r++) checkRow(ctx, grid, columns, seenRows, findings, source.rows[r]!);
    }
    return findings;
  },
};

/**
 * The distinct columns of the activity fields, in field order. Apart from the rows: the column
 * maps of different tables have different shapes, and read in the rows' loop they cost it a
 * deoptimisation per new shape.
 */
function fieldColumns(map: ColumnMap | undefined): number[] {
  const columns: number[] = [];
  if (map === undefined) return columns;
  for (const field of ACTIVITY_FIELDS) {
    const col = map[field];
    if (col !== undefined && !columns.includes(col)) columns.push(col);
  }
  return columns;
}

/** The findings of one row, once per row (a module function: a closure was made per report). */
function checkRow(ctx: RuleContext, grid: Grid, columns: readonly number[], seenRows: Uint8Array, findings: RawFinding[], row: number): void {
  if (seenRows[row] === 1) return;
  seenRows[row] = 1;
  const cells = grid.rows[row - 1];
  if (cells === undefined) return;
  for (let c = 0; c < columns.length; c++) {
    const col = columns[c]!;
    const cell = cells[col - 1] ?? null;
    if (cell === null) continue;
    if (cell.formula !== undefined) {
      const formula =
        cell.formula.length > FORMULA_QUOTE_LENGTH
          ? `${cell.formula.slice(0, FORMULA_QUOTE_LENGTH)}…`
          : cell.formula;
      findings.push(rawFinding({ row, column: col }, `=${cell.formula}`, ctx.msg("text.formula", { formula })));
    } else if (cell.kind === "error") {
      // An error value kept without its formula ("Klistra in värden" over a failed lookup):
      // it reads as a comment or status no one wrote.
      findings.push(rawFinding({ row, column: col }, cell.text, ctx.msg("text.errorValue", { value: cell.text })));
    } else if (cell.kind === "text" && startsLikeFormula(cell.text)) {
      findings.push(rawFinding({ row, column: col }, cell.text, ctx.msg("text.formulaPrefix", { char: cell.text[0] })));
    }
  }
}
