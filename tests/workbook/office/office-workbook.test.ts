import { consolidate, buildSummarySheets, type ConsolidationInput } from "../../../src/core/consolidate";
import type { Activity, RegisterEntry } from "../../../src/core/model";
import { standardProfile } from "../../../src/core/profile/load";
import type { SheetSpec } from "../../../src/core/sheetspec";
import { buildTemplateSheets } from "../../../src/core/template";
import { OfficeWorkbook, type ExcelRunOptions } from "../../../src/workbook/office";
import { WorkbookError } from "../../../src/core/port";
import { FakeExcel, FakeOfficeError, type FakeContext } from "./fake-excel";
import { consolidationInput } from "./large-cases";

const COLUMNS = ["Perspektiv", "Kommunövergripande mål", "Nämndmål", "Aktivitet", "Uppdrag", "Slutdatum", "Ansvarig", "Status", "Kommentar"];

/** A template-like sheet of `rows` activities (header at row 7), in the words of kof-2020-delar. */
function seedReport(excel: FakeExcel, sheet: string, rows: number): void {
  excel.seed(sheet, "A1", [["Förvaltning", "Kultur- och fritidsförvaltningen"], ["År", 2020]]);
  const data = Array.from({ length: rows }, (_, i) => [
    "Samhälle",
    null,
    "Ett mångfasetterat kultur-, fritids- och idrottsliv",
    `Genomföra en översyn av museer ${i + 1}`,
    "Uppdrag 1",
    "Kvartal 2",
    "Kulturchef",
    i % 3 === 0 ? "Pågående" : "Genomförd",
    i % 5 === 0 ? "Arbetet fortsätter under hösten." : null,
  ]);
  excel.seed(sheet, "A7", [COLUMNS, ...data]);
}

/** A port whose contexts are all spied on, counting context.sync() per operation. */
function spiedPort(excel: FakeExcel, supports: (set: string, version: string) => boolean = () => true, onNotice?: (m: string) => void) {
  const spies: jest.SpyInstance[] = [];
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: ExcelRunOptions): Promise<T> => {
    const previous = options?.previousObjects as unknown as FakeContext | undefined;
    const context: FakeContext = previous ?? excel.newContext(options);
    if (!previous) spies.push(jest.spyOn(context, "sync"));
    return batch(context as unknown as Excel.RequestContext);
  };
  const syncs = () => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
  const reset = () => spies.splice(0).forEach((spy) => spy.mockRestore());
  return { port: new OfficeWorkbook(run, { supports, onNotice }), syncs, reset };
}

