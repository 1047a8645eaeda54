/**
 * Free-form rows that have no activity of their own: a continuation of the activity above (a cell
 * continued after a page break, a bullet line), or a row whose goal, perspective or common goal
 * applies to the rows below. Part of the free-form reader (free-form.ts).
 */
import { address } from "../grid";
import { type CellRead, join } from "./context";
import { type FreeFormReader } from "./free-form";
import { parsePerspective } from "../parse";

export interface ContinuationCells {
  activityText: string | undefined;
  goal: CellRead | undefined;
  status: CellRead | undefined;
  comment: CellRead | undefined;
  responsible: CellRead | undefined;
  perspective: CellRead | undefined;
  commonGoal: CellRead | undefined;
  uppdrag: CellRead | undefined;
}

/** Appends a continuation row (a cell continued after a page break, a bullet line) to the activity above. */
export function continuePrevious(reader: FreeFormReader, row: number, cells: ContinuationCells): void {
  const draft = reader.state.previous!;
  const activity = draft.activity;
  if (cells.activityText) activity.activity = join(activity.activity, cells.activityText)!;
  if (cells.goal) draft.group.text = join(draft.group.text, cells.goal.text);
  if (cells.status && !cells.status.merged) activity.comment = join(activity.comment, cells.status.text);
  if (cells.comment && !cells.comment.merged) activity.comment = join(activity.comment, cells.comment.text);
  if (cells.responsible && !cells.responsible.merged) activity.responsible = join(activity.responsible, cells.responsible.text);
  if (cells.uppdrag && !cells.uppdrag.merged) draft.refTexts = [...draft.refTexts, { text: cells.uppdrag.text, cell: address(row, cells.uppdrag.col) }];
  if (cells.perspective && !cells.perspective.merged) placeIfDifferent(reader, cells.perspective, activity.perspective);
  if (cells.commonGoal && !cells.commonGoal.merged) placeIfDifferent(reader, cells.commonGoal, activity.commonGoal);
  activity.source.rows.push(row);
}

function placeIfDifferent(reader: FreeFormReader, read: CellRead, current: string | null): void {
  if (read.text === current || parsePerspective(read.text, reader.ctx.profile)?.name === current) return;
  reader.ctx.unplaced.push({
    cell: address(read.row, read.col),
    text: read.text,
    reason: reader.ctx.msg("unplaced.continuationConflict"),
  });
}

/**
 * A row with no activity, due or status and nothing above to continue. A goal, perspective or
 * common goal on it applies to the rows below (as on a heading row); anything else cannot be placed.
 */
export function readRowWithoutActivity(
  reader: FreeFormReader,
  row: number,
  cells: { goal?: CellRead; perspective?: CellRead; commonGoal?: CellRead; comment?: CellRead; status?: CellRead; responsible?: CellRead; uppdrag?: CellRead },
): void {
  const { ctx, state } = reader;
  const own = (read: CellRead | undefined): read is CellRead => read !== undefined && !read.merged;
  if (own(cells.perspective)) {
    reader.applyPerspectiveColumn(cells.perspective);
    const cell = address(row, cells.perspective.col);
    ctx.notes.push({ kind: "info", cell, message: ctx.msg("perspective.ownRow", { cell }) });
  }
  if (own(cells.commonGoal)) {
    state.commonGoal = cells.commonGoal.text;
    const cell = address(row, cells.commonGoal.col);
    ctx.notes.push({ kind: "info", cell, message: ctx.msg("commonGoal.ownRow", { cell }) });
  }
  if (own(cells.goal)) reader.readGoalOnlyRow(row, cells.goal.text, address(row, cells.goal.col));
  for (const read of [cells.comment, cells.status, cells.responsible, cells.uppdrag]) {
    if (!own(read)) continue;
    ctx.unplaced.push({
      cell: address(row, read.col),
      text: read.text,
      reason: cells.goal ? ctx.msg("unplaced.goalWithoutActivity") : ctx.msg("unplaced.beforeFirstActivity"),
    });
  }
}
