/**
 * The five summary sheets of SPEC §7 as SheetSpecs. Every text from a source goes in as a value,
 * never as a formula; the adapters keep it text.
 */
import type { SheetSpec, SpecCell, SpecConditionalFormat, SpecValue } from "../sheetspec";
import type { StatusCategory } from "../model";
import { STATUS_CATEGORIES } from "../model-lists";
import { address, columnLetter } from "../grid";
import { stampStateLabel } from "../stamp/stamp";
import type { Profile } from "../profile/schema";
import { formatAssignmentRefs } from "../parse/assignment";
import type { Summary } from "./model";
import { organisationHeaders } from "./column-names";
import { SUBMISSION_SHEET, submissionSheet } from "./submission-sheet";
import { CHANGES_SHEET, changesSheet } from "./changes-sheet";
import { compareSwedish } from "./swedish-order";
import { CATEGORY_BAR_COLOURS, LIGHT_COLOURS, categoryLabel, categoryLabels, categoryLight } from "./labels";
// From its module, not through labels.ts's re-export: a re-export is read through a getter, a
// call for each of the long table's rows.
import { PERIOD_LABELS } from "../template/layout";

export const SUMMARY_SHEET_NAMES = ["Sammanställning", "Uppdrag", "Avvikelser", "Alla aktiviteter", "Källor", SUBMISSION_SHEET, CHANGES_SHEET] as const;

const TITLE = { bold: true, fontSize: 14 } as const;
const BOLD = { bold: true } as const;

export function buildSummarySheets(summary: Summary, profile: Profile): SheetSpec[] {
  return [
    overviewSheet(summary, profile),
    coverageSheet(summary),
    deviationsSheet(summary, profile),
    longTableSheet(summary, profile),
    sourcesSheet(summary),
    // The consolidator's overview sheets (submission-sheet.ts, changes-sheet.ts).
    submissionSheet(summary),
    ...[changesSheet(summary)].filter((sheet) => sheet !== null),
  ];
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000;
}

function lightFormats(range: string): SpecConditionalFormat[] {
  return (["green", "yellow", "red", "grey"] as const).map((light) => ({
    range,
    kind: "textIn",
    values: [LIGHT_COLOURS[light].label],
    fill: LIGHT_COLOURS[light].fill,
    fontColor: LIGHT_COLOURS[light].fontColor,
  }));
}

function categoryFormats(range: string, profile: Profile): SpecConditionalFormat[] {
  return (["green", "yellow", "red", "grey"] as const).flatMap((light) => {
    const values = STATUS_CATEGORIES.filter((category) => categoryLight(category, profile) === light).map((category) =>
      categoryLabel(category, profile),
    );
    return values.length === 0
      ? []
      : [{ range, kind: "textIn" as const, values, fill: LIGHT_COLOURS[light].fill, fontColor: LIGHT_COLOURS[light].fontColor }];
  });
}

