/**
 * The one port between the app and a workbook. Two adapters implement it: `office/` (the live
 * workbook through the Office JavaScript API, batched) and `file/` (an .xlsx through ExcelJS). The same contract
 * tests (tests/workbook/contract.ts) run against both.
 */
import type { Grid } from "./grid";
import type { SheetSpec, SpecValue } from "./sheetspec";

export interface SheetInfo {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
}

export interface CellEdit {
  sheet: string;
  /** A1 address. */
  cell: string;
  value: SpecValue;
}

export interface FindingMark {
  /** A1 address. */
  cell: string;
  severity: "error" | "warning" | "info";
}

export interface WorkbookPort {
  /** Every sheet, in workbook order. */
  listSheets(): Promise<SheetInfo[]>;
  /** The used range of a sheet as the core's grid. Rejects with a WorkbookError when the sheet is missing. */
  readSheet(name: string): Promise<Grid>;
  /**
   * Write whole sheets. A sheet of the same name is replaced as a whole (summary sheets are
   * idempotent); nothing is written unless every spec is valid. Source sheets are never passed here.
   */
  writeSheets(specs: SheetSpec[]): Promise<void>;
  /** Set single cells (fixes, reverts). Text is written as text, never as a formula. */
  updateCells(edits: CellEdit[]): Promise<void>;
  /** Append rows below the last used row of a sheet, creating it (with `header`) when missing. */
  appendRows(sheet: string, header: string[], rows: SpecValue[][]): Promise<void>;
  /** Add-in settings stored in the workbook (profile, submission stamp); null when absent. */
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
  /** Replace the add-in's finding marks on a sheet (an empty list removes them) without touching the user's formatting. */
  setMarks(sheet: string, marks: FindingMark[]): Promise<void>;
  /** Select and scroll to a cell (no-op where there is no UI). */
  select(sheet: string, cell: string): Promise<void>;
}

/** An error with a Swedish message meant for the user. */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly code:
      | "sheet-missing"
      | "protected"
      | "edit-mode"
      | "unsupported"
      | "corrupt"
      | "encrypted"
      | "too-large"
      | "not-xlsx"
      | "io",
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

/** The name of the very hidden sheet where settings live (same in Excel and in files, see README). */
export const SETTINGS_SHEET = "_uppfoljning";
