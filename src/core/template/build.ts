/**
 * The standard template (SPEC §4) as SheetSpecs: the template sheet (header block, the table
 * "Aktiviteter", dropdowns, traffic-light colours, print setup) and the "Uppdrag" register sheet.
 * Adapters render these; nothing here knows Excel or files.
 */
import { address, columnLetter } from "../grid";
import type { Activity, RegisterEntry, ReportMeta } from "../model";
import { cutoffFor, formatAssignmentRef, formatAssignmentRefs } from "../parse";
import type { Profile, TrafficLight } from "../profile/schema";
import type {
  SheetSpec,
  SpecCell,
  SpecConditionalFormat,
  SpecValidation,
  SpecValue,
} from "../sheetspec";
import {
  BLANK_ROWS,
  BOARD_SEPARATOR,
  DEFAULT_TEMPLATE_SHEET,
  EXTRA_FORMATTED_ROWS,
  FIRST_DATA_ROW,
  HEADER_CELLS,
  PERIOD_LABELS,
  REGISTER_COLUMNS,
  REGISTER_LIST_SOURCE,
  REGISTER_SHEET,
  REGISTER_TABLE_NAME,
  SCOPE_LABELS,
  TABLE_HEADER_ROW,
  TABLE_NAME,
  TABLE_STYLE,
  TEMPLATE_COLUMNS,
  TEMPLATE_TITLE,
  TEMPLATE_VERSION,
  TITLE_ROW,
  templateColumn,
  type HeaderField,
  type TemplateField,
} from "./layout";

export interface TemplateInput {
  meta: ReportMeta;
  activities: Activity[];
  profile: Profile;
  register: RegisterEntry[];
  /** The template sheet's name; "Uppföljning" by default. */
  sheetName?: string;
  /** The table's name; "Aktiviteter" by default. Table names are workbook-wide: a second template sheet needs its own. */
  tableName?: string;
  /** Define the header block's names (upp_forvaltning …); default true. Names are workbook-wide, so only one template sheet can have them. */
  defineNames?: boolean;
}

/** Fill and font of each traffic light (Excel's own good/neutral/bad palette, plus grey). */
export const LIGHT_COLOURS: Record<TrafficLight, { fill: string; fontColor: string }> = {
  green: { fill: "#C6EFCE", fontColor: "#006100" },
  yellow: { fill: "#FFEB9C", fontColor: "#9C5700" },
  red: { fill: "#FFC7CE", fontColor: "#9C0006" },
  grey: { fill: "#E7E6E6", fontColor: "#3A3838" },
};
/** An empty Kommentar where the status requires one. */
export const MISSING_COMMENT_FILL = "#F8CBAD";
const LABEL_FILL = "#D9E1F2";
const INPUT_FILL = "#FFF2CC";

function parseA1(a1: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let col = 0;
  for (const ch of match[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
}

function headerValue(field: HeaderField, meta: ReportMeta, profile: Profile): SpecValue {
  switch (field) {
    case "organisation":
      return meta.organisation;
    case "board":
      return meta.board;
    case "year":
      return meta.year;
    case "period":
      return meta.period ? PERIOD_LABELS[meta.period] : null;
    case "cutoff":
      // Written as text "YYYY-MM-DD": unambiguous in every locale, and read back as the same string.
      return (
        meta.cutoff ??
        (meta.year !== null && meta.period !== null ? cutoffFor(meta.year, meta.period) : null)
      );
    case "contact":
      return meta.contact ?? null;
    case "profile":
      return meta.profile || profile.id;
    case "templateVersion":
      return TEMPLATE_VERSION;
  }
}

function activityValue(field: TemplateField, activity: Activity): SpecValue {
  switch (field) {
    case "assignmentRefs":
      return activity.assignmentRefs.length > 0
        ? formatAssignmentRefs(activity.assignmentRefs)
        : null;
    case "due":
      return activity.due.raw === "" ? null : activity.due.raw;
    case "status":
      // The canonical term where the status is known; otherwise the text as found, so nothing is lost.
      return activity.status.label ?? (activity.status.raw === "" ? null : activity.status.raw);
    case "activity":
      return activity.activity;
    default:
      return activity[field] ?? null;
  }
}

/** Every spelling of the statuses with one traffic light, canonical first, case-insensitively unique. */
function termsOfCategories(
  profile: Profile,
  include: (status: Profile["statuses"][number]) => boolean,
): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const status of profile.statuses.filter(include)) {
    for (const term of [status.canonical, ...status.synonyms]) {
      const key = term.trim().toLowerCase();
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      terms.push(term.trim());
    }
  }
  return terms;
}

