import ExcelJS from "exceljs";
import { cellAt } from "../../../src/core/grid";
import { FileWorkbook } from "../../../src/workbook/file";
import { excelSerialToIsoDate } from "../../../src/core/grid";
import { isDateNumberFormat, numberText } from "../../../src/workbook/spec/cell-values";

/** A workbook written by ExcelJS directly (as another tool would), then opened through the adapter. */
async function openWritten(fill: (sheet: ExcelJS.Worksheet) => void): Promise<FileWorkbook> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet("Uppföljning"));
  return FileWorkbook.open(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

describe("reading cells as a user sees them", () => {
  it("reads formulas with their cached result, never evaluating them", async () => {
    const workbook = await openWritten((sheet) => {
      sheet.getCell("A1").value = 2;
      sheet.getCell("B1").value = { formula: "A1*21", result: 42 } as ExcelJS.CellFormulaValue;
      sheet.getCell("C1").value = {
        formula: 'IF(A1>1,"Genomfört","Pågående")',
        result: "Genomfört",
      } as ExcelJS.CellFormulaValue;
      sheet.getCell("D1").value = { formula: "A1*1000" } as ExcelJS.CellFormulaValue; // never calculated
      sheet.getCell("E1").value = {
        formula: "VLOOKUP(A1,Z1:Z2,1,FALSE)",
        result: { error: "#N/A" },
      } as ExcelJS.CellFormulaValue;
    });
    const grid = await workbook.readSheet("Uppföljning");
    expect(cellAt(grid, 1, 2)).toEqual({ kind: "number", text: "42", value: 42, formula: "A1*21" });
    expect(cellAt(grid, 1, 3)).toMatchObject({
      kind: "text",
      value: "Genomfört",
      formula: 'IF(A1>1,"Genomfört","Pågående")',
    });
    expect(cellAt(grid, 1, 4)).toMatchObject({ kind: "text", value: "", formula: "A1*1000" });
    expect(cellAt(grid, 1, 5)).toMatchObject({ kind: "error", text: "#N/A", value: "#N/A" });
  });

  it("reads error values, rich text and hyperlinks as text a user sees", async () => {
    const workbook = await openWritten((sheet) => {
      sheet.getCell("A1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      sheet.getCell("A2").value = {
        richText: [
          { text: "Pågår ", font: { bold: true } },
          { text: "– Kontaktcenter startar april 2019" },
        ],
      };
      sheet.getCell("A3").value = {
        text: "Objektsplan",
        hyperlink: "https://example.invalid/objektsplan",
      };
      sheet.getCell("A4").value = false;
    });
    const grid = await workbook.readSheet("Uppföljning");
    expect(cellAt(grid, 1, 1)).toEqual({ kind: "error", text: "#N/A", value: "#N/A" });
    expect(cellAt(grid, 2, 1)).toEqual({
      kind: "text",
      text: "Pågår – Kontaktcenter startar april 2019",
      value: "Pågår – Kontaktcenter startar april 2019",
    });
    expect(cellAt(grid, 3, 1)).toEqual({ kind: "text", text: "Objektsplan", value: "Objektsplan" });
    expect(cellAt(grid, 4, 1)).toEqual({ kind: "boolean", text: "FALSKT", value: false });
  });

  it("reads dates and date-formatted serial numbers as ISO dates, plain serials as numbers", async () => {
    const workbook = await openWritten((sheet) => {
      sheet.getCell("A1").value = new Date(Date.UTC(2020, 7, 31));
      sheet.getCell("A2").value = 43951; // 2020-04-30
      sheet.getCell("A2").numFmt = "d mmm yyyy";
      sheet.getCell("A3").value = 43951;
      sheet.getCell("A4").value = 0.25;
      sheet.getCell("A4").numFmt = "0%";
      sheet.getCell("A5").value = 0.1 + 0.2;
    });
    const grid = await workbook.readSheet("Uppföljning");
    expect(cellAt(grid, 1, 1)).toEqual({ kind: "date", text: "2020-08-31", value: "2020-08-31" });
    expect(cellAt(grid, 2, 1)).toEqual({ kind: "date", text: "2020-04-30", value: "2020-04-30" });
    expect(cellAt(grid, 3, 1)).toEqual({ kind: "number", text: "43951", value: 43951 });
    expect(cellAt(grid, 4, 1)).toMatchObject({ kind: "number", text: "25 %", value: 0.25 });
    expect(cellAt(grid, 5, 1)?.text).toBe("0.3");
  });

  it("reads merged goal cells once, with their area, and keeps blank rows as empty rows", async () => {
    const workbook = await openWritten((sheet) => {
      sheet.getCell("A3").value = "Nämndmål 1";
      sheet.mergeCells("A3:A5");
      sheet.getCell("B3").value = "Aktivitet 1";
      sheet.getCell("B5").value = "Aktivitet 2";
    });
    const grid = await workbook.readSheet("Uppföljning");
    expect(grid.rows.length).toBe(5);
    expect(grid.rows[0]).toEqual([]);
    expect(grid.merges).toEqual([{ top: 3, left: 1, bottom: 5, right: 1 }]);
    expect(cellAt(grid, 4, 1)).toBeNull();
    expect(cellAt(grid, 5, 1)).toBeNull();
    expect(cellAt(grid, 5, 2)?.value).toBe("Aktivitet 2");
  });
});

describe("number format helpers", () => {
  it("tells date formats from time and plain formats", () => {
    expect(isDateNumberFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateNumberFormat("d mmm yyyy")).toBe(true);
    expect(isDateNumberFormat("[$-41D]d mmmm yyyy;@")).toBe(true);
    expect(isDateNumberFormat("hh:mm")).toBe(false);
    expect(isDateNumberFormat("mm:ss")).toBe(false);
    expect(isDateNumberFormat("General")).toBe(false);
    expect(isDateNumberFormat('0 "dagar"')).toBe(false);
    expect(isDateNumberFormat("#,##0.00")).toBe(false);
  });

  it("converts serials in both date systems", () => {
    expect(excelSerialToIsoDate(44074)).toBe("2020-08-31");
    expect(excelSerialToIsoDate(44074 - 1462, true)).toBe("2020-08-31");
  });

  it("shows numbers without binary noise", () => {
    expect(numberText(2020)).toBe("2020");
    expect(numberText(1 / 3)).toBe("0.333333333333333");
  });
});
