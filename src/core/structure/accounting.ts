/**
 * "Nothing is lost", checked: every non-empty source cell must be found again in the result —
 * as the header, a title/heading row the notes name, a cell the notes or the unplaced list name,
 * or inside the activity field its column maps to. Independent of how the engine got there, so a
 * bug that drops text shows up here.
 */
import { address, type Grid } from "../grid";
import { type Activity, type ActivityField, type ColumnMap } from "../model";
import { collapseSpace } from "../text/normalize";
import { type Profile } from "../profile/schema";
import { isActivityHeader, isRepeatedHeader, matchHeaderCells } from "./header";
import { parsePerspective } from "../parse";
import { type StructureResult } from "./report";
import { SheetReader } from "./sheet";

export interface UnaccountedCell {
  cell: string;
  text: string;
  /** Why the check could not find the text again. */
  why: string;
}

/** Notes of these kinds stand for a whole row they name (a title, a repeated header, a heading). */
const ROW_NOTE_KINDS = new Set(["title", "header-repeated", "info", "perspective-unknown"]);

function contains(haystack: string | null | undefined, needle: string): boolean {
  if (!haystack) return false;
  return collapseSpace(haystack).includes(collapseSpace(needle));
}

function fieldHolds(activity: Activity, field: ActivityField, text: string, profile?: Profile): boolean {
  switch (field) {
    case "perspective":
      if (activity.perspective === null) return false;
      if (contains(text, activity.perspective) || contains(activity.perspective, text)) return true;
      // A synonym ("Medarbetarperspektiv", "Kunder") is kept as the profile's name for it.
      return profile !== undefined && parsePerspective(text, profile)?.name === activity.perspective;
    case "commonGoal":
      return contains(activity.commonGoal, text);
    case "goal":
      return contains(activity.goal, text);
    case "activity":
      return contains(activity.activity, text);
    case "assignmentRefs":
      return activity.assignmentRefs.length > 0;
    case "due":
      return contains(activity.due.raw, text);
    case "responsible":
      return contains(activity.responsible, text);
    case "status":
      return contains(activity.status.raw, text) || contains(activity.comment, text);
    case "comment":
      return contains(activity.comment, text);
  }
}

function fieldsOf(columns: ColumnMap): Map<number, ActivityField[]> {
  const fields = new Map<number, ActivityField[]>();
  for (const [field, col] of Object.entries(columns) as [ActivityField, number][]) fields.set(col, [...(fields.get(col) ?? []), field]);
  return fields;
}

/**
 * The non-empty cells of `grid` that the result does not account for; empty when nothing was lost.
 * With the profile the sheet was structured with, perspective synonyms count as kept.
 */
export function accountCells(grid: Grid, result: StructureResult, profile?: Profile): UnaccountedCell[] {
  const reader = new SheetReader(grid);
  const missing: UnaccountedCell[] = [];
  if (!result.ok) {
    for (let row = 1; row <= reader.rowCount; row++)
      reader.texts(row).forEach((text, c) => text !== undefined && missing.push({ cell: address(row, c + 1), text, why: "bladet kunde inte struktureras" }));
    return missing;
  }

  const rows = new Set<number>();
  const headerRows = new Set<number>();
  const cells = new Set<string>();
  if (result.report.headerRow !== undefined) rows.add(result.report.headerRow);
  for (const note of result.notes) {
    if (note.kind === "header-repeated" && note.row !== undefined) headerRows.add(note.row);
    if (note.row !== undefined && ROW_NOTE_KINDS.has(note.kind)) rows.add(note.row);
    if (note.cell !== undefined) cells.add(note.cell);
  }
  for (const cell of result.unplaced) cells.add(cell.cell);

  const activityByRow = new Map<number, Activity>();
  for (const activity of result.report.activities) for (const row of activity.source.rows) activityByRow.set(row, activity);

  let columns: ColumnMap = result.report.columns ?? {};
  let fieldsByColumn = fieldsOf(columns);
  for (let row = 1; row <= reader.rowCount; row++) {
    const texts = reader.texts(row);
    // A header further down with other columns (a second table) maps the rows below it.
    // As the engine does: a repeat of the current header (even with cells emptied by a merge) keeps the columns.
    if (headerRows.has(row) && !isRepeatedHeader(texts, columns)) {
      const matched = matchHeaderCells(texts).columns;
      if (isActivityHeader(matched)) {
        columns = matched.comment === undefined && matched.status !== undefined ? { ...matched, comment: matched.status } : matched;
        fieldsByColumn = fieldsOf(columns);
      }
    }
    for (let c = 0; c < texts.length; c++) {
      const text = texts[c];
      if (text === undefined) continue;
      const cell = address(row, c + 1);
      if (rows.has(row) || cells.has(cell)) continue;
      const activity = activityByRow.get(row);
      if (!activity) {
        missing.push({ cell, text, why: "raden hör inte till någon aktivitet och nämns inte i anteckningarna" });
        continue;
      }
      const fields = fieldsByColumn.get(c + 1);
      if (!fields) {
        missing.push({ cell, text, why: "kolumnen är inte kopplad till något fält" });
        continue;
      }
      if (!fields.some((field) => fieldHolds(activity, field, text, profile)))
        missing.push({ cell, text, why: `texten finns inte i fältet ${fields.join("/")} hos aktivitet ${activity.id}` });
    }
  }
  return missing;
}
