/**
 * The status categories, in display order (SPEC §3). A module of its own, without zod, so the
 * pane's initial bundle can list them without pulling in the domain model's schemas.
 */
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
