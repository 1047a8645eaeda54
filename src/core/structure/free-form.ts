/**
 * The free-form reader: a sheet a förvaltning laid out itself. What a row means depends on the
 * rows above it, so the reader carries an explicit state down the sheet (FreeFormState): the
 * perspective (from perspective/area rows or a Perspektiv column), the kommunövergripande mål,
 * the goal (filled down over merged and blank cells) and the activity a continuation row belongs to.
 */
import { address } from "../grid";
import { type Activity, type AssignmentRef, type DuePeriod, type Status } from "../model";
import { type CellRead, type Draft, excerpt, type GoalGroup, join, NO_REF_TEXTS, type RefText, REFS_UNTIL_COMPLETE, type SheetContext } from "./context";
import { isActivityHeader, isRepeatedHeader, matchHeaderCells } from "./header";
import {
  BULLET,
  COMMON_GOAL_ROW,
  isBoardName,
  isGroupHeading,
  isHeadingLike,
  LONE_NUMBER,
  MAX_HEADING_LENGTH,
  STARTS_LOWER,
  trailingBoardAbbreviation,
} from "./headings";
import { isPerspectiveHeading, parseAssignmentRefs, parsePerspective, statusFromComment } from "../parse";
import { singleText, type RowTexts } from "./sheet";
import { continuePrevious, readRowWithoutActivity } from "./continuation";

/** What the rows read so far decide for the rows below. */
export interface FreeFormState {
  perspective: string | null;
  commonGoal: string | null;
  group: GoalGroup;
  /** References from a group heading above ("Nämndspecifika uppdrag"). */
  groupRefs: AssignmentRef[];
  /** The last activity: a continuation row belongs to it. */
  previous: Draft | null;
  /** The last top-level activity without bullet and without status of its own: the parent of bullet rows below it that have one. */
  parentCandidate: Draft | null;
  /** True right after a header repeated at a page break: the next row may continue a cell. */
  afterBreak: boolean;
  /** The board a grouping row above names ("Regionstyrelsen"): responsible for the rows below without one of their own. */
  responsible: string | null;
}

export function initialFreeFormState(): FreeFormState {
  return { perspective: null, commonGoal: null, group: { text: null }, groupRefs: [], previous: null, parentCandidate: null, afterBreak: false, responsible: null };
}

/** The Uppdrag cell of a row: its own cell, or the top-left of the merged area covering it. */
function refTextsOf(uppdrag: CellRead, row: number): RefText[] {
  return [{ text: uppdrag.text, cell: uppdrag.merged ? address(uppdrag.row, uppdrag.col) : address(row, uppdrag.col) }];
}

export class FreeFormReader {
  readonly state: FreeFormState = initialFreeFormState();

  constructor(readonly ctx: SheetContext) {}

  isPerspectiveName(text: string): boolean {
    return text.length <= MAX_HEADING_LENGTH && !text.includes("\n") && isPerspectiveHeading(text, this.ctx.profile);
  }

  /**
   * A row with a single non-empty cell: a common-goal row, a perspective or area row, a group
   * heading, a goal written on its own row, or a page number. False when it is none of these
   * (then it is an activity or a continuation).
   */
  readHeadingRow(row: number, single: { col: number; text: string }): boolean {
    const { ctx, state } = this;
    const { text, col } = single;
    const cell = address(row, col);
    const commonGoal = COMMON_GOAL_ROW.exec(text);
    if (commonGoal) {
      const value = text.slice(commonGoal[0].length).trim();
      state.commonGoal = value === "" ? null : value;
      this.startGoalGroup(null);
      ctx.notes.push({ kind: "info", row, cell, message: value === "" ? ctx.msg("commonGoal.empty", { row }) : ctx.msg("commonGoal.read", { cell, text: excerpt(value) }) });
      return true;
    }
    if (this.isPerspectiveName(text)) {
      const parsed = parsePerspective(text, ctx.profile);
      this.setPerspective(parsed ? parsed.name : text, parsed ? parsed.known : false, row, cell);
      return true;
    }
    if (LONE_NUMBER.test(text)) {
      ctx.unplaced.push({ cell, text, reason: ctx.msg("unplaced.loneNumber") });
      return true;
    }
    if (isGroupHeading(text)) {
      state.groupRefs = parseAssignmentRefs(text); // "Övriga aktiviteter": none
      ctx.notes.push({ kind: "info", row, cell, message: ctx.msg("groupHeading.skipped", { row, text }) });
      return true;
    }
    // A grouping row: a board's name, or a heading merged across the table (a shaded section row).
    if (isHeadingLike(text) && (isBoardName(text) || ctx.reader.mergedAcross(row, col))) {
      this.readGroupingRow(row, text, cell);
      return true;
    }
    if (isHeadingLike(text) && this.startsSection(row)) {
      this.setPerspective(text, false, row, cell);
      return true;
    }
    if (col === ctx.columns.goal && col !== ctx.columns.activity) {
      this.readGoalOnlyRow(row, text, cell);
      return true;
    }
    return false;
  }

