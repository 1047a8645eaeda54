/**
 * What the strict double exposed in the Office adapter (issue 13 §2). Each test failed on the
 * adapter before its fix: payload-sized syncs, merged areas apart, marks by formula, the template's
 * dropdown source, re-registering live re-validation, temporary sheets, ItemNotFound, cell-edit mode,
 * hidden sheets.
 */
import { buildTemplateSheets } from "../../../src/core/template";
import { standardProfile } from "../../../src/core/profile/load";
import { insertTemplate } from "../../../src/core/workflow/workbook";
import { OfficeWorkbook, isMarkFormula } from "../../../src/workbook/office";
import { WorkbookError } from "../../../src/core/port";
import { LIST_SHEET } from "../../../src/workbook/spec/formulas";
import { FileWorkbook } from "../../../src/workbook/file";
import { FakeExcel, FakeOfficeError, limits } from "./fake-excel";
import { largeSummarySpecs, seedLargeReport } from "./large-cases";

function port(excel: FakeExcel, notices: string[] = []): OfficeWorkbook {
  return new OfficeWorkbook(excel.run, { supports: () => true, onNotice: (m) => notices.push(m) });
}

const largest = (excel: FakeExcel) => ({
  request: Math.max(...excel.syncLog.map((s) => s.requestBytes)),
  response: Math.max(...excel.syncLog.map((s) => s.responseBytes)),
});

describe("Office adapter: syncs sized by bytes", () => {
  it("writes the summary of 40 förvaltningar × 250 activities with every request under 5 MB", async () => {
    const excel = new FakeExcel();
    const specs = largeSummarySpecs(40, 250);
    await port(excel).writeSheets(specs);
    const all = excel.sheet("Alla aktiviteter")!;
    expect(all.usedArea()!.bottom).toBeGreaterThanOrEqual(10_000);
    expect(largest(excel).request).toBeLessThanOrEqual(limits.PAYLOAD_LIMIT_BYTES);
  });

  it("reads a 10,000-row report sheet with every response under 5 MB", async () => {
    const excel = new FakeExcel();
    seedLargeReport(excel, "Uppföljning", 10_000);
    const grid = await port(excel).readSheet("Uppföljning");
    expect(grid.rows).toHaveLength(10_004);
    expect(grid.rows[10_003]?.[1]?.value).toMatch(/\(10000\)$/);
    expect(largest(excel).response).toBeLessThanOrEqual(limits.PAYLOAD_LIMIT_BYTES);
  });

  it("retries a refused read with half the slice, and a refused write in halves", async () => {
    const excel = new FakeExcel();
    seedLargeReport(excel, "Uppföljning", 3_000);
    excel.payloadLimit = 600_000; // as if Office's framing were far larger than our measure
    const grid = await port(excel).readSheet("Uppföljning");
    expect(grid.rows).toHaveLength(3_004);
    expect(excel.syncLog.some((s) => s.responseBytes > excel.payloadLimit)).toBe(true); // it was refused, then halved

    const writer = new FakeExcel();
    writer.payloadLimit = 400_000;
    await port(writer).writeSheets(largeSummarySpecs(4, 100));
    expect(writer.sheet("Alla aktiviteter")!.usedArea()!.bottom).toBeGreaterThanOrEqual(400);
    expect(writer.syncLog.some((s) => s.requestBytes > writer.payloadLimit)).toBe(true);
  });

  it("reads the grid without merged areas when Excel cannot return them (over 512), and says so", async () => {
    const excel = new FakeExcel();
    seedLargeReport(excel, "Uppföljning", 1_200);
    const sheet = excel.sheet("Uppföljning")!;
    for (let r = 0; r < 600; r++) sheet.merges.push({ top: 5 + 2 * r, left: 3, bottom: 6 + 2 * r, right: 3 });
    const notices: string[] = [];
    const grid = await port(excel, notices).readSheet("Uppföljning");
    expect(grid.rows).toHaveLength(1_204);
    expect(grid.merges).toEqual([]);
    expect(notices.join(" ")).toMatch(/Sammanfogade celler kunde inte läsas/);
  });
});

