/**
 * The WorkbookPort over Office.js: the live workbook inside Excel.
 *
 * Every context.sync() is a round trip (50–300 ms in Excel on the web), and Excel on the web refuses
 * a request or response over 5 MB, so each operation is a small number of syncs sized by measured
 * bytes, not by rows or sheets (payload.ts; the measured counts are in README.md):
 *   listSheets 1 · readSheet (read.ts) 1 + one per ≈3.5 MB + 1 for merged areas ·
 *   writeSheets (write.ts) 2 + one per ≈3.5 MB (+1 to activate) · updateCells 2 · appendRows 2–3 ·
 *   getSetting 2 · setSetting 3 · setMarks (marks.ts) 2–3 + one per ≈3.5 MB · select 1.
 * Batches run with delayForCellEdit where Excel has it (ExcelApi 1.20): they wait while the user is
 * typing in a cell (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit).
 * Every write is computed first and queued after all checks passed (protection, missing sheets,
 * invalid specs), so a refused operation writes nothing. A large write spans several syncs; if
 * Excel refused one of them even in halves, the sheets would be there with part of their content.
 *
 * Nothing here imports ExcelJS: importing .xlsx files in the pane goes through the file adapter,
 * loaded with a dynamic import() by the UI so the pane starts fast.
 */
import { parseRange, type Grid } from "../../core/grid";
import type { SheetSpec, SpecValue } from "../../core/sheetspec";
import {
  SETTINGS_SHEET,
  WorkbookError,
  type CellEdit,
  type FindingMark,
  type SheetInfo,
  type WorkbookPort,
} from "../../core/port";
import { numberFormatFor, officeValue, valuesFromA1 } from "./cells";
import { MESSAGES, toWorkbookError } from "./errors";
import { setMarksInExcel } from "./marks";
import { BYTES_PER_CALL, jsonBytes, rowGroupsByBytes, SYNC_BUDGET_BYTES, syncInGroups } from "./payload";
import { readGridInExcel, sheetLookupError } from "./read";
import {
  DEGRADED_NOTICES,
  officeRequirementCheck,
  supportsFeature,
  type RequirementCheck,
} from "./requirements";
import { chunkValue, decodeSettings } from "../spec/settings";
import { TableWatch, type TableChange, type WatchOptions } from "./watch";
import { queueSheetStates, sameName, writeSheetsInExcel } from "./write";
// Pure spec checks shared with the file adapter (no ExcelJS in that module).
import { assertWritableSpecs, sheetNameProblem } from "../spec/check-specs";

export { parseAreaList } from "./read";
export type { TableChange, WatchOptions } from "./watch";

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
/** What a batch asks of Excel.run: wait while a cell is edited; reuse an earlier batch's context. */
export interface ExcelRunOptions {
  delayForCellEdit?: boolean;
  previousObjects?: Excel.RequestContext;
}
/** Runs a batch against a request context: Excel.run in the add-in, a fake in tests. */
export type ExcelRunner = <T>(batch: ExcelBatch<T>, options?: ExcelRunOptions) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Which requirement sets are available; defaults to Office.context.requirements. */
  supports?: RequirementCheck;
  /**
   * Receives Swedish notices about features skipped on this Excel version. The pane has no notice
   * area yet, so taskpane/index.tsx logs them to the console.
   */
  onNotice?: (message: string) => void;
}

const defaultRunner: ExcelRunner = (batch, options = {}) => Excel.run(options as Excel.RunOptions, (context) => batch(context));

function validateSheetName(name: string): void {
  const problem = sheetNameProblem(name);
  if (problem) throw new WorkbookError(`Inget skrevs: ${problem}.`, "unsupported");
}

/** An A1 cell or range, or a WorkbookError saying where it was wrong. */
function checkRange(range: string, where: string): void {
  try {
    parseRange(range);
  } catch {
    throw new WorkbookError(`${where}: "${range}" är ingen giltig celladress.`, "unsupported");
  }
}

export const HIDDEN_SHEET = (sheet: string) =>
  `Bladet "${sheet}" är dolt. Visa bladet (högerklicka på en bladflik → Ta fram) och försök igen.`;

