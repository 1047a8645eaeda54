/**
 * readSheet over Office.js, sized by measured bytes:
 *
 *   sync 1   where the values are; an ItemNotFound here can only be the sheet lookup, so only
 *            here does it mean "the sheet is missing"
 *   sync 2…  slices of rows with the five properties the grid needs; the first slice is small,
 *            the next are sized from the bytes per row the previous one measured, and a slice
 *            Excel refuses (payload over 5 MB) is read again in halves
 *   last     merged areas, in their own sync and with their own error handling (ExcelApi 1.13;
 *            Excel fails over 512 areas): if they cannot be read, the grid comes without them
 */
import { parseRange, type Grid, type MergedArea } from "../../core/grid";
import { WorkbookError } from "../../core/port";
import { cellsFromRangeData, type RangeData } from "./cells";
import { MESSAGES } from "./errors";
import { isPayloadError, jsonBytes, SYNC_BUDGET_BYTES } from "./payload";

/** The first slice: few enough cells that even long texts stay far below the limit. */
export const FIRST_SLICE_CELLS = 5_000;

export interface ReadOptions {
  readMerges: boolean;
  /** Swedish notices for what could not be read. */
  notice: (message: string) => void;
}

export const MERGES_UNREADABLE =
  "Sammanfogade celler kunde inte läsas (Excel lämnar högst 512 områden). Tomma celler under en rubrik fylls i ändå.";

function rangeData(range: Excel.Range): RangeData {
  return {
    values: range.values,
    text: range.text,
    formulas: range.formulas,
    numberFormat: range.numberFormat,
    valueTypes: range.valueTypes as string[][],
  };
}

export async function readGridInExcel(context: Excel.RequestContext, name: string, options: ReadOptions): Promise<Grid> {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  try {
    await context.sync();
  } catch (error) {
    throw sheetLookupError(error, name);
  }
  if (used.isNullObject) return { sheet: name, rows: [], merges: [] };

  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const rows: Grid["rows"] = Array.from({ length: rowIndex }, () => []);
  const leading = Array.from({ length: columnIndex }, () => null);
  let slice = Math.max(1, Math.floor(FIRST_SLICE_CELLS / columnCount));
  for (let start = 0; start < rowCount; ) {
    const count = Math.min(slice, rowCount - start);
    const range = sheet.getRangeByIndexes(rowIndex + start, columnIndex, count, columnCount);
    range.load("values,text,formulas,numberFormat,valueTypes"); // what cellsFromRangeData needs
    try {
      // One sync per measured slice (one to a few for any real report), not per row.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || count === 1) throw error;
      slice = Math.max(1, Math.floor(count / 2));
      continue;
    }
    const data = rangeData(range);
    for (const cells of cellsFromRangeData(data)) rows.push([...leading, ...cells]);
    const bytesPerRow = Math.max(1, jsonBytes(data) / count);
    slice = Math.max(1, Math.floor(SYNC_BUDGET_BYTES / bytesPerRow));
    start += count;
  }
  const merges = options.readMerges ? await readMerges(context, used, options.notice) : [];
  return { sheet: name, rows, merges };
}

/** The error of a sync whose only lookup that can fail is the sheet `name`: its ItemNotFound means a missing sheet. */
export function sheetLookupError(error: unknown, name: string): unknown {
  if ((error as { code?: unknown } | null)?.code === "ItemNotFound") return new WorkbookError(MESSAGES.sheetMissing(name), "sheet-missing");
  return error;
}

async function readMerges(context: Excel.RequestContext, used: Excel.Range, notice: (m: string) => void): Promise<MergedArea[]> {
  try {
    const merged = used.getMergedAreasOrNullObject();
    merged.load("address");
    await context.sync();
    return merged.isNullObject ? [] : parseAreaList(merged.address);
  } catch {
    notice(MERGES_UNREADABLE);
    return [];
  }
}

/** "Blad1!A1:B2, Blad1!D4" (RangeAreas.address) → merged areas. Sheet names may contain commas. */
export function parseAreaList(address: string): MergedArea[] {
  const refs = address.match(/!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=\s*,|\s*$)/g) ?? [];
  return refs.map((ref) => parseRange(ref.slice(1)));
}
