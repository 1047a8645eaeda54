/**
 * The strict Excel double refuses what Excel refuses: one test per documented rule (the rules and
 * their doc pages are in fake/rules.ts and at each check). These drive the fake API directly, as
 * Office.js code would, so they fail if a rule is dropped from the double.
 */
import { FakeExcel, FakeOfficeError, limits, type FakeContext } from "./fake-excel";

type Ctx = FakeContext & Excel.RequestContext;
const ctx = (excel: FakeExcel): Ctx => excel.newContext() as unknown as Ctx;

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(FakeOfficeError);
    return (error as FakeOfficeError).code;
  }
  throw new Error("the double accepted it");
}

describe("strict Excel double: payload limits (resource-limits-and-performance-optimization.md)", () => {
  it("fails a sync whose request is over 5 MB, running none of it", async () => {
    const excel = new FakeExcel();
    const context = ctx(excel);
    const big = "x".repeat(1000);
    const sheet = context.workbook.worksheets.getItem("Blad1");
    sheet.getRange("A1:A5000").values = Array.from({ length: 5000 }, () => [big]); // ≈ 5.0 MB of JSON
    sheet.getRange("B1:B100").values = Array.from({ length: 100 }, () => [big]);
    expect(await refusal(context.sync())).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.sheet("Blad1")!.cells.size).toBe(0);
  });

  it("fails a sync whose response is over 5 MB, and counts the JSON loaded", async () => {
    const excel = new FakeExcel();
    excel.seed("Blad1", "A1", Array.from({ length: 3000 }, (_, i) => [`${"å".repeat(600)} ${i}`]));
    const context = ctx(excel);
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:A3000");
    range.load("values,text"); // two copies of ≈ 3.6 MB (å is two bytes in UTF-8)
    expect(await refusal(context.sync())).toBe("ResponsePayloadSizeLimitExceeded");

    const half = ctx(excel);
    const values = half.workbook.worksheets.getItem("Blad1").getRange("A1:A3000").load("values");
    await half.sync();
    expect(values.values).toHaveLength(3000);
    expect(excel.syncLog.at(-1)!.responseBytes).toBeGreaterThan(3000 * 1200);
  });

  it("refuses to read more than five million cells of a range (performance.md)", async () => {
    const context = ctx(new FakeExcel());
    context.workbook.worksheets.getItem("Blad1").getRange("A1:E1000001").load("values");
    expect(await refusal(context.sync())).toBe("RangeExceedsLimit");
    expect(limits.READ_CELL_LIMIT).toBe(5_000_000);
  });
});

describe("strict Excel double: conditional formats (id = priority, office-js#5222)", () => {
  it("gives ids by position: add() puts the new format first and shifts the others", async () => {
    const excel = new FakeExcel();
    const context = ctx(excel);
    const sheet = context.workbook.worksheets.getItem("Blad1");
    const first = sheet.getRange("A1").conditionalFormats.add("Custom");
    first.custom.rule.formula = "=TRUE";
    first.load("id");
    await context.sync();
    expect(first.id).toBe("0");
    const second = sheet.getRange("B1").conditionalFormats.add("Custom");
    second.custom.rule.formula = "=FALSE";
    const items = sheet.getRange().conditionalFormats.load("items/id");
    await context.sync();
    expect(items.items.map((cf) => cf.id)).toEqual(["0", "1"]);
    expect(excel.sheet("Blad1")!.conditionalFormats.map((cf) => cf.formula)).toEqual(["=FALSE", "=TRUE"]);
  });

  it("deleting loaded items front to back in one batch fails with ItemNotFound", async () => {
    const excel = new FakeExcel();
    excel.sheet("Blad1")!.conditionalFormats.push(
      { area: { top: 1, left: 1, bottom: 1, right: 1 }, type: "Custom", formula: "=1" },
      { area: { top: 2, left: 1, bottom: 2, right: 1 }, type: "Custom", formula: "=2" },
    );
    const context = ctx(excel);
    const items = context.workbook.worksheets.getItem("Blad1").getRange().conditionalFormats.load("items/id");
    await context.sync();
    items.items.forEach((cf) => cf.delete());
    expect(await refusal(context.sync())).toBe("ItemNotFound");
  });
});

