export { FileWorkbook, type OpenOptions } from "./file-workbook";
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_UNCOMPRESSED_BYTES,
  inspectXlsxBytes,
  readZipDirectory,
} from "./inspect-bytes";
export { assertWritableSpecs, specProblems } from "../spec/check-specs";
export { LIST_SHEET } from "../spec/formulas";
export { DEFAULT_MAX_ROWS, assertRowLimit } from "./count-rows";
export type { NativeDeflate } from "./xlsx/zip";
export { MAX_EXPANSION, type NativeInflate } from "./xlsx/unzip";
export { DEFAULT_READ_LIMITS, type ReadLimits } from "./xlsx/budget";