describe("OfficeWorkbook: round trips", () => {
  it("reads a sheet of 10 rows in 3 syncs and one of 5,000 rows in 4 (syncs follow bytes, not rows)", async () => {
    const excel = new FakeExcel();
    seedReport(excel, "Liten", 10);
    seedReport(excel, "Stor", 5_000);
    const { port, syncs, reset } = spiedPort(excel);

    const small = await port.readSheet("Liten");
    const smallSyncs = syncs();
    reset();
    const large = await port.readSheet("Stor");
    const largeSyncs = syncs();

    expect(smallSyncs).toBe(3); // where the values are · the values · merged areas
    expect(largeSyncs).toBe(4); // a small first slice, then the rest measured by its bytes per row
    expect(small.rows).toHaveLength(17);
    expect(large.rows).toHaveLength(5_007);
    expect(large.rows[5_006]?.[3]).toMatchObject({ kind: "text", value: "Genomföra en översyn av museer 5000" });
    expect(large.rows[1]?.[1]).toMatchObject({ kind: "number", value: 2020 });
  });

  it("inserts the template (template sheet + Uppdrag sheet) in 4 syncs", async () => {
    const excel = new FakeExcel();
    const { port, syncs } = spiedPort(excel);
    const register: RegisterEntry[] = [
      { number: 1, text: "Samtliga nämnder ska fortsätta arbetet med civil beredskap.", scope: "kommungemensamt", year: 2020, boards: [] },
      { number: 2, text: "Samtliga nämnder ska motverka segregation.", scope: "kommungemensamt", year: 2020, boards: [] },
    ];
    const specs = buildTemplateSheets({
      meta: { organisation: "Kultur- och fritidsförvaltningen", board: "Kultur- och fritidsnämnden", year: 2020, period: "delar", cutoff: "2020-08-31", profile: "standard" },
      activities: [],
      profile: standardProfile,
      register,
    });

    await port.writeSheets(specs);

    expect(syncs()).toBe(4); // what is there · the sheets · their content · activate
    const template = excel.sheet(specs[0]!.name)!;
    expect(excel.sheet("Uppdrag")).toBeDefined();
    expect(excel.tables.map((t) => t.name)).toEqual(expect.arrayContaining([specs[0]!.table!.name]));
    expect(template.validations.length).toBe(specs[0]!.validations!.length);
    expect(template.conditionalFormats.length).toBe(specs[0]!.conditionalFormats!.length);
    expect(template.names.size).toBe(specs[0]!.names!.length);
    expect(template.frozen.rows).toBe(specs[0]!.freeze!.rows);
    expect(template.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
    expect(template.pageLayout.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
    expect(excel.activeSheet).toBe(specs[0]!.name);
  });

  function source(index: number): ConsolidationInput {
    const activities: Activity[] = Array.from({ length: 12 }, (_, i) => ({
      id: `r${i}`,
      parentId: null,
      perspective: "Samhälle",
      commonGoal: null,
      goal: "Ett mångfasetterat kultur-, fritids- och idrottsliv",
      activity: i === 0 ? "=HYPERLINK(\"http://example.invalid\")" : `Aktivitet ${i}`,
      assignmentRefs: i % 4 === 0 ? [{ scope: "kommungemensamt", number: 1 }] : [],
      due: { raw: "Kvartal 2", kind: "quarter", value: 2, end: "2020-06-30" },
      responsible: null,
      status: { raw: "Pågående", category: i % 3 === 0 ? "delayed" : "ongoing", label: "Pågående", inferred: false },
      comment: i % 3 === 0 ? "Försenat av pandemin" : null,
      source: { sheet: "Uppföljning", row: 8 + i, rows: [8 + i] },
    }));
    return consolidationInput(index, activities);
  }

  function summarySpecs(sources: number): SheetSpec[] {
    const register: RegisterEntry[] = [
      { number: 1, text: "Samtliga nämnder ska fortsätta arbetet med civil beredskap.", scope: "kommungemensamt", year: 2020, boards: [] },
    ];
    const summary = consolidate(Array.from({ length: sources }, (_, i) => source(i)), {
      register,
      profile: standardProfile,
      now: new Date("2020-09-15T10:00:00Z"),
    });
    return buildSummarySheets(summary, standardProfile);
  }

  it("writes the five summary sheets in at most 4 syncs whatever the number of sources", async () => {
    const counts: number[] = [];
    for (const sources of [2, 30]) {
      const excel = new FakeExcel();
      const { port, syncs } = spiedPort(excel);
      const specs = summarySpecs(sources);
      expect(specs).toHaveLength(6);
      await port.writeSheets(specs);
      counts.push(syncs());
      for (const spec of specs) expect(excel.sheet(spec.name)).toBeDefined();
      const withChart = specs.find((s) => s.chart)!;
      expect(excel.sheet(withChart.name)!.charts).toEqual([
        expect.objectContaining({ type: "BarStacked", title: withChart.chart!.title, seriesBy: "Columns" }),
      ]);
    }
    expect(counts[0]).toBeLessThanOrEqual(4);
    expect(counts[1]).toBe(counts[0]);
  });

  it("writes source text such as =HYPERLINK(…) as text, never as a formula", async () => {
    const excel = new FakeExcel();
    const { port } = spiedPort(excel);
    const specs = summarySpecs(2);
    await port.writeSheets(specs);
    const long = specs.find((s) => s.name === "Alla aktiviteter")!;
    const sheet = excel.sheet(long.name)!;
    const stored = [...sheet.cells.values()].filter((c) => typeof c.value === "string" && c.value.startsWith("=HYPERLINK"));
    expect(stored.length).toBe(2);
    for (const cell of stored) {
      expect(cell.formula).toBeUndefined();
      expect(cell.numberFormat).toBe("@");
    }
    const grid = await port.readSheet(long.name);
    const texts = grid.rows.flat().filter((c) => c?.text.startsWith("=HYPERLINK"));
    expect(texts).toHaveLength(2);
    expect(texts.every((c) => c?.kind === "text" && c.formula === undefined)).toBe(true);
  });

  it("the fake is honest: the same text entered into a General cell would become a formula", async () => {
    const excel = new FakeExcel();
    const context = excel.newContext();
    context.workbook.worksheets.getItem("Blad1").getRange("A1").values = [['=HYPERLINK("http://example.invalid")']];
    await context.sync();
    expect(excel.sheet("Blad1")!.cell(1, 1)?.formula).toBe('=HYPERLINK("http://example.invalid")');
  });

  it("replaces summary sheets in place, keeping their position", async () => {
    const excel = new FakeExcel();
    const { port } = spiedPort(excel);
    await port.writeSheets(summarySpecs(2));
    const before = excel.sheets.map((s) => s.name);
    await port.writeSheets(summarySpecs(3));
    expect(excel.sheets.map((s) => s.name)).toEqual(before);
  });
});

describe("OfficeWorkbook: bad input gets a Swedish WorkbookError and nothing is written", () => {
  it("refuses to replace a protected sheet", async () => {
    const excel = new FakeExcel();
    const { port } = spiedPort(excel);
    await port.writeSheets([{ name: "Sammanställning", cells: [{ row: 1, col: 1, value: "gammal" }] }]);
    excel.sheet("Sammanställning")!.isProtected = true;

    const error = await port
      .writeSheets([
        { name: "Källor", cells: [{ row: 1, col: 1, value: "ny" }] },
        { name: "Sammanställning", cells: [{ row: 1, col: 1, value: "ny" }] },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).code).toBe("protected");
    expect((error as WorkbookError).message).toMatch(/skyddat/);
    expect(excel.sheet("Källor")).toBeUndefined();
    expect(excel.sheet("Sammanställning")!.cell(1, 1)?.value).toBe("gammal");
  });

  it("refuses fixes on a protected sheet before writing any of them", async () => {
    const excel = new FakeExcel();
    seedReport(excel, "Uppföljning", 3);
    excel.sheet("Uppföljning")!.isProtected = true;
    const { port } = spiedPort(excel);
    await expect(port.updateCells([{ sheet: "Uppföljning", cell: "H8", value: "Pågående" }])).rejects.toMatchObject({ code: "protected" });
  });

  it("maps an Excel AccessDenied during the write to 'protected'", async () => {
    const excel = new FakeExcel();
    const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const context = excel.newContext();
      const realSync = context.sync.bind(context);
      let calls = 0;
      jest.spyOn(context, "sync").mockImplementation(async () => {
        calls++;
        if (calls === 2) throw new FakeOfficeError("AccessDenied", "The cell you're trying to change is protected.");
        return realSync();
      });
      return batch(context as unknown as Excel.RequestContext);
    };
    const port = new OfficeWorkbook(run, { supports: () => true });
    await expect(port.writeSheets([{ name: "Ny", cells: [{ row: 1, col: 1, value: "x" }] }])).rejects.toMatchObject({
      code: "protected",
      message: expect.stringMatching(/skydd/),
    });
  });

  it("tells the user to leave cell edit mode where Excel cannot delay the batch (before ExcelApi 1.20)", async () => {
    const excel = new FakeExcel();
    seedReport(excel, "Uppföljning", 3);
    excel.editMode = true;
    // Such an Excel ignores delayForCellEdit: the runner drops it.
    const port = new OfficeWorkbook((batch) => excel.run(batch), { supports: () => true });
    const error = await port.readSheet("Uppföljning").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).code).toBe("edit-mode");
    expect((error as WorkbookError).message).toContain("Avsluta redigeringen av cellen och försök igen");
    await expect(port.setSetting("profile", "{}")).rejects.toMatchObject({ code: "edit-mode" });
    excel.editMode = false;
    expect(excel.sheet("_uppfoljning")).toBeUndefined();
  });

  it("says which sheet is missing", async () => {
    const { port } = spiedPort(new FakeExcel());
    await expect(port.select("Uppföljning", "H12")).rejects.toMatchObject({ code: "sheet-missing", message: expect.stringContaining("Uppföljning") });
    await expect(port.updateCells([{ sheet: "Uppföljning", cell: "H12", value: "x" }])).rejects.toMatchObject({ code: "sheet-missing" });
  });

  it("rejects an invalid cell address with a Swedish message", async () => {
    const excel = new FakeExcel();
    const { port } = spiedPort(excel);
    await expect(port.select("Blad1", "inte en cell")).rejects.toMatchObject({ code: "unsupported", message: expect.stringContaining("celladress") });
  });

  it("watchTable on a workbook without the template says so", async () => {
    const { port } = spiedPort(new FakeExcel());
    await expect(port.watchTable("Aktiviteter", () => undefined)).rejects.toMatchObject({ message: expect.stringContaining("Infoga mallen") });
  });
});