function overviewSheet(summary: Summary, profile: Profile): SheetSpec {
  const categoryHeaders = STATUS_CATEGORIES.map((category) => categoryLabel(category, profile));
  // Category counts come right after the name so the chart's data range is one block.
  const columns = ["Förvaltning", ...categoryHeaders, "Aktiviteter", "Andel genomfört", "Andel i fas", "Läge"];
  const onTrack = (counts: Record<StatusCategory, number>) => counts.done + counts.ongoing + counts.not_applicable;
  const rows: SpecValue[][] = summary.byOrganisation.map((org) => [
    org.organisation,
    ...STATUS_CATEGORIES.map((category) => org.byCategory[category]),
    org.activities,
    share(org.byCategory.done, org.activities),
    share(onTrack(org.byCategory), org.activities),
    LIGHT_COLOURS[org.light].label,
  ]);
  const cells: SpecCell[] = [
    { row: 1, col: 1, value: "Kommungemensam sammanställning", style: TITLE },
    { row: 2, col: 1, value: "Skapad", style: BOLD },
    { row: 2, col: 2, value: summary.generatedAt },
    { row: 3, col: 1, value: "Radbalans", style: BOLD },
    { row: 3, col: 2, value: conservationText(summary) },
    ...summary.warnings.map((warning, i) => ({ row: 4 + i, col: 1, value: `Obs: ${warning}`, style: { italic: true } })),
  ];
  const tableTop = 5 + summary.warnings.length;
  const lastTableRow = tableTop + Math.max(rows.length, 1);
  const totalsRow = lastTableRow + 1;
  const total = summary.totals;
  const totalValues: SpecValue[] = [
    "Totalt",
    ...STATUS_CATEGORIES.map((category) => total.byCategory[category]),
    total.activities,
    share(total.byCategory.done, total.activities),
    share(onTrack(total.byCategory), total.activities),
    null,
  ];
  totalValues.forEach((value, i) => cells.push({ row: totalsRow, col: i + 1, value, style: BOLD }));

  const perspectiveTop = totalsRow + 2;
  cells.push({ row: perspectiveTop, col: 1, value: "Per perspektiv", style: { bold: true, fontSize: 12 } });
  ["Perspektiv", "Aktiviteter", ...categoryHeaders].forEach((value, i) =>
    cells.push({ row: perspectiveTop + 1, col: i + 1, value, style: { bold: true, fill: "#DDEBF7" } }),
  );
  Object.entries(total.byPerspective)
    .sort(([a], [b]) => compareSwedish(a, b))
    .forEach(([perspective, counts], i) => {
      const values: SpecValue[] = [
        perspective,
        STATUS_CATEGORIES.reduce((sum, category) => sum + counts[category], 0),
        ...STATUS_CATEGORIES.map((category) => counts[category]),
      ];
      values.forEach((value, col) => cells.push({ row: perspectiveTop + 2 + i, col: col + 1, value }));
    });

  const shareColumns = [columns.length - 2, columns.length - 1];
  const lightColumn = columnLetter(columns.length);
  return {
    name: "Sammanställning",
    cells,
    table: { name: "Sammanstallning", topLeft: address(tableTop, 1), columns, rows, style: "TableStyleMedium2" },
    conditionalFormats: lightFormats(`${lightColumn}${tableTop + 1}:${lightColumn}${lastTableRow}`),
    columnWidths: { 1: 38, ...Object.fromEntries(columns.slice(1).map((_, i) => [i + 2, 12])) },
    numberFormats: shareColumns.map((col) => ({
      range: `${columnLetter(col)}${tableTop + 1}:${columnLetter(col)}${totalsRow}`,
      format: "0%",
    })),
    freeze: { rows: tableTop, cols: 1 },
    print: { landscape: true, paper: "A4", titleRows: `${tableTop}:${tableTop}` },
    chart: {
      kind: "stackedBar",
      title: "Aktiviteter per förvaltning och status",
      dataRange: `A${tableTop}:${columnLetter(1 + STATUS_CATEGORIES.length)}${lastTableRow}`,
      seriesColours: STATUS_CATEGORIES.map((category) => CATEGORY_BAR_COLOURS[category]),
      anchor: `A${perspectiveTop + Object.keys(total.byPerspective).length + 4}:L${perspectiveTop + Object.keys(total.byPerspective).length + 26}`,
    },
    activate: true,
  };
}

export function conservationText(summary: Summary): string {
  const { sourceTotal, tableRows, ok } = summary.conservation;
  const read = summary.sources.filter((source) => source.status === "ok").length;
  const leftOut = summary.sources.filter((source) => source.status === "ok" && !source.counted).length;
  const duplicates = leftOut === 0 ? "" : `; ${leftOut} ${leftOut === 1 ? "dubblett" : "dubbletter"} räknas inte (se Källor)`;
  return `${tableRows} aktiviteter i "Alla aktiviteter" = summan ${sourceTotal} över ${read} lästa källor${duplicates}${ok ? " (stämmer)" : " (STÄMMER INTE)"}`;
}

