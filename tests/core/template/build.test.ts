import {
  buildTemplateSheets,
  emptyMeta,
  periodFromLabel,
  PERIOD_LABELS,
  readRegisterGrid,
  TEMPLATE_COLUMNS,
  TEMPLATE_VERSION,
} from "../../../src/core/template";
import {
  FIRST_DATA_ROW,
  HEADER_CELLS,
  REGISTER_LIST_SOURCE,
  TABLE_HEADER_ROW,
} from "../../../src/core/template/layout";
import { gridFromText, type Grid } from "../../../src/core/grid";
import type { RegisterEntry } from "../../../src/core/model";
import { standardProfile } from "../../../src/core/profile/load";
import type { SheetSpec, SpecCell } from "../../../src/core/sheetspec";
import { seedActivities } from "./seed-activities";

const REGISTER: RegisterEntry[] = [
  {
    number: 1,
    text: "Samtliga nämnder ska fortsätta arbetet med civil beredskap",
    scope: "kommungemensamt",
    year: 2020,
    boards: [],
  },
  {
    number: 13,
    text: "Utveckla Friluftsmuseet Gamla Linköping",
    scope: "namndspecifikt",
    year: 2020,
    boards: ["Kultur- och fritidsnämnden", "Kommunstyrelsen"],
  },
];

function cellValue(spec: SheetSpec, a1: string): SpecCell["value"] | undefined {
  const match = /^([A-Z])(\d+)$/.exec(a1)!;
  const col = match[1]!.charCodeAt(0) - 64;
  return spec.cells.find((cell) => cell.row === Number(match[2]) && cell.col === col)?.value;
}