  /**
   * A grouping row is never an activity: a board's name becomes the responsible of the rows below
   * (when the table has no Ansvarig column), any other heading their perspective (area).
   */
  private readGroupingRow(row: number, text: string, cell: string): void {
    if (!isBoardName(text) || this.ctx.columns.responsible !== undefined) {
      this.setPerspective(text, false, row, cell);
      return;
    }
    this.state.responsible = text;
    this.startGoalGroup(null);
    this.ctx.notes.push({ kind: "info", row, cell, message: this.ctx.msg("groupHeading.responsible", { row, text }) });
  }

  /** An area title stands right above a header, a common-goal row or a perspective row. */
  private startsSection(row: number): boolean {
    const { reader, columns, vocabulary, header } = this.ctx;
    const next = reader.nextContentRow(row);
    if (next === undefined) return false;
    const texts = reader.texts(next);
    if (isRepeatedHeader(texts, columns, vocabulary, header.texts) || isActivityHeader(matchHeaderCells(texts, vocabulary).columns)) return true;
    const single = singleText(texts);
    return single !== undefined && (COMMON_GOAL_ROW.test(single.text) || this.isPerspectiveName(single.text));
  }

  setPerspective(name: string, known: boolean, row: number, cell: string): void {
    const state = this.state;
    state.perspective = name;
    state.commonGoal = null;
    state.groupRefs = [];
    this.startGoalGroup(null);
    state.parentCandidate = null;
    if (known) this.ctx.notes.push({ kind: "info", row, cell, message: this.ctx.msg("perspective.heading", { name, cell }) });
    else
      this.ctx.notes.push({
        kind: "perspective-unknown",
        row,
        cell,
        message: this.ctx.msg("perspective.unknownHeading", { text: name, cell }),
      });
  }

  startGoalGroup(text: string | null): void {
    this.state.group = { text };
    this.state.parentCandidate = null;
  }

  /** A goal on a row of its own: a new goal, or — lower-case after a page break — the rest of the goal above. */
  readGoalOnlyRow(row: number, text: string, cell: string): void {
    const state = this.state;
    if (state.group.text !== null && state.afterBreak && STARTS_LOWER.test(text)) {
      state.group.text = join(state.group.text, text);
      this.ctx.notes.push({ kind: "info", cell, message: this.ctx.msg("goal.continued", { cell }) });
    } else {
      this.startGoalGroup(text);
      this.ctx.notes.push({ kind: "info", cell, message: this.ctx.msg("goal.ownRow", { cell }) });
    }
    state.afterBreak = false;
  }

