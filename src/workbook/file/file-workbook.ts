/**
 * The WorkbookPort over an .xlsx file (CLI, tests, batch consolidation, the standalone pane).
 *
 * File-specific behaviour (documented here, checked by tests/workbook/file.test.ts):
 * - open() refuses oversized, non-xlsx, old .xls, encrypted and corrupt files before unpacking
 *   them where it can (inspect-bytes.ts), workbooks over the read budget (rows, cells
 *   addressed, merged cells, strings, characters: xlsx/budget.ts, counted by the direct reader
 *   over the whole workbook before any file goes to ExcelJS; rows also streamed by
 *   count-rows.ts before ExcelJS), parts that are not well-formed XML, hold a DOCTYPE or are
 *   in another encoding than UTF-8/UTF-16, and turns any ExcelJS failure into a WorkbookError.
 * - Formulas are never evaluated; their cached results are read.
 * - setMarks() and select() validate their input and otherwise do nothing: a file has no UI and
 *   the marks are the add-in's view of findings, not content.
 * - Charts in a SheetSpec are ignored (ExcelJS cannot write charts).
 * - ExcelJS's object model is built only when an operation needs it, because it is slow and
 *   large. An opened file is read directly (xlsx/read.ts) where it can be, so listing and reading
 *   sheets and settings need no ExcelJS; a created workbook keeps the specs written to it, and
 *   save() writes them straight to .xlsx (xlsx/package.ts). The first edit loads the file, or
 *   renders the specs, into ExcelJS, which reads and writes from then on. ExcelJS itself is
 *   imported only then: a consolidation or a check never loads it.
 * - Settings: sheet SETTINGS_SHEET (very hidden), one setting per row: key in column A, the value
 *   in column B and, when longer than SETTING_CHUNK characters (spec/settings.ts), continued in C, D, … .
 */
import type ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";
import type { SheetSpec, SpecValue } from "../../core/sheetspec";
import {
  SETTINGS_SHEET,
  WorkbookError,
  type CellEdit,
  type FindingMark,
  type SheetInfo,
  type WorkbookPort,
} from "../../core/port";
import { assertWritableSpecs, sheetNameProblem, withFreeTableNames } from "../spec/check-specs";
import { assertRowLimit, DEFAULT_MAX_ROWS } from "./count-rows";
import { replaceMarks } from "./marks";
import { inspectXlsxBytes, type ByteLimits } from "./inspect-bytes";
import { worksheetToGrid } from "./read-grid";
import { renderSheet } from "./render-spec";
import { chunkValue, decodeSettings } from "../spec/settings";
import { checkAddress, checkValue, sheetMissing } from "./edit-checks";
import { CREATOR, excelJs, lastUsedRow, loadWithExcelJS } from "./exceljs-model";
import { listSpecSheets, replaceSpecs } from "./created-specs";
import { writeXlsx } from "./xlsx/package";
import type { ReadLimits } from "./xlsx/budget";
import { readXlsx, type XlsxSheet } from "./xlsx/read";
import type { NativeInflate } from "./xlsx/unzip";
import { ZipWriter, type NativeDeflate, type XlsxZip } from "./xlsx/zip";

export interface OpenOptions extends ByteLimits {
  /** Cells, merges, strings and characters a workbook may make the reader build (xlsx/budget.ts). */
  limits?: Partial<ReadLimits>;
  /**
   * The platform's inflate and UTF-8 decoding (the CLI gives Node's); fflate and TextDecoder
   * otherwise, loaded only then (unzip-fflate.ts; in the browser bundle, in the same chunk).
   */
  native?: NativeInflate;
}

async function fflateInflate(): Promise<NativeInflate> {
  return (await import(/* webpackMode: "eager" */ "./xlsx/unzip-fflate")).FFLATE_INFLATE;
}

