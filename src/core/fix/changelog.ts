/**
 * Applying a fix plan and undoing it, through the WorkbookPort only. Excel's own undo does not
 * cover changes made by add-ins, so every change is appended to the sheet "Ändringslogg" and a
 * plan is reverted from there (SPEC §6).
 */
import { cellAt, parseAddress, type Grid } from "../grid";
import { t, type Lang } from "../i18n";
import type { SpecValue } from "../sheetspec";
import type { WorkbookPort } from "../../workbook/port";
import type { FixPlan, FixPlanItem } from "./plan";

export const CHANGE_LOG_SHEET = "Ändringslogg";
export const CHANGE_LOG_HEADER = [
  "Tid",
  "Blad",
  "Cell",
  "Gammalt värde",
  "Nytt värde",
  "Regel",
  "Ändrings-id",
] as const;
/** The Regel of a row that undoes an earlier change. */
export const REVERT_RULE = "ångra";

export interface ChangeLogRow {
  time: string;
  sheet: string;
  cell: string;
  oldValue: string;
  newValue: string;
  rule: string;
  planId: string;
}

export interface NotChanged {
  sheet: string;
  cell: string;
  /** What the cell holds now (null when its sheet is gone). */
  currentValue: string | null;
  reason: string;
}

export interface ApplyResult {
  planId: string;
  applied: FixPlanItem[];
  skipped: NotChanged[];
}

export interface RevertResult {
  /** The plan that was reverted; null when there was nothing to revert. */
  planId: string | null;
  reverted: ChangeLogRow[];
  skipped: NotChanged[];
  /** Set when there was nothing to revert. */
  message?: string;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Local time "2020-08-31 14:03:12", as a Swedish user reads it in the log. */
export function logTime(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
}

function textAt(grid: Grid, a1: string): string {
  const { row, col } = parseAddress(a1);
  return cellAt(grid, row, col)?.text ?? "";
}

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

/** An empty text empties the cell rather than leaving an empty string in it. */
function cellValue(text: string): SpecValue {
  return text === "" ? null : text;
}

function toLogRow(row: ChangeLogRow): SpecValue[] {
  return [row.time, row.sheet, row.cell, row.oldValue, row.newValue, row.rule, row.planId];
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
  const applied: FixPlanItem[] = [];
  const skipped: NotChanged[] = [];
  for (const item of plan.items) {
    const grid = grids.get(item.sheet) ?? null;
    if (grid === null) {
      skipped.push({
        sheet: item.sheet,
        cell: item.cell,
        currentValue: null,
        reason: t(lang, "fix.skip.sheetMissing", { sheet: item.sheet, cell: item.cell }),
      });
      continue;
    }
    const current = textAt(grid, item.cell);
    if (current !== item.oldValue) {
      skipped.push({
        sheet: item.sheet,
        cell: item.cell,
        currentValue: current,
        reason: t(lang, "fix.skip.changed", {
          sheet: item.sheet,
          cell: item.cell,
          current: `”${current}”`,
          expected: `”${item.oldValue}”`,
        }),
      });
      continue;
    }
    applied.push(item);
  }
  if (applied.length > 0) {
    await port.updateCells(
      applied.map((item) => ({
        sheet: item.sheet,
        cell: item.cell,
        value: cellValue(item.newValue),
      })),
    );
    const time = logTime(now);
    await port.appendRows(
      CHANGE_LOG_SHEET,
      [...CHANGE_LOG_HEADER],
      applied.map((item) =>
        toLogRow({
          time,
          sheet: item.sheet,
          cell: item.cell,
          oldValue: item.oldValue,
          newValue: item.newValue,
          rule: item.rule,
          planId: plan.id,
        }),
      ),
    );
  }
  return { planId: plan.id, applied, skipped };
}

/** Every row of the change log, in order (an absent log is empty). */
export async function readChangeLog(port: WorkbookPort): Promise<ChangeLogRow[]> {
  const grid = (await readSheets(port, [CHANGE_LOG_SHEET])).get(CHANGE_LOG_SHEET) ?? null;
  if (grid === null) return [];
  // Find the header by its names, so a user who added a title row or moved columns is still read.
  const headerIndex = grid.rows.findIndex((row) =>
    row.some((cell) => cell?.text === "Ändrings-id"),
  );
  if (headerIndex < 0) return [];
  const header = grid.rows[headerIndex]!.map((cell) => cell?.text ?? "");
  const col = (name: string): number => header.indexOf(name);
  const cols = CHANGE_LOG_HEADER.map(col);
  if (cols.some((c) => c < 0)) return [];
  const [tid, blad, cell, gammalt, nytt, regel, id] = cols as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const rows: ChangeLogRow[] = [];
  for (const row of grid.rows.slice(headerIndex + 1)) {
    const text = (c: number): string => row[c]?.text ?? "";
    if (text(id) === "" || text(cell) === "") continue;
    rows.push({
      time: text(tid),
      sheet: text(blad),
      cell: text(cell),
      oldValue: text(gammalt),
      newValue: text(nytt),
      rule: text(regel),
      planId: text(id),
    });
  }
  return rows;
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
  const log = await readChangeLog(port);
  const undone = new Set(log.filter((row) => row.rule === REVERT_RULE).map((row) => row.planId));
  const last = [...log]
    .reverse()
    .find((row) => row.rule !== REVERT_RULE && !undone.has(row.planId));
  if (last === undefined)
    return { planId: null, reverted: [], skipped: [], message: t(lang, "fix.revert.nothing") };

  const changes = log.filter((row) => row.planId === last.planId && row.rule !== REVERT_RULE);
  const grids = await readSheets(
    port,
    changes.map((row) => row.sheet),
  );
  const time = logTime(now);
  const reverted: ChangeLogRow[] = [];
  const skipped: NotChanged[] = [];
  // Newest first, so a cell changed twice within the plan ends at its oldest value.
  for (const change of [...changes].reverse()) {
    const grid = grids.get(change.sheet) ?? null;
    if (grid === null) {
      skipped.push({
        sheet: change.sheet,
        cell: change.cell,
        currentValue: null,
        reason: t(lang, "fix.skip.sheetMissing", { sheet: change.sheet, cell: change.cell }),
      });
      continue;
    }
    const current = textAt(grid, change.cell);
    if (current !== change.newValue) {
      skipped.push({
        sheet: change.sheet,
        cell: change.cell,
        currentValue: current,
        reason: t(lang, "fix.revert.changed", {
          sheet: change.sheet,
          cell: change.cell,
          current: `”${current}”`,
        }),
      });
      continue;
    }
    reverted.push({
      time,
      sheet: change.sheet,
      cell: change.cell,
      oldValue: change.newValue,
      newValue: change.oldValue,
      rule: REVERT_RULE,
      planId: change.planId,
    });
  }
  if (reverted.length > 0) {
    await port.updateCells(
      reverted.map((row) => ({ sheet: row.sheet, cell: row.cell, value: cellValue(row.newValue) })),
    );
    await port.appendRows(CHANGE_LOG_SHEET, [...CHANGE_LOG_HEADER], reverted.map(toLogRow));
  }
  return { planId: last.planId, reverted, skipped };
}
