export {
  OfficeWorkbook,
  parseAreaList,
  type ExcelBatch,
  type ExcelRunner,
  type ExcelRunOptions,
  type OfficeWorkbookOptions,
  type TableChange,
  type WatchOptions,
} from "./office-workbook";
export { markFormula } from "./marks";
export { isMarkFormula } from "../spec/mark-style";
export { toWorkbookError } from "./errors";
export { FEATURE_SETS, DEGRADED_NOTICES, officeRequirementCheck, type RequirementCheck, type Feature } from "./requirements";