/** fflate's zip where the platform has no deflate, loaded only then (in the browser bundle, in the same chunk). */
async function fflateZip(mtime: Date): Promise<XlsxZip> {
  return new (await import(/* webpackMode: "eager" */ "./xlsx/zip-fflate")).FflateZipWriter(mtime);
}

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

export class FileWorkbook implements WorkbookPort {
  /**
   * @param specs the sheets of a created workbook while it holds nothing but written specs
   *   (null once they are rendered into `workbook`, and for opened files).
   * @param direct an opened file read directly, with its bytes, until ExcelJS loads them.
   */
  private constructor(
    private excel: ExcelJS.Workbook | null,
    private specs: SheetSpec[] | null,
    private direct: { sheets: XlsxSheet[]; bytes: Uint8Array } | null,
    private readonly created = new Date(),
  ) {}

  /** A new, empty workbook (no sheets until something is written). */
  static create(): FileWorkbook {
    return new FileWorkbook(null, [], null);
  }

  /** Opens .xlsx bytes; rejects with a WorkbookError (Swedish message) on anything unreadable. */
  static async open(
    data: Uint8Array | ArrayBuffer,
    options: OpenOptions = {},
  ): Promise<FileWorkbook> {
    const bytes = toBytes(data);
    const entries = inspectXlsxBytes(bytes, options);
    let sheets: XlsxSheet[] | null = null;
    try {
      sheets = readXlsx(bytes, {
        entries,
        maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
        limits: options.limits,
        native: options.native ?? (await fflateInflate()),
      });
    } catch (error) {
      if (error instanceof WorkbookError) throw error;
      // Something the direct reader does not take (or a damaged file): ExcelJS decides.
    }
    if (sheets) return new FileWorkbook(null, null, { sheets, bytes });
    await assertRowLimit(bytes, entries, options.maxRows);
    return new FileWorkbook(await loadWithExcelJS(bytes), null, null);
  }

  /** The workbook as .xlsx bytes; `deflate`: the platform's native compression, if any. */
  async save(options: { deflate?: NativeDeflate } = {}): Promise<Uint8Array> {
    // Marks are an edit: they go through ExcelJS's model like the others.
    if (this.pendingMarks.size > 0) await this.model();
    // Unchanged since it was opened: the file as it came, nothing normalised away.
    if (this.direct) return this.direct.bytes.slice();
    if (this.specs) {
      const zip = options.deflate
        ? new ZipWriter(this.created, options.deflate)
        : await fflateZip(this.created);
      return writeXlsx(this.specs, { creator: CREATOR, created: this.created }, zip);
    }
    const buffer = await this.workbook.xlsx.writeBuffer();
    return new Uint8Array(buffer as ArrayBuffer);
  }

  /** ExcelJS's model, loaded from the opened file or rendered from the written specs on first need. */
  private async model(): Promise<ExcelJS.Workbook> {
    if (!this.excel) {
      if (this.direct) {
        this.excel = await loadWithExcelJS(this.direct.bytes);
      } else {
        this.excel = new (await excelJs()).Workbook();
        this.excel.creator = CREATOR;
        this.excel.created = this.created;
      }
    }
    this.direct = null;
    if (this.specs) {
      const specs = this.specs;
      this.specs = null;
      this.renderSpecs(specs);
    }
    this.applyPendingMarks();
    return this.workbook;
  }

  /** ExcelJS's model, once model() has made it. */
  private get workbook(): ExcelJS.Workbook {
    if (!this.excel) throw new Error("FileWorkbook: the ExcelJS model is needed but not made.");
    return this.excel;
  }

  private get date1904(): boolean {
    return !!(this.workbook.properties as { date1904?: boolean } | undefined)?.date1904;
  }

  /** Sheet names are case-insensitive in Excel. Needs the model (await model() first). */
  private find(name: string): ExcelJS.Worksheet | undefined {
    const wanted = name.toLowerCase();
    return this.workbook.worksheets.find((ws) => ws.name.toLowerCase() === wanted);
  }

