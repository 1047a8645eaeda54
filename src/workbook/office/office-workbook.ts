/**
 * The WorkbookPort over Office.js: the live workbook inside Excel.
 *
 * Every context.sync() is a round trip (50–300 ms in Excel on the web), so each operation is a
 * fixed, small number of syncs whatever the size of the data:
 *   listSheets 1 · readSheet 2 (+1 per 100,000 cells beyond the first 100,000) ·
 *   writeSheets 2 (+1 to activate a sheet) for any number of sheets · updateCells 2 ·
 *   appendRows 2–3 · getSetting 2 · setSetting 3 · setMarks 4–5 · select 1.
 * Every write is computed first and queued after all checks passed (protection, missing sheets,
 * invalid specs), so a refused operation writes nothing.
 *
 * Nothing here imports ExcelJS: importing .xlsx files in the pane goes through the file adapter,
 * loaded with a dynamic import() by the UI so the pane starts fast.
 */
import type { Grid, MergedArea } from "../../core/grid";
import type { SheetSpec, SpecValue } from "../../core/sheetspec";
import {
  WorkbookError,
  type CellEdit,
  type FindingMark,
  type SheetInfo,
  type WorkbookPort,
} from "../port";
import {
  cellsFromRangeData,
  groupBlocksIntoRounds,
  numberFormatFor,
  officeValue,
  parseRangeAddress,
  planRowBlocks,
  type RangeData,
} from "./cells";
import { MESSAGES, toWorkbookError } from "./errors";
import { renderSheet } from "./render";
import {
  DEGRADED_NOTICES,
  officeRequirementCheck,
  supportsFeature,
  type RequirementCheck,
} from "./requirements";
import { chunkValue, decodeSettings, SETTINGS_SHEET } from "./settings";
// Pure spec checks shared with the file adapter (no ExcelJS in that module).
import { assertWritableSpecs, sheetNameProblem } from "../file/check-specs";

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
/** Runs a batch against a request context: Excel.run in the add-in, a fake in tests. */
export type ExcelRunner = <T>(batch: ExcelBatch<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Which requirement sets are available; defaults to Office.context.requirements. */
  supports?: RequirementCheck;
  /** Receives Swedish notices about features skipped on this Excel version (shown in the pane). */
  onNotice?: (message: string) => void;
}

export interface WatchOptions {
  /** Wait this long after the last change before calling back (typing fills many cells). */
  debounceMs?: number;
}

export interface TableChange {
  table: string;
  /** The changed address as Excel reports it, e.g. "H12" or "A9:I40". */
  address: string;
  /** "Local" for this user, "Remote" for a co-author. */
  source: string;
}

const defaultRunner: ExcelRunner = (batch) => Excel.run((context) => batch(context));

/** Key in the settings sheet under which the add-in's own marks on a sheet are remembered. */
export const marksKey = (sheet: string): string => `marks:${sheet}`;

const MARK_FILL: Record<FindingMark["severity"], string> = {
  error: "#F4B6B6",
  warning: "#FBE3A1",
  info: "#CFE2F3",
};

interface StoredMark {
  id: string;
  cell: string;
  severity: FindingMark["severity"];
}

interface SheetState {
  name: string;
  position: number;
  isProtected: boolean;
}

function validateSheetName(name: string): void {
  const problem = sheetNameProblem(name);
  if (problem) throw new WorkbookError(`Inget skrevs: ${problem}.`, "unsupported");
}