describe("buildTemplateSheets", () => {
  const { meta, activities } = seedActivities();
  const [sheet, register] = buildTemplateSheets({
    meta,
    activities,
    profile: standardProfile,
    register: REGISTER,
  });

  it("builds the template sheet and the Uppdrag sheet", () => {
    expect(sheet!.name).toBe("Uppföljning");
    expect(register!.name).toBe("Uppdrag");
  });

  it("fills the header block with labels, values and names", () => {
    expect(cellValue(sheet!, "A2")).toBe("Förvaltning");
    expect(cellValue(sheet!, "B2")).toBe("Kultur- och fritidsförvaltningen");
    expect(cellValue(sheet!, "B3")).toBe("Kultur- och fritidsnämnden");
    expect(cellValue(sheet!, "D2")).toBe(2020);
    expect(cellValue(sheet!, "D3")).toBe("Delår per 31 augusti");
    expect(cellValue(sheet!, "D4")).toBe("2020-08-31");
    expect(cellValue(sheet!, "B4")).toBe("Anna Andersson");
    expect(cellValue(sheet!, "B5")).toBe("standard");
    expect(cellValue(sheet!, "D5")).toBe(TEMPLATE_VERSION);
    expect(sheet!.names?.map((n) => n.name)).toEqual(HEADER_CELLS.map((h) => h.name));
    expect(sheet!.names).toContainEqual({ name: "upp_forvaltning", cell: "B2" });
  });

  it("writes one table row per activity in SPEC §4 column order, with canonical values", () => {
    const table = sheet!.table!;
    expect(table.name).toBe("Aktiviteter");
    expect(table.topLeft).toBe(`A${TABLE_HEADER_ROW}`);
    expect(table.columns).toEqual([
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
    expect(table.rows).toHaveLength(activities.length);
    const first = table.rows[0]!;
    expect(first[0]).toBe("Samhälle");
    expect(first[3]).toBe(activities[0]!.activity);
    expect(first[4]).toBe("Nämndspecifikt");
    expect(first[5]).toBe("Kvartal 2");
    expect(first[7]).toBe("Genomfört");
    expect(first[8]).toBe(activities[0]!.comment);
  });

  it("keeps a status the profile does not know as its raw text", () => {
    const odd = {
      ...activities[0]!,
      status: {
        raw: "Pågående och genomfört",
        category: "ambiguous" as const,
        label: null,
        inferred: false,
      },
    };
    const [spec] = buildTemplateSheets({
      meta,
      activities: [odd],
      profile: standardProfile,
      register: [],
    });
    expect(spec!.table!.rows[0]![7]).toBe("Pågående och genomfört");
  });

  it("puts dropdowns on Perspektiv, Slutdatum, Status and Uppdrag", () => {
    const byColumn = new Map(sheet!.validations!.map((v) => [v.range.replace(/\d+.*$/, ""), v]));
    expect(byColumn.get("A")).toMatchObject({
      kind: "list",
      values: ["Samhälle", "Medborgare", "Ekonomi", "Verksamhet", "Medarbetare"],
    });
    expect(byColumn.get("F")).toMatchObject({
      kind: "list",
      values: ["Kvartal 1", "Kvartal 2", "Kvartal 3", "Kvartal 4"],
    });
    expect(byColumn.get("H")).toMatchObject({
      kind: "list",
      values: standardProfile.statuses.map((s) => s.canonical),
    });
    expect(byColumn.get("E")).toMatchObject({ kind: "listRange", source: REGISTER_LIST_SOURCE });
    expect(byColumn.get("A")!.range.startsWith(`A${FIRST_DATA_ROW}:`)).toBe(true);
  });

  it("colours Status by traffic light and marks a missing required comment", () => {
    const formats = sheet!.conditionalFormats!;
    const green = formats.find((f) => f.kind === "textIn" && f.values.includes("Genomfört"));
    expect(green).toMatchObject({ fill: "#C6EFCE" });
    expect(green && green.kind === "textIn" && green.values).toEqual(
      expect.arrayContaining(["Pågående", "Klart"]),
    );
    const red = formats.find((f) => f.kind === "textIn" && f.values.includes("Ej genomfört"));
    expect(red).toMatchObject({ fill: "#FFC7CE" });
    const comment = formats.find((f) => f.kind === "formula");
    expect(comment?.range.startsWith("I")).toBe(true);
    expect(comment && comment.kind === "formula" && comment.formula).toMatch(
      /^=AND\(OR\(TRIM\(\$H8\)="Kvarstår".*LEN\(TRIM\(\$I8\)\)=0\)$/,
    );
  });

  it("freezes the header, wraps every column and prints landscape A4 with the header repeated", () => {
    expect(sheet!.freeze).toEqual({ rows: TABLE_HEADER_ROW, cols: 0 });
    expect(sheet!.wrapColumns).toEqual(TEMPLATE_COLUMNS.map((_, i) => i + 1));
    expect(sheet!.print).toEqual({
      landscape: true,
      paper: "A4",
      titleRows: `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`,
    });
    expect(Object.keys(sheet!.columnWidths!)).toHaveLength(9);
  });

  it("gives an empty template blank rows and unknown header values as empty", () => {
    const [empty] = buildTemplateSheets({
      meta: emptyMeta("standard"),
      activities: [],
      profile: standardProfile,
      register: [],
    });
    expect(empty!.table!.rows.length).toBeGreaterThan(0);
    expect(empty!.table!.rows.every((row) => row.every((v) => v === null))).toBe(true);
    expect(cellValue(empty!, "B2")).toBeNull();
    expect(cellValue(empty!, "D4")).toBeNull();
  });

  it("writes the register with a reference column the Uppdrag dropdown offers, and reads it back", () => {
    expect(register!.table!.columns).toEqual([
      "Referens",
      "Nummer",
      "Text",
      "Omfattning",
      "År",
      "Nämnder",
    ]);
    expect(register!.table!.rows[0]).toEqual([
      "Kommungemensamt 1",
      1,
      REGISTER[0]!.text,
      "Kommungemensamt",
      2020,
      null,
    ]);
    expect(register!.table!.rows[1]![5]).toBe("Kultur- och fritidsnämnden; Kommunstyrelsen");

    const grid: Grid = gridFromText("Uppdrag", [
      register!.table!.columns,
      ...register!.table!.rows.map((row) => row.map((v) => (v === null ? null : String(v)))),
    ]);
    expect(readRegisterGrid(grid)).toEqual(REGISTER);
  });

  it("shows periods in Swedish and reads them back", () => {
    for (const [period, label] of Object.entries(PERIOD_LABELS))
      expect(periodFromLabel(label)).toBe(period);
    expect(periodFromLabel("delar")).toBe("delar");
    expect(periodFromLabel("något annat")).toBeNull();
  });
});
