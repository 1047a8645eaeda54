/** What an edit of a file workbook may hold: cells on the sheet, values Excel can store. */
import { parseAddress } from "../../core/grid";
import { WorkbookError } from "../../core/port";
import type { SpecValue } from "../../core/sheetspec";
import { MAX_CELL_CHARS, MAX_COLS, MAX_ROWS } from "../spec/check-specs";

export function sheetMissing(name: string): WorkbookError {
  return new WorkbookError(`Bladet "${name}" finns inte i arbetsboken.`, "sheet-missing");
}

export function checkAddress(a1: string, where: string): { row: number; col: number } {
  let parsed: { row: number; col: number };
  try {
    parsed = parseAddress(a1);
  } catch {
    throw new WorkbookError(`${where}: "${a1}" är ingen giltig celladress.`, "unsupported");
  }
  if (parsed.row < 1 || parsed.row > MAX_ROWS || parsed.col < 1 || parsed.col > MAX_COLS) {
    throw new WorkbookError(`${where}: cellen ${a1} ligger utanför bladet.`, "unsupported");
  }
  return parsed;
}

export function checkValue(value: SpecValue, where: string): void {
  if (typeof value === "string" && value.length > MAX_CELL_CHARS) {
    throw new WorkbookError(
      `${where}: texten är längre än Excels gräns på ${MAX_CELL_CHARS} tecken.`,
      "unsupported",
    );
  }
  if (typeof value === "number" && !Number.isFinite(value))
    throw new WorkbookError(`${where}: talet är inte ändligt.`, "unsupported");
}
