/** Structuring an existing activity sheet into a Report (SPEC §5). */
export { structureGrid, structureSheets, readRegisterSheet, type StructureOptions } from "./structure";
export { isRegisterGrid } from "./register";
export { accountCells, type UnaccountedCell } from "./accounting";
export {
  findHeaderRow,
  headerField,
  isRepeatedHeader,
  noHeaderMessage,
  FIELD_LABELS,
  HEADER_NAMES,
  type HeaderMatch,
  type HeaderSearch,
} from "./header";
export { parsePeriodValue, metaLabel } from "./meta";
export * from "./report";
export { addMapping, headerShape } from "./mapping";
export { mappingProposal, type MappingProposal } from "./mapping-proposal";