/** The coverage sheet's title (A1): how a summary's own "Uppdrag" sheet is told from a register. */
export const COVERAGE_TITLE = "Kommungemensamma strategiska uppdrag per förvaltning";

function coverageSheet(summary: Summary): SheetSpec {
  const fixed = ["Nr", "Uppdrag", "Förvaltningar som rapporterat"];
  // Names from the data, made valid and unique as table column names (column-names.ts).
  const columns = ["Nr", "Uppdrag", ...organisationHeaders(summary.organisations, fixed), "Förvaltningar som rapporterat"];
  const rows: SpecValue[][] = summary.coverage.map((entry) => [
    entry.number,
    entry.text,
    ...entry.cells.map((cell) =>
      cell.activities.length === 0 ? null : cell.activities.map((a) => `• ${a.activity} (${a.status})`).join("\n"),
    ),
    entry.cells.filter((cell) => cell.activities.length > 0).length,
  ]);
  const lastRow = 3 + Math.max(rows.length, 1);
  const orgRange = `${columnLetter(3)}4:${columnLetter(2 + summary.organisations.length)}${lastRow}`;
  return {
    name: "Uppdrag",
    cells: [
      { row: 1, col: 1, value: COVERAGE_TITLE, style: TITLE },
      {
        row: 2,
        col: 1,
        value: "Tom cell = förvaltningen har inte rapporterat någon aktivitet på uppdraget.",
        style: { italic: true },
      },
    ],
    table: { name: "Uppdragstackning", topLeft: "A3", columns, rows, style: "TableStyleMedium2" },
    conditionalFormats:
      summary.organisations.length === 0
        ? []
        : [{ range: orgRange, kind: "formula", formula: `=LEN(TRIM(C4))=0`, fill: LIGHT_COLOURS.yellow.fill }],
    columnWidths: {
      1: 6,
      2: 60,
      ...Object.fromEntries(summary.organisations.map((_, i) => [i + 3, 40])),
      [columns.length]: 14,
    },
    wrapColumns: columns.map((_, i) => i + 1),
    freeze: { rows: 3, cols: 2 },
    print: { landscape: true, paper: "A4", titleRows: "3:3" },
  };
}

function deviationsSheet(summary: Summary, profile: Profile): SheetSpec {
  const columns = ["Förvaltning", "Mål", "Aktivitet", "Slutdatum", "Status", "Kategori", "Kommentar", "Orsak", "Källfil", "Blad", "Rad"];
  const labels = categoryLabels(profile);
  const rows: SpecValue[][] = summary.deviations.map((d) => [
    d.organisation,
    d.goal,
    d.activity,
    d.due,
    d.status,
    labels[d.category],
    d.comment,
    d.reason,
    d.file,
    d.sheet,
    d.row,
  ]);
  const lastRow = 3 + Math.max(rows.length, 1);
  return {
    name: "Avvikelser",
    cells: [{ row: 1, col: 1, value: `Avvikelser (${rows.length})`, style: TITLE }],
    table: { name: "Avvikelser", topLeft: "A3", columns, rows, style: "TableStyleMedium2" },
    conditionalFormats: categoryFormats(`F4:F${lastRow}`, profile),
    columnWidths: { 1: 30, 2: 30, 3: 50, 4: 14, 5: 14, 6: 14, 7: 50, 8: 22, 9: 24, 10: 16, 11: 6 },
    wrapColumns: [2, 3, 7],
    freeze: { rows: 3, cols: 1 },
    print: { landscape: true, paper: "A4", titleRows: "3:3" },
  };
}