describe("strict Excel double: sheets", () => {
  it("refuses to delete a very hidden sheet (@types Worksheet.delete)", async () => {
    const excel = new FakeExcel();
    excel.addSheet("_dold").visibility = "VeryHidden";
    const context = ctx(excel);
    context.workbook.worksheets.getItem("_dold").delete();
    expect(await refusal(context.sync())).toBe("InvalidOperation");
    expect(excel.sheet("_dold")).toBeDefined();
  });

  it("refuses to select a range on a hidden sheet (@types Range.select)", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Gömd").visibility = "Hidden";
    const context = ctx(excel);
    context.workbook.worksheets.getItem("Gömd").getRange("A1").select();
    expect(await refusal(context.sync())).toBe("InvalidOperation");
  });

  it("fails to return more than 512 merged areas (@types Range.getMergedAreasOrNullObject)", async () => {
    const excel = new FakeExcel();
    const sheet = excel.sheet("Blad1")!;
    for (let r = 1; r <= 513; r++) sheet.merges.push({ top: r * 2, left: 1, bottom: r * 2, right: 2 });
    const context = ctx(excel);
    context.workbook.worksheets.getItem("Blad1").getRange("A1:B2000").getMergedAreasOrNullObject().load("address");
    expect(await refusal(context.sync())).toBe("GeneralException");
  });
});

describe("strict Excel double: tables and names", () => {
  function tableOn(excel: FakeExcel, headers: (string | number | null)[], address: string): Promise<string> {
    excel.seed("Blad1", address.split(":")[0]!, [headers]);
    const context = ctx(excel);
    context.workbook.worksheets.getItem("Blad1").tables.add(address, true);
    return refusal(context.sync());
  }

  it("refuses empty and duplicate headers", async () => {
    expect(await tableOn(new FakeExcel(), ["Status", null, "Kommentar"], "A1:C3")).toBe("InvalidArgument");
    expect(await tableOn(new FakeExcel(), ["Status", "status"], "A1:B3")).toBe("InvalidArgument");
  });

  it("refuses a table over another table or over merged cells", async () => {
    const excel = new FakeExcel();
    excel.seedTable("Blad1", "A1:B3", "Första");
    expect(await tableOn(excel, ["X", "Y"], "B2:C4")).toBe("InvalidOperation");
    const merged = new FakeExcel();
    merged.sheet("Blad1")!.merges.push({ top: 3, left: 1, bottom: 4, right: 1 });
    expect(await tableOn(merged, ["X", "Y"], "A1:B5")).toBe("InvalidOperation");
  });

  it("refuses table names against Excel's naming rules", async () => {
    for (const bad of ["1Tabell", "Min tabell", "A1", "R1C1", "c", "x".repeat(256)]) {
      const excel = new FakeExcel();
      excel.seed("Blad1", "A1", [["Rubrik"]]);
      const context = ctx(excel);
      context.workbook.worksheets.getItem("Blad1").tables.add("A1:A2", true).name = bad;
      expect(await refusal(context.sync())).toBe("InvalidArgument");
    }
  });

  it("keeps tables and names in one namespace", async () => {
    const excel = new FakeExcel();
    excel.seedTable("Blad1", "D1:D2", "Aktiviteter");
    excel.seed("Blad1", "A1", [["Rubrik"]]);
    const context = ctx(excel);
    const sheet = context.workbook.worksheets.getItem("Blad1");
    sheet.names.add("Aktiviteter", sheet.getRange("F1"));
    expect(await refusal(context.sync())).toBe("ItemAlreadyExists");

    const other = ctx(excel);
    const otherSheet = other.workbook.worksheets.getItem("Blad1");
    otherSheet.names.add("Förvaltning", otherSheet.getRange("F1"));
    await other.sync();
    const table = ctx(excel);
    table.workbook.worksheets.getItem("Blad1").tables.add("A1:A2", true).name = "förvaltning";
    expect(await refusal(table.sync())).toBe("ItemAlreadyExists");
  });
});

