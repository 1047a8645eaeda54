export * from "./workbook";
export * from "./consolidation";
export * from "./submission";
export * from "./previous-period";
