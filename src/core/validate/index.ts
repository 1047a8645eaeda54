export { validateReport } from "./validate";
export { countFindings, type FindingCounts } from "./counts";
export { RULES, RULE_IDS } from "./registry";
export { resolveCutoff } from "./context";
export {
  ValidationInputError,
  type Rule,
  type RawFinding,
  type RuleContext,
  type ValidateOptions,
} from "./types";