  readActivityRow(row: number, texts: RowTexts): void {
    const { ctx, state } = this;
    const activityCol = ctx.columns.activity!;
    const activityText = ctx.reader.text(row, activityCol);
    const goal = ctx.read(row, "goal");
    const due = ctx.read(row, "due");
    const status = ctx.read(row, "status");
    const shared = ctx.header.sharedStatusComment;
    const comment = shared ? undefined : ctx.read(row, "comment");
    const responsible = ctx.read(row, "responsible");
    const perspective = ctx.read(row, "perspective");
    const commonGoal = ctx.read(row, "commonGoal");
    const uppdrag = ctx.read(row, "assignmentRefs");

    // A lower-case text in a shared Utfall column on a row without activity continues a comment.
    const statusContinues = shared && status !== undefined && !status.merged && !activityText && STARTS_LOWER.test(status.text);
    const ownStatus = status !== undefined && !status.merged && !statusContinues;
    const ownDue = due !== undefined && !due.merged;
    const ownGoal = goal !== undefined && !goal.merged;
    const goalContinues = ownGoal && state.group.text !== null && STARTS_LOWER.test(goal.text) && (state.afterBreak || !activityText);
    const newGoal = goal !== undefined && !goalContinues && goal.text !== state.group.text;

    ctx.placeUnmappedCells(row, texts);

    const continues =
      state.previous !== null &&
      !ownDue &&
      !ownStatus &&
      !newGoal &&
      (!activityText || BULLET.test(activityText) || (state.afterBreak && STARTS_LOWER.test(activityText)));
    if (continues) {
      continuePrevious(this, row, { activityText, goal: goalContinues ? goal : undefined, status, comment, responsible, perspective, commonGoal, uppdrag });
      return;
    }
    if (!activityText && !ownDue && !ownStatus) {
      readRowWithoutActivity(this, row, { goal, perspective, commonGoal, comment, status, responsible, uppdrag });
      return;
    }

    if (perspective) this.applyPerspectiveColumn(perspective);
    if (commonGoal) state.commonGoal = commonGoal.text;
    if (goalContinues) state.group.text = join(state.group.text, goal!.text);
    else if (newGoal) this.startGoalGroup(goal!.text);

    const parsed = ctx.parseStatusCell(status?.text);
    let commentText: string | null;
    if (shared) commentText = parsed.comment;
    else {
      // Both columns exist: a comment glued to the status ("Kvarstår pga …") is appended, not lost.
      const tail = parsed.comment !== null && parsed.comment !== status?.text ? parsed.comment : null;
      commentText = join(comment?.text, tail);
    }
    // No status column at all (a follow-up of assignments): the comment's first sentence states it, inferred.
    const fromComment = ctx.columns.status === undefined && comment !== undefined;
    const rowStatus = fromComment ? statusFromComment(comment.text, ctx.profile) : parsed.status;
    ctx.noteInferred(rowStatus, fromComment ? comment : status);

    const bullet = activityText !== undefined && BULLET.test(activityText);
    const parent = bullet && !newGoal && state.parentCandidate !== null && state.parentCandidate.group === state.group ? state.parentCandidate : null;
    // The activity and its draft as literals without a literal nested in them (see REFS_UNTIL_COMPLETE).
    // A sub-activity without a due of its own keeps its parent's ("Följande aktiviteter prioriteras 2023: …").
    const activityDue: DuePeriod = parent && !due ? { ...parent.activity.due } : ctx.parseDueCell(due);
    const activityStatus: Status = { ...rowStatus };
    const activity: Activity = {
      id: `r${row}`,
      parentId: parent ? parent.activity.id : null,
      perspective: state.perspective,
      commonGoal: state.commonGoal,
      goal: null,
      activity: activityText ?? "",
      assignmentRefs: REFS_UNTIL_COMPLETE,
      due: activityDue,
      // Own cell first, then "(KS)" ending the text, then the board of the grouping row above.
      responsible: responsible?.text ?? (activityText !== undefined ? trailingBoardAbbreviation(activityText) : null) ?? state.responsible,
      status: activityStatus,
      comment: commentText,
      source: ctx.sourceOf(row),
    };
    const draft: Draft = {
      group: state.group,
      refTexts: uppdrag ? refTextsOf(uppdrag, row) : NO_REF_TEXTS,
      groupRefs: state.groupRefs,
      refsFromColumnOnly: false,
      activity,
    };
    ctx.drafts.push(draft);
    state.previous = draft;
    // Bullet rows with their own status are sub-activities only of an activity that has no status of
    // its own (it is followed up through them); under an activity with a status they are siblings.
    if (!parent) state.parentCandidate = !bullet && rowStatus.category === "missing" ? draft : null;
  }

  applyPerspectiveColumn(read: CellRead): void {
    const parsed = parsePerspective(read.text, this.ctx.profile);
    const name = parsed ? parsed.name : read.text;
    if (name === this.state.perspective) return;
    this.state.perspective = name;
    this.startGoalGroup(null);
    if (!parsed || !parsed.known) {
      const cell = address(read.row, read.col);
      this.ctx.notes.push({ kind: "perspective-unknown", row: read.row, cell, message: this.ctx.msg("perspective.unknown", { text: read.text, cell }) });
    }
  }
}
