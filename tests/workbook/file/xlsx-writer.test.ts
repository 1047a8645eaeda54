/**
 * The direct .xlsx writer (src/workbook/file/xlsx/) against the ExcelJS renderer: the same specs
 * written both ways and read back with ExcelJS must describe the same sheets — values, looks,
 * tables, dropdowns, conditional formats, merges, names, panes, print setup. Plus what only the
 * direct writer promises: exact text round trips and files an independent reader accepts.
 */
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { SaxesParser } from "saxes";
import { fixtureBytes } from "../../../src/cli/commands/examples";
import { workbookBytes } from "../../../src/cli/files";
import type { SheetSpec } from "../../../src/core/sheetspec";
import { standardProfile } from "../../../src/core/profile/load";
import { buildTemplateSheets } from "../../../src/core/template";
import { consolidateSources, writeSummary } from "../../../src/core/workflow";
import { FileWorkbook, LIST_SHEET } from "../../../src/workbook/file";
import type { WorkbookPort } from "../../../src/core/port";
import { loadSeedFixtures } from "../../fixtures/seeds/format";
import { BASE_SHEET, openedWorkbook } from "./excel-path";
import { seedActivities } from "../../core/template/seed-activities";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(Buffer.from(bytes));
  return excel;
}

/** Both ways: the direct writer (a created workbook) and ExcelJS (an opened one). */
async function bothWays(write: (port: WorkbookPort) => Promise<unknown>) {
  const created = FileWorkbook.create();
  await write(created);
  const opened = await openedWorkbook();
  await write(opened);
  return { direct: await load(await created.save()), viaExcelJS: await load(await opened.save()) };
}

type Loose = Record<string, unknown>;

function cellLook(cell: ExcelJS.Cell) {
  const font = (cell.font ?? {}) as Loose & { color?: { argb?: string } };
  const fill = cell.fill as (ExcelJS.FillPattern & { fgColor?: { argb?: string } }) | undefined;
  return {
    // ExcelJS writes an empty text; the direct writer leaves the cell empty (both read as empty).
    value: cell.value === "" ? null : cell.value,
    numFmt: cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : "",
    bold: !!font.bold,
    italic: !!font.italic,
    size: (font.size as number | undefined) ?? 11,
    fontColor: font.color?.argb ?? "",
    fill: fill?.type === "pattern" && fill.pattern === "solid" ? (fill.fgColor?.argb ?? "") : "",
    wrap: !!cell.alignment?.wrapText,
  };
}

const PLAIN = JSON.stringify(cellLook({ value: null } as unknown as ExcelJS.Cell));

function describeSheet(ws: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  for (let r = 1; r <= ws.rowCount; r++) {
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      // Excel shows a merged area with its top-left cell's value and look.
      if (cell.isMerged && cell.master !== cell) continue;
      const look = cellLook(cell);
      if (JSON.stringify(look) !== PLAIN) cells[cell.address] = look;
    }
  }
  const tables = Object.values(
    (ws as unknown as { tables: Record<string, { table: Loose }> }).tables,
  ).map(({ table }) => ({
    name: table.name,
    ref: table.tableRef ?? table.ref,
    columns: (table.columns as { name: string }[]).map((c) => c.name),
    style: (table.style as Loose | undefined)?.theme,
  }));
  type Formats = { conditionalFormattings: { ref: string; rules: Loose[] }[] };
  const formats = (ws as unknown as Formats).conditionalFormattings.map((f) => ({
    ref: f.ref,
    rules: f.rules.map((rule) => {
      const style = rule.style as
        | { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } }
        | undefined;
      return {
        formulae: rule.formulae,
        fill: style?.fill?.bgColor?.argb,
        font: style?.font?.color?.argb,
      };
    }),
  }));
  const view = ws.views?.[0] as Loose | undefined;
  return {
    state: ws.state,
    cells,
    merges: [...((ws.model as unknown as { merges: string[] }).merges ?? [])].sort(),
    validations: (ws as unknown as { dataValidations: { model: Loose } }).dataValidations.model,
    formats,
    tables,
    frozen: view?.state === "frozen" ? [view.xSplit ?? 0, view.ySplit ?? 0] : null,
    print: {
      orientation: ws.pageSetup.orientation ?? "portrait",
      paperSize: ws.pageSetup.paperSize,
      fitToPage: !!ws.pageSetup.fitToPage,
      titles: ws.pageSetup.printTitlesRow ?? null,
    },
    // ExcelJS drops a width of 9, its default, so a column without one reads as 9.
    widths: (ws.columns ?? []).map((c) => c.width ?? 9),
  };
}

