/**
 * "Kapitel för Word": the summary as a chapter a kommunledning pastes into its delårsrapport or
 * årsredovisning, written with the `docx` package (Node and browser). Headings use Word's
 * built-in Heading 1–3 styles, tables one built-in table style and captions the Caption style, so
 * with "Use destination styles" the receiving document's theme and fonts apply. Not exported from
 * core/consolidate/index.ts: the pane loads it (and docx) as a chunk of its own on first use.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { STATUS_CATEGORIES } from "../../model";
import type { Profile } from "../../profile/schema";
import { renderBarChartPng } from "../chart-png/bar-chart";
import { CHANGE_KIND_LABELS, changeRows } from "../changes-sheet";
import { PERIOD_LABELS, categoryLabel } from "../labels";
import type { Summary } from "../model";
import { chapterTitle, percent } from "./text";

/** Word's built-in "Grid Table 4 Accent 1", defined by name and theme colours only (no fixed RGB wins over the theme). */
export const TABLE_STYLE_ID = "GridTable4-Accent1";

/**
 * docx has no API for table styles, so the one style is given as its styles.xml entry; colours
 * refer to the theme (accent1), so the receiving document's theme colours it (ECMA-376 Part 1,
 * §17.7.6 table styles, §17.7.2.4 themeColor).
 */
const TABLE_STYLE_XML = `<w:style w:type="table" w:styleId="${TABLE_STYLE_ID}"><w:name w:val="Grid Table 4 Accent 1"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="49"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="8EAADB" w:themeColor="accent1" w:themeTint="99"/><w:left w:val="single" w:sz="4" w:space="0" w:color="8EAADB" w:themeColor="accent1" w:themeTint="99"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="8EAADB" w:themeColor="accent1" w:themeTint="99"/><w:right w:val="single" w:sz="4" w:space="0" w:color="8EAADB" w:themeColor="accent1" w:themeTint="99"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="8EAADB" w:themeColor="accent1" w:themeTint="99"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="8EAADB" w:themeColor="accent1" w:themeTint="99"/></w:tblBorders></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF" w:themeColor="background1"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="4472C4" w:themeFill="accent1"/></w:tcPr></w:tblStylePr><w:tblStylePr w:type="lastRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:tcBorders><w:top w:val="double" w:sz="4" w:space="0" w:color="4472C4" w:themeColor="accent1"/></w:tcBorders></w:tcPr></w:tblStylePr><w:tblStylePr w:type="band1Horz"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3" w:themeFill="accent1" w:themeFillTint="33"/></w:tcPr></w:tblStylePr></w:style>`;

type CellValue = string | number | null;

/**
 * Word's own look for its built-in headings and caption (Office theme: accent 1 dark, 16/13/12 pt),
 * so the chapter reads well on its own; pasted with "Use destination styles", the receiving
 * document's definitions of the same styles replace these.
 */
