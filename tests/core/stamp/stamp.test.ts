/**
 * The submission stamp on real file workbooks: content changes break it, formatting and column
 * widths do not (the file is restyled with ExcelJS, reopened and structured again).
 */
import ExcelJS from "exceljs";
import type { Report } from "../../../src/core/model";
import { standardProfile as profile } from "../../../src/core/profile/load";
import {
  canonicalContent,
  createStamp,
  parseStamp,
  serializeStamp,
  stampState,
  STAMP_SETTING,
  StampSchema,
} from "../../../src/core/stamp";
import { readStamp, stampReport } from "../../../src/core/workflow";
import { countFindings, validateReport } from "../../../src/core/validate";
import { FileWorkbook } from "../../../src/workbook/file";
import { seedWorkbook, structured } from "../fix/support";

const NOW = new Date(2020, 8, 10, 9, 30, 0);
const options = { profile, templateVersion: "1.0.0", now: NOW };

/** Open the saved file with ExcelJS itself, let `edit` change it, and reopen it through the adapter. */
async function editFile(
  port: FileWorkbook,
  edit: (sheet: ExcelJS.Worksheet) => void,
): Promise<FileWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await port.save()) as unknown as ExcelJS.Buffer);
  edit(workbook.getWorksheet("Uppföljning")!);
  return FileWorkbook.open(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

async function kof(): Promise<{ port: FileWorkbook; report: Report }> {
  const { port, sheet } = await seedWorkbook("kof-2020-delar");
  return { port, report: (await structured(port, sheet)).report };
}

describe("stamp hash", () => {
  it("is SHA-256 hex of the canonical content, and stable", async () => {
    const { report } = await kof();
    const stamp = await createStamp(report, options);
    expect(StampSchema.parse(stamp)).toEqual(stamp);
    expect(stamp).toMatchObject({
      templateVersion: "1.0.0",
      profile: "standard@1.0.0",
      time: NOW.toISOString(),
      rowCount: 36,
      sheet: "Uppföljning",
    });
    expect(stamp.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await createStamp(report, options)).hash).toBe(stamp.hash);
    expect(canonicalContent(report)).toContain("Genomföra en översyn av museer");
  });

  it("stays the same when only formatting, column widths and row heights change", async () => {
    const { port, report } = await kof();
    const stamp = await createStamp(report, options);
    const restyled = await editFile(port, (sheet) => {
      sheet.getColumn(2).width = 80;
      sheet.getColumn(5).width = 12;
      sheet.getRow(9).height = 120;
      sheet.getCell("D10").font = { bold: true, color: { argb: "FFC00000" } };
      sheet.getCell("B9").fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: "FFFFFF00" },
      };
      sheet.getCell("E12").alignment = { wrapText: true, vertical: "top" };
    });
    const again = (await structured(restyled, "Uppföljning")).report;
    expect(await stampState(again, stamp)).toBe("validated");
  });

  it("changes when any content cell changes, and when an activity moves", async () => {
    const { port, report } = await kof();
    const stamp = await createStamp(report, options);
    const edits: [string, (sheet: ExcelJS.Worksheet) => void][] = [
      ["status", (s) => void (s.getCell("D10").value = "Genomfört")],
      [
        "comment, one character",
        (s) => void (s.getCell("E9").value = `${String(s.getCell("E9").value)}.`),
      ],
      ["due", (s) => void (s.getCell("C15").value = "Kvartal 4")],
      ["goal", (s) => void (s.getCell("A30").value = "God ekonomisk hushållning")],
      [
        "organisation",
        (s) => void (s.getCell("B2").value = "Kultur- och fritidsförvaltningen i Linköping"),
      ],
      [
        "two activities swapped",
        (s) => {
          const row33 = (s.getRow(33).values as ExcelJS.CellValue[]).slice(1);
          const row34 = (s.getRow(34).values as ExcelJS.CellValue[]).slice(1);
          row34.forEach((value, i) => (s.getCell(33, i + 1).value = value ?? null));
          row33.forEach((value, i) => (s.getCell(34, i + 1).value = value ?? null));
        },
      ],
    ];
    for (const [what, edit] of edits) {
      const edited = (await structured(await editFile(port, edit), "Uppföljning")).report;
      expect([what, await stampState(edited, stamp)]).toEqual([what, "changed"]);
    }
  });
});

describe("stampState, serializeStamp, parseStamp", () => {
  it("not validated without a stamp, or with a stamp of another sheet", async () => {
    const { report } = await kof();
    const stamp = await createStamp(report, options);
    expect(await stampState(report, null)).toBe("not_validated");
    expect(await stampState(report, { ...stamp, sheet: "Blad2" })).toBe("not_validated");
  });
  it("round-trips; anything else parses to null", async () => {
    const { report } = await kof();
    const stamp = await createStamp(report, options);
    expect(parseStamp(serializeStamp(stamp))).toEqual(stamp);
    expect(parseStamp(null)).toBeNull();
    expect(parseStamp("{inte json")).toBeNull();
    expect(parseStamp(JSON.stringify({ ...stamp, hash: "abc" }))).toBeNull();
  });
});

describe("stampReport", () => {
  it("refuses while there are errors (KOF 2020: ”Pågående och genomfört”)", async () => {
    const { port, report } = await kof();
    const stats = countFindings(validateReport(report, { profile }));
    const result = await stampReport(port, report, stats, options);
    expect(result).toEqual({
      ok: false,
      errors: 1,
      message:
        "Rapporten har 1 fel och kan inte märkas som klar för inlämning. Rätta felet och kontrollera igen.",
    });
    expect(await port.getSetting(STAMP_SETTING)).toBeNull();
  });
  it("stores the stamp in the workbook when there are no errors (VSS 2023), and it survives saving", async () => {
    const { port, sheet } = await seedWorkbook("vss-2023-delar");
    const { report, register, grid } = await structured(port, sheet);
    const stats = countFindings(validateReport(report, { profile, register, grid }));
    const result = await stampReport(port, report, stats, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.message).toBe(
      "Rapporten är märkt som klar för inlämning (2020-09-10 09:30, 25 aktiviteter).",
    );
    const reopened = await FileWorkbook.open(await port.save());
    expect(await readStamp(reopened)).toEqual(result.stamp);
    expect(
      await stampState((await structured(reopened, sheet)).report, await readStamp(reopened)),
    ).toBe("validated");
  });
});
