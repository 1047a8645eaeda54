/**
 * The direct .xlsx reader (src/workbook/file/xlsx/read.ts) against ExcelJS + read-grid.ts: on
 * files written by ExcelJS, by LibreOffice and by our own writer, every sheet's grid must be the
 * same. What the direct reader does not take, it refuses, and FileWorkbook reads with ExcelJS.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { fixtureSheetSpec } from "../../../src/cli/commands/examples";
import { openWorkbook } from "../../../src/cli/files";
import type { Grid } from "../../../src/core/grid";
import { standardProfile } from "../../../src/core/profile/load";
import type { SheetSpec } from "../../../src/core/sheetspec";
import { buildTemplateSheets } from "../../../src/core/template";
import { consolidateSources, writeSummary } from "../../../src/core/workflow";
import { FileWorkbook } from "../../../src/workbook/file";
import { worksheetToGrid } from "../../../src/workbook/file/read-grid";
import { readXlsx, UnsupportedXlsx } from "../../../src/workbook/file/xlsx/read";
import { loadSeedFixtures } from "../../fixtures/seeds/format";
import { openedWorkbook } from "./excel-path";
import { seedActivities } from "../../core/template/seed-activities";
import { FFLATE_INFLATE } from "../../../src/workbook/file/xlsx/unzip-fflate";

const XLSX_FIXTURES = path.join(__dirname, "../../fixtures/xlsx");

async function gridsViaExcelJS(bytes: Uint8Array): Promise<Record<string, Grid>> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(Buffer.from(bytes));
  const date1904 = !!(excel.properties as { date1904?: boolean }).date1904;
  return Object.fromEntries(excel.worksheets.map((ws) => [ws.name, worksheetToGrid(ws, date1904)]));
}

function gridsDirect(bytes: Uint8Array): Record<string, Grid> {
  return Object.fromEntries(readXlsx(bytes, { native: FFLATE_INFLATE }).map((sheet) => [sheet.name, sheet.grid]));
}

async function expectSameGrids(bytes: Uint8Array): Promise<Record<string, Grid>> {
  const direct = gridsDirect(bytes);
  expect(direct).toEqual(await gridsViaExcelJS(bytes));
  return direct;
}

/** Specs written through ExcelJS (an opened workbook renders with ExcelJS). */
async function excelJsBytes(specs: SheetSpec[]): Promise<Uint8Array> {
  const workbook = await openedWorkbook();
  await workbook.writeSheets(specs);
  return workbook.save();
}

async function directBytes(specs: SheetSpec[]): Promise<Uint8Array> {
  const workbook = FileWorkbook.create();
  await workbook.writeSheets(specs);
  return workbook.save();
}