describe("Office adapter: the template", () => {
  it("sets the Uppdrag dropdown after the Uppdrag sheet exists, pointing at one column of the register", async () => {
    const excel = new FakeExcel();
    await insertTemplate(port(excel), { profile: standardProfile });
    const template = excel.sheets.find((s) => s.validations.some((v) => v.rule?.list?.source.includes("Uppdrag")))!;
    const source = template.validations.map((v) => v.rule?.list?.source ?? "").find((s) => s.includes("Uppdrag"))!;
    // The Referens column ("Kommungemensamt 1"): what the Uppdrag column holds; a bare number would lose the scope.
    expect(source).toMatch(/^=Uppdrag!\$A\$2:\$A\$\d+$/);
    expect(excel.sheet("Uppdrag")).toBeDefined();
  });

  it("inserts the template twice: the second beside the first, with its own table name and no #REF!", async () => {
    const excel = new FakeExcel();
    const workbook = port(excel);
    const first = await insertTemplate(workbook, { profile: standardProfile });
    const second = await insertTemplate(workbook, { profile: standardProfile });
    expect(second.sheet).not.toBe(first.sheet);
    expect(excel.tables.map((t) => t.name).sort()).toEqual(["Aktiviteter", "Aktiviteter_2", "Uppdragsregister"].sort());
    const sources = excel.sheet(second.sheet)!.validations.map((v) => v.rule?.list?.source ?? "");
    expect(sources.some((s) => s.startsWith("=Uppdrag!"))).toBe(true);
  });

  it("puts a dropdown list too long for Excel (or with a comma) on the very hidden list sheet, as files do, dropping nothing", async () => {
    const excel = new FakeExcel();
    const long = Array.from({ length: 40 }, (_, i) => `Status nummer ${i}`);
    const comma = ["Samhälle", "Medborgare, kund", "Ekonomi"];
    const validations = [
      { range: "A1:A10", kind: "list" as const, values: long },
      { range: "B1:B10", kind: "list" as const, values: comma },
      { range: "C1:C10", kind: "list" as const, values: ["Ja", "Nej"] },
    ];
    const workbook = port(excel);
    await workbook.writeSheets([{ name: "Mall", cells: [], validations }]);
    // A second sheet with the same long list reuses its column; a new list gets the next one.
    await workbook.writeSheets([{ name: "Mall 2", cells: [], validations: [validations[0]!, { range: "D1", kind: "list", values: [...comma, "Ny"] }] }]);
    const lists = excel.sheet(LIST_SHEET)!;
    expect(lists.visibility).toBe("VeryHidden");
    const column = (col: number, n: number) => Array.from({ length: n }, (_, r) => lists.cell(r + 1, col)?.value);
    expect(column(1, 40)).toEqual(long);
    expect(column(2, 3)).toEqual(comma);
    expect(column(3, 4)).toEqual([...comma, "Ny"]);
    const sources = (sheet: string) => excel.sheet(sheet)!.validations.map((v) => v.rule?.list?.source);
    expect(sources("Mall")).toEqual([`=${LIST_SHEET}!$A$1:$A$40`, `=${LIST_SHEET}!$B$1:$B$3`, "Ja,Nej"]);
    expect(sources("Mall 2")).toEqual([`=${LIST_SHEET}!$A$1:$A$40`, `=${LIST_SHEET}!$C$1:$C$4`]);
    // The same specs written to a file get the same list sheet (spec/list-sheet.ts).
    const file = FileWorkbook.create();
    await file.writeSheets([{ name: "Mall", cells: [], validations }]);
    const fileLists = await file.readSheet(LIST_SHEET);
    expect(fileLists.rows.map((row) => row[0]?.text)).toEqual(long);
    expect(fileLists.rows.slice(0, 3).map((row) => row[1]?.text)).toEqual(comma);
  });

  it("replaces a very hidden sheet without leaving a temporary sheet behind", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Listor").visibility = "VeryHidden";
    await port(excel).writeSheets([{ name: "Listor", cells: [{ row: 1, col: 1, value: "ny" }], state: "veryHidden" }]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Blad1", "Listor"]);
    expect(excel.sheet("Listor")!.visibility).toBe("VeryHidden");
    expect(excel.sheet("Listor")!.cell(1, 1)?.value).toBe("ny");
  });
});

describe("Office adapter: a refused replace leaves the workbook as it was", () => {
  it("removes the temporary sheet when Excel refuses to delete the old one", async () => {
    const excel = new FakeExcel();
    excel.seed("Mall", "A1", [["gammal"]]);
    const refuse = jest.spyOn(excel, "deleteSheet").mockImplementationOnce(() => {
      throw new FakeOfficeError("InvalidOperation", "This operation is not permitted.");
    });
    await expect(port(excel).writeSheets([{ name: "Mall", cells: [{ row: 1, col: 1, value: "ny" }] }])).rejects.toBeInstanceOf(WorkbookError);
    refuse.mockRestore();
    expect(excel.sheets.map((s) => s.name)).toEqual(["Blad1", "Mall"]);
    expect(excel.sheet("Mall")!.cell(1, 1)?.value).toBe("gammal");
  });
});

