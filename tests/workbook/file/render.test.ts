/** SheetSpec rendering details of the file adapter, checked in the saved file where it matters. */
import ExcelJS from "exceljs";
import { cellAt } from "../../../src/core/grid";
import type { SheetSpec } from "../../../src/core/sheetspec";
import { FileWorkbook, LIST_SHEET, specProblems } from "../../../src/workbook/file";
import { invariantFormula } from "../../../src/workbook/spec/formulas";
import { WorkbookError } from "../../../src/core/port";

async function reopenWithExcelJS(workbook: FileWorkbook): Promise<ExcelJS.Workbook> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load((await workbook.save()) as unknown as ExcelJS.Buffer);
  return excel;
}

type Validations = { dataValidations: { model: Record<string, ExcelJS.DataValidation> } };

describe("rendering SheetSpecs into an .xlsx", () => {
  it("moves a long dropdown list, or one with commas, to a very hidden list sheet", async () => {
    const long = Array.from(
      { length: 40 },
      (_, i) => `Nämndspecifikt strategiskt uppdrag ${i + 1}`,
    );
    const workbook = FileWorkbook.create();
    await workbook.writeSheets([
      {
        name: "Lista",
        cells: [],
        validations: [
          { range: "A2:A10", kind: "list", values: long },
          { range: "B2:B10", kind: "list", values: ["Ja, helt", "Nej"] },
          { range: "C2:C10", kind: "list", values: ["Ja", "Nej"] },
        ],
      },
    ]);
    const excel = await reopenWithExcelJS(workbook);
    const model = (excel.getWorksheet("Lista") as unknown as Validations).dataValidations.model;
    expect(model.A2?.formulae).toEqual([`${LIST_SHEET}!$A$1:$A$40`]);
    expect(model.B2?.formulae).toEqual([`${LIST_SHEET}!$B$1:$B$2`]);
    expect(model.C2?.formulae).toEqual(['"Ja,Nej"']);
    const lists = excel.getWorksheet(LIST_SHEET)!;
    expect(lists.state).toBe("veryHidden");
    expect(lists.getCell("A40").value).toBe(long[39]);
    expect(lists.getCell("B1").value).toBe("Ja, helt");
  });

  it("keeps table text that looks like a formula as text", async () => {
    const workbook = FileWorkbook.create();
    await workbook.writeSheets([
      {
        name: "T",
        cells: [],
        table: {
          name: "Tabell",
          topLeft: "A1",
          columns: ["Aktivitet", "Antal"],
          rows: [
            ["=SUMMA(A1:A2)", 3],
            ["+46 13 20 60 00", null],
          ],
        },
      },
    ]);
    const grid = await (await FileWorkbook.open(await workbook.save())).readSheet("T");
    expect(cellAt(grid, 2, 1)).toEqual({
      kind: "text",
      text: "=SUMMA(A1:A2)",
      value: "=SUMMA(A1:A2)",
    });
    expect(cellAt(grid, 3, 1)).toMatchObject({ kind: "text", value: "+46 13 20 60 00" });
    expect(cellAt(grid, 2, 2)).toMatchObject({ kind: "number", value: 3 });
  });

  it("writes add-in formulas in invariant syntax, converting ';' outside strings", () => {
    expect(invariantFormula('=AND($H9="Kvarstår";$I9="")')).toBe('AND($H9="Kvarstår",$I9="")');
    expect(invariantFormula('=IF(A1="a;b";1;0)')).toBe('IF(A1="a;b",1,0)');
    expect(invariantFormula("=SUM({1,2;3,4})")).toBe("SUM({1,2;3,4})");
  });

  it("keeps a replaced sheet in its place in the tab order and moves a defined name with it", async () => {
    const workbook = FileWorkbook.create();
    const first: SheetSpec = {
      name: "Ett",
      cells: [{ row: 1, col: 1, value: 1 }],
      names: [{ name: "upp_forvaltning", cell: "B2" }],
    };
    await workbook.writeSheets([first, { name: "Två", cells: [] }, { name: "Tre", cells: [] }]);
    await workbook.writeSheets([{ ...first, names: [{ name: "upp_forvaltning", cell: "C3" }] }]);
    expect((await workbook.listSheets()).map((s) => s.name)).toEqual(["Ett", "Två", "Tre"]);
    const excel = await reopenWithExcelJS(workbook);
    expect(excel.worksheets.map((s) => s.name)).toEqual(["Ett", "Två", "Tre"]);
    expect((excel.definedNames as unknown as { model: unknown[] }).model).toEqual([
      { name: "upp_forvaltning", ranges: ["Ett!$C$3"] },
    ]);
  });

  it("gives a table name already used on another sheet the next free name (doing it twice works)", async () => {
    const workbook = FileWorkbook.create();
    const table = { name: "Aktiviteter", topLeft: "A1", columns: ["Aktivitet"], rows: [["a"]] };
    await workbook.writeSheets([{ name: "Ett", cells: [], table }]);
    await workbook.writeSheets([{ name: "Två", cells: [], table }]);
    // Replacing the sheet that owns the table keeps its name.
    await workbook.writeSheets([{ name: "Ett", cells: [], table }]);
    const excel = await reopenWithExcelJS(workbook);
    const names = (sheet: string) => Object.keys((excel.getWorksheet(sheet) as unknown as { tables: Record<string, unknown> }).tables);
    expect(names("Ett")).toEqual(["Aktiviteter"]);
    expect(names("Två")).toEqual(["Aktiviteter_2"]);
  });

  it("gives a table name an opened file already uses the next free name", async () => {
    const created = FileWorkbook.create();
    const table = { name: "Aktiviteter", topLeft: "A1", columns: ["Aktivitet"], rows: [["a"]] };
    await created.writeSheets([{ name: "Ett", cells: [], table }]);
    const opened = await FileWorkbook.open(await created.save());
    await opened.writeSheets([{ name: "Två", cells: [], table }]);
    const excel = await reopenWithExcelJS(opened);
    expect(Object.keys((excel.getWorksheet("Två") as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["Aktiviteter_2"]);
  });

  it("ignores a chart (ExcelJS cannot write charts) without failing", async () => {
    const workbook = FileWorkbook.create();
    await workbook.writeSheets([
      {
        name: "Sammanställning",
        cells: [{ row: 1, col: 1, value: "Status" }],
        chart: { kind: "stackedBar", title: "Status", dataRange: "A1:C5", anchor: "E2:L20" },
      },
    ]);
    expect(
      (await (await FileWorkbook.open(await workbook.save())).readSheet("Sammanställning"))
        .rows[0]?.[0]?.value,
    ).toBe("Status");
  });

  it("names what is wrong in a spec, in Swedish", async () => {
    expect(
      specProblems({ name: "Ett namn som är alldeles för långt för Excel", cells: [] })[0],
    ).toMatch(/längre än 31 tecken/);
    expect(specProblems({ name: "A/B", cells: [] })[0]).toMatch(/tecken som Excel inte tillåter/);
    expect(specProblems({ name: "_uppfoljning", cells: [] })[0]).toMatch(/reserverat/);
    expect(
      specProblems({ name: "X", cells: [{ row: 1, col: 1, value: "x".repeat(40_000) }] })[0],
    ).toMatch(/32767 tecken/);
    expect(
      specProblems({
        name: "X",
        cells: [],
        table: { name: "T", topLeft: "A1", columns: ["a", "b"], rows: [["ok", 1], ["ok", Infinity]] },
      }),
    ).toEqual(['Bladet "X", tabellen T rad 2: talet är inte ändligt']);
    expect(
      specProblems({
        name: "X",
        cells: [],
        table: { name: "T", topLeft: "A1", columns: ["a", "b"], rows: [[true, NaN], [null, "x".repeat(32_768)]] },
      }),
    ).toEqual([
      'Bladet "X", tabellen T rad 1: talet är inte ändligt',
      'Bladet "X", tabellen T rad 2: texten är längre än Excels gräns på 32767 tecken',
    ]);
    expect(specProblems({ name: "X", cells: [], merges: ["A1:B2", "B2:C3"] })[0]).toMatch(
      /överlappar/,
    );
    expect(
      specProblems({
        name: "X",
        cells: [],
        validations: [{ range: "nej", kind: "list", values: ["a"] }],
      })[0],
    ).toMatch(/inget giltigt område/);
    const error = await FileWorkbook.create()
      .writeSheets([{ name: "X", cells: [{ row: 1, col: 1, value: "a", style: { fill: "röd" } }] }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).message).toMatch(/^Inget skrevs: .*#RRGGBB/);
  });
});
