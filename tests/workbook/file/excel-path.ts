/** For tests that compare the direct .xlsx path with the ExcelJS one. */
import ExcelJS from "exceljs";
import { FileWorkbook } from "../../../src/workbook/file";

/** The one sheet of the workbook `openedWorkbook` starts from. */
export const BASE_SHEET = "Bas";

/** A workbook opened from a file, so writing goes through ExcelJS's model (render-spec.ts). */
export async function openedWorkbook(): Promise<FileWorkbook> {
  const base = new ExcelJS.Workbook();
  base.addWorksheet(BASE_SHEET).getCell("A1").value = "bas";
  return FileWorkbook.open(new Uint8Array((await base.xlsx.writeBuffer()) as ArrayBuffer));
}
