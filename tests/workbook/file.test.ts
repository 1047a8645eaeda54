import type { Grid } from "../../src/core/grid";
import type { SheetSpec, SpecValue } from "../../src/core/sheetspec";
import { FileWorkbook } from "../../src/workbook/file";
import type { CellEdit, FindingMark, SheetInfo, WorkbookPort } from "../../src/core/port";
import { describePortContract } from "./contract";

/** Saves and reopens the file after every change, so each read comes from real .xlsx bytes. */
class ReopeningPort implements WorkbookPort {
  constructor(private inner: FileWorkbook) {}
  private async reopen(): Promise<void> {
    this.inner = await FileWorkbook.open(await this.inner.save());
  }
  private async mutate<T>(change: () => Promise<T>): Promise<T> {
    try {
      return await change();
    } finally {
      await this.reopen();
    }
  }
  listSheets(): Promise<SheetInfo[]> {
    return this.inner.listSheets();
  }
  readSheet(name: string): Promise<Grid> {
    return this.inner.readSheet(name);
  }
  getSetting(key: string): Promise<string | null> {
    return this.inner.getSetting(key);
  }
  writeSheets(specs: SheetSpec[]): Promise<void> {
    return this.mutate(() => this.inner.writeSheets(specs));
  }
  updateCells(edits: CellEdit[]): Promise<void> {
    return this.mutate(() => this.inner.updateCells(edits));
  }
  appendRows(sheet: string, header: string[], rows: SpecValue[][]): Promise<void> {
    return this.mutate(() => this.inner.appendRows(sheet, header, rows));
  }
  setSetting(key: string, value: string): Promise<void> {
    return this.mutate(() => this.inner.setSetting(key, value));
  }
  setMarks(sheet: string, marks: FindingMark[]): Promise<void> {
    return this.inner.setMarks(sheet, marks);
  }
  select(sheet: string, cell: string): Promise<void> {
    return this.inner.select(sheet, cell);
  }
}

describePortContract("FileWorkbook (in memory)", async () => FileWorkbook.create());
describePortContract(
  "FileWorkbook (saved and reopened after each change)",
  async () => new ReopeningPort(FileWorkbook.create()),
);