function describeWorkbook(excel: ExcelJS.Workbook) {
  const sheets = excel.worksheets.filter((ws) => ws.name !== BASE_SHEET);
  const names = (excel.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
  const activeTab = (excel.views[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  return {
    order: sheets.map((ws) => ws.name).filter((name) => name !== LIST_SHEET),
    active: excel.worksheets[activeTab]?.name,
    names: names
      .filter((n) => !n.name.startsWith("_xlnm"))
      .sort((a, b) => a.name.localeCompare(b.name)),
    sheets: Object.fromEntries(sheets.map((ws) => [ws.name, describeSheet(ws)])),
  };
}

/** A spec that uses every SheetSpec feature at least once. */
const EVERYTHING: SheetSpec[] = [
  {
    name: "Allt",
    cells: [
      { row: 1, col: 1, value: "Rubrik", style: { bold: true, fontSize: 14 } },
      { row: 2, col: 1, value: 0.375, style: { numberFormat: "0%", italic: true } },
      { row: 2, col: 2, value: 1234.5, style: { numberFormat: '# ##0,0 "kr"' } },
      { row: 2, col: 3, value: true },
      { row: 2, col: 4, value: "rött", style: { fill: "#FFC7CE", fontColor: "#9C0006" } },
      { row: 3, col: 1, value: 4, formula: "=SUMMA(2;2)" },
      { row: 3, col: 2, value: "ja", formula: '=IF(A3>3;"ja";"nej")' },
      { row: 4, col: 1, value: "Sammanslagen" },
      { row: 5, col: 6, value: null, style: { fill: "#DDEBF7" } },
      { row: 9, col: 1, value: "under tabellen", style: { wrap: true } },
    ],
    merges: ["A4:C4"],
    table: {
      name: "Aktiviteter",
      topLeft: "A6",
      columns: ["Aktivitet", "Status", "Antal"],
      rows: [
        ['=HYPERLINK("http://example.com")', "Pågående", 3],
        ["  två blanksteg runt  ", null, -0],
      ],
      style: "TableStyleLight9",
    },
    validations: [
      { range: "B7:B8", kind: "list", values: ["Genomfört", "Pågående", "Ej påbörjad"] },
      {
        range: "A7:A8",
        kind: "list",
        values: Array.from({ length: 30 }, (_, i) => `Ett långt listvärde nummer ${i + 1}`),
      },
      { range: "C7:C8", kind: "listRange", source: "=Andra!$A$1:$A$3", allowBlank: false },
    ],
    conditionalFormats: [
      {
        range: "B7:B8",
        kind: "textIn",
        values: ["Genomfört"],
        fill: "#C6EFCE",
        fontColor: "#006100",
      },
      { range: "A7:C8", kind: "formula", formula: '=AND($B7="Pågående";$C7>2)', fill: "#FFEB9C" },
    ],
    names: [{ name: "Rubrikcell", cell: "A1" }],
    numberFormats: [{ range: "C7:C8", format: "0.00" }],
    wrapColumns: [1],
    columnWidths: { 1: 40, 3: 12 },
    freeze: { rows: 6, cols: 1 },
    print: { landscape: true, paper: "A4", titleRows: "6:6" },
  },
  {
    name: "Andra",
    cells: [
      { row: 1, col: 1, value: "a" },
      { row: 2, col: 1, value: "b" },
      { row: 3, col: 1, value: "c" },
    ],
    state: "hidden",
  },
  {
    name: "Sist aktiv",
    cells: [{ row: 1, col: 1, value: 1 }],
    activate: true,
    freeze: { rows: 1, cols: 0 },
  },
];

describe("the direct .xlsx writer", () => {
  it("describes every SheetSpec feature as the ExcelJS renderer does", async () => {
    const { direct, viaExcelJS } = await bothWays((port) => port.writeSheets(EVERYTHING));
    const expected = describeWorkbook(viaExcelJS);
    expect(describeWorkbook(direct)).toEqual(expected);
    // The comparison is not vacuous: the features are there.
    const allt = expected.sheets.Allt!;
    expect(allt.tables).toEqual([
      {
        name: "Aktiviteter",
        ref: "A6:C8",
        columns: ["Aktivitet", "Status", "Antal"],
        style: "TableStyleLight9",
      },
    ]);
    expect(allt.frozen).toEqual([1, 6]);
    expect(allt.formats).toHaveLength(2);
    expect(Object.keys(allt.validations)).toHaveLength(6);
    expect(allt.merges).toEqual(["A4:C4"]);
    expect(expected.active).toBe("Sist aktiv");
    expect(expected.sheets.Andra!.state).toBe("hidden");
  });

  it("writes the seed summary as ExcelJS would", async () => {
    const fixtures = loadSeedFixtures();
    const sources = await Promise.all(
      fixtures.map(async ({ fixture }) => {
        const bytes = await fixtureBytes(fixture);
        return { file: `${fixture.id}.xlsx`, open: () => FileWorkbook.open(bytes) };
      }),
    );
    const summary = await consolidateSources(sources, {
      profile: standardProfile,
      now: new Date("2026-11-25T10:00:00Z"),
    });
    const { direct, viaExcelJS } = await bothWays((port) =>
      writeSummary(port, summary, standardProfile),
    );
    const expected = describeWorkbook(viaExcelJS);
    expect(describeWorkbook(direct)).toEqual(expected);
    expect(expected.order).toEqual([
      "Sammanställning",
      "Uppdrag",
      "Avvikelser",
      "Alla aktiviteter",
      "Källor",
      "Inlämning",
    ]);
    expect(Object.keys(expected.sheets["Alla aktiviteter"]!.cells).length).toBeGreaterThan(1000);
  });

  it("writes the standard template with a seed's activities as ExcelJS would", async () => {
    const { meta, activities } = seedActivities();
    const specs = buildTemplateSheets({ meta, activities, profile: standardProfile, register: [] });
    const { direct, viaExcelJS } = await bothWays((port) => port.writeSheets(specs));
    const expected = describeWorkbook(viaExcelJS);
    expect(describeWorkbook(direct)).toEqual(expected);
    expect(expected.names.length).toBeGreaterThan(0);
  });

  it("keeps text exactly: control characters, carriage returns, escapes and formulas as text", async () => {
    const texts = [
      "rad ett\r\nrad två",
      "klock\u0007a",
      "=1+1",
      "<b>&amp;</b>",
      "tab\there",
      " kant ",
    ];
    const workbook = FileWorkbook.create();
    await workbook.writeSheets([
      { name: "Text", cells: texts.map((value, i) => ({ row: i + 1, col: 1, value })) },
    ]);
    const reopened = await FileWorkbook.open(await workbook.save());
    const grid = await reopened.readSheet("Text");
    expect(grid.rows.map((row) => row[0]?.text)).toEqual(texts);
    expect(grid.rows.every((row) => row[0]?.formula === undefined)).toBe(true);
  });

  it("writes parts that are well-formed and name their relationships", async () => {
    const workbook = FileWorkbook.create();
    await workbook.writeSheets(EVERYTHING);
    const parts = unzipSync(await workbook.save());
    expect(Object.keys(parts).sort()).toEqual(
      [
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/app.xml",
        "docProps/core.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/sharedStrings.xml",
        "xl/styles.xml",
        "xl/tables/table1.xml",
        "xl/theme/theme1.xml",
        "xl/workbook.xml",
        "xl/worksheets/_rels/sheet1.xml.rels",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
        "xl/worksheets/sheet3.xml",
        "xl/worksheets/sheet4.xml",
      ].sort(),
    );
    for (const [name, bytes] of Object.entries(parts)) {
      // saxes (ExcelJS's own XML parser) is strict: any well-formedness error throws.
      const parse = () => new SaxesParser({ xmlns: true }).write(strFromU8(bytes)).close();
      expect({ name, parse }).toEqual({ name, parse: expect.any(Function) });
      expect(parse).not.toThrow();
    }
    const types = strFromU8(parts["[Content_Types].xml"]!);
    for (const name of Object.keys(parts).filter(
      (n) => n.startsWith("xl/") && !n.includes("_rels"),
    ))
      expect(types).toContain(`PartName="/${name}"`);
  });

  it("writes the same bytes for the same specs and creation time", async () => {
    const write = async () => {
      const workbook = FileWorkbook.create();
      await workbook.writeSheets(EVERYTHING);
      return workbook.save();
    };
    const first = await write();
    const second = await write();
    // Created a moment apart: only core.xml's time stamps and the zip's entry times may differ.
    const a = unzipSync(first);
    const b = unzipSync(second);
    for (const name of Object.keys(a).filter((n) => n !== "docProps/core.xml"))
      expect({ name, same: Buffer.compare(a[name]!, b[name]!) === 0 }).toEqual({
        name,
        same: true,
      });
  });

  it("writes the same parts with the CLI's compression (node:zlib, piece by piece) as with fflate's", async () => {
    const workbook = FileWorkbook.create();
    // A sheet of several megabytes: many pieces joined into one deflate stream.
    const rows = Array.from({ length: 20_000 }, (_, i) => [
      `Aktivitet ${i + 1} – ${"text ".repeat(10)}`,
      i,
    ]);
    const big: SheetSpec = {
      name: "Stor",
      cells: [],
      table: { name: "Stor", topLeft: "A1", columns: ["Aktivitet", "Nr"], rows },
    };
    await workbook.writeSheets([...EVERYTHING, big]);
    const native = unzipSync(await workbookBytes(workbook));
    const own = unzipSync(await workbook.save());
    expect(native["xl/worksheets/sheet4.xml"]!.length).toBeGreaterThan(1_000_000);
    expect(Object.keys(native)).toEqual(Object.keys(own));
    for (const name of Object.keys(own))
      expect({ name, same: Buffer.compare(native[name]!, own[name]!) === 0 }).toEqual({
        name,
        same: true,
      });
    // ExcelJS reads it too (its unzip checks every part's CRC).
    const excel = await load(await workbookBytes(workbook));
    expect(excel.getWorksheet("Stor")!.getCell("B20001").value).toBe(19_999);
  });
});
