/**
 * Where everything sits on the standard template (SPEC §4): one place, so the writer, the
 * structuring engine reading a template back and the task pane agree.
 *
 * Sheet "Uppföljning":
 *   row 1      title
 *   rows 2–5   header block, label/value pairs side by side: A:B and C:D (named value cells)
 *   row 7      header row of the table "Aktiviteter" (columns in SPEC §4 order), data from row 8
 * Sheet "Uppdrag": the register, header in row 1; column A holds the reference text the
 * template's Uppdrag dropdown offers ("Kommungemensamt 1").
 */
import type { AssignmentScope, Period, ReportMeta } from "../model";

export const TEMPLATE_VERSION = "1.0";
export const DEFAULT_TEMPLATE_SHEET = "Uppföljning";
export const TEMPLATE_TITLE = "Uppföljning av verksamhetsplanens aktiviteter";
export const TITLE_ROW = 1;

/** Workbook setting (WorkbookPort.setSetting) holding the profile JSON in force. */
export const PROFILE_SETTING = "profile";

export type HeaderField =
  | "organisation"
  | "board"
  | "year"
  | "period"
  | "cutoff"
  | "contact"
  | "profile"
  | "templateVersion";

export interface HeaderCell {
  field: HeaderField;
  label: string;
  /** Label cell and value cell (A1). */
  labelCell: string;
  valueCell: string;
  /** Defined name of the value cell. */
  name: string;
}

export const HEADER_CELLS: readonly HeaderCell[] = [
  {
    field: "organisation",
    label: "Förvaltning",
    labelCell: "A2",
    valueCell: "B2",
    name: "upp_forvaltning",
  },
  { field: "year", label: "År", labelCell: "C2", valueCell: "D2", name: "upp_ar" },
  { field: "board", label: "Nämnd", labelCell: "A3", valueCell: "B3", name: "upp_namnd" },
  { field: "period", label: "Period", labelCell: "C3", valueCell: "D3", name: "upp_period" },
  {
    field: "contact",
    label: "Kontaktperson",
    labelCell: "A4",
    valueCell: "B4",
    name: "upp_kontaktperson",
  },
  {
    field: "cutoff",
    label: "Avstämningsdatum",
    labelCell: "C4",
    valueCell: "D4",
    name: "upp_avstamningsdatum",
  },
  { field: "profile", label: "Profil", labelCell: "A5", valueCell: "B5", name: "upp_profil" },
  {
    field: "templateVersion",
    label: "Mallversion",
    labelCell: "C5",
    valueCell: "D5",
    name: "upp_mallversion",
  },
];

export function headerCell(field: HeaderField): HeaderCell {
  return HEADER_CELLS.find((cell) => cell.field === field)!;
}

export const TABLE_NAME = "Aktiviteter";
export const TABLE_HEADER_ROW = 7;
export const FIRST_DATA_ROW = TABLE_HEADER_ROW + 1;
/** Blank rows of an empty template, ready to fill in. */
export const BLANK_ROWS = 10;
/** Dropdowns and colours reach this many rows below the written ones, for rows users add. */
export const EXTRA_FORMATTED_ROWS = 500;
export const TABLE_STYLE = "TableStyleMedium2";

export type TemplateField =
  | "perspective"
  | "commonGoal"
  | "goal"
  | "activity"
  | "assignmentRefs"
  | "due"
  | "responsible"
  | "status"
  | "comment";

export interface TemplateColumn {
  field: TemplateField;
  title: string;
  /** Width in characters. */
  width: number;
}

/** SPEC §4 order. */
export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { field: "perspective", title: "Perspektiv", width: 16 },
  { field: "commonGoal", title: "Kommunövergripande mål", width: 28 },
  { field: "goal", title: "Nämndmål", width: 32 },
  { field: "activity", title: "Aktivitet", width: 48 },
  { field: "assignmentRefs", title: "Uppdrag", width: 20 },
  { field: "due", title: "Slutdatum", width: 13 },
  { field: "responsible", title: "Ansvarig", width: 18 },
  { field: "status", title: "Status", width: 14 },
  { field: "comment", title: "Kommentar", width: 48 },
];

/** 1-based column of a field on the template sheet. */
export function templateColumn(field: TemplateField): number {
  return TEMPLATE_COLUMNS.findIndex((column) => column.field === field) + 1;
}

/** How a period is shown in the Period cell; periodFromLabel reads it (and the bare ids) back. */
export const PERIOD_LABELS: Record<Period, string> = {
  tertial1: "Tertial 1 per 30 april",
  delar: "Delår per 31 augusti",
  helar: "Helår per 31 december",
};

export function periodLabel(period: Period): string {
  return PERIOD_LABELS[period];
}

export function periodFromLabel(text: string): Period | null {
  const wanted = text.trim().toLowerCase();
  for (const [period, label] of Object.entries(PERIOD_LABELS) as [Period, string][]) {
    if (wanted === label.toLowerCase() || wanted === period) return period;
  }
  return null;
}

// The register sheet ---------------------------------------------------------------------------

export const REGISTER_SHEET = "Uppdrag";
export const REGISTER_TABLE_NAME = "Uppdragsregister";
export const REGISTER_COLUMNS = [
  "Referens",
  "Nummer",
  "Text",
  "Omfattning",
  "År",
  "Nämnder",
] as const;
/** Rows of the register the Uppdrag dropdown offers (room for entries added by hand). */
export const REGISTER_LIST_ROWS = 500;
/** Source of the Uppdrag dropdown: the Referens column of the register. */
export const REGISTER_LIST_SOURCE = `=${REGISTER_SHEET}!$A$2:$A$${REGISTER_LIST_ROWS + 1}`;
/** Boards of a nämndspecifikt assignment are listed in one cell with this separator. */
export const BOARD_SEPARATOR = "; ";

export const SCOPE_LABELS: Record<AssignmentScope, string> = {
  kommungemensamt: "Kommungemensamt",
  namndspecifikt: "Nämndspecifikt",
  namndsuppdrag: "Nämndsuppdrag",
  forvaltningschef: "Förvaltningschef",
  unspecified: "Ospecificerat",
};

export function scopeFromLabel(text: string): AssignmentScope | null {
  const wanted = text.trim().toLowerCase();
  for (const [scope, label] of Object.entries(SCOPE_LABELS) as [AssignmentScope, string][]) {
    if (wanted === label.toLowerCase() || wanted === scope) return scope;
  }
  return null;
}

/** Report metadata with everything unknown, for an empty template. */
export function emptyMeta(profileId: string): ReportMeta {
  return {
    organisation: null,
    board: null,
    year: null,
    period: null,
    cutoff: null,
    profile: profileId,
    contact: null,
  };
}