describe("OfficeWorkbook: older Excel (requirement sets above the manifest minimum)", () => {
  it("reads without merges and writes without print setup, with a notice for each", async () => {
    const excel = new FakeExcel();
    const notices: string[] = [];
        // The manifest minimum, ExcelApi 1.8, and nothing newer.
    const upTo18 = (_set: string, version: string) => Number(version.split(".")[1]) <= 8;
    const { port } = spiedPort(excel, upTo18, (m) => notices.push(m));
    await port.writeSheets([
      { name: "Mall", cells: [{ row: 1, col: 1, value: "Mål" }], merges: ["A1:A3"], print: { landscape: true, paper: "A4", titleRows: "1:1" } },
    ]);
    expect(excel.sheet("Mall")!.pageLayout).toEqual({});
    const grid = await port.readSheet("Mall");
    expect(grid.merges).toEqual([]);
    expect(grid.rows[0]?.[0]).toMatchObject({ value: "Mål" });
    expect(notices.some((n) => n.includes("ExcelApi 1.9"))).toBe(true);
    expect(notices.some((n) => n.includes("ExcelApi 1.13"))).toBe(true);
  });

  it("reads merged areas where ExcelApi 1.13 is available", async () => {
    const excel = new FakeExcel();
    const { port } = spiedPort(excel);
    await port.writeSheets([{ name: "Mall", cells: [{ row: 1, col: 1, value: "Mål" }, { row: 1, col: 2, value: "x" }], merges: ["A1:A3"] }]);
    expect((await port.readSheet("Mall")).merges).toEqual([{ top: 1, left: 1, bottom: 3, right: 1 }]);
  });
});

