import {
  cellFromOffice,
  mustWriteAsText,
} from "../../../src/workbook/office/cells";
import { excelSerialToIsoDate } from "../../../src/core/grid";
import { isDateNumberFormat } from "../../../src/workbook/spec/cell-values";
import { conditionalFormula, invariantFormula } from "../../../src/workbook/spec/formulas";
import { toWorkbookError } from "../../../src/workbook/office/errors";
import { parseAreaList } from "../../../src/workbook/office";
import { rowGroupsByBytes, syncInGroups, type QueuedWrite } from "../../../src/workbook/office/payload";
import { decodeSettings, chunkValue } from "../../../src/workbook/spec/settings";
import * as fs from "fs";
import * as path from "path";

describe("Office cells: reading", () => {
  it("turns Office matrices into the core's cells", () => {
    expect(cellFromOffice("Pågående", "Pågående", "Pågående", "General", "String")).toEqual({ kind: "text", text: "Pågående", value: "Pågående" });
    expect(cellFromOffice("", "", "", "General", "Empty")).toBeNull();
    expect(cellFromOffice(44074, "2020-08-31", 44074, "yyyy-mm-dd", "Double")).toEqual({ kind: "date", text: "2020-08-31", value: "2020-08-31" });
    // A date shown in the Swedish short format still reads as ISO.
    expect(cellFromOffice(44074, "2020-08-31", 44074, "m/d/yyyy", "Double")).toMatchObject({ kind: "date", value: "2020-08-31" });
    expect(cellFromOffice(3.5, "3,5", 3.5, "General", "Double")).toEqual({ kind: "number", text: "3,5", value: 3.5 });
    // "####" is a too-narrow column, not the cell's text.
    expect(cellFromOffice(123456789, "####", 123456789, "General", "Double")).toMatchObject({ text: "123456789" });
    expect(cellFromOffice("#N/A", "#N/A", "=VLOOKUP(A1,B:C,2,0)", "General", "Error")).toEqual({
      kind: "error",
      text: "#N/A",
      value: "#N/A",
      formula: "VLOOKUP(A1,B:C,2,0)",
    });
    // Text that looks like a formula, stored as text: Range.formulas echoes the text.
    expect(cellFromOffice("=1+1", "=1+1", "=1+1", "@", "String")).toEqual({ kind: "text", text: "=1+1", value: "=1+1" });
    expect(cellFromOffice(2, "2", "=1+1", "General", "Double")).toEqual({ kind: "number", text: "2", value: 2, formula: "1+1" });
  });

  it("recognises date formats and converts serials", () => {
    for (const f of ["yyyy-mm-dd", "d/m/yyyy", "[$-41D]d mmmm yyyy", "mmm-yy"]) expect(isDateNumberFormat(f)).toBe(true);
    for (const f of ["General", "0%", "0.00", "h:mm", "@", '"Kvartal "0']) expect(isDateNumberFormat(f)).toBe(false);
    expect(excelSerialToIsoDate(44074)).toBe("2020-08-31");
    expect(excelSerialToIsoDate(43830)).toBe("2019-12-31");
  });

  it("groups rows by measured bytes, never an empty group", () => {
    const rows = ["a".repeat(10), "b".repeat(50), "c".repeat(50), "d".repeat(200)];
    const groups = rowGroupsByBytes(rows, (r) => r.length, 100);
    expect(groups.map((g) => [g.start, g.count])).toEqual([[0, 2], [2, 1], [3, 1]]);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(4);
  });

  it("syncs writes in groups by bytes and halves a group Excel refuses", async () => {
    const done: number[] = [];
    let queued: number[] = [];
    const context = {
      sync: jest.fn(async () => {
        const bytes = queued.length * 100;
        const batch = queued;
        queued = [];
        if (bytes > 200) throw Object.assign(new Error("too big"), { code: "RequestPayloadSizeLimitExceeded" });
        done.push(...batch);
      }),
    };
    const writes: QueuedWrite[] = [1, 2, 3, 4].map((n) => ({ bytes: 50, queue: () => queued.push(n) }));
    await syncInGroups(context, writes, 1000);
    expect(done).toEqual([1, 2, 3, 4]);
    expect(context.sync).toHaveBeenCalledTimes(3); // refused, then two halves
  });

  it("parses merged areas from RangeAreas.address, sheet names with commas included", () => {
    expect(parseAreaList("'Mål, 2020'!A6:A8, 'Mål, 2020'!C2:D2")).toEqual([
      { top: 6, left: 1, bottom: 8, right: 1 },
      { top: 2, left: 3, bottom: 2, right: 4 },
    ]);
  });
});

