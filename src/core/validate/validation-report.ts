/**
 * The validation report: what checking a workbook found, in one shape for every reader (the CLI's
 * table and --json, the demo, the pane's Kontrollera, the summary's Källor, the stamp). In the
 * spirit of frictionless' report: `{ valid, stats, tasks }`, one task per sheet that was checked.
 *
 * - A sheet that was structured is a `ReportTask`: its findings, their counts (`stats`) and the
 *   report read from it; it is valid when none of its findings is an error.
 * - A sheet that could not be structured (no activity table found) stays visible as a
 *   `FailedTask`: valid false, no findings, and the structurer's message saying why.
 * - The workbook is valid when it holds at least one report and no report has an error. A failed
 *   sheet next to readable reports (a cover page, a notes sheet) does not make it invalid: the
 *   readers decide whether to show it (the pane always does, the CLI only when nothing was read).
 *
 * The counts are computed here and nowhere else: every "N fel, N varningar" reads `stats`.
 * Findings carry their message already rendered in the check's language (the rules render it
 * with the i18n catalogue; see docs/architecture.md, "The validation report").
 *
 * Types and plain functions only, so the pane can read a report without loading the rules.
 */
import type { Finding, RegisterEntry, Report } from "../model";

/** Findings counted by severity. */
export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

/** A task's or the whole workbook's numbers: findings by severity and the activities checked. */
export interface ValidationStats extends FindingCounts {
  activities: number;
}

/** A sheet that was structured and validated. */
export interface ReportTask {
  kind: "report";
  sheet: string;
  valid: boolean;
  stats: ValidationStats;
  findings: Finding[];
  /** The report as read (with details given outside the sheet filled in), e.g. for its activities. */
  report: Report;
  /** Non-empty rows read on the sheet (the structurer's count, for Källor). */
  rowsRead: number;
}

/** A sheet that could not be structured: kept so that no sheet silently disappears. */
export interface FailedTask {
  kind: "failed";
  sheet: string;
  valid: false;
  stats: ValidationStats;
  findings: Finding[];
  /** Why (Swedish, from the structurer). */
  message: string;
}

export type ValidationTask = ReportTask | FailedTask;

export interface ValidationReport {
  valid: boolean;
  /** The sum over the tasks. */
  stats: ValidationStats;
  /** In the workbook's sheet order. */
  tasks: ValidationTask[];
  /** The register of assignments the findings were checked against (empty when there was none). */
  register: RegisterEntry[];
}

/** What a check produced for one sheet, before counting. */
export type CheckedSheet =
  | { sheet: string; report: Report; findings: Finding[]; rowsRead: number }
  | { sheet: string; message: string };

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  // Indexed: until optimised, a for-of allocates an iterator result per finding.
  for (let i = 0; i < findings.length; i++) counts[findings[i]!.severity]++;
  return counts;
}

function emptyStats(): ValidationStats {
  return { error: 0, warning: 0, info: 0, activities: 0 };
}

/** The report's one constructor: counts every task's findings once and sums them. */
export function buildValidationReport(sheets: readonly CheckedSheet[], register: RegisterEntry[]): ValidationReport {
  const stats = emptyStats();
  const tasks: ValidationTask[] = [];
  let reports = 0;
  for (const sheet of sheets) {
    if ("message" in sheet) {
      tasks.push({ kind: "failed", sheet: sheet.sheet, valid: false, stats: emptyStats(), findings: [], message: sheet.message });
      continue;
    }
    const taskStats = { ...countFindings(sheet.findings), activities: sheet.report.activities.length };
    stats.error += taskStats.error;
    stats.warning += taskStats.warning;
    stats.info += taskStats.info;
    stats.activities += taskStats.activities;
    reports++;
    tasks.push({
      kind: "report",
      sheet: sheet.sheet,
      valid: taskStats.error === 0,
      stats: taskStats,
      findings: sheet.findings,
      report: sheet.report,
      rowsRead: sheet.rowsRead,
    });
  }
  return { valid: reports > 0 && stats.error === 0, stats, tasks, register };
}

export function reportTasks(validation: ValidationReport): ReportTask[] {
  return validation.tasks.filter((task): task is ReportTask => task.kind === "report");
}

export function failedTasks(validation: ValidationReport): FailedTask[] {
  return validation.tasks.filter((task): task is FailedTask => task.kind === "failed");
}

/** Every finding of the workbook, task by task. */
export function allFindings(validation: ValidationReport): Finding[] {
  return validation.tasks.flatMap((task) => task.findings);
}