export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRunner;
  private readonly supports: RequirementCheck;
  private readonly notice: (message: string) => void;

  constructor(run: ExcelRunner = defaultRunner, options: OfficeWorkbookOptions = {}) {
    this.run = run;
    this.supports = options.supports ?? officeRequirementCheck;
    this.notice = options.onNotice ?? (() => undefined);
  }

  /** Run a batch, turning any Office error into a Swedish WorkbookError. */
  private async batch<T>(sheet: string | undefined, work: ExcelBatch<T>, previous?: Excel.RequestContext): Promise<T> {
    try {
      // Feature-detected: an Excel before ExcelApi 1.20 fails the batch instead (mapped to "Avsluta redigeringen…").
      const delayForCellEdit = supportsFeature(this.supports, "delayForCellEdit");
      return await this.run(work, { delayForCellEdit, ...(previous ? { previousObjects: previous } : {}) });
    } catch (error) {
      throw toWorkbookError(error, sheet);
    }
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.batch(undefined, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.map((s) => ({
        name: s.name,
        visibility: s.visibility === "VeryHidden" ? "veryHidden" : s.visibility === "Hidden" ? "hidden" : "visible",
      }));
    });
  }

  async readSheet(name: string): Promise<Grid> {
    const readMerges = supportsFeature(this.supports, "mergedAreas");
    if (!readMerges) this.notice(DEGRADED_NOTICES.mergedAreas);
    return this.batch(name, (context) => readGridInExcel(context, name, { readMerges, notice: this.notice }));
  }

  async writeSheets(specs: SheetSpec[]): Promise<void> {
    if (specs.length === 0) return;
    // The same pure checks as the file adapter: a bad spec is refused before anything is written.
    assertWritableSpecs(specs);
    for (const spec of specs) {
      if (spec.chart) {
        checkRange(spec.chart.dataRange, `Bladet "${spec.name}", diagrammets data`);
        checkRange(spec.chart.anchor, `Bladet "${spec.name}", diagrammets plats`);
      }
    }
    const pageLayout = supportsFeature(this.supports, "pageLayout");
    await this.batch(undefined, (context) => writeSheetsInExcel(context, specs, { pageLayout, notice: this.notice }));
    // A sheet written again is a new sheet with new tables: watches move to them.
    await Promise.all(this.watches.map((watch) => watch.renew()));
  }

  async updateCells(edits: CellEdit[]): Promise<void> {
    if (edits.length === 0) return;
    for (const edit of edits) checkRange(edit.cell, `Bladet "${edit.sheet}"`);
    await this.batch(edits[0]?.sheet, async (context) => {
      const states = queueSheetStates(context);
      await context.sync();
      const { sheets } = states();
      for (const edit of edits) {
        const state = sheets.find((s) => sameName(s.name, edit.sheet));
        if (!state) throw new WorkbookError(MESSAGES.sheetMissing(edit.sheet), "sheet-missing");
        if (state.isProtected) throw new WorkbookError(MESSAGES.protectedSheet(state.name), "protected");
      }
      for (const edit of edits) {
        const range = context.workbook.worksheets.getItem(edit.sheet).getRange(edit.cell);
        writeValue(range, edit.value);
      }
      await context.sync();
    });
  }

  async appendRows(sheetName: string, header: string[], rows: SpecValue[][]): Promise<void> {
    validateSheetName(sheetName);
    await this.batch(sheetName, async (context) => {
      const states = queueSheetStates(context);
      await context.sync();
      const { sheets, structureProtected } = states();
      const state = sheets.find((s) => sameName(s.name, sheetName));
      if (state?.isProtected) throw new WorkbookError(MESSAGES.protectedSheet(state.name), "protected");
      if (!state && structureProtected) throw new WorkbookError(MESSAGES.protectedSheet(), "protected");

      let sheet: Excel.Worksheet;
      let nextRow = 0; // 0-based
      if (state) {
        sheet = context.workbook.worksheets.getItem(state.name);
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("rowIndex,rowCount");
        await context.sync();
        nextRow = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      } else {
        sheet = context.workbook.worksheets.add(sheetName);
      }
      const block: SpecValue[][] = nextRow === 0 ? [header, ...rows] : rows;
      if (block.length > 0) await writeBlock(context, sheet, nextRow, block);
      else await context.sync();
    });
  }

  /** One sync: the settings sheet's values, or null when the workbook has none. */
  private async readSettings(context: Excel.RequestContext): Promise<ReturnType<typeof decodeSettings> | null> {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    if (!sheets.items.some((s) => s.name === SETTINGS_SHEET)) return null;
    const used = sheets.getItem(SETTINGS_SHEET).getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    await context.sync();
    if (used.isNullObject) return new Map();
    return decodeSettings(valuesFromA1(used));
  }

  /** Queue writing one setting (no sync). Creates the very hidden sheet when missing. */
  private queueSettingWrite(
    context: Excel.RequestContext,
    settings: ReturnType<typeof decodeSettings> | null,
    key: string,
    value: string,
  ): void {
    const worksheets = context.workbook.worksheets;
    let sheet: Excel.Worksheet;
    if (settings === null) {
      sheet = worksheets.add(SETTINGS_SHEET);
      sheet.visibility = "VeryHidden";
    } else {
      sheet = worksheets.getItem(SETTINGS_SHEET);
    }
    const existing = settings?.get(key);
    const rowIndex = existing ? existing.row - 1 : nextFreeRow(settings);
    const chunks = chunkValue(value);
    const width = Math.max(existing?.width ?? 0, chunks.length + 1);
    const row = [key, ...chunks];
    while (row.length < width) row.push("");
    const range = sheet.getRangeByIndexes(rowIndex, 0, 1, width);
    range.numberFormat = [row.map(() => "@")];
    range.values = [row];
  }

  async getSetting(key: string): Promise<string | null> {
    return this.batch(SETTINGS_SHEET, async (context) => {
      const settings = await this.readSettings(context);
      return settings?.get(key)?.value ?? null;
    });
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.batch(SETTINGS_SHEET, async (context) => {
      const settings = await this.readSettings(context);
      this.queueSettingWrite(context, settings, key, value);
      await context.sync();
    });
  }

  /** The add-in's own conditional formats, recognised by their formula (marks.ts). */
  async setMarks(sheetName: string, marks: FindingMark[]): Promise<void> {
    for (const mark of marks) checkRange(mark.cell, `Bladet "${sheetName}"`);
    await this.batch(sheetName, (context) => setMarksInExcel(context, sheetName, marks));
  }

  async select(sheetName: string, cell: string): Promise<void> {
    checkRange(cell, `Bladet "${sheetName}"`);
    await this.batch(sheetName, async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(cell).select();
      try {
        await context.sync(); // the only lookup is the sheet
      } catch (error) {
        // Excel refuses to activate or select on a hidden sheet.
        if ((error as { code?: unknown } | null)?.code === "InvalidOperation") throw new WorkbookError(HIDDEN_SHEET(sheetName), "unsupported");
        throw sheetLookupError(error, sheetName);
      }
    });
  }

  private readonly watches: TableWatch[] = [];

  /**
   * Re-validate when a template table changes: calls `onChange` once the table has been quiet for
   * `debounceMs`. Watches every table named `tableName` or `tableName_2`, `tableName_3`… (a
   * template written beside an earlier one), and moves to the new tables whenever this adapter
   * writes sheets. Needs table.onChanged (ExcelApi 1.7, below the manifest minimum). Resolves to an
   * unsubscribe, which removes the handlers inside Excel.run on the context they were added in.
   */
  async watchTable(tableName: string, onChange: (change: TableChange) => void, options: WatchOptions = {}): Promise<() => Promise<void>> {
    const watch = new TableWatch(tableName, onChange, options, {
      run: (work, previous) => this.batch(undefined, work, previous),
    });
    await watch.register();
    this.watches.push(watch);
    return async () => {
      this.watches.splice(this.watches.indexOf(watch), 1);
      await watch.stop();
    };
  }
}