  private require(name: string): ExcelJS.Worksheet {
    const worksheet = this.find(name);
    if (!worksheet) throw sheetMissing(name);
    return worksheet;
  }

  async listSheets(): Promise<SheetInfo[]> {
    if (this.specs) return listSpecSheets(this.specs);
    if (this.direct)
      return this.direct.sheets.map(({ name, visibility }) => ({ name, visibility }));
    return this.workbook.worksheets.map((ws) => ({
      name: ws.name,
      visibility:
        ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible",
    }));
  }

  async readSheet(name: string): Promise<Grid> {
    if (this.direct) {
      const wanted = name.toLowerCase();
      const sheet = this.direct.sheets.find((s) => s.name.toLowerCase() === wanted);
      if (!sheet) throw sheetMissing(name);
      return sheet.grid;
    }
    await this.model();
    return worksheetToGrid(this.require(name), this.date1904);
  }

  async writeSheets(specs: SheetSpec[]): Promise<void> {
    assertWritableSpecs(specs);
    if (this.specs) {
      this.specs = replaceSpecs(this.specs, withFreeTableNames(specs, this.tableNames()));
      return;
    }
    // An opened file's tables are only known to ExcelJS's model.
    await this.model();
    this.renderSpecs(withFreeTableNames(specs, this.tableNames()));
  }

  private renderSpecs(specs: SheetSpec[]): void {
    for (const spec of specs) {
      const existing = this.find(spec.name);
      let orderNo: number | undefined;
      if (existing) {
        orderNo = (existing as unknown as { orderNo: number }).orderNo;
        this.removeNamesOn(existing.name);
        this.workbook.removeWorksheet(existing.id);
      }
      const worksheet = this.workbook.addWorksheet(spec.name);
      // Keep a replaced sheet where it was in the tab order.
      if (orderNo !== undefined) (worksheet as unknown as { orderNo: number }).orderNo = orderNo;
      renderSheet(this.workbook, worksheet, spec);
      if (spec.activate) this.activate(worksheet);
    }
  }

  /** Table names are workbook-wide in Excel; a clash would make the file unreadable. */
  private tableNames(): { sheet: string; table: string }[] {
    return this.specs
      ? this.specs.flatMap((spec) =>
          spec.table ? [{ sheet: spec.name, table: spec.table.name }] : [],
        )
      : this.workbook.worksheets.flatMap((worksheet) =>
          Object.keys(
            (worksheet as unknown as { tables?: Record<string, unknown> }).tables ?? {},
          ).map((table) => ({ sheet: worksheet.name, table })),
        );
  }

  private activate(worksheet: ExcelJS.Worksheet): void {
    const index = this.workbook.worksheets.indexOf(worksheet);
    this.workbook.views = [
      {
        x: 0,
        y: 0,
        width: 20000,
        height: 12000,
        firstSheet: 0,
        activeTab: Math.max(0, index),
        visibility: "visible",
      },
    ];
  }

  /** Defined names pointing at a sheet that is being replaced would dangle. */
  private removeNamesOn(sheetName: string): void {
    const names = this.workbook.definedNames as unknown as {
      model: { name: string; ranges: string[] }[];
    };
    const unquoted = (range: string) =>
      (range.split("!")[0] ?? "").replace(/^'|'$/g, "").replace(/''/g, "'").toLowerCase();
    names.model = names.model
      .map((n) => ({
        name: n.name,
        ranges: n.ranges.filter((range) => unquoted(range) !== sheetName.toLowerCase()),
      }))
      .filter((n) => n.ranges.length > 0);
  }

  async updateCells(edits: CellEdit[]): Promise<void> {
    await this.model();
    // Check everything first so a bad edit applies none.
    const targets = edits.map((edit) => {
      const worksheet = this.require(edit.sheet);
      const where = `Bladet "${edit.sheet}"`;
      const { row, col } = checkAddress(edit.cell, where);
      checkValue(edit.value, `${where}, ${edit.cell}`);
      return { worksheet, row, col, value: edit.value };
    });
    for (const { worksheet, row, col, value } of targets) worksheet.getCell(row, col).value = value;
  }

