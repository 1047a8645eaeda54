/**
 * Every validation rule, in the order findings are reported for the same cell (SPEC §6).
 * Adding a rule: write it in rules/, list it here, add its messages to src/core/i18n/validate.ts.
 */
import { activityRequired, duplicateActivity } from "./rules/activity";
import { assignmentUncovered, assignmentUnknown } from "./rules/assignment";
import { commentRequired } from "./rules/comment";
import { doneFuture, overdueOngoing } from "./rules/dates";
import { dueBeyondYear, dueMissing, dueNoncanonical, dueUnknown } from "./rules/due";
import { textFormula } from "./rules/formula";
import { metaMissing } from "./rules/meta";
import { perspectiveUnknown } from "./rules/perspective";
import { statusAmbiguous, statusMissing, statusNoncanonical, statusUnknown } from "./rules/status";
import type { Rule } from "./types";

export const RULES: readonly Rule[] = [
  metaMissing,
  activityRequired,
  statusMissing,
  statusUnknown,
  statusNoncanonical,
  statusAmbiguous,
  dueMissing,
  dueUnknown,
  dueNoncanonical,
  dueBeyondYear,
  commentRequired,
  overdueOngoing,
  doneFuture,
  perspectiveUnknown,
  assignmentUnknown,
  assignmentUncovered,
  duplicateActivity,
  textFormula,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);
