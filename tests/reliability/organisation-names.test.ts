/**
 * Organisation names from the data never break the summary (issue 14): a name like a column
 * ("Uppdrag"), two names that differ only in case and a 40,000-character name are consolidated
 * and written; the Uppdrag table's headers are valid and unique, cut with a marker at Excel's
 * 255-character limit for table column names; Källor keeps the name (as much as a cell holds).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { bufferIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import {
  MAX_TABLE_COLUMN_NAME,
  organisationHeaders,
} from "../../src/core/consolidate/column-names";
import { reportSpec } from "./report-spec";

const LONG = `Förvaltningen ${"för mycket text ".repeat(2_500)}`.slice(0, 40_000);

describe("organisationHeaders", () => {
  const reserved = ["Nr", "Uppdrag", "Förvaltningar som rapporterat"];

  it("keeps ordinary names as they are", () => {
    expect(organisationHeaders(["Socialförvaltningen", "Kulturförvaltningen"], reserved)).toEqual([
      "Socialförvaltningen",
      "Kulturförvaltningen",
    ]);
  });

  it("makes names unique case-insensitively, against the other columns too", () => {
    expect(organisationHeaders(["Uppdrag", "Skola", "SKOLA", "skola", "nr", ""], reserved)).toEqual(
      ["Uppdrag (2)", "Skola", "SKOLA (2)", "skola (3)", "nr (2)", "(förvaltning utan namn)"],
    );
  });

  it("cuts a long name with a marker at the limit, and still unique", () => {
    const [first, second] = organisationHeaders([LONG, LONG], reserved);
    expect(first!.length).toBe(MAX_TABLE_COLUMN_NAME);
    expect(first!.endsWith("…")).toBe(true);
    expect(second!.length).toBe(MAX_TABLE_COLUMN_NAME);
    expect(second!.endsWith("… (2)")).toBe(true);
  });
});

describe("consolidate with hostile organisation names", () => {
  let work: string;
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "uppfoljning-orgnames-"));
    const names = ["Uppdrag", "Skolförvaltningen", "SKOLFÖRVALTNINGEN", LONG];
    for (const [i, name] of names.entries()) {
      // Through ExcelJS, which writes texts past Excel's cell limit as other programs do.
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Uppföljning");
      for (const cell of reportSpec(name).cells)
        sheet.getCell(cell.row, cell.col).value = cell.value;
      fs.writeFileSync(
        path.join(work, `r${i}.xlsx`),
        Buffer.from(await workbook.xlsx.writeBuffer()),
      );
    }
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it("writes the summary, every source read, headers valid and unique", async () => {
    const io = bufferIo();
    const code = await main(
      ["consolidate", "r0.xlsx", "r1.xlsx", "r2.xlsx", "r3.xlsx", "-o", "ut.xlsx", "--json"],
      io,
      work,
    );
    expect(io.err).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(io.out) as { sources: { status: string }[] };
    expect(json.sources.map((s) => s.status)).toEqual(["ok", "ok", "ok", "ok"]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(work, "ut.xlsx"));
    const header = (workbook.getWorksheet("Uppdrag")!.getRow(3).values as unknown[]).slice(
      1,
    ) as string[];
    expect(header.slice(0, 2)).toEqual(["Nr", "Uppdrag"]);
    expect(header).toContain("Uppdrag (2)");
    expect(header).toContain("Skolförvaltningen");
    expect(header).toContain("SKOLFÖRVALTNINGEN (2)");
    expect(new Set(header.map((h) => h.toLowerCase())).size).toBe(header.length);
    expect(header.every((h) => h.length <= MAX_TABLE_COLUMN_NAME)).toBe(true);

    const sources: string[] = [];
    workbook
      .getWorksheet("Källor")!
      .eachRow((row) => sources.push(String(row.getCell(3).value ?? "")));
    expect(sources).toContain("SKOLFÖRVALTNINGEN");
    const long = sources.find((s) => s.startsWith("Förvaltningen för mycket"))!;
    expect(long.length).toBe(32_767); // a cell's limit, with the marker saying how long it was
    expect(long).toMatch(/\[avkortad, 40000 tecken i källan\]$/);
  });
});
