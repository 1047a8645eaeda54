/** ExcelJS's object model of a workbook, loaded only when an edit or a save needs it. */
import type ExcelJS from "exceljs";
import { WorkbookError } from "../../core/port";

export const CREATOR = "Uppföljning";

/** ExcelJS, loaded on first need (a large module; in the pane a chunk of its own). */
export async function excelJs(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}

export async function loadWithExcelJS(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new (await excelJs()).Workbook();
  try {
    // JSZip (inside ExcelJS) accepts a Uint8Array; the typings only mention Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return workbook;
  } catch {
    throw new WorkbookError(
      "Filen kunde inte läsas som Excel-arbetsbok: den är skadad eller ofullständig. Öppna den i Excel och spara den igen.",
      "corrupt",
    );
  }
}

/** The last row holding a value (ExcelJS counts formatted empty rows too). */
export function lastUsedRow(worksheet: ExcelJS.Worksheet): number {
  let last = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if ((row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== ""))
      last = rowNumber;
  });
  return last;
}
