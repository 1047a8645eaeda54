/**
 * The contract every WorkbookPort adapter honours (src/core/port.ts). The file adapter
 * (ExcelJS) and the Office.js adapter both run it, so the app can rely on one behaviour.
 *
 * Usage: `describePortContract("FileWorkbook", async () => FileWorkbook.create())`.
 * `makePort` is called once per test and must return a workbook the test may freely write to;
 * it need not be empty (a fresh Excel workbook has a "Blad1"), but it must not hold the sheets
 * this contract writes ("Kontrakt…", "Logg…") or any settings.
 *
 * Conventions the contract fixes for both adapters:
 * - Strings are written as text, always: "=1+1" and "007" stay text, never a formula or a number.
 * - A number with a date number format (e.g. "yyyy-mm-dd") reads back as kind "date" with an ISO value.
 * - Merged areas read back as written; only the top-left cell of a merge holds a value.
 * - A sheet written again is replaced as a whole (old cells and merges are gone).
 * - Settings live in the very hidden sheet SETTINGS_SHEET; long values (over one cell's 32,767
 *   characters) round-trip.
 * - setMarks and select are accepted (a file has no UI: there they only validate their input).
 */
import { failedTasks, reportTasks } from "../../src/core/validate/validation-report";
import type { Cell, Grid } from "../../src/core/grid";
import type { SheetSpec } from "../../src/core/sheetspec";
import { SETTINGS_SHEET, WorkbookError, type WorkbookPort } from "../../src/core/port";
import { standardProfile } from "../../src/core/profile/load";
import { checkWorkbook, insertTemplate } from "../../src/core/workflow/workbook";

