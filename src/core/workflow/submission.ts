/**
 * Fixes and the submission stamp as use cases: plan → apply (logged in "Ändringslogg") → revert,
 * and "Klar för inlämning" over the workbook's report sheets.
 */
import type { Finding, Report } from "../model";
import type { Profile } from "../profile/schema";
import { standardProfile } from "../profile/standard-profile";
import { isRegisterGrid } from "../structure/register";
import type { SkippedCell } from "../fix/plan";
import { stampState, type StampResult, type StampState } from "../stamp/stamp";
import { applyFixPlan, revertLastPlan } from "./changes";
import { readStamp, stampReport } from "./stamp";
import { TEMPLATE_VERSION } from "../template";
import type { Lang } from "../i18n";
import type { WorkbookPort } from "../port";
import { failedTasks, reportTasks } from "../validate/validation-report";
import {
  checkWorkbook,
  isTemplateReport,
  readWorkbook,
  reportsInForce,
  withGivenMeta,
  type GivenMeta,
} from "./workbook";


export async function listTemplateSheets(
  port: WorkbookPort,
  options: { profile: Profile } = { profile: standardProfile },
): Promise<{ name: string; isTemplate: boolean }[]> {
  const reading = await readWorkbook(port, options);
  const read = new Map(reading.results.flatMap((r) => (r.ok ? [[r.report.sheet, isTemplateReport(r.report)] as const] : [])));
  // A sheet the structurer cannot read yet is listed too (unless a register or blank): its columns
  // can be mapped by hand ("Vilken kolumn är vad?").
  return reading.grids.flatMap((grid) => {
    const isTemplate = read.get(grid.sheet);
    if (isTemplate !== undefined) return [{ name: grid.sheet, isTemplate }];
    return grid.rows.some((row) => row.some((cell) => cell !== null)) && !isRegisterGrid(grid) ? [{ name: grid.sheet, isTemplate: false }] : [];
  });
}

export async function applyFixes(
  port: WorkbookPort,
  findings: readonly Finding[],
  options: { now?: Date; lang?: Lang } = {},
): Promise<{ applied: number; skipped: SkippedCell[]; planId: string }> {
  const now = options.now ?? new Date();
  const { planFixes } = await import("../fix/plan");
  const plan = planFixes(findings, {}, { now, lang: options.lang });
  const result = await applyFixPlan(port, plan, now, options.lang);
  return {
    planId: result.planId,
    applied: result.applied.length,
    skipped: [...plan.skipped, ...result.skipped],
  };
}

export async function revertLastFixes(
  port: WorkbookPort,
  options: { now?: Date; lang?: Lang } = {},
): Promise<{ reverted: number; skipped: SkippedCell[]; message?: string }> {
  const result = await revertLastPlan(port, options.now ?? new Date(), options.lang);
  return {
    reverted: result.reverted.length,
    skipped: result.skipped,
    message: result.message,
  };
}

/**
 * What the stamp covers: the workbook's one report, or — when it holds several report sheets —
 * all of them as one (so a change on any of them shows as "changed after validation").
 */
export function stampSubject(reports: readonly Report[]): Report | null {
  if (reports.length <= 1) return reports[0] ?? null;
  const [first] = reports;
  return { ...first!, sheet: reports.map((r) => r.sheet).join(", "), activities: reports.flatMap((r) => r.activities) };
}

export async function stampWorkbook(
  port: WorkbookPort,
  options: { profile: Profile; lang?: Lang; now?: Date; meta?: GivenMeta },
): Promise<StampResult> {
  const validation = await checkWorkbook(port, options);
  const subject = stampSubject(reportTasks(validation).map((task) => task.report));
  if (!subject) {
    return { ok: false, errors: 0, message: failedTasks(validation)[0]?.message ?? "Arbetsboken har ingen aktivitetstabell att stämpla." };
  }
  return stampReport(port, subject, validation.stats, {
    profile: options.profile,
    templateVersion: TEMPLATE_VERSION,
    now: options.now ?? new Date(),
    lang: options.lang,
  });
}

export async function readStampState(
  port: WorkbookPort,
  options: { profile: Profile; meta?: GivenMeta } = { profile: standardProfile },
): Promise<StampState> {
  const reading = await readWorkbook(port, options);
  return workbookStampState(port, reportsInForce(reading.results).map((r) => withGivenMeta(r.report, options.meta)));
}

/** The stamp state of the workbook whose report sheets were just read. */
export async function workbookStampState(port: WorkbookPort, reports: readonly Report[]): Promise<StampState> {
  const stamp = await readStamp(port);
  const subject = stampSubject(reports);
  return stamp && subject ? stampState(subject, stamp) : "not_validated";
}
