/**
 * The change log and what applying or undoing a fix plan does, computed from grids (the reads
 * and writes are in core/workflow/changes.ts). Excel's own undo does not cover changes made by
 * add-ins, so every change is appended to the sheet "Ändringslogg" and a plan is reverted from
 * there (SPEC §6).
 */
import { cellAt, parseAddress, type Grid } from "../grid";
import { localDateTime } from "../dates";
import { t, type Lang } from "../i18n";
import type { SpecValue } from "../sheetspec";
import type { CellEdit } from "../port";
import type { FixPlan, FixPlanItem, SkippedCell } from "./plan";

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

export interface ApplyResult {
  planId: string;
  applied: FixPlanItem[];
  skipped: SkippedCell[];
}

export interface RevertResult {
  /** The plan that was reverted; null when there was nothing to revert. */
  planId: string | null;
  reverted: ChangeLogRow[];
  skipped: SkippedCell[];
  /** Set when there was nothing to revert. */
  message?: string;
}

function textAt(grid: Grid, a1: string): string {
  const { row, col } = parseAddress(a1);
  return cellAt(grid, row, col)?.text ?? "";
}

/** An empty text empties the cell rather than leaving an empty string in it. */
function cellValue(text: string): SpecValue {
  return text === "" ? null : text;
}

function toLogRow(row: ChangeLogRow): SpecValue[] {
  return [row.time, row.sheet, row.cell, row.oldValue, row.newValue, row.rule, row.planId];
}

/** What applying a plan will do: the items whose cell still holds the old value, and the rest with why. */
export function sortPlanItems(
  plan: FixPlan,
  grids: ReadonlyMap<string, Grid | null>,
  lang: Lang = "sv",
): { applied: FixPlanItem[]; skipped: SkippedCell[] } {
  const applied: FixPlanItem[] = [];
  const skipped: SkippedCell[] = [];
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
  return { applied, skipped };
}

/** The cell edits and log rows that write `applied` items of a plan. */
export function planWrites(
  applied: readonly FixPlanItem[],
  planId: string,
  now: Date,
): { edits: CellEdit[]; logRows: SpecValue[][] } {
  const time = localDateTime(now, "seconds");
  return {
    edits: applied.map((item) => ({
      sheet: item.sheet,
      cell: item.cell,
      value: cellValue(item.newValue),
    })),
    logRows: applied.map((item) =>
      toLogRow({
        time,
        sheet: item.sheet,
        cell: item.cell,
        oldValue: item.oldValue,
        newValue: item.newValue,
        rule: item.rule,
        planId,
      }),
    ),
  };
}

/** Every row of the change log sheet, in order (an absent log is empty). */
export function parseChangeLog(grid: Grid | null): ChangeLogRow[] {
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

/** The plan a revert undoes: the last applied plan not undone yet, and its changes (oldest first); null when none. */
export function lastUndoablePlan(
  log: readonly ChangeLogRow[],
): { planId: string; changes: ChangeLogRow[] } | null {
  const undone = new Set(log.filter((row) => row.rule === REVERT_RULE).map((row) => row.planId));
  const last = [...log]
    .reverse()
    .find((row) => row.rule !== REVERT_RULE && !undone.has(row.planId));
  if (last === undefined) return null;
  return {
    planId: last.planId,
    changes: log.filter((row) => row.planId === last.planId && row.rule !== REVERT_RULE),
  };
}

/**
 * The revert of `changes`: each old value goes back where the cell still holds the plan's new
 * value (the rest is reported), logged with Regel "ångra" and the plan's id.
 */
export function planRevert(
  changes: readonly ChangeLogRow[],
  grids: ReadonlyMap<string, Grid | null>,
  now: Date,
  lang: Lang = "sv",
): { reverted: ChangeLogRow[]; skipped: SkippedCell[]; edits: CellEdit[]; logRows: SpecValue[][] } {
  const time = localDateTime(now, "seconds");
  const reverted: ChangeLogRow[] = [];
  const skipped: SkippedCell[] = [];
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
  return {
    reverted,
    skipped,
    edits: reverted.map((row) => ({
      sheet: row.sheet,
      cell: row.cell,
      value: cellValue(row.newValue),
    })),
    logRows: reverted.map(toLogRow),
  };
}