const HEADING_COLOUR = "2F5496";
const STYLE_DEFAULTS = {
  heading1: { run: { size: 32, color: HEADING_COLOUR }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
  heading2: { run: { size: 26, color: HEADING_COLOUR }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
  heading3: { run: { size: 24, color: "1F3763" }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
  caption: { run: { size: 18, italics: true, color: "44546A" }, paragraph: { spacing: { before: 60, after: 120 } } },
};

function table(header: string[], rows: CellValue[][], options: { totalRow?: boolean; widths?: number[]; fontSize?: number } = {}): Table {
  const row = (values: CellValue[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: values.map(
        (value, i) =>
          new TableCell({
            width: options.widths ? { size: options.widths[i] ?? 10, type: WidthType.PERCENTAGE } : undefined,
            children: String(value ?? "")
              .split("\n")
              .map(
                (line) =>
                  new Paragraph({
                    alignment: typeof value === "number" ? AlignmentType.RIGHT : AlignmentType.LEFT,
                    children: [new TextRun({ text: line, size: options.fontSize })],
                  }),
              ),
          }),
      ),
    });
  return new Table({
    style: TABLE_STYLE_ID,
    width: { size: 100, type: WidthType.PERCENTAGE },
    tableLook: { firstRow: true, lastRow: options.totalRow === true, noVBand: true, noHBand: false },
    rows: [row(header, true), ...rows.map((values) => row(values, false))],
  });
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [new TextRun(text)] });
const body = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const caption = (text: string) => new Paragraph({ style: "Caption", children: [new TextRun(text)] });

function statusTable(summary: Summary, profile: Profile): Table {
  const shown = STATUS_CATEGORIES.filter((category) => summary.totals.byCategory[category] > 0);
  const header = ["Förvaltning", ...shown.map((category) => categoryLabel(category, profile)), "Totalt", "Genomfört"];
  const rows: CellValue[][] = summary.byOrganisation.map((org) => [
    org.organisation,
    ...shown.map((category) => org.byCategory[category]),
    org.activities,
    percent(org.byCategory.done, org.activities),
  ]);
  const totals = summary.totals;
  rows.push(["Totalt", ...shown.map((category) => totals.byCategory[category]), totals.activities, percent(totals.byCategory.done, totals.activities)]);
  // Many columns on a portrait page: the names get a quarter of the width, the counts share the rest, in 8 pt.
  const countWidth = 76 / (header.length - 1);
  return table(header, rows, { totalRow: true, fontSize: 16, widths: [24, ...header.slice(1).map(() => countWidth)] });
}

function changesSection(summary: Summary): (Paragraph | Table)[] {
  const comparison = summary.comparison;
  if (!comparison) return [];
  const out: (Paragraph | Table)[] = [heading("Förändringar sedan förra perioden", HeadingLevel.HEADING_2)];
  out.push(body(`Jämfört med ${comparison.previousSources.join(", ")}.`));
  for (const org of comparison.organisations) {
    out.push(heading(org.organisation, HeadingLevel.HEADING_3));
    out.push(
      body(
        `${org.statusChanges.length} aktiviteter har ändrat status, ${org.new.length} är nya, ${org.vanished.length} har försvunnit utan att vara genomförda eller avbrutna och ${org.carriedOver.length} följer med från förra perioden.`,
      ),
    );
    const rows = changeRows(org).filter((r) => r.kind !== "carried");
    if (rows.length > 0) {
      out.push(table(["Förändring", "Aktivitet", "Förra perioden", "Nu"], rows.map((r) => [CHANGE_KIND_LABELS[r.kind], r.activity, r.before, r.now]), { widths: [20, 50, 15, 15] }));
    }
  }
  if (comparison.newOrganisations.length > 0) out.push(body(`Inte med i förra periodens underlag, så ingen jämförelse: ${comparison.newOrganisations.join(", ")}.`));
  if (comparison.notReportedNow.length > 0) out.push(body(`Fanns förra perioden men inte nu: ${comparison.notReportedNow.join(", ")}.`));
  return out;
}

export function buildChapterDocument(summary: Summary, profile: Profile): Document {
  const chart = renderBarChartPng(summary, profile);
  const displayWidth = 640;
  const { totals } = summary;
  const periods = [...new Set(summary.sources.flatMap((s) => (s.status === "ok" && s.counted && s.period ? [PERIOD_LABELS[s.period]] : [])))];
  const children: (Paragraph | Table)[] = [
    heading(chapterTitle(summary), HeadingLevel.HEADING_1),
    body(
      `Sammanställningen omfattar ${totals.activities} aktiviteter från ${summary.byOrganisation.length} förvaltningar${periods.length === 1 ? ` (${periods[0]!.toLowerCase()})` : ""}. ${percent(totals.byCategory.done, totals.activities)} är genomförda och ${percent(totals.byCategory.done + totals.byCategory.ongoing + totals.byCategory.not_applicable, totals.activities)} är genomförda, pågår enligt plan eller är inte aktuella. ${summary.deviations.length} aktiviteter avviker.`,
    ),
    heading("Aktiviteter per förvaltning och status", HeadingLevel.HEADING_2),
    new Paragraph({
      children: [
        new ImageRun({
          type: "png",
          data: chart.png,
          transformation: { width: displayWidth, height: Math.round((chart.height / chart.width) * displayWidth) },
          altText: { name: "Diagram", title: "Aktiviteter per förvaltning och status", description: "Staplat stapeldiagram: antal aktiviteter per förvaltning och status." },
        }),
      ],
    }),
    caption("Figur 1. Aktiviteter per förvaltning och status."),
    caption("Tabell 1. Antal aktiviteter per förvaltning och status."),
    statusTable(summary, profile),
    heading(`Avvikelser (${summary.deviations.length})`, HeadingLevel.HEADING_2),
    summary.deviations.length === 0
      ? body("Inga aktiviteter avviker.")
      : table(
          ["Förvaltning", "Aktivitet", "Status", "Kommentar"],
          summary.deviations.map((d) => [d.organisation, d.activity, `${d.status} (${d.reason.toLowerCase()})`, d.comment]),
          { widths: [20, 38, 14, 28] },
        ),
    ...changesSection(summary),
  ];
  return new Document({
    creator: "Uppföljning",
    title: chapterTitle(summary),
    description: "Kommungemensam sammanställning av verksamhetsuppföljningen",
    // The table style as external styles: docx then keeps its default styles (headings, caption) next to it.
    externalStyles: `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${TABLE_STYLE_XML}</w:styles>`,
    styles: { default: STYLE_DEFAULTS },
    sections: [{ children }],
  });
}

/** The chapter as .docx bytes. */
export async function renderChapterDocx(summary: Summary, profile: Profile): Promise<Uint8Array> {
  return Packer.pack(buildChapterDocument(summary, profile), "uint8array");
}
