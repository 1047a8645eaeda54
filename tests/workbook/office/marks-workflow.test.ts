/**
 * Kontrollera marks the finding cells (issue 13): in Excel through the Office adapter on the strict
 * double, and in standalone mode in the downloaded file. Real seed report (kof-2020-delar).
 */
import { allFindings } from "../../../src/core/validate/validation-report";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { createPaneServices, type PaneServices } from "../../../src/taskpane/services";
import * as workflow from "../../../src/core/workflow";
import { FileWorkbook } from "../../../src/workbook/file";
import { OfficeWorkbook, isMarkFormula } from "../../../src/workbook/office";
import { FixtureSchema, SEED_FIXTURE_DIR } from "../../fixtures/seeds/format";
import { FakeExcel } from "./fake-excel";

const fixture = FixtureSchema.parse(JSON.parse(fs.readFileSync(path.join(SEED_FIXTURE_DIR, "kof-2020-delar.json"), "utf8")));
const sheet = fixture.sheets[0]!;

function excelServices(): { excel: FakeExcel; services: PaneServices } {
  const excel = new FakeExcel();
  // As typed by the förvaltning: text cells ("@" keeps "- …" bullet texts as text, as a pasted report has them).
  excel.seed(sheet.name, "A1", sheet.rows.map((row) => row.map((c) => c ?? null)), "@");
  const port = new OfficeWorkbook(excel.run, { supports: () => true });
  return { excel, services: createPaneServices({ mode: "excel", port, workflow: async () => workflow }) };
}

const own = (excel: FakeExcel) => excel.sheet(sheet.name)!.conditionalFormats.filter((cf) => isMarkFormula(cf.formula));
const address = (cf: { area: { top: number; left: number } }) => `${String.fromCharCode(64 + cf.area.left)}${cf.area.top}`;

describe("Kontrollera marks the cells in Excel", () => {
  it("marks every finding's cell, replaces the marks on a re-check, and Rensa markeringar removes them", async () => {
    const { excel, services } = excelServices();
    const user = { area: { top: 9, left: 4, bottom: 40, right: 4 }, type: "Custom", formula: '=D9="Genomfört"', fill: "#C6EFCE" };
    excel.sheet(sheet.name)!.conditionalFormats.push(user);

    const outcome = await services.check({ lang: "sv" });
    const cells = new Set(allFindings(outcome).filter((f) => f.cell && f.sheet === sheet.name).map((f) => f.cell));
    expect(cells.size).toBeGreaterThan(0);
    expect(new Set(own(excel).map(address))).toEqual(cells);
    const errorCell = allFindings(outcome).find((f) => f.severity === "error" && f.cell);
    if (errorCell) expect(own(excel).find((cf) => address(cf) === errorCell.cell)!.fill).toBe("#F4B6B6");

    await services.check({ lang: "sv" });
    expect(own(excel)).toHaveLength(cells.size);

    await services.clearMarks!();
    expect(own(excel)).toHaveLength(0);
    expect(excel.sheet(sheet.name)!.conditionalFormats).toEqual([user]);
  });

  it("removes the mark of a fixed cell", async () => {
    const { excel, services } = excelServices();
    excel.seed(sheet.name, "D9", [["Klar"]], "@"); // a synonym of the canonical status: a fixable finding
    const outcome = await services.check({ lang: "sv" });
    const fixable = allFindings(outcome).filter((f) => f.fix && f.cell);
    expect(fixable.map((f) => f.cell)).toContain("D9");
    expect(own(excel).map(address)).toContain("D9");
    const result = await services.applyFixes(fixable, "sv");
    const skipped = new Set(result.skipped.map((s) => s.cell));
    const fixedCells = fixable.map((f) => f.cell).filter((cell) => !skipped.has(cell));
    const stillFlagged = new Set(allFindings(outcome).filter((f) => !f.fix || skipped.has(f.cell)).map((f) => f.cell));
    const marked = new Set(own(excel).map(address));
    expect(fixedCells).toContain("D9");
    for (const cell of fixedCells) if (!stillFlagged.has(cell)) expect(marked.has(cell)).toBe(false);
  });
});

describe("Kontrollera marks the cells in the standalone download", () => {
  it("the downloaded file carries the marks as conditional formats", async () => {
    const created = FileWorkbook.create();
    await created.writeSheets([
      { name: sheet.name, cells: sheet.rows.flatMap((row, r) => row.flatMap((value, c) => (value ? [{ row: r + 1, col: c + 1, value }] : []))) },
    ]);
    const port = await FileWorkbook.open(await created.save());
    const services = createPaneServices({ mode: "standalone", port, workbookName: "kof.xlsx", workflow: async () => workflow });
    const outcome = await services.check({ lang: "sv" });
    const cells = new Set(allFindings(outcome).filter((f) => f.cell).map((f) => f.cell));

    const file = await services.exportWorkbook!("markerad");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const formattings = (book.getWorksheet(sheet.name) as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
    const marked = formattings.filter((f) => isMarkFormula(f.rules[0]?.formulae?.[0]));
    expect(new Set(marked.map((f) => f.ref))).toEqual(cells);
  });
});
