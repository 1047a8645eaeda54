/**
 * Applying a fix plan and undoing it, through the WorkbookPort: reads the sheets, lets
 * core/fix decide what changes, writes the cells and appends to "Ändringslogg".
 */
import type { Grid } from "../grid";
import { t, type Lang } from "../i18n";
import type { WorkbookPort } from "../port";
import {
  CHANGE_LOG_HEADER,
  CHANGE_LOG_SHEET,
  lastUndoablePlan,
  parseChangeLog,
  planRevert,
  planWrites,
  sortPlanItems,
  type ApplyResult,
  type ChangeLogRow,
  type RevertResult,
} from "../fix/changelog";
import type { FixPlan } from "../fix/plan";

/** Reads each sheet once; a missing sheet is null (its changes are reported, not thrown). */
async function readSheets(
  port: WorkbookPort,
  names: Iterable<string>,
): Promise<Map<string, Grid | null>> {
  const grids = new Map<string, Grid | null>();
  for (const name of new Set(names)) {
    try {
      grids.set(name, await port.readSheet(name));
    } catch (error) {
      if (error instanceof Error && (error as { code?: string }).code === "sheet-missing")
        grids.set(name, null);
      else throw error;
    }
  }
  return grids;
}

/**
 * Writes the plan's new values where the cell still holds the old value (anything else was changed
 * since the validation and is left alone, reported in `skipped`), then logs every change.
 */
export async function applyFixPlan(
  port: WorkbookPort,
  plan: FixPlan,
  now: Date,
  lang: Lang = "sv",
): Promise<ApplyResult> {
  const grids = await readSheets(
    port,
    plan.items.map((item) => item.sheet),
  );
  const { applied, skipped } = sortPlanItems(plan, grids, lang);
  if (applied.length > 0) {
    const { edits, logRows } = planWrites(applied, plan.id, now);
    await port.updateCells(edits);
    await port.appendRows(CHANGE_LOG_SHEET, [...CHANGE_LOG_HEADER], logRows);
  }
  return { planId: plan.id, applied, skipped };
}

/** Every row of the change log, in order (an absent log is empty). */
export async function readChangeLog(port: WorkbookPort): Promise<ChangeLogRow[]> {
  return parseChangeLog((await readSheets(port, [CHANGE_LOG_SHEET])).get(CHANGE_LOG_SHEET) ?? null);
}

/**
 * Undoes the last applied plan that is not undone yet: writes back each old value where the cell
 * still holds the plan's new value (reporting the rest) and logs the revert with Regel "ångra"
 * and the plan's id. Called again, it undoes the plan before that.
 */
export async function revertLastPlan(
  port: WorkbookPort,
  now: Date = new Date(),
  lang: Lang = "sv",
): Promise<RevertResult> {
  const last = lastUndoablePlan(await readChangeLog(port));
  if (last === null)
    return { planId: null, reverted: [], skipped: [], message: t(lang, "fix.revert.nothing") };
  const grids = await readSheets(
    port,
    last.changes.map((row) => row.sheet),
  );
  const { reverted, skipped, edits, logRows } = planRevert(last.changes, grids, now, lang);
  if (reverted.length > 0) {
    await port.updateCells(edits);
    await port.appendRows(CHANGE_LOG_SHEET, [...CHANGE_LOG_HEADER], logRows);
  }
  return { planId: last.planId, reverted, skipped };
}