function cell(grid: Grid, a1: string): Cell | null {
  const match = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!match) throw new Error(`bad address ${a1}`);
  let col = 0;
  for (const ch of match[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return grid.rows[Number(match[2]) - 1]?.[col - 1] ?? null;
}

/** Values of a grid as plain rows, trailing empties dropped, for compact assertions. */
function values(grid: Grid): (string | number | boolean | null)[][] {
  return grid.rows.map((row) => {
    const out = row.map((c) => (c ? c.value : null));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
}

async function expectWorkbookError(
  promise: Promise<unknown>,
  code: WorkbookError["code"],
): Promise<WorkbookError> {
  let caught: unknown = null;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(WorkbookError);
  const error = caught as WorkbookError;
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}

const KINDS_SPEC: SheetSpec = {
  name: "Kontrakt",
  cells: [
    { row: 1, col: 1, value: "Aktivitet" },
    { row: 1, col: 2, value: "Status" },
    { row: 2, col: 1, value: "Digitalisera bygglov\n- e-tjänst\n- handläggning" },
    { row: 2, col: 2, value: "Pågående" },
    { row: 3, col: 1, value: "=1+1" },
    { row: 3, col: 2, value: "007" },
    { row: 4, col: 1, value: 42 },
    { row: 4, col: 2, value: 3.5 },
    { row: 5, col: 1, value: 44074, style: { numberFormat: "yyyy-mm-dd" } },
    { row: 5, col: 2, value: true },
    { row: 6, col: 1, value: "Sammanslaget mål" },
    { row: 9, col: 3, value: "Sist" },
  ],
  merges: ["A6:A8"],
};

export function describePortContract(name: string, makePort: () => Promise<WorkbookPort>): void {
  describe(`WorkbookPort contract: ${name}`, () => {
    let port: WorkbookPort;
    beforeEach(async () => {
      port = await makePort();
    });

    it("writes a sheet and reads back what a user sees, strings staying text", async () => {
      await port.writeSheets([KINDS_SPEC]);
      const grid = await port.readSheet("Kontrakt");
      expect(grid.sheet).toBe("Kontrakt");

      expect(cell(grid, "A1")).toMatchObject({
        kind: "text",
        value: "Aktivitet",
        text: "Aktivitet",
      });
      expect(cell(grid, "A2")).toMatchObject({
        kind: "text",
        value: "Digitalisera bygglov\n- e-tjänst\n- handläggning",
      });
      expect(cell(grid, "B2")).toMatchObject({ kind: "text", value: "Pågående" });

      const formulaLike = cell(grid, "A3");
      expect(formulaLike).toMatchObject({ kind: "text", value: "=1+1", text: "=1+1" });
      expect(formulaLike?.formula).toBeUndefined();
      expect(cell(grid, "B3")).toMatchObject({ kind: "text", value: "007", text: "007" });

      expect(cell(grid, "A4")).toMatchObject({ kind: "number", value: 42, text: "42" });
      expect(cell(grid, "B4")).toMatchObject({ kind: "number", value: 3.5 });
      expect(cell(grid, "A5")).toMatchObject({
        kind: "date",
        value: "2020-08-31",
        text: "2020-08-31",
      });
      expect(cell(grid, "B5")).toMatchObject({ kind: "boolean", value: true });

      expect(cell(grid, "C9")).toMatchObject({ kind: "text", value: "Sist" });
      expect(grid.rows.length).toBe(9);
    });

    it("reads merged areas, with the value only in the top-left cell", async () => {
      await port.writeSheets([KINDS_SPEC]);
      const grid = await port.readSheet("Kontrakt");
      expect(grid.merges).toEqual([{ top: 6, left: 1, bottom: 8, right: 1 }]);
      expect(cell(grid, "A6")).toMatchObject({ value: "Sammanslaget mål" });
      expect(cell(grid, "A7")).toBeNull();
      expect(cell(grid, "A8")).toBeNull();
    });

    it("lists written sheets in order with their visibility", async () => {
      await port.writeSheets([
        { name: "Kontrakt A", cells: [{ row: 1, col: 1, value: "a" }] },
        { name: "Kontrakt B", cells: [{ row: 1, col: 1, value: "b" }], state: "hidden" },
      ]);
      const sheets = await port.listSheets();
      const names = sheets.map((s) => s.name);
      expect(names.indexOf("Kontrakt A")).toBeGreaterThanOrEqual(0);
      expect(names.indexOf("Kontrakt B")).toBeGreaterThan(names.indexOf("Kontrakt A"));
      expect(sheets.find((s) => s.name === "Kontrakt A")?.visibility).toBe("visible");
      expect(sheets.find((s) => s.name === "Kontrakt B")?.visibility).toBe("hidden");
    });

    it("replaces a sheet of the same name as a whole", async () => {
      await port.writeSheets([KINDS_SPEC]);
      await port.writeSheets([{ name: "Kontrakt", cells: [{ row: 1, col: 1, value: "Ny" }] }]);
      const grid = await port.readSheet("Kontrakt");
      expect(values(grid)).toEqual([["Ny"]]);
      expect(grid.merges).toEqual([]);
      expect((await port.listSheets()).filter((s) => s.name === "Kontrakt")).toHaveLength(1);
    });

    it("writes nothing when one of the specs is invalid", async () => {
      const invalid: SheetSpec = { name: "Kontrakt fel", cells: [{ row: 0, col: 1, value: "x" }] };
      await expect(
        port.writeSheets([
          { name: "Kontrakt ok", cells: [{ row: 1, col: 1, value: "ok" }] },
          invalid,
        ]),
      ).rejects.toBeInstanceOf(WorkbookError);
      const names = (await port.listSheets()).map((s) => s.name);
      expect(names).not.toContain("Kontrakt ok");
      expect(names).not.toContain("Kontrakt fel");
    });

    it("updates single cells, text staying text and null clearing", async () => {
      await port.writeSheets([KINDS_SPEC]);
      await port.updateCells([
        { sheet: "Kontrakt", cell: "B2", value: "Kvarstår" },
        { sheet: "Kontrakt", cell: "A4", value: "=SUMMA(1;2)" },
        { sheet: "Kontrakt", cell: "B4", value: null },
        { sheet: "Kontrakt", cell: "D1", value: 7 },
      ]);
      const grid = await port.readSheet("Kontrakt");
      expect(cell(grid, "B2")).toMatchObject({ kind: "text", value: "Kvarstår" });
      expect(cell(grid, "A4")).toMatchObject({ kind: "text", value: "=SUMMA(1;2)" });
      expect(cell(grid, "A4")?.formula).toBeUndefined();
      expect(cell(grid, "B4")).toBeNull();
      expect(cell(grid, "D1")).toMatchObject({ kind: "number", value: 7 });
      expect(cell(grid, "A1")).toMatchObject({ value: "Aktivitet" });
    });

    it("rejects cell updates on a missing sheet without applying any", async () => {
      await port.writeSheets([KINDS_SPEC]);
      await expectWorkbookError(
        port.updateCells([
          { sheet: "Kontrakt", cell: "B2", value: "Genomfört" },
          { sheet: "Finns inte", cell: "A1", value: "x" },
        ]),
        "sheet-missing",
      );
      expect(cell(await port.readSheet("Kontrakt"), "B2")).toMatchObject({ value: "Pågående" });
    });

    it("appends rows, creating the sheet with its header when missing", async () => {
      await port.appendRows(
        "Logg kontrakt",
        ["Tid", "Händelse", "Antal"],
        [["2020-08-31", "Stämplad", 3]],
      );
      let grid = await port.readSheet("Logg kontrakt");
      expect(values(grid)).toEqual([
        ["Tid", "Händelse", "Antal"],
        ["2020-08-31", "Stämplad", 3],
      ]);
      expect(cell(grid, "A2")).toMatchObject({ kind: "text" });

      await port.appendRows(
        "Logg kontrakt",
        ["Tid", "Händelse", "Antal"],
        [
          ["2020-09-01", "=inte en formel", null],
          ["2020-09-02", "Ändrad", 1],
        ],
      );
      grid = await port.readSheet("Logg kontrakt");
      expect(values(grid)).toEqual([
        ["Tid", "Händelse", "Antal"],
        ["2020-08-31", "Stämplad", 3],
        ["2020-09-01", "=inte en formel"],
        ["2020-09-02", "Ändrad", 1],
      ]);
    });

    it("round-trips settings in a very hidden sheet", async () => {
      expect(await port.getSetting("profil")).toBeNull();
      await port.setSetting("profil", '{"id":"standard"}');
      await port.setSetting("stämpel", "2020-09-15T10:00:00Z");
      await port.setSetting("profil", '{"id":"egen"}');
      expect(await port.getSetting("profil")).toBe('{"id":"egen"}');
      expect(await port.getSetting("stämpel")).toBe("2020-09-15T10:00:00Z");
      expect(await port.getSetting("saknas")).toBeNull();

      const settingsSheet = (await port.listSheets()).find((s) => s.name === SETTINGS_SHEET);
      expect(settingsSheet?.visibility).toBe("veryHidden");
    });

    it("round-trips a setting longer than one cell holds", async () => {
      const long = "Pågående;".repeat(8000) + "slut"; // 72,004 characters
      await port.setSetting("lång", long);
      await port.setSetting("kort", "k");
      expect(await port.getSetting("lång")).toBe(long);
      expect(await port.getSetting("kort")).toBe("k");
      await port.setSetting("lång", "nu kort");
      expect(await port.getSetting("lång")).toBe("nu kort");
    });

    it("rejects reading a missing sheet with code sheet-missing", async () => {
      const error = await expectWorkbookError(port.readSheet("Finns inte"), "sheet-missing");
      expect(error.message).toContain("Finns inte");
    });

    it("accepts finding marks and selection", async () => {
      await port.writeSheets([KINDS_SPEC]);
      await expect(
        port.setMarks("Kontrakt", [
          { cell: "B2", severity: "error" },
          { cell: "A3", severity: "warning" },
        ]),
      ).resolves.toBeUndefined();
      await expect(port.setMarks("Kontrakt", [])).resolves.toBeUndefined();
      await expect(port.select("Kontrakt", "B2")).resolves.toBeUndefined();
      // Marks never change values.
      expect(cell(await port.readSheet("Kontrakt"), "B2")).toMatchObject({ value: "Pågående" });
    });

    it("inserts the template twice: the second beside the first, never 'tabellnamnet används redan'", async () => {
      const first = await insertTemplate(port, { profile: standardProfile });
      const second = await insertTemplate(port, { profile: standardProfile });
      expect(second.sheet).not.toBe(first.sheet);
      const checked = await checkWorkbook(port, { profile: standardProfile });
      expect(failedTasks(checked)).toEqual([]);
      expect(reportTasks(checked).map((r) => r.report.sheet).sort()).toEqual([first.sheet, second.sheet].sort());
    });

    it("rejects marks on a missing sheet with code sheet-missing", async () => {
      await expectWorkbookError(
        port.setMarks("Finns inte", [{ cell: "A1", severity: "info" }]),
        "sheet-missing",
      );
    });
  });
}
