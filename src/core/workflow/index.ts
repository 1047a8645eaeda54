export * from "./workbook";
export * from "./consolidation";
