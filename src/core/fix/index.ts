export {
  planFixes,
  newPlanId,
  FixPlanSchema,
  FixPlanItemSchema,
  SkippedCellSchema,
  type FixPlan,
  type FixPlanItem,
  type SkippedCell,
  type PlanOptions,
} from "./plan";
export {
  sortPlanItems,
  planWrites,
  parseChangeLog,
  lastUndoablePlan,
  planRevert,
  CHANGE_LOG_SHEET,
  CHANGE_LOG_HEADER,
  REVERT_RULE,
  type ApplyResult,
  type RevertResult,
  type ChangeLogRow,
} from "./changelog";
