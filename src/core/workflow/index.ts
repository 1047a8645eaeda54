export * from "./workbook";
export * from "./consolidation";
export * from "./submission";
export * from "./marks";
export * from "./changes";
export * from "./stamp";