async function excelBuffer(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** One cell of every kind a report can hold, written by ExcelJS. */
function everyKind(workbook: ExcelJS.Workbook): void {
  const ws = workbook.addWorksheet("Typer");
  const values: [ExcelJS.CellValue, string?][] = [
    ["Text"],
    [42],
    [0.25, "0%"],
    [new Date(Date.UTC(2020, 7, 31)), "yyyy-mm-dd"],
    [44074, "yyyy-mm-dd"],
    [0.5, "h:mm"],
    [44074, "mm-dd-yy"],
    [1234567.891, "#,##0.00"],
    [1e-7],
    [0.1 + 0.2],
    [true],
    [false],
    [{ error: "#N/A" } as ExcelJS.CellErrorValue],
    [{ formula: "A2*2", result: 84 } as ExcelJS.CellFormulaValue],
    [{ formula: '"a"&"b"', result: "ab" } as ExcelJS.CellFormulaValue],
    [{ formula: "A2>1", result: true } as ExcelJS.CellFormulaValue],
    [{ formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue],
    [{ formula: "TODAY()" } as ExcelJS.CellFormulaValue],
    [{ formula: "A2", result: 44074 } as ExcelJS.CellFormulaValue, "yyyy-mm-dd"],
    [{ richText: [{ text: "Fet ", font: { bold: true } }, { text: "och vanlig" }] }],
    ["tecken & < > \" ' ; slut"],
    ["rad ett\nrad två"],
    ["  blanksteg runt  "],
    ["Genomfört\u0007"],
    [""],
  ];
  values.forEach(([value, numFmt], i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
  });
  ws.getCell("B1").value = "Sammanslaget";
  ws.getCell("C1").value = "dolt under sammanslagningen";
  ws.mergeCells("B1:C2");
  ws.getCell("E30").value = "långt ner";
  const hidden = workbook.addWorksheet("Dold", { state: "hidden" });
  hidden.getCell("A1").value = "i ett dolt blad";
  workbook.addWorksheet("Tomt");
}

describe("the direct .xlsx reader", () => {
  const fixtures = loadSeedFixtures();

  it("reads the five seed reports as ExcelJS does, written by ExcelJS and by our writer", async () => {
    for (const { fixture } of fixtures) {
      const specs = fixture.sheets.map(fixtureSheetSpec);
      for (const bytes of [await excelJsBytes(specs), await directBytes(specs)]) {
        const grids = await expectSameGrids(bytes);
        const first = grids[fixture.sheets[0]!.name]!;
        expect(first.rows.length).toBeGreaterThan(20);
      }
    }
  });

  it("reads files LibreOffice wrote as ExcelJS does", async () => {
    const files = fs.readdirSync(XLSX_FIXTURES).filter((f) => f.endsWith(".xlsx"));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const grids = await expectSameGrids(
        new Uint8Array(fs.readFileSync(path.join(XLSX_FIXTURES, file))),
      );
      expect(Object.keys(grids).length).toBeGreaterThan(0);
    }
  });

  it("reads every kind of cell as ExcelJS does: formats, dates, formulas, errors, rich text, merges", async () => {
    const grids = await expectSameGrids(await excelBuffer(everyKind));
    const typer = grids.Typer!;
    expect(typer.rows.map((row) => row[0]?.kind ?? null).slice(0, 13)).toEqual([
      "text",
      "number",
      "number",
      "date",
      "date",
      "date",
      "date",
      "number",
      "number",
      "number",
      "boolean",
      "boolean",
      "error",
    ]);
    expect(typer.rows[2]![0]!.text).toBe("25 %");
    expect(typer.rows[4]![0]!.value).toBe("2020-08-31");
    expect(typer.rows[13]![0]).toEqual({ kind: "number", text: "84", value: 84, formula: "A2*2" });
    expect(typer.rows[17]![0]).toEqual({ kind: "text", text: "", value: "", formula: "TODAY()" });
    expect(typer.rows[19]![0]!.text).toBe("Fet och vanlig");
    expect(typer.rows[0]![2] ?? null).toBeNull(); // covered by the merge B1:C2
    expect(typer.merges).toEqual([{ top: 1, left: 2, bottom: 2, right: 3 }]);
    expect(readXlsx(await excelBuffer(everyKind), { native: FFLATE_INFLATE }).map((s) => [s.name, s.visibility])).toEqual([
      ["Typer", "visible"],
      ["Dold", "hidden"],
      ["Tomt", "visible"],
    ]);
  });

  it("leaves out values under a merge, as ExcelJS does", async () => {
    const bytes = await directBytes([
      {
        name: "M",
        cells: [
          { row: 1, col: 1, value: "överst till vänster" },
          { row: 1, col: 2, value: "under sammanslagningen" },
          { row: 2, col: 2, value: 7 },
        ],
        merges: ["A1:B2"],
      },
    ]);
    const grids = await expectSameGrids(bytes);
    expect(grids.M!.rows).toEqual([
      [{ kind: "text", text: "överst till vänster", value: "överst till vänster" }],
    ]);
  });

  it("shows a formula's cached 0 and FALSE on both paths (ExcelJS's cell.value leaves them out)", async () => {
    const bytes = await excelBuffer((workbook) => {
      const ws = workbook.addWorksheet("Noll");
      ws.getCell("A1").value = { formula: "B1*0", result: 0 } as ExcelJS.CellFormulaValue;
      ws.getCell("A2").value = { formula: "1=2", result: false } as ExcelJS.CellFormulaValue;
    });
    const grids = await expectSameGrids(bytes);
    expect(grids.Noll!.rows.map((row) => row[0]!.text)).toEqual(["0", "FALSKT"]);
  });

  it("takes number formats from <numFmts> only, not from a conditional format's <dxf>", async () => {
    const bytes = await excelBuffer((workbook) => {
      const ws = workbook.addWorksheet("Datum");
      ws.getCell("A1").value = 44074;
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
    });
    const parts = unzipSync(bytes);
    const styles = strFromU8(parts["xl/styles.xml"]!);
    const id = /<numFmt numFmtId="(\d+)"/.exec(styles)![1]!;
    const dxf = `<dxfs count="1"><dxf><numFmt numFmtId="${id}" formatCode="0.00"/></dxf></dxfs>`;
    parts["xl/styles.xml"] = strToU8(
      /<dxfs[^>]*\/>|<dxfs[\s\S]*?<\/dxfs>/.test(styles)
        ? styles.replace(/<dxfs[^>]*\/>|<dxfs[\s\S]*?<\/dxfs>/, dxf)
        : styles.replace("</styleSheet>", `${dxf}</styleSheet>`),
    );
    const grids = await expectSameGrids(zipSync(parts));
    expect(grids.Datum!.rows[0]![0]).toEqual({
      kind: "date",
      text: "2020-08-31",
      value: "2020-08-31",
    });
  });

  it("reads the same through the CLI's node:zlib and Buffer decoding as through fflate and TextDecoder", async () => {
    const files = fs.readdirSync(XLSX_FIXTURES).filter((f) => f.endsWith(".xlsx"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const full = path.join(XLSX_FIXTURES, file);
      const viaNode = await openWorkbook(full);
      const portable = await FileWorkbook.open(new Uint8Array(fs.readFileSync(full)));
      for (const { name } of await portable.listSheets())
        expect(await viaNode.readSheet(name)).toEqual(await portable.readSheet(name));
    }
  });

  it("reads dates of the 1904 date system as ExcelJS does", async () => {
    const bytes = await excelBuffer((workbook) => {
      (workbook.properties as { date1904?: boolean }).date1904 = true;
      const ws = workbook.addWorksheet("Mac");
      ws.getCell("A1").value = 42000;
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
    });
    const grids = await expectSameGrids(bytes);
    expect(grids.Mac!.rows[0]![0]!.value).toBe("2018-12-28");
  });

  it("reads the summary and the template as ExcelJS does", async () => {
    const sources = await Promise.all(
      fixtures.map(async ({ fixture }) => {
        const bytes = await directBytes(fixture.sheets.map(fixtureSheetSpec));
        return { file: `${fixture.id}.xlsx`, open: () => FileWorkbook.open(bytes) };
      }),
    );
    const summary = await consolidateSources(sources, {
      profile: standardProfile,
      now: new Date("2026-11-25T10:00:00Z"),
    });
    const out = FileWorkbook.create();
    await writeSummary(out, summary, standardProfile);
    await expectSameGrids(await out.save());
    const { meta, activities } = seedActivities();
    await expectSameGrids(
      await directBytes(
        buildTemplateSheets({ meta, activities, profile: standardProfile, register: [] }),
      ),
    );
  });

  it("refuses what it does not take, and FileWorkbook then reads it with ExcelJS", async () => {
    const withLink = await excelBuffer((workbook) => {
      const ws = workbook.addWorksheet("Länkar");
      ws.getCell("A1").value = { text: "Skriv till oss", hyperlink: "mailto:kommun@example.se" };
      ws.getCell("A2").value = {
        formula: "ROW()",
        result: 2,
        shareType: "shared",
        ref: "A2:A3",
      } as ExcelJS.CellValue;
      ws.getCell("A3").value = { sharedFormula: "A2", result: 3 } as ExcelJS.CellValue;
    });
    expect(() => readXlsx(withLink, { native: FFLATE_INFLATE })).toThrow(UnsupportedXlsx);
    const workbook = await FileWorkbook.open(withLink);
    expect(await workbook.readSheet("Länkar")).toEqual((await gridsViaExcelJS(withLink)).Länkar);
    expect((await workbook.readSheet("Länkar")).rows[0]![0]!.text).toBe("Skriv till oss");
  });

  it("decodes an escaped underscore once, as Excel shows it (ExcelJS decodes it twice)", async () => {
    const bytes = await directBytes([
      { name: "T", cells: [{ row: 1, col: 1, value: "_x0041_ är inte A" }] },
    ]);
    expect(gridsDirect(bytes).T!.rows[0]![0]!.text).toBe("_x0041_ är inte A");
    expect((await gridsViaExcelJS(bytes)).T!.rows[0]![0]!.text).toBe("A är inte A");
  });

  it("gives an opened file back byte for byte until something is changed", async () => {
    const bytes = new Uint8Array(
      fs.readFileSync(path.join(XLSX_FIXTURES, "kof-2020-libreoffice.xlsx")),
    );
    const workbook = await FileWorkbook.open(bytes);
    expect(Buffer.compare(Buffer.from(await workbook.save()), Buffer.from(bytes))).toBe(0);
    const [sheet] = await workbook.listSheets();
    await workbook.updateCells([{ sheet: sheet!.name, cell: "A1", value: "Ändrad" }]);
    const changed = await FileWorkbook.open(await workbook.save());
    expect((await changed.readSheet(sheet!.name)).rows[0]![0]!.text).toBe("Ändrad");
  });

  it("refuses unfinished elements at once, however many there are (no quadratic scan on a crafted file)", async () => {
    const bytes = await directBytes([{ name: "T", cells: [{ row: 1, col: 1, value: "x" }] }]);
    const crafted = (part: string, edit: (xml: string) => string) => {
      const parts = unzipSync(bytes);
      parts[part] = strToU8(edit(strFromU8(parts[part]!)));
      return zipSync(parts);
    };
    const many = 50_000;
    const cases = [
      crafted("xl/worksheets/sheet1.xml", (xml) =>
        xml.replace(
          /<sheetData>[\s\S]*<\/sheetData>/,
          `<sheetData>${'<c r="A1">'.repeat(many)}</sheetData>`,
        ),
      ),
      crafted("xl/worksheets/sheet1.xml", (xml) =>
        xml.replace("</worksheet>", `${'<mergeCell ref="A1:B2"'.repeat(many)}</worksheet>`),
      ),
      crafted("xl/sharedStrings.xml", (xml) =>
        xml.replace("</sst>", `${"<si><t>".repeat(many)}</sst>`),
      ),
    ];
    // Not well-formed XML: refused as damaged (as Excel and ExcelJS's parser refuse it), not handed on.
    for (const file of cases) expect(() => readXlsx(file, { native: FFLATE_INFLATE })).toThrow(/är inte giltig XML/);
  });
});
