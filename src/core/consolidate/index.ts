export * from "./model";
export * from "./consolidate";
export * from "./sheets";
export * from "./html";
export * from "./labels";
export * from "./duplicates";
export * from "./submission";
export * from "./submission-sheet";