describe("Office adapter: finding marks", () => {
  const template = () => buildTemplateSheets({
    meta: { organisation: "Kultur- och fritidsförvaltningen", board: null, year: 2020, period: "delar", cutoff: "2020-08-31", profile: "standard" },
    activities: [],
    profile: standardProfile,
    register: [],
  });

  it("replaces its own marks again and again, never the template's traffic lights or the user's rules", async () => {
    const excel = new FakeExcel();
    const workbook = port(excel);
    const specs = template();
    await workbook.writeSheets(specs);
    const sheet = excel.sheet(specs[0]!.name)!;
    const user = { area: { top: 8, left: 8, bottom: 100, right: 8 }, type: "Custom", formula: '=H8="Klar"', fill: "#C6EFCE" };
    sheet.conditionalFormats.push(user);
    const theirs = sheet.conditionalFormats.filter((cf) => !isMarkFormula(cf.formula));

    await workbook.setMarks(sheet.name, [
      { cell: "H8", severity: "error" },
      { cell: "I9", severity: "warning" },
      { cell: "D10", severity: "info" },
    ]);
    await workbook.setMarks(sheet.name, [{ cell: "D11", severity: "error" }, { cell: "D12", severity: "warning" }]);
    const ours = sheet.conditionalFormats.filter((cf) => isMarkFormula(cf.formula));
    expect(ours.map((cf) => cf.area.top).sort()).toEqual([11, 12]);
    expect(ours.map((cf) => cf.fill).sort()).toEqual(["#F4B6B6", "#FBE3A1"]);

    await workbook.setMarks(sheet.name, []);
    expect(sheet.conditionalFormats).toEqual(theirs);
    expect(sheet.conditionalFormats).toContain(user);
  });
});

describe("Office adapter: live re-validation", () => {
  afterEach(() => jest.useRealTimers());

  it("keeps firing after the template is written again, and unsubscribes on the handlers' own context", async () => {
    jest.useFakeTimers();
    const excel = new FakeExcel();
    const workbook = port(excel);
    const spec = { name: "Uppföljning", cells: [], table: { name: "Aktiviteter", topLeft: "A7", columns: ["Aktivitet", "Status"], rows: [] } };
    await workbook.writeSheets([spec]);
    const onChange = jest.fn();
    const unsubscribe = await workbook.watchTable("Aktiviteter", onChange, { debounceMs: 100 });

    await workbook.writeSheets([spec]); // the sheet and its table are new
    await excel.fireTableChanged("Aktiviteter", "B8");
    jest.advanceTimersByTime(100);
    expect(onChange).toHaveBeenCalledTimes(1);

    await unsubscribe();
    expect(excel.table("Aktiviteter")!.handlers).toHaveLength(0);
  });
});

describe("Office adapter: errors and edit mode", () => {
  it("waits while the user edits a cell instead of failing (delayForCellEdit)", async () => {
    const excel = new FakeExcel();
    excel.editMode = true;
    const listing = port(excel).listSheets();
    setTimeout(() => excel.exitEditMode(), 0);
    await expect(listing).resolves.toEqual([{ name: "Blad1", visibility: "visible" }]);
  });

  it("asks the user to leave the cell where Excel cannot delay a batch (before ExcelApi 1.20)", async () => {
    const excel = new FakeExcel();
    excel.editMode = true;
    const older = new OfficeWorkbook(excel.run, { supports: (_set, version) => version !== "1.20" });
    await expect(older.listSheets()).rejects.toMatchObject({ code: "edit-mode" });
  });

  it("says a sheet is missing only when the sheet lookup failed", async () => {
    const excel = new FakeExcel();
    const error = await port(excel).readSheet("Finns inte").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "sheet-missing" });
    const { toWorkbookError } = await import("../../../src/workbook/office");
    expect(toWorkbookError({ code: "ItemNotFound", message: "x" }, "Uppföljning").code).not.toBe("sheet-missing");
  });

  it("tells the user a finding's sheet is hidden instead of a generic Excel error", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Gömd").visibility = "Hidden";
    const error = await port(excel).select("Gömd", "A1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).message).toMatch(/är dolt/);
  });
});
