export {
  OfficeWorkbook,
  marksKey,
  parseAreaList,
  type ExcelBatch,
  type ExcelRunner,
  type OfficeWorkbookOptions,
  type TableChange,
  type WatchOptions,
} from "./office-workbook";
export { toWorkbookError, MESSAGES as OFFICE_MESSAGES } from "./errors";
export { FEATURE_SETS, DEGRADED_NOTICES, officeRequirementCheck, type RequirementCheck, type Feature } from "./requirements";
