/** The standard template (SPEC §4): layout constants, SheetSpec builders and the register reader. */
export * from "./layout";
export {
  buildTemplateSheet,
  buildRegisterSheet,
  buildTemplateSheets,
  buildTemplateWorkbook,
  LIGHT_COLOURS,
  MISSING_COMMENT_FILL,
  type TemplateInput,
  type TemplateReport,
} from "./build";
export { readRegisterGrid } from "./register";