describe("Office cells: writing", () => {
  it("writes text Excel would reinterpret with the text format", () => {
    for (const t of ["=HYPERLINK(\"x\")", "+46 13 20 60 00", "-", "@kommun", "007", "2020-08-31", "3,5", "25%", "TRUE", "1e5"]) {
      expect(mustWriteAsText(t)).toBe(true);
    }
    for (const t of ["Pågående", "Kvartal 2", "Q3 2020", "Uppdrag 1", ""]) expect(mustWriteAsText(t)).toBe(false);
  });

  it("conditional formats: exact text match relative to the top-left cell, ';' converted", () => {
    expect(conditionalFormula({ range: "H8:H200", kind: "textIn", values: ["Genomförd", 'Klar "ok"'], fill: "#C6EFCE" })).toBe(
      'OR(TRIM(H8)="Genomförd",TRIM(H8)="Klar ""ok""")',
    );
    expect(invariantFormula('=AND($H9="Kvarstår; ej klar";$I9="")')).toBe('AND($H9="Kvarstår; ej klar",$I9="")');
    // The ";" between rows of an array constant is not an argument separator.
    expect(invariantFormula("=SUM({1,2;3,4};A1)")).toBe("SUM({1,2;3,4},A1)");
  });

  it("settings: chunks and decoding", () => {
    const long = "x".repeat(65_000);
    const row = ["profil", ...chunkValue(long)];
    expect(row).toHaveLength(4);
    const settings = decodeSettings([row, ["stämpel", "2020", "", ""]]);
    expect(settings.get("profil")?.value).toBe(long);
    expect(settings.get("stämpel")).toMatchObject({ row: 2, value: "2020" });
  });
});

describe("Office errors", () => {
  it("maps Office error codes to Swedish WorkbookErrors", () => {
    expect(toWorkbookError({ code: "InvalidOperationInCellEditMode" })).toMatchObject({ code: "edit-mode" });
    expect(toWorkbookError({ code: "AccessDenied" }, "Uppföljning")).toMatchObject({ code: "protected", message: expect.stringContaining("Uppföljning") });
    expect(toWorkbookError({ code: "InvalidOperation", message: "The sheet is protected." })).toMatchObject({ code: "protected" });
    // Any object can be "not found"; only a sheet lookup's failure means a missing sheet (read.ts).
    expect(toWorkbookError({ code: "ItemNotFound" }, "Uppföljning")).toMatchObject({ code: "io" });
    expect(toWorkbookError({ code: "ApiNotFound" })).toMatchObject({ code: "unsupported" });
    expect(toWorkbookError({ code: "ResponsePayloadSizeLimitExceeded" })).toMatchObject({ code: "too-large" });
    expect(toWorkbookError(new Error("boom"))).toMatchObject({ code: "io", message: expect.stringContaining("Excel kunde inte") });
  });
});

describe("Office adapter boundaries", () => {
  it("nothing under src/workbook/office imports exceljs or the file adapter", () => {
    const dir = path.join(__dirname, "../../../src/workbook/office");
    for (const file of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      const imports = [...text.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
      expect(imports.filter((i) => i === "exceljs" || i?.startsWith("../file"))).toEqual([]);
    }
    // spec/, what both adapters share, is pure.
    const specDir = path.join(__dirname, "../../../src/workbook/spec");
    for (const file of fs.readdirSync(specDir))
      expect(fs.readFileSync(path.join(specDir, file), "utf8")).not.toMatch(/from\s+"exceljs"/);
  });

  it("nothing in src/ imports @microsoft/office-js-helpers (deprecated; its one helper was unused)", () => {
    const root = path.join(__dirname, "../../../src");
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && fs.readFileSync(full, "utf8").includes("@microsoft/office-js-helpers")) offenders.push(path.relative(root, full));
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
