/**
 * The status categories in display order. Kept here (not imported from core/model) because
 * core/model pulls zod into the pane's initial bundle; a test checks both lists agree.
 */
import type { StatusCategory } from "../core/model";

export const STATUS_CATEGORY_ORDER: readonly StatusCategory[] = [
  "done",
  "ongoing",
  "delayed",
  "not_started",
  "cancelled",
  "postponed",
  "not_applicable",
  "ambiguous",
  "missing",
];
