/**
 * The canonical content of a report, the input of the submission stamp's hash: the header fields
 * and every activity's field values, in order. Not formatting, widths or the rows they sit on —
 * restyling a sheet or inserting an empty row keeps the stamp; changing any text, or moving an
 * activity (order is content: it is how the report reads), breaks it.
 */
import type { Activity, Report } from "../model";

/** Bumped if the canonical form ever changes, so old stamps read as "changed", never as a false "validated". */
export const CANONICAL_VERSION = 1;

function activityContent(activity: Activity): (string | null)[] {
  return [
    activity.perspective,
    activity.commonGoal,
    activity.goal,
    activity.activity,
    activity.assignmentRefs.map((ref) => `${ref.scope}:${ref.number ?? ""}`).join(";"),
    activity.due.raw,
    activity.responsible,
    activity.status.raw,
    activity.comment,
    activity.parentId === null ? null : "sub",
  ];
}

function canonicalMeta(report: Report): unknown[] {
  return [report.organisation, report.board, report.year, report.period, report.cutoff];
}

export function canonicalContent(report: Report): string {
  return JSON.stringify({
    v: CANONICAL_VERSION,
    meta: canonicalMeta(report),
    activities: report.activities.map(activityContent),
  });
}

/**
 * The header fields and the number of activities: two reports with the same canonical content
 * have the same shape, so a report whose shape no other has needs no content hash to tell it
 * apart (cheap where the hash of a large report is not).
 */
export function contentShape(report: Report): string {
  return JSON.stringify([CANONICAL_VERSION, canonicalMeta(report), report.activities.length]);
}
