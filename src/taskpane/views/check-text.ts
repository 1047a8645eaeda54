/**
 * What Kontrollera says about a check's outcome, as plain functions: the summary line with plural
 * forms, which findings need their sheet named, each finding's activity text, skipped cells.
 */
import type { CheckOutcome, Finding, SkippedCell } from "../services";
import type { FindingCounts } from "../../core/validate/counts";
import type { Translate } from "../i18n";

export function allFindings(outcome: CheckOutcome): Finding[] {
  return outcome.reports.flatMap((report) => report.findings);
}

/** Several report sheets (or findings on several sheets): each finding must name its sheet. */
export function spansSheets(outcome: CheckOutcome): boolean {
  const sheets = new Set(outcome.reports.map((entry) => entry.report.sheet));
  for (const finding of allFindings(outcome)) if (finding.sheet) sheets.add(finding.sheet);
  return sheets.size > 1;
}

/** The activity text of each finding's row ("sheet!row"), for showing with the finding. */
export function activityTexts(outcome: CheckOutcome): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { report } of outcome.reports) {
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