function columnRange(field: TemplateField, lastRow: number): string {
  const letter = columnLetter(templateColumn(field));
  return `${letter}${FIRST_DATA_ROW}:${letter}${lastRow}`;
}

function validations(profile: Profile, lastRow: number): SpecValidation[] {
  const list: SpecValidation[] = [];
  const perspectives = profile.perspectives.map((p) => p.name);
  if (perspectives.length > 0)
    list.push({
      range: columnRange("perspective", lastRow),
      kind: "list",
      values: perspectives,
      allowBlank: true,
    });
  if (profile.due.allowedTerms.length > 0)
    list.push({
      range: columnRange("due", lastRow),
      kind: "list",
      values: profile.due.allowedTerms,
      allowBlank: true,
    });
  list.push({
    range: columnRange("status", lastRow),
    kind: "list",
    values: profile.statuses.map((s) => s.canonical),
    allowBlank: true,
  });
  list.push({
    range: columnRange("assignmentRefs", lastRow),
    kind: "listRange",
    source: REGISTER_LIST_SOURCE,
    allowBlank: true,
  });
  list.push({
    range: headerCellAddress("period"),
    kind: "list",
    values: Object.values(PERIOD_LABELS),
    allowBlank: true,
  });
  return list;
}

function headerCellAddress(field: HeaderField): string {
  return HEADER_CELLS.find((cell) => cell.field === field)!.valueCell;
}

function excelText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function conditionalFormats(profile: Profile, lastRow: number): SpecConditionalFormat[] {
  const formats: SpecConditionalFormat[] = [];
  const statusRange = columnRange("status", lastRow);
  for (const light of ["green", "yellow", "red", "grey"] as const) {
    const values = termsOfCategories(profile, (status) => status.light === light);
    if (values.length > 0)
      formats.push({ range: statusRange, kind: "textIn", values, ...LIGHT_COLOURS[light] });
  }

  const needsComment = termsOfCategories(profile, (status) =>
    profile.commentRequired.includes(status.category),
  );
  if (needsComment.length > 0) {
    const status = `$${columnLetter(templateColumn("status"))}${FIRST_DATA_ROW}`;
    const comment = `$${columnLetter(templateColumn("comment"))}${FIRST_DATA_ROW}`;
    const tests = needsComment.map((term) => `TRIM(${status})=${excelText(term)}`).join(",");
    formats.push({
      range: columnRange("comment", lastRow),
      kind: "formula",
      // Invariant (comma) syntax, relative to the range's top-left cell.
      formula: `=AND(OR(${tests}),LEN(TRIM(${comment}))=0)`,
      fill: MISSING_COMMENT_FILL,
    });
  }
  return formats;
}

function headerBlockCells(meta: ReportMeta, profile: Profile): SpecCell[] {
  const cells: SpecCell[] = [
    { row: TITLE_ROW, col: 1, value: TEMPLATE_TITLE, style: { bold: true, fontSize: 14 } },
  ];
  for (const header of HEADER_CELLS) {
    const label = parseA1(header.labelCell);
    const value = parseA1(header.valueCell);
    cells.push({ ...label, value: header.label, style: { bold: true, fill: LABEL_FILL } });
    cells.push({
      ...value,
      value: headerValue(header.field, meta, profile),
      style: { fill: INPUT_FILL, wrap: true },
    });
  }
  return cells;
}

