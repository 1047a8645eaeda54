/**
 * The model's fixed value lists, without zod: the hot paths (structuring, validating,
 * consolidating) import them from here, so a run that parses no untrusted JSON never loads zod
 * (about 40 ms of a CLI run's start-up). model.ts builds its schemas from these same lists.
 */

/** tertial1 = per 30 april, delar = per 31 augusti, helar = per 31 december. */
export const PERIODS = ["tertial1", "delar", "helar"] as const;

export const STATUS_CATEGORIES = [
  "done",
  "ongoing",
  "delayed",
  "not_started",
  "cancelled",
  "postponed",
  "not_applicable",
  "ambiguous",
  "missing",
] as const;

export const DUE_KINDS = ["quarter", "tertial", "month", "report", "year", "date", "reference", "none"] as const;

export const ASSIGNMENT_SCOPES = [
  "kommungemensamt",
  "namndspecifikt",
  "namndsuppdrag",
  "forvaltningschef",
  "unspecified",
] as const;

/** The template's activity fields, in the column order of SPEC §4. */
export const ACTIVITY_FIELDS = [
  "perspective",
  "commonGoal",
  "goal",
  "activity",
  "assignmentRefs",
  "due",
  "responsible",
  "status",
  "comment",
] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

export const SEVERITIES = ["error", "warning", "info"] as const;