function longTableSheet(summary: Summary, profile: Profile): SheetSpec {
  const columns = [
    "Förvaltning",
    "Nämnd",
    "År",
    "Period",
    "Perspektiv",
    "Kommunövergripande mål",
    "Mål",
    "Aktivitet",
    "Uppdrag",
    "Slutdatum",
    "Slutdatum typ",
    "Slutdatum till",
    "Ansvarig",
    "Status",
    "Statuskategori",
    "Kommentar",
    "Källfil",
    "Blad",
    "Rad",
    "Id",
    "Del av",
  ];
  const labels = categoryLabels(profile);
  const rows: SpecValue[][] = summary.rows.map(({ organisation, board, year, period, activity: a, file }) => [
    organisation,
    board,
    year,
    period ? PERIOD_LABELS[period] : null,
    a.perspective,
    a.commonGoal,
    a.goal,
    a.activity,
    // Most activities name no uppdrag: no call (and no empty join) for them.
    a.assignmentRefs.length === 0 ? null : formatAssignmentRefs(a.assignmentRefs) || null,
    a.due.raw || null,
    a.due.kind,
    a.due.end,
    a.responsible,
    a.status.label ?? a.status.raw,
    labels[a.status.category],
    a.comment,
    file,
    a.source.sheet,
    a.source.row,
    a.id,
    a.parentId,
  ]);
  return {
    name: "Alla aktiviteter",
    cells: [],
    table: { name: "AllaAktiviteter", topLeft: "A1", columns, rows, style: "TableStyleLight9" },
    columnWidths: { 1: 30, 7: 30, 8: 50, 16: 50 },
    freeze: { rows: 1, cols: 0 },
    print: { landscape: true, paper: "A4", titleRows: "1:1" },
  };
}

function sourcesSheet(summary: Summary): SheetSpec {
  const columns = ["Fil", "Blad", "Förvaltning", "År", "Period", "Rader lästa", "Aktiviteter", "Fel", "Varningar", "Stämpel", "Status", "Anmärkning"];
  const rows: SpecValue[][] = summary.sources.map((s) => [
    s.file,
    s.sheet,
    s.organisation,
    s.year,
    s.period ? PERIOD_LABELS[s.period] : null,
    s.rowsRead,
    s.activities,
    s.errors,
    s.warnings,
    stampStateLabel(s.stamp),
    s.status === "error" ? "Kunde inte läsas" : s.counted ? "Läst" : "Dubblett, räknas inte",
    [s.error, ...s.remarks].filter(Boolean).join(" ") || null,
  ]);
  const lastRow = 3 + Math.max(rows.length, 1);
  return {
    name: "Källor",
    cells: [
      { row: 1, col: 1, value: "Källor", style: TITLE },
      { row: lastRow + 2, col: 1, value: "Radbalans", style: BOLD },
      { row: lastRow + 2, col: 2, value: conservationText(summary) },
    ],
    table: { name: "Kallor", topLeft: "A3", columns, rows, style: "TableStyleMedium2" },
    conditionalFormats: [
      { range: `K4:K${lastRow}`, kind: "textIn", values: ["Kunde inte läsas"], fill: LIGHT_COLOURS.red.fill, fontColor: LIGHT_COLOURS.red.fontColor },
      { range: `K4:K${lastRow}`, kind: "textIn", values: ["Dubblett, räknas inte"], fill: LIGHT_COLOURS.yellow.fill, fontColor: LIGHT_COLOURS.yellow.fontColor },
      { range: `J4:J${lastRow}`, kind: "textIn", values: [stampStateLabel("validated")], fill: LIGHT_COLOURS.green.fill, fontColor: LIGHT_COLOURS.green.fontColor },
      { range: `J4:J${lastRow}`, kind: "textIn", values: [stampStateLabel("changed")], fill: LIGHT_COLOURS.yellow.fill, fontColor: LIGHT_COLOURS.yellow.fontColor },
    ],
    columnWidths: { 1: 30, 2: 16, 3: 34, 5: 22, 10: 22, 11: 16, 12: 60 },
    wrapColumns: [12],
    freeze: { rows: 3, cols: 1 },
    print: { landscape: true, paper: "A4", titleRows: "3:3" },
  };
}
