/**
 * text.formula: a cell of an activity field holds a formula, or text Excel (or a CSV reader) would
 * take for one. Needs the grid: the parsed activity only has the values.
 */
import { address, cellAt } from "../../grid";
import { ACTIVITY_FIELDS } from "../../model";
import type { RawFinding, Rule } from "../types";

const FORMULA_PREFIX = /^[=+\-@]/;
/** Shown formulas are cut: the message names it, it does not reproduce it. */
const FORMULA_QUOTE_LENGTH = 40;

export const textFormula: Rule = {
  id: "text.formula",
  defaultSeverity: "warning",
  check(ctx) {
    const { grid, report } = ctx;
    if (grid === null) return [];
    const columns = [
      ...new Set(
        ACTIVITY_FIELDS.map((field) => report.columns?.[field]).filter((col) => col !== undefined),
      ),
    ];
    const seen = new Set<string>();
    const findings: RawFinding[] = [];
    for (const activity of report.activities) {
      if (activity.source.sheet !== grid.sheet) continue;
      for (const row of activity.source.rows.length > 0
        ? activity.source.rows
        : [activity.source.row]) {
        for (const col of columns) {
          const key = address(row, col);
          if (seen.has(key)) continue;
          seen.add(key);
          const cell = cellAt(grid, row, col);
          if (cell === null) continue;
          if (cell.formula !== undefined) {
            const formula =
              cell.formula.length > FORMULA_QUOTE_LENGTH
                ? `${cell.formula.slice(0, FORMULA_QUOTE_LENGTH)}…`
                : cell.formula;
            findings.push({
              at: { row, column: col },
              value: `=${cell.formula}`,
              message: ctx.msg("text.formula", { formula }),
            });
          } else if (cell.kind === "text" && FORMULA_PREFIX.test(cell.text)) {
            findings.push({
              at: { row, column: col },
              value: cell.text,
              message: ctx.msg("text.formulaPrefix", { char: cell.text[0] }),
            });
          }
        }
      }
    }
    return findings;
  },
};
