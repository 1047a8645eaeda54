/**
 * The standard template through the file adapter: written, saved as .xlsx and reopened with
 * ExcelJS directly (an independent read of the file), checking what Excel will find in it.
 */
import ExcelJS from "exceljs";
import { cellAt } from "../../../src/core/grid";
import { standardProfile } from "../../../src/core/profile/load";
import {
  buildTemplateSheets,
  buildTemplateWorkbook,
  emptyMeta,
  HEADER_CELLS,
  TABLE_HEADER_ROW,
} from "../../../src/core/template";
import { FileWorkbook } from "../../../src/workbook/file";
import { seedActivities } from "../../core/template/seed-activities";

async function writtenTemplate(
  withActivities: boolean,
): Promise<{ bytes: Uint8Array; excel: ExcelJS.Workbook }> {
  const { meta, activities } = seedActivities();
  const workbook = FileWorkbook.create();
  await workbook.writeSheets(
    buildTemplateSheets({
      meta: withActivities ? meta : emptyMeta("standard"),
      activities: withActivities ? activities : [],
      profile: standardProfile,
      register: [
        {
          number: 1,
          text: "Samtliga nämnder ska fortsätta arbetet med civil beredskap",
          scope: "kommungemensamt",
          year: 2020,
          boards: [],
        },
      ],
    }),
  );
  const bytes = await workbook.save();
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { bytes, excel };
}

describe("the standard template written to an .xlsx file", () => {
  it("holds the named header cells", async () => {
    const { excel } = await writtenTemplate(true);
    const names = (excel.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
      .model;
    for (const header of HEADER_CELLS) {
      expect(names).toContainEqual({
        name: header.name,
        ranges: [`'Uppföljning'!$${header.valueCell.replace(/(\d+)/, "$$$1")}`],
      });
    }
    const sheet = excel.getWorksheet("Uppföljning")!;
    expect(sheet.getCell("B2").value).toBe("Kultur- och fritidsförvaltningen");
    expect(sheet.getCell("D3").value).toBe("Delår per 31 augusti");
  });

  it("holds the table with its header row, and the Uppdrag register", async () => {
    const { excel } = await writtenTemplate(true);
    const sheet = excel.getWorksheet("Uppföljning")!;
    const tables = (sheet as unknown as { tables: Record<string, unknown> }).tables;
    expect(Object.keys(tables)).toEqual(["Aktiviteter"]);
    const header = sheet.getRow(TABLE_HEADER_ROW).values as unknown[];
    expect(header.slice(1)).toEqual([
      "Perspektiv",
      "Kommunövergripande mål",
      "Nämndmål",
      "Aktivitet",
      "Uppdrag",
      "Slutdatum",
      "Ansvarig",
      "Status",
      "Kommentar",
    ]);
    expect(excel.getWorksheet("Uppdrag")!.getCell("A2").value).toBe("Kommungemensamt 1");
  });

  it("holds dropdown validations on Perspektiv, Uppdrag, Slutdatum and Status", async () => {
    const { excel } = await writtenTemplate(false);
    const sheet = excel.getWorksheet("Uppföljning")!;
    const validations = (
      sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    const first = TABLE_HEADER_ROW + 1;
    expect(validations[`A${first}`]).toMatchObject({
      type: "list",
      formulae: ['"Samhälle,Medborgare,Ekonomi,Verksamhet,Medarbetare"'],
    });
    expect(validations[`E${first}`]).toMatchObject({
      type: "list",
      formulae: ["Uppdrag!$A$2:$A$501"],
    });
    expect(validations[`F${first}`]).toMatchObject({
      type: "list",
      formulae: ['"Kvartal 1,Kvartal 2,Kvartal 3,Kvartal 4"'],
    });
    expect(validations[`H${first}`]?.formulae?.[0]).toContain("Genomfört");
    expect(validations[`H${first + 300}`]).toBeDefined();
  });

  it("holds traffic-light conditional formats on Status and the missing-comment mark", async () => {
    const { excel } = await writtenTemplate(false);
    const sheet = excel.getWorksheet("Uppföljning")!;
    const formats = (
      sheet as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: {
            type: string;
            formulae?: string[];
            style?: { fill?: { bgColor?: { argb?: string } } };
          }[];
        }[];
      }
    ).conditionalFormattings;
    const onStatus = formats.filter((f) => f.ref.startsWith("H"));
    expect(onStatus.map((f) => f.rules[0]!.style?.fill?.bgColor?.argb).sort()).toEqual([
      "FFC6EFCE",
      "FFE7E6E6",
      "FFFFC7CE",
      "FFFFEB9C",
    ]);
    const green = onStatus.find((f) => f.rules[0]!.style?.fill?.bgColor?.argb === "FFC6EFCE")!;
    expect(green.rules[0]!.formulae![0]).toContain('TRIM(H8)="Genomfört"');
    const comment = formats.find((f) => f.ref.startsWith("I"))!;
    expect(comment.rules[0]!.formulae![0]).toMatch(/^AND\(OR\(.*\),LEN\(TRIM\(\$I8\)\)=0\)$/);
  });

  it("freezes the header and prints landscape A4 with the header row repeated", async () => {
    const { excel } = await writtenTemplate(false);
    const sheet = excel.getWorksheet("Uppföljning")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: TABLE_HEADER_ROW });
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      printTitlesRow: `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`,
    });
    expect(sheet.getColumn(4).width).toBe(48);
    expect(sheet.getCell(`D${TABLE_HEADER_ROW + 1}`).alignment).toMatchObject({ wrapText: true });
  });

  it("reads back through the port with the activities as written", async () => {
    const { bytes } = await writtenTemplate(true);
    const { activities } = seedActivities();
    const grid = await (await FileWorkbook.open(bytes)).readSheet("Uppföljning");
    const first = TABLE_HEADER_ROW + 1;
    expect(cellAt(grid, first, 4)?.value).toBe(activities[0]!.activity);
    expect(cellAt(grid, first, 8)?.value).toBe("Genomfört");
    expect(cellAt(grid, first + activities.length - 1, 4)?.value).toBe(
      activities[activities.length - 1]!.activity,
    );
    expect(grid.rows.length).toBe(first + activities.length - 1);
  });
});

describe("several structured reports in one template workbook", () => {
  it("writes each on its own sheet with its own table, names only on the first", async () => {
    const { meta, activities } = seedActivities();
    const specs = buildTemplateWorkbook({
      reports: [
        { meta, activities: activities.slice(0, 3) },
        {
          meta: { ...meta, organisation: "Annan förvaltning" },
          activities: activities.slice(3, 5),
        },
      ],
      profile: standardProfile,
      register: [],
    });
    expect(specs.map((s) => s.name)).toEqual(["Uppföljning", "Uppföljning 2", "Uppdrag"]);
    const workbook = FileWorkbook.create();
    await workbook.writeSheets(specs);
    const reopened = await FileWorkbook.open(await workbook.save());
    expect((await reopened.readSheet("Uppföljning 2")).rows[1]?.[1]?.value).toBe(
      "Annan förvaltning",
    );
    expect(specs[1]!.table!.name).toBe("Aktiviteter2");
    expect(specs[1]!.names).toEqual([]);
  });
});
