/**
 * The template-row reader: a sheet laid out as the standard template (or with all of its
 * columns). One row is one activity with every field in its own cell, so nothing is filled down,
 * continued or inherited — it reads back as written.
 */
import { address } from "../grid";
import { type Activity, type ActivityField, type AssignmentRef, type Status } from "../model";
import { type CellRead, type Draft, type GoalGroup, join, NO_REF_TEXTS, REFS_UNTIL_COMPLETE, type SheetContext } from "./context";
import { parsePerspective } from "../parse";
import { type RowTexts } from "./sheet";

/** A template row has no group heading above it: no references from one (complete() only reads them). */
const NO_GROUP_REFS: AssignmentRef[] = [];

export class TemplateRowReader {
  /** Unknown perspective values already noted: each is noted once. */
  private readonly notedPerspectives = new Set<string>();

  constructor(private readonly ctx: SheetContext) {}

  /** A row of the standard template: every field from its own cell (or the merged area covering it). */
  readRow(row: number, texts: RowTexts): void {
    const ctx = this.ctx;
    ctx.placeUnmappedCells(row, texts);
    const read = (field: ActivityField): CellRead | undefined => ctx.read(row, field);
    const perspective = read("perspective");
    const status = read("status");
    const due = read("due");
    const comment = read("comment");
    const uppdrag = read("assignmentRefs");
    const parsed = ctx.parseStatusCell(status?.text);
    const tail = parsed.comment !== null && parsed.comment !== status?.text ? parsed.comment : null;
    let perspectiveName: string | null = null;
    if (perspective) {
      const parsedPerspective = parsePerspective(perspective.text, ctx.profile);
      perspectiveName = parsedPerspective ? parsedPerspective.name : perspective.text;
      if (!parsedPerspective?.known && !this.notedPerspectives.has(perspectiveName)) {
        this.notedPerspectives.add(perspectiveName);
        const cell = address(perspective.row, perspective.col);
        ctx.notes.push({ kind: "perspective-unknown", cell, message: ctx.msg("perspective.unknown", { text: perspective.text, cell }) });
      }
    }
    // Literals without a literal nested in them (see REFS_UNTIL_COMPLETE in context.ts).
    const group: GoalGroup = { text: read("goal")?.text ?? null };
    const activityStatus: Status = { ...parsed.status };
    const activity: Activity = {
      id: `r${row}`,
      parentId: null,
      perspective: perspectiveName,
      commonGoal: read("commonGoal")?.text ?? null,
      goal: null,
      activity: ctx.reader.text(row, ctx.columns.activity!) ?? "",
      assignmentRefs: REFS_UNTIL_COMPLETE,
      due: ctx.parseDueCell(due),
      responsible: read("responsible")?.text ?? null,
      status: activityStatus,
      comment: join(comment?.text, tail),
      source: ctx.sourceOf(row),
    };
    const draft: Draft = {
      group,
      refTexts: uppdrag ? [{ text: uppdrag.text, cell: address(uppdrag.row, uppdrag.col) }] : NO_REF_TEXTS,
      groupRefs: NO_GROUP_REFS,
      refsFromColumnOnly: true,
      activity,
    };
    ctx.noteInferred(parsed.status, status);
    ctx.drafts.push(draft);
  }
}