describe("strict Excel double: entering text and lists", () => {
  it("turns text starting with = + - @ in a General cell into a formula (@types Range.values)", async () => {
    const excel = new FakeExcel();
    const context = ctx(excel);
    context.workbook.worksheets.getItem("Blad1").getRange("A1:D1").values = [["=1+1", "+ny", "- e-tjänst", "@team"]];
    await context.sync();
    const cells = [1, 2, 3, 4].map((c) => excel.sheet("Blad1")!.cell(1, c)!);
    expect(cells.every((cell) => cell.formula !== undefined)).toBe(true);
    expect(cells[2]).toMatchObject({ value: "#NAME?", error: true });
  });

  it("refuses a list source over 255 characters and one pointing at a missing sheet (excel-add-ins-data-validation.md)", async () => {
    const excel = new FakeExcel();
    const long = ctx(excel);
    expect(() => {
      long.workbook.worksheets.getItem("Blad1").getRange("A1").dataValidation.rule = {
        list: { inCellDropDown: true, source: Array.from({ length: 60 }, (_, i) => `val${i}`).join(",") },
      };
    }).toThrow(FakeOfficeError);
    const missing = ctx(excel);
    missing.workbook.worksheets.getItem("Blad1").getRange("A1").dataValidation.rule = {
      list: { inCellDropDown: true, source: "=Uppdrag!$B$2:$B$501" },
    };
    expect(await refusal(missing.sync())).toBe("InvalidArgument");
    excel.addSheet("Uppdrag");
    const present = ctx(excel);
    present.workbook.worksheets.getItem("Blad1").getRange("A1").dataValidation.rule = {
      list: { inCellDropDown: true, source: "=Uppdrag!$B$2:$B$501" },
    };
    await present.sync();
    expect(excel.sheet("Blad1")!.validations).toHaveLength(1);

    // Deleting the source sheet leaves the dropdown pointing at #REF!, as in Excel.
    excel.deleteSheet(excel.sheet("Uppdrag")!);
    expect(excel.sheet("Blad1")!.validations[0]!.rule?.list?.source).toBe("=#REF!");
  });
});

describe("strict Excel double: events and contexts (excel-add-ins-events.md)", () => {
  it("removes a handler only through the context it was added in, inside a run", async () => {
    const excel = new FakeExcel();
    excel.seedTable("Blad1", "A1:B3", "Aktiviteter");
    const registration = await excel.run(async (context) => {
      const reg = context.workbook.tables.getItemOrNullObject("Aktiviteter").onChanged.add(async () => undefined);
      await context.sync();
      return reg as unknown as { remove(): void; context: FakeContext };
    });
    registration.remove();
    expect(await refusal(registration.context.sync())).toBe("InvalidObjectPath");
    expect(excel.table("Aktiviteter")!.handlers).toHaveLength(1);

    await excel.run(
      async (context) => {
        registration.remove();
        await context.sync();
      },
      { previousObjects: registration.context },
    );
    expect(excel.table("Aktiviteter")!.handlers).toHaveLength(0);
  });

  it("drops a table's handlers when its sheet is deleted", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Mall");
    const table = excel.seedTable("Mall", "A1:B3", "Aktiviteter");
    table.handlers.push({ handler: () => undefined, context: null });
    excel.deleteSheet(excel.sheet("Mall")!);
    expect(table.handlers).toHaveLength(0);
    expect(excel.table("Aktiviteter")).toBeUndefined();
  });

  it("fails in cell edit mode unless the batch asked to wait (excel-add-ins-delay-in-cell-edit.md)", async () => {
    const excel = new FakeExcel();
    excel.editMode = true;
    expect(await refusal(excel.run(async (context) => context.sync()))).toBe("InvalidOperationInCellEditMode");
    const waiting = excel.run(async (context) => context.sync(), { delayForCellEdit: true });
    excel.exitEditMode();
    await expect(waiting).resolves.toBeUndefined();
  });
});
