/**
 * Kontrollera marks every finding's cell in the workbook (error / warning / info look); checking
 * again replaces the marks, fixing a cell removes its mark, "Rensa markeringar" removes them all.
 * The adapters own how a mark looks and how they recognise their own (src/workbook/spec/mark-style.ts).
 */
import type { Finding } from "../model";
import type { FindingMark, WorkbookPort } from "../port";
import { allFindings, reportTasks, type ValidationReport } from "../validate/validation-report";

const RANK: Record<FindingMark["severity"], number> = { error: 3, warning: 2, info: 1 };

export type MarksBySheet = Map<string, FindingMark[]>;

/** One mark per cell, the most severe finding's look; findings without a cell are not marked. */
export function marksBySheet(findings: readonly Finding[]): MarksBySheet {
  const cells = new Map<string, Map<string, FindingMark["severity"]>>();
  for (const finding of findings) {
    if (!finding.cell || !finding.sheet) continue;
    const sheet = cells.get(finding.sheet) ?? new Map<string, FindingMark["severity"]>();
    const cell = finding.cell.replace(/\$/g, "").toUpperCase();
    const before = sheet.get(cell);
    if (!before || RANK[finding.severity] > RANK[before]) sheet.set(cell, finding.severity);
    cells.set(finding.sheet, sheet);
  }
  return new Map([...cells].map(([sheet, marks]) => [sheet, [...marks].map(([cell, severity]) => ({ cell, severity }))]));
}

/**
 * Replace the marks of every checked report sheet (a sheet without findings gets its marks
 * removed). A sheet that cannot be marked (protected, say) is skipped: the check's result stands.
 * Returns the marks in force.
 */
export async function markFindings(port: WorkbookPort, validation: ValidationReport): Promise<MarksBySheet> {
  const wanted = marksBySheet(allFindings(validation));
  for (const { sheet } of reportTasks(validation)) if (!wanted.has(sheet)) wanted.set(sheet, []);
  return applyMarks(port, wanted);
}

/** Set the given marks sheet by sheet; returns those that were set. */
export async function applyMarks(port: WorkbookPort, marks: MarksBySheet): Promise<MarksBySheet> {
  const set: MarksBySheet = new Map();
  for (const [sheet, list] of marks) {
    try {
      await port.setMarks(sheet, list);
      set.set(sheet, list);
    } catch {
      // Marks are a help, not the result: a sheet Excel will not mark keeps its findings in the pane.
    }
  }
  return set;
}

/** The marks left once these cells were fixed (fixing a cell removes its mark). */
export function withoutCells(marks: MarksBySheet, fixed: readonly { sheet: string; cell: string }[]): MarksBySheet {
  const gone = new Set(fixed.map((f) => `${f.sheet}!${f.cell.replace(/\$/g, "").toUpperCase()}`));
  return new Map([...marks].map(([sheet, list]) => [sheet, list.filter((m) => !gone.has(`${sheet}!${m.cell}`))]));
}

/** "Rensa markeringar": remove the add-in's marks from these sheets. */
export async function clearMarks(port: WorkbookPort, sheets: readonly string[]): Promise<void> {
  await applyMarks(port, new Map(sheets.map((sheet) => [sheet, []])));
}
