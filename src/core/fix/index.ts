export {
  planFixes,
  newPlanId,
  FixPlanSchema,
  FixPlanItemSchema,
  SkippedFixSchema,
  type FixPlan,
  type FixPlanItem,
  type SkippedFix,
  type PlanOptions,
} from "./plan";
export {
  applyFixPlan,
  revertLastPlan,
  readChangeLog,
  logTime,
  CHANGE_LOG_SHEET,
  CHANGE_LOG_HEADER,
  REVERT_RULE,
  type ApplyResult,
  type RevertResult,
  type ChangeLogRow,
  type NotChanged,
} from "./changelog";
