/**
 * Finding marks in Excel: one conditional format per marked cell, recognised by its formula.
 *
 * Why conditional formats: they change the look of a cell without changing the cell, so removing
 * them brings back the user's own fills and fonts untouched. Why a formula and not the id:
 * ConditionalFormat.id is the format's *priority position* (@types Excel.ConditionalFormat.id), which
 * shifts whenever a format is added or deleted, so a stored id soon names someone else's rule.
 * The formula (../mark-style.ts) is always true, does nothing else, and no user or template rule
 * has it, so the template's traffic lights and the user's own rules are never touched.
 *
 *   sync 1   the sheet (missing → sheet-missing), its protection, the type of every format
 *   sync 2   the formulas of the custom formats (only when there are any)
 *   sync 3…  delete ours, highest position first (a position is resolved when the delete runs:
 *            front to back would skip or fail, OfficeDev/office-js#5222), then add the new marks,
 *            grouped by size
 */
import type { FindingMark } from "../../core/port";
import { WorkbookError } from "../../core/port";
import { isMarkFormula, MARK_FILL, markFormulaBody } from "../spec/mark-style";
import { MESSAGES } from "./errors";
import { BYTES_PER_CALL, syncInGroups, type QueuedWrite } from "./payload";
import { sheetLookupError } from "./read";

/** The formula of the add-in's mark for a severity, as Office.js takes it (always true). */
export function markFormula(severity: FindingMark["severity"]): string {
  return `=${markFormulaBody(severity)}`;
}

export async function setMarksInExcel(context: Excel.RequestContext, sheetName: string, marks: FindingMark[]): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.load("protection/protected");
  const formats = sheet.getRange().conditionalFormats.load("items/type");
  try {
    await context.sync(); // 1
  } catch (error) {
    throw sheetLookupError(error, sheetName);
  }
  if (sheet.protection.protected) throw new WorkbookError(MESSAGES.protectedSheet(sheetName), "protected");

  const custom = formats.items
    .map((cf, position) => ({ cf, position }))
    .filter(({ cf }) => cf.type === "Custom")
    .map(({ cf, position }) => ({ position, rule: cf.custom.rule.load("formula") }));
  if (custom.length > 0) await context.sync(); // 2
  const ours = custom.filter(({ rule }) => isMarkFormula(rule.formula)).map(({ position }) => position);

  const writes: QueuedWrite[] = [
    ...ours
      .sort((a, b) => b - a)
      .map((position) => ({ bytes: BYTES_PER_CALL, queue: () => formats.items[position]!.delete() })),
    ...marks.map((mark) => ({
      bytes: BYTES_PER_CALL * 4,
      queue: () => {
        const cf = sheet.getRange(mark.cell).conditionalFormats.add("Custom");
        cf.custom.rule.formula = markFormula(mark.severity);
        cf.custom.format.fill.color = MARK_FILL[mark.severity];
      },
    })),
  ];
  if (writes.length > 0) await syncInGroups(context, writes); // 3…
}
