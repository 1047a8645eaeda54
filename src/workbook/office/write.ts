/**
 * writeSheets over Office.js: check, create the sheets, then write them in syncs of measured size.
 *
 *   sync 1   what is there (sheets, visibility, protection, table names)
 *   sync 2   the sheets themselves: a replaced sheet is re-created (new sheet first, a workbook
 *            must keep one; a very hidden old sheet is made hidden first, since Excel refuses to
 *            delete a very hidden sheet). If Excel refuses, the temporary sheets are removed again.
 *   sync 3…  values of every sheet, then tables, dropdowns, formats… grouped by bytes (payload.ts)
 *   last     activate the sheet asked for (Excel on the web needs it synced first)
 */
import type { SheetSpec } from "../../core/sheetspec";
import { WorkbookError } from "../../core/port";
import { withFreeTableNames } from "../spec/check-specs";
import { LIST_SHEET, needsListSheet } from "../spec/formulas";
import { ListColumns, listColumnsFromValues, withListSheetSources } from "../spec/list-sheet";
import { valuesFromA1 } from "./cells";
import { MESSAGES } from "./errors";
import { syncInGroups } from "./payload";
import { structureWrites, valueAndStyleWrites } from "./render";

export interface SheetState {
  name: string;
  position: number;
  isProtected: boolean;
  visibility: string;
}

export interface WorkbookState {
  sheets: SheetState[];
  structureProtected: boolean;
}

/** Names, positions, visibility and protection of every sheet, plus structure protection (queued; read after the sync). */
export function queueSheetStates(context: Excel.RequestContext): () => WorkbookState {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/position,items/visibility,items/protection/protected");
  const workbookProtection = context.workbook.protection;
  workbookProtection.load("protected");
  return () => ({
    sheets: sheets.items.map((s) => ({ name: s.name, position: s.position, isProtected: s.protection.protected, visibility: s.visibility })),
    structureProtected: workbookProtection.protected,
  });
}

export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("sv") === b.toLocaleLowerCase("sv");
}

/** Prefix of the sheets that exist only between syncs 2's add and rename. */
export const TEMP_SHEET_PREFIX = "~uppf";

export interface WriteOptions {
  pageLayout: boolean;
  notice: (message: string) => void;
}

export async function writeSheetsInExcel(context: Excel.RequestContext, wanted: SheetSpec[], options: WriteOptions): Promise<void> {
  // Sync 1: what is there.
  const states = queueSheetStates(context);
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  await context.sync();
  const { sheets, structureProtected } = states();
  if (structureProtected) throw new WorkbookError(MESSAGES.protectedSheet(), "protected");
  const replaced = wanted.map((spec) => sheets.find((s) => sameName(s.name, spec.name)) ?? null);
  const locked = replaced.find((s) => s?.isProtected);
  if (locked) throw new WorkbookError(MESSAGES.protectedSheet(locked.name), "protected");
  const free = withFreeTableNames(wanted, tables.items.map((t) => ({ sheet: t.worksheet.name, table: t.name })));
  // Dropdown lists too long for an inline list go to the very hidden list sheet, as in files
  // (spec/list-sheet.ts): one more sync, only when a spec has such a list and the sheet exists.
  const listSheet = sheets.find((s) => sameName(s.name, LIST_SHEET)) ?? null;
  const lists = needsListSheet(free) ? new ListColumns(listSheet ? await readListColumns(context, listSheet.name) : []) : null;
  const specs = lists ? free.map((spec) => withListSheetSources(spec, lists)) : free;

  // Sync 2: the sheets (the pattern of office-js-helpers' forceCreateSheet, inlined: that helper syncs twice per sheet).
  const worksheets = context.workbook.worksheets;
  const stamp = Date.now() % 100000;
  const temps: string[] = [];
  const written = specs.map((spec, i) => {
    const old = replaced[i];
    if (!old) return worksheets.add(spec.name);
    const temp = `${TEMP_SHEET_PREFIX}${i}_${stamp}`;
    temps.push(temp);
    const sheet = worksheets.add(temp);
    const oldSheet = worksheets.getItem(old.name);
    // @types Worksheet.delete: a "VeryHidden" sheet cannot be deleted; make it hidden first.
    if (old.visibility === "VeryHidden") oldSheet.visibility = "Hidden";
    oldSheet.delete();
    sheet.name = spec.name;
    sheet.position = old.position;
    return sheet;
  });
  const newColumns = lists?.added() ?? [];
  if (newColumns.length > 0) {
    const target = listSheet ? worksheets.getItem(listSheet.name) : worksheets.add(LIST_SHEET);
    for (const { col, values } of newColumns) {
      const range = target.getRangeByIndexes(0, col - 1, values.length, 1);
      // Text stays text: "2020-05-01" or "1/2" must not become a date in the list.
      range.numberFormat = values.map(() => ["@"]);
      range.values = values.map((value) => [value]);
    }
    if (!listSheet) target.visibility = "VeryHidden";
  }
  try {
    await context.sync();
  } catch (error) {
    await removeTempSheets(context, temps);
    throw error;
  }

  // Syncs 3…: values first (tables need their headers, dropdowns their source sheet), then the rest.
  const writes = [
    ...specs.flatMap((spec, i) => valueAndStyleWrites(written[i]!, spec)),
    ...specs.flatMap((spec, i) => structureWrites(written[i]!, spec, options)),
  ];
  await syncInGroups(context, writes);

  const toActivate = specs.findIndex((s) => s.activate);
  if (toActivate >= 0) {
    written[toActivate]!.activate();
    await context.sync();
  }
}

/** The list sheet's columns (one sync). */
async function readListColumns(context: Excel.RequestContext, name: string): Promise<string[][]> {
  const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  await context.sync();
  if (used.isNullObject) return [];
  return listColumnsFromValues(valuesFromA1(used));
}

/** After a refused sync 2: delete the temporary sheets that made it in (best effort, own sync). */
async function removeTempSheets(context: Excel.RequestContext, temps: string[]): Promise<void> {
  if (temps.length === 0) return;
  try {
    const sheets = temps.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  } catch {
    // The original error is what the user needs to see.
  }
}