export function buildTemplateSheet(input: TemplateInput): SheetSpec {
  const { meta, activities, profile } = input;
  const name = input.sheetName ?? DEFAULT_TEMPLATE_SHEET;
  const rows =
    activities.length > 0
      ? activities.map((activity) =>
          TEMPLATE_COLUMNS.map((column) => activityValue(column.field, activity)),
        )
      : Array.from({ length: BLANK_ROWS }, () => TEMPLATE_COLUMNS.map(() => null));
  const lastRow = FIRST_DATA_ROW + rows.length - 1 + EXTRA_FORMATTED_ROWS;

  return {
    name,
    cells: headerBlockCells(meta, profile),
    table: {
      name: input.tableName ?? TABLE_NAME,
      topLeft: address(TABLE_HEADER_ROW, 1),
      columns: TEMPLATE_COLUMNS.map((column) => column.title),
      rows,
      style: TABLE_STYLE,
    },
    validations: validations(profile, lastRow),
    conditionalFormats: conditionalFormats(profile, lastRow),
    names:
      input.defineNames === false
        ? []
        : HEADER_CELLS.map((header) => ({ name: header.name, cell: header.valueCell })),
    wrapColumns: TEMPLATE_COLUMNS.map((_, i) => i + 1),
    columnWidths: Object.fromEntries(TEMPLATE_COLUMNS.map((column, i) => [i + 1, column.width])),
    freeze: { rows: TABLE_HEADER_ROW, cols: 0 },
    print: { landscape: true, paper: "A4", titleRows: `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}` },
    activate: true,
  };
}

export function buildRegisterSheet(register: RegisterEntry[]): SheetSpec {
  const rows: SpecValue[][] = register.map((entry) => [
    formatAssignmentRef({ scope: entry.scope, number: entry.number }),
    entry.number,
    entry.text,
    SCOPE_LABELS[entry.scope],
    entry.year,
    entry.boards.length > 0 ? entry.boards.join(BOARD_SEPARATOR) : null,
  ]);
  return {
    name: REGISTER_SHEET,
    cells: [],
    table: {
      name: REGISTER_TABLE_NAME,
      topLeft: "A1",
      columns: [...REGISTER_COLUMNS],
      rows: rows.length > 0 ? rows : [REGISTER_COLUMNS.map(() => null)],
      style: "TableStyleLight9",
    },
    wrapColumns: [3, 6],
    columnWidths: { 1: 22, 2: 9, 3: 70, 4: 18, 5: 8, 6: 30 },
    freeze: { rows: 1, cols: 0 },
    print: { landscape: true, paper: "A4", titleRows: "1:1" },
  };
}

/** The template sheet and the register sheet, in that order. */
export function buildTemplateSheets(input: TemplateInput): SheetSpec[] {
  return [buildTemplateSheet(input), buildRegisterSheet(input.register)];
}

/** One report's content for buildTemplateWorkbook. */
export interface TemplateReport {
  meta: ReportMeta;
  activities: Activity[];
}

function registerKey(entry: RegisterEntry): string {
  return `${entry.scope}|${entry.number ?? ""}|${entry.text.trim().toLowerCase()}`;
}

/**
 * Template sheets for several structured reports (a workbook with more than one activity table)
 * plus one register. The first sheet is "Uppföljning" with the named header cells; the next are
 * "Uppföljning 2", … with their own table names (table and cell names are workbook-wide).
 */
export function buildTemplateWorkbook(input: {
  reports: TemplateReport[];
  profile: Profile;
  register: RegisterEntry[];
}): SheetSpec[] {
  const seen = new Set<string>();
  const register = input.register.filter(
    (entry) => !seen.has(registerKey(entry)) && seen.add(registerKey(entry)),
  );
  const sheets = input.reports.map((report, i) =>
    buildTemplateSheet({
      meta: report.meta,
      activities: report.activities,
      profile: input.profile,
      register,
      ...(i === 0
        ? {}
        : {
            sheetName: `${DEFAULT_TEMPLATE_SHEET} ${i + 1}`,
            tableName: `${TABLE_NAME}${i + 1}`,
            defineNames: false,
          }),
    }),
  );
  return [
    ...sheets.map((sheet, i) => (i === 0 ? sheet : { ...sheet, activate: false })),
    buildRegisterSheet(register),
  ];
}
