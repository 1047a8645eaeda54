/**
 * The documented limits and naming rules of Excel that the double enforces, one place each, every
 * rule with the page it comes from. "docs/…" paths are in github.com/OfficeDev/office-js-docs-pr
 * (published under learn.microsoft.com/office/dev/add-ins/…); "@types" means the doc comment in
 * @types/office-js.
 */
import { FakeOfficeError } from "./errors";

// docs/concepts/resource-limits-and-performance-optimization.md#excel-add-ins: "Excel on the web has a payload size limit for requests and responses of 5MB".
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
// docs/excel/performance.md#payload-size-limit-best-practices: the request size combines "the number of API calls", "the number of objects" and "the length of the value to set or get"; this is what one call and its object path cost in the JSON request.
export const BYTES_PER_CALL = 100;
// docs/excel/performance.md#payload-size-limit-best-practices: "a range is limited to five million cells for get operations".
export const READ_CELL_LIMIT = 5_000_000;
// @types Range.getMergedAreasOrNullObject: "if the merged areas count in this range is more than 512, then this method will fail".
export const MAX_MERGED_AREAS = 512;
// docs/excel/excel-add-ins-data-validation.md + Excel's Data Validation dialog: an inline list source holds at most 255 characters.
export const LIST_SOURCE_MAX = 255;
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

/** UTF-8 bytes of a value as JSON, the way Office.js serialises it for the request or response. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null), "utf8");
}

/**
 * Excel's rules for the name of a table or a defined name (the same rules for both).
 * @types Table.name → support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114 ("Rename an Excel table"):
 * starts with a letter, "_" or "\", then letters, digits, ".", "_"; no spaces; ≤ 255 characters; not a cell reference
 * (A1 or R1C1 style), not "C", "c", "R" or "r".
 */
export function assertDefinedName(name: string, what: "table" | "name"): void {
  const cellLike = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
  const ok =
    name.length > 0 &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}._\\]*$/u.test(name) &&
    !cellLike &&
    !/^[CcRr]$/.test(name);
  if (!ok) throw new FakeOfficeError("InvalidArgument", `The ${what} name "${name}" is not valid.`);
}

/**
 * Table header values: unique (case-insensitively), non-empty text.
 * support.microsoft.com/office/e81aa349-b006-4f8a-9806-5af9df0ac664 ("Overview of Excel tables"): column headers are
 * unique; Excel would otherwise rename them silently (Column1, Status2), changing what the sheet says — the double refuses.
 */
export function assertTableHeaders(headers: unknown[]): void {
  const seen = new Set<string>();
  for (const header of headers) {
    const text = typeof header === "string" ? header.trim() : "";
    if (text === "") throw new FakeOfficeError("InvalidArgument", "A table header is empty or not text.");
    if (seen.has(text.toLowerCase())) throw new FakeOfficeError("InvalidArgument", `The table header "${text}" occurs twice.`);
    seen.add(text.toLowerCase());
  }
}
