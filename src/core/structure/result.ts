/**
 * Turning what was read into the structuring result: each drafted activity completed with its
 * goal and assignment references, the Report with the header block's fields, and the notes.
 */
import { type Activity, type AssignmentRef, type ColumnMap, type Period, type RegisterEntry, type Report } from "../model";
import { type Draft, type RefsSource, type SheetContext } from "./context";
import { type HeaderBlock } from "./meta";
import { cutoffFor } from "../parse";
import { type StructureResult } from "./report";

const ACTIVITY_TEXT: RefsSource = { always: false, cache: false };
const GOAL_TEXT: RefsSource = { always: false, cache: true };
const UPPDRAG_CELL: RefsSource = { always: true, cache: true };

/** The activity of a draft with its goal and assignment references, read now that both are complete. */
function complete(ctx: SheetContext, draft: Draft): Activity {
  const activity = draft.activity;
  activity.goal = draft.group.text;
  const refs: AssignmentRef[] = [];
  if (!draft.refsFromColumnOnly) {
    ctx.addRefs(refs, activity.activity, ACTIVITY_TEXT);
    if (activity.goal !== null) ctx.addRefs(refs, activity.goal, GOAL_TEXT);
  }
  // Indexed: until optimised, a for-of allocates an iterator even for the empty list most drafts share.
  for (let i = 0; i < draft.refTexts.length; i++) {
    const { text, cell } = draft.refTexts[i]!;
    const before = refs.length;
    ctx.addRefs(refs, text, UPPDRAG_CELL);
    if (refs.length === before) ctx.unplaced.push({ cell, text, reason: ctx.msg("unplaced.assignmentRef") });
  }
  if (draft.groupRefs.length > 0 && !refs.some((ref) => draft.groupRefs.some((group) => group.scope === ref.scope))) refs.push(...draft.groupRefs);
  // Exactly as long as it is: a list grown by push keeps room for 16 references, and every
  // activity's list is kept.
  activity.assignmentRefs = refs.length === 0 ? refs : dedupeRefs(refs).slice();
  return activity;
}

/** What the report records of the header: the first one (a later table may switch columns). */
export interface FirstHeader {
  row: number;
  columns: ColumnMap;
}

export function buildResult(ctx: SheetContext, block: HeaderBlock, titleRegister: RegisterEntry[], first: FirstHeader): StructureResult {
  // Indexed: this runs once, where a for-of built an iterator result per activity.
  const activities: Activity[] = [];
  for (let i = 0; i < ctx.drafts.length; i++) activities.push(complete(ctx, ctx.drafts[i]!));

  const profileId = block.profile ?? ctx.profile.id;
  if (block.profile !== null && block.profile !== ctx.profile.id)
    ctx.notes.push({ kind: "info", message: ctx.msg("profile.differs", { named: block.profile, used: ctx.profile.id }) });
  if (ctx.unplaced.length > 0)
    ctx.notes.push({ kind: "unplaced", message: ctx.msg("unplaced", { count: ctx.unplaced.length }) });

  const period: Period | null = block.period;
  const cutoff = block.cutoff ?? (ctx.year !== null && period !== null ? cutoffFor(ctx.year, period) : null);
  const report: Report = {
    sheet: ctx.grid.sheet,
    organisation: block.organisation,
    board: block.board,
    year: ctx.year,
    period,
    cutoff,
    profile: profileId,
    contact: block.contact,
    headerRow: first.row,
    columns: first.columns,
    activities,
  };
  return {
    ok: true,
    report,
    register: [...(ctx.options.register ?? []), ...titleRegister],
    notes: ctx.notes,
    stats: { rowsRead: ctx.rowsRead, activities: activities.length, inferred: ctx.inferred, unplaced: ctx.unplaced.length },
    unplaced: ctx.unplaced,
  };
}

function sameRef(a: AssignmentRef, b: AssignmentRef): boolean {
  return a.scope === b.scope && a.number === b.number;
}

function dedupeRefs(refs: AssignmentRef[]): AssignmentRef[] {
  if (refs.length < 2) return refs;
  // A handful of references at most: comparing with those kept is cheaper than a set of keys.
  const out: AssignmentRef[] = [];
  for (const ref of refs) if (!out.some((kept) => sameRef(kept, ref))) out.push(ref);
  // A numbered reference makes an unnumbered one of the same scope redundant.
  return out.filter((ref) => ref.number !== null || !out.some((other) => other.scope === ref.scope && other.number !== null));
}