  async appendRows(sheet: string, header: string[], rows: SpecValue[][]): Promise<void> {
    const nameProblem = sheetNameProblem(sheet);
    if (nameProblem) throw new WorkbookError(`Inget skrevs: ${nameProblem}.`, "unsupported");
    rows.forEach((row, i) =>
      row.forEach((value) => checkValue(value, `Bladet "${sheet}", ny rad ${i + 1}`)),
    );
    await this.model();
    let worksheet = this.find(sheet);
    if (!worksheet) worksheet = this.workbook.addWorksheet(sheet);
    let last = lastUsedRow(worksheet);
    if (last === 0) {
      header.forEach((title, i) => {
        const cell = worksheet.getCell(1, i + 1);
        cell.value = title;
        cell.font = { bold: true };
      });
      last = 1;
    }
    rows.forEach((row, r) =>
      row.forEach((value, c) => (worksheet.getCell(last + 1 + r, c + 1).value = value)),
    );
  }

  private settingsSheet(create: boolean): ExcelJS.Worksheet | undefined {
    const existing = this.find(SETTINGS_SHEET);
    if (existing || !create) return existing;
    return this.workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  }

  private settingRow(sheet: ExcelJS.Worksheet, key: string): number | null {
    for (let row = 1; row <= sheet.rowCount; row++) {
      if (sheet.getCell(row, 1).value === key) return row;
    }
    return null;
  }

  async getSetting(key: string): Promise<string | null> {
    const sheets = await this.listSheets();
    if (!sheets.some((s) => s.name.toLowerCase() === SETTINGS_SHEET.toLowerCase())) return null;
    const grid = await this.readSheet(SETTINGS_SHEET);
    const settings = decodeSettings(grid.rows.map((row) => row.map((cell) => cell?.text ?? null)));
    return settings.get(key)?.value ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    if (key === "") throw new WorkbookError("En inställning behöver en nyckel.", "unsupported");
    await this.model();
    const sheet = this.settingsSheet(true)!;
    sheet.state = "veryHidden";
    const row = this.settingRow(sheet, key) ?? lastUsedRow(sheet) + 1;
    const chunks = chunkValue(value);
    const sheetRow = sheet.getRow(row);
    // Clear earlier continuation cells before writing the new value.
    for (let col = 2; col <= Math.max(sheetRow.cellCount, chunks.length + 1); col++)
      sheetRow.getCell(col).value = null;
    sheet.getCell(row, 1).value = key;
    chunks.forEach((chunk, i) => (sheet.getCell(row, 2 + i).value = chunk));
  }

  async setMarks(sheet: string, marks: FindingMark[]): Promise<void> {
    const wanted = sheet.toLowerCase();
    if (!(await this.listSheets()).some((s) => s.name.toLowerCase() === wanted))
      throw sheetMissing(sheet);
    for (const mark of marks) checkAddress(mark.cell, `Markering på bladet "${sheet}"`);
    // The marks travel with the saved file (the standalone download), as in Excel. Kept until
    // ExcelJS's model is needed anyway (an edit or save), so a check alone does not load it.
    this.pendingMarks.set(sheet, marks);
    if (this.excel && !this.direct && !this.specs) this.applyPendingMarks();
  }

  private readonly pendingMarks = new Map<string, FindingMark[]>();

  private applyPendingMarks(): void {
    for (const [sheet, marks] of this.pendingMarks) {
      const worksheet = this.find(sheet);
      if (worksheet) replaceMarks(worksheet, marks);
    }
    this.pendingMarks.clear();
  }

  async select(_sheet: string, _cell: string): Promise<void> {
    // No UI in a file.
  }
}
