export * from "./workbook";
export * from "./consolidation";
export * from "./submission";
export * from "./marks";
export * from "./previous-period";
export * from "./changes";
export * from "./stamp";