describe("OfficeWorkbook: select", () => {
  it("select activates the sheet and selects the cell in one sync", async () => {
    const excel = new FakeExcel();
    seedReport(excel, "Uppföljning", 5);
    const { port, syncs } = spiedPort(excel);
    await port.select("Uppföljning", "H12");
    expect(excel.activeSheet).toBe("Uppföljning");
    expect(excel.sheet("Uppföljning")!.selected).toBe("'Uppföljning'!H12");
    expect(syncs()).toBe(1);
  });
});

describe("OfficeWorkbook: re-validate on table change", () => {
  afterEach(() => jest.useRealTimers());

  it("calls back once after a burst of changes, and not after unsubscribing", async () => {
    jest.useFakeTimers();
    const excel = new FakeExcel();
    const { port } = spiedPort(excel);
    await port.writeSheets([
      { name: "Uppföljning", cells: [], table: { name: "Aktiviteter", topLeft: "A7", columns: COLUMNS, rows: [] } },
    ]);
    const onChange = jest.fn();
    const unsubscribe = await port.watchTable("Aktiviteter", onChange, { debounceMs: 500 });

    await excel.fireTableChanged("Aktiviteter", "H8");
    jest.advanceTimersByTime(200);
    await excel.fireTableChanged("Aktiviteter", "H9");
    jest.advanceTimersByTime(499);
    expect(onChange).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith({ table: "Aktiviteter", address: "H9", source: "Local" });

    await unsubscribe();
    await excel.fireTableChanged("Aktiviteter", "H10");
    jest.advanceTimersByTime(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
