export { validateReport } from "./validate";
export {
  buildValidationReport,
  countFindings,
  reportTasks,
  failedTasks,
  allFindings,
  type FindingCounts,
  type ValidationStats,
  type ValidationReport,
  type ValidationTask,
  type ReportTask,
  type FailedTask,
} from "./validation-report";
export { RULES, RULE_IDS } from "./registry";
export { resolveCutoff } from "./context";
export {
  ValidationInputError,
  type Rule,
  type RawFinding,
  type RuleContext,
  type ValidateOptions,
} from "./types";