/** An A1 cell or range, or a WorkbookError saying where it was wrong. */
function checkRange(range: string, where: string): void {
  try {
    parseRangeAddress(range);
  } catch {
    throw new WorkbookError(`${where}: "${range}" är ingen giltig celladress.`, "unsupported");
  }
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("sv") === b.toLocaleLowerCase("sv");
}

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
  private async batch<T>(sheet: string | undefined, work: ExcelBatch<T>): Promise<T> {
    try {
      return await this.run(work);
    } catch (error) {
      throw toWorkbookError(error, sheet);
    }
  }

  /** Names, positions and protection of every sheet, plus workbook structure protection (one load). */
  private queueSheetStates(context: Excel.RequestContext): () => { sheets: SheetState[]; structureProtected: boolean } {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/position,items/protection/protected");
    const workbookProtection = context.workbook.protection;
    workbookProtection.load("protected");
    return () => ({
      sheets: sheets.items.map((s) => ({ name: s.name, position: s.position, isProtected: s.protection.protected })),
      structureProtected: workbookProtection.protected,
    });
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
    return this.batch(name, async (context) => {
      // Sync 1: where the values are. getItem (not …OrNullObject) so a missing sheet fails here,
      // mapped to "sheet-missing".
      const sheet = context.workbook.worksheets.getItem(name);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      if (used.isNullObject) return { sheet: name, rows: [], merges: [] };

      const { rowIndex, columnIndex, rowCount, columnCount } = used;
      const blocks = planRowBlocks(rowCount, columnCount);
      const loaded: { start: number; range: Excel.Range }[] = [];
      const readMerges = supportsFeature(this.supports, "mergedAreas");
      if (!readMerges) this.notice(DEGRADED_NOTICES.mergedAreas);
      let merged: Excel.RangeAreas | null = null;

      // Sync 2 (one per 100,000 cells beyond that): every block queued before one sync.
      const rounds = groupBlocksIntoRounds(blocks, columnCount);
      for (const [roundIndex, round] of rounds.entries()) {
        for (const block of round) {
          const range = sheet.getRangeByIndexes(rowIndex + block.start, columnIndex, block.count, columnCount);
          range.load("values,text,formulas,numberFormat,valueTypes"); // = RANGE_DATA_PROPERTIES
          loaded.push({ start: block.start, range });
        }
        if (roundIndex === 0 && readMerges) {
          merged = used.getMergedAreasOrNullObject();
          merged.load("address");
        }
        // One sync per round of ≤ CELLS_PER_SYNC cells (a single round for any real report), not per row.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }

      const rows: Grid["rows"] = Array.from({ length: rowIndex }, () => []);
      for (const { range } of loaded) {
        const data: RangeData = {
          values: range.values,
          text: range.text,
          formulas: range.formulas,
          numberFormat: range.numberFormat,
          valueTypes: range.valueTypes as string[][],
        };
        const leading = Array.from({ length: columnIndex }, () => null);
        for (const cells of cellsFromRangeData(data)) rows.push([...leading, ...cells]);
      }
      const merges: MergedArea[] = merged && !merged.isNullObject ? parseAreaList(merged.address) : [];
      return { sheet: name, rows, merges };
    });
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

    await this.batch(undefined, async (context) => {
      // Sync 1: what is there (sheets to replace, protection, table names in use).
      const states = this.queueSheetStates(context);
      const tables = context.workbook.tables;
      tables.load("items/name,items/worksheet/name");
      await context.sync();
      const { sheets, structureProtected } = states();
      if (structureProtected) throw new WorkbookError(MESSAGES.protectedSheet(), "protected");
      const replaced = specs.map((spec) => sheets.find((s) => sameName(s.name, spec.name)) ?? null);
      const locked = replaced.find((s) => s?.isProtected);
      if (locked) throw new WorkbookError(MESSAGES.protectedSheet(locked.name), "protected");

      // Table names are workbook-wide: keep those of sheets that survive, pick free ones for ours.
      const taken = new Set(
        tables.items
          .filter((t) => !replaced.some((r) => r && sameName(r.name, t.worksheet.name)))
          .map((t) => t.name.toLowerCase()),
      );
      const tableNames = specs.map((spec) => {
        if (!spec.table) return undefined;
        let candidate = spec.table.name;
        for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${spec.table.name}_${n}`;
        taken.add(candidate.toLowerCase());
        return candidate;
      });

      // Sync 2: the whole write. Add the new sheet before deleting the old one (a workbook must
      // keep a sheet), then take over its name and place — the pattern of the helpers'
      // ExcelUtilities.forceCreateSheet, inlined because that helper syncs twice per sheet.
      const written: Excel.Worksheet[] = [];
      specs.forEach((spec, i) => {
        const old = replaced[i];
        const worksheets = context.workbook.worksheets;
        let sheet: Excel.Worksheet;
        if (old) {
          sheet = worksheets.add(`~uppf${i}_${Date.now() % 100000}`);
          worksheets.getItem(old.name).delete();
          sheet.name = spec.name;
          sheet.position = old.position;
        } else {
          sheet = worksheets.add(spec.name);
        }
        renderSheet(sheet, spec, { tableName: tableNames[i], pageLayout, notice: this.notice });
        written.push(sheet);
      });
      await context.sync();

      // Sync 3 (only when asked): Excel on the web needs the new sheet synced before activate().
      const toActivate = specs.findIndex((s) => s.activate);
      if (toActivate >= 0) {
        written[toActivate]!.activate();
        await context.sync();
      }
    });
  }

  async updateCells(edits: CellEdit[]): Promise<void> {
    if (edits.length === 0) return;
    for (const edit of edits) checkRange(edit.cell, `Bladet "${edit.sheet}"`);
    await this.batch(edits[0]?.sheet, async (context) => {
      const states = this.queueSheetStates(context);
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
      const states = this.queueSheetStates(context);
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
      if (block.length > 0) writeBlock(sheet, nextRow, block);
      await context.sync();
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
    // decodeSettings expects the grid from A1.
    const values: unknown[][] = [
      ...Array.from({ length: used.rowIndex }, () => []),
      ...used.values.map((row) => [...Array.from({ length: used.columnIndex }, () => ""), ...row]),
    ];
    return decodeSettings(values);
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

  /**
   * Findings are marked with conditional formats the add-in owns — one "=TRUE" rule per marked
   * cell, on top of the user's rules — and their ids are remembered in the settings sheet. Why:
   * a conditional format overrides the cell's look without changing it, so clearing the marks
   * deletes exactly our rules and the user's own fills, fonts, borders and conditional formats
   * come back untouched. Painting fills directly would need the old formatting saved and
   * restored, and would be lost or wrong as soon as the user edits the cell in between.
   */
  async setMarks(sheetName: string, marks: FindingMark[]): Promise<void> {
    for (const mark of marks) checkRange(mark.cell, `Bladet "${sheetName}"`);
    await this.batch(sheetName, async (context) => {
      const settings = await this.readSettings(context); // syncs 1–2
      const sheetState = context.workbook.worksheets.getItem(sheetName);
      sheetState.load("protection/protected");
      // The whole sheet's collection: every conditional format on it, ours included.
      const existing = sheetState.getRange().conditionalFormats.load("items/id");
      await context.sync(); // 3 (fails with sheet-missing when the sheet is gone)
      if (sheetState.protection.protected) throw new WorkbookError(MESSAGES.protectedSheet(sheetName), "protected");

      const stored = parseStoredMarks(settings?.get(marksKey(sheetName))?.value);
      const owned = new Set(stored.map((m) => m.id));
      for (const cf of existing.items) if (owned.has(cf.id)) cf.delete();

      const added = marks.map((mark) => {
        const cf = sheetState.getRange(mark.cell).conditionalFormats.add("Custom");
        cf.custom.rule.formula = "=TRUE";
        cf.custom.format.fill.color = MARK_FILL[mark.severity];
        cf.load("id");
        return { cf, mark };
      });
      await context.sync(); // 4

      const nowStored: StoredMark[] = added.map(({ cf, mark }) => ({ id: cf.id, cell: mark.cell, severity: mark.severity }));
      if (nowStored.length > 0 || stored.length > 0) {
        this.queueSettingWrite(context, settings, marksKey(sheetName), JSON.stringify(nowStored));
        await context.sync(); // 5 — only when there was or is something to remember
      }
    });
  }

  async select(sheetName: string, cell: string): Promise<void> {
    checkRange(cell, `Bladet "${sheetName}"`);
    await this.batch(sheetName, async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(cell).select();
      await context.sync();
    });
  }

  /**
   * Re-validate when the template table changes: calls `onChange` once the table has been quiet
   * for `debounceMs`. Optional in the UI (a toggle), since each call re-reads the sheet. Needs
   * table.onChanged (ExcelApi 1.7, below the manifest minimum). Resolves to an unsubscribe.
   */
  async watchTable(
    tableName: string,
    onChange: (change: TableChange) => void,
    options: WatchOptions = {},
  ): Promise<() => Promise<void>> {
    const debounceMs = options.debounceMs ?? 800;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: TableChange | undefined;
    const registration = await this.batch(undefined, async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(tableName);
      table.load("name");
      await context.sync();
      if (table.isNullObject) {
        throw new WorkbookError(`Tabellen "${tableName}" finns inte. Infoga mallen först.`, "sheet-missing");
      }
      const handler = table.onChanged.add(async (event: Excel.TableChangedEventArgs) => {
        last = { table: tableName, address: event.address, source: String(event.source) };
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          if (last) onChange(last);
        }, debounceMs);
      });
      await context.sync();
      return handler;
    });
    return async () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      registration.remove();
      await registration.context.sync();
    };
  }
}

function parseStoredMarks(json: string | undefined): StoredMark[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((m): m is StoredMark => typeof m?.id === "string") : [];
  } catch {
    return [];
  }
}

function nextFreeRow(settings: ReturnType<typeof decodeSettings> | null): number {
  if (!settings) return 0;
  let max = 0;
  for (const { row } of settings.values()) max = Math.max(max, row);
  return max; // 0-based index of the row after the last used one
}

/** "Blad1!A1:B2, Blad1!D4" (RangeAreas.address) → merged areas. Sheet names may contain commas. */
export function parseAreaList(address: string): MergedArea[] {
  const refs = address.match(/!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=\s*,|\s*$)/g) ?? [];
  return refs.map((ref) => parseRangeAddress(ref.slice(1)));
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

/** Queue a block of rows from `firstRow` (0-based), column A onwards. */
function writeBlock(sheet: Excel.Worksheet, firstRow: number, rows: SpecValue[][]): void {
  const width = rows.reduce((most, r) => Math.max(most, r.length), 1);
  for (const block of planRowBlocks(rows.length, width)) {
    const slice = rows.slice(block.start, block.start + block.count);
    const range = sheet.getRangeByIndexes(firstRow + block.start, 0, block.count, width);
    range.numberFormat = slice.map((row) => Array.from({ length: width }, (_, c) => numberFormatFor(row[c] ?? null, undefined)));
    range.values = slice.map((row) => Array.from({ length: width }, (_, c) => officeValue(row[c] ?? null)));
  }
}