function nextFreeRow(settings: ReturnType<typeof decodeSettings> | null): number {
  if (!settings) return 0;
  let max = 0;
  for (const { row } of settings.values()) max = Math.max(max, row);
  return max; // 0-based index of the row after the last used one
}

/** Queue one value; text Excel would reinterpret gets the text format first. */
function writeValue(range: Excel.Range, value: SpecValue): void {
  if (value === null) {
    range.clear("Contents");
    return;
  }
  if (typeof value === "string" && numberFormatFor(value, undefined) === "@") range.numberFormat = [["@"]];
  range.values = [[officeValue(value)]];
}

/** Queue a block of rows from `firstRow` (0-based), column A onwards, in syncs of measured size. */
async function writeBlock(context: Excel.RequestContext, sheet: Excel.Worksheet, firstRow: number, rows: SpecValue[][]): Promise<void> {
  const width = rows.reduce((most, r) => Math.max(most, r.length), 1);
  const padded = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  const groups = rowGroupsByBytes(padded, (row) => 2 * jsonBytes(row), SYNC_BUDGET_BYTES / 4);
  await syncInGroups(
    context,
    groups.map(({ start, count, bytes }) => ({
      bytes: bytes + 2 * BYTES_PER_CALL,
      queue: () => {
        const slice = padded.slice(start, start + count);
        const range = sheet.getRangeByIndexes(firstRow + start, 0, count, width);
        range.numberFormat = slice.map((row) => row.map((value) => numberFormatFor(value, undefined)));
        range.values = slice.map((row) => row.map((value) => officeValue(value)));
      },
    })),
  );
}
