/**
 * What Kontrollera says about a validation report, as plain functions: the summary line with plural
 * forms (from the report's stats), which findings need their sheet named, each finding's activity
 * text, skipped cells.
 */
import type { SkippedCell, ValidationReport } from "../services";
import {
  allFindings,
  reportTasks,
  type FindingCounts,
} from "../../core/validate/validation-report";
import type { Translate } from "../i18n";

/** Several report sheets (or findings on several sheets): each finding must name its sheet. */
export function spansSheets(validation: ValidationReport): boolean {
  const sheets = new Set(reportTasks(validation).map((task) => task.sheet));
  for (const finding of allFindings(validation)) if (finding.sheet) sheets.add(finding.sheet);
  return sheets.size > 1;
}

/** The activity text of each finding's row ("sheet!row"), for showing with the finding. */
export function activityTexts(validation: ValidationReport): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { report } of reportTasks(validation)) {
    for (const activity of report.activities) {
      const key = `${activity.source.sheet}!${activity.source.row}`;
      if (!texts.has(key) && activity.activity) texts.set(key, activity.activity);
    }
  }
  return texts;
}

/** "3 fel, 1 varning, 0 upplysningar": each count with its own plural form. */
export function summaryText(t: Translate, counts: FindingCounts): string {
  return [
    t("check.summary.errors", { count: counts.error }),
    t("check.summary.warnings", { count: counts.warning }),
    t("check.summary.infos", { count: counts.info }),
  ].join(", ");
}

export function describeSkipped(t: Translate, skipped: SkippedCell[]): string | null {
  if (skipped.length === 0) return null;
  const details = skipped.map((cell) => `${cell.cell} (${cell.reason})`).join(", ");
  return t("check.skipped", { count: skipped.length, details });
}
