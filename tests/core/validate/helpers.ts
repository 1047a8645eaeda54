/**
 * Building reports from seed rows for the rule tests: activities are written as the cells read,
 * the status parsed by the real parser, so a test row reads like the seed it quotes.
 */
import type { Activity, ColumnMap, DuePeriod, Report } from "../../../src/core/model";
import { parseStatus } from "../../../src/core/parse/status";
import { standardProfile } from "../../../src/core/profile/load";

export const profile = standardProfile;

/** KOF 2020 layout: Nämndmål | Aktivitet | Slutdatum 2020 | Status | Kommentar, header on row 8. */
export const KOF_COLUMNS: ColumnMap = { goal: 1, activity: 2, due: 3, status: 4, comment: 5 };
/** KS 2018 layout: Prioriterade aktiviteter | Utfall (status and comment in one cell). */
export const KS_COLUMNS: ColumnMap = { activity: 1, status: 2, comment: 2 };

const QUARTER_END = ["03-31", "06-30", "09-30", "12-31"];
const MONTH_END = [
  "01-31",
  "02-29",
  "03-31",
  "04-30",
  "05-31",
  "06-30",
  "07-31",
  "08-31",
  "09-30",
  "10-31",
  "11-30",
  "12-31",
];

export function quarterDue(raw: string, quarter: number, year = 2020): DuePeriod {
  return { raw, kind: "quarter", value: quarter, end: `${year}-${QUARTER_END[quarter - 1]}` };
}
export function monthDue(raw: string, month: number, year: number): DuePeriod {
  return { raw, kind: "month", value: month, end: `${year}-${MONTH_END[month - 1]}` };
}
export const NO_DUE: DuePeriod = { raw: "", kind: "none", value: null, end: null };

export interface SeedRow {
  row: number;
  sheet?: string;
  perspective?: string | null;
  goal?: string | null;
  activity: string;
  due?: DuePeriod;
  /** The status cell as written. */
  status: string;
  /** The comment cell; omitted: the comment split off the status cell (shared "Utfall" column). */
  comment?: string | null;
  assignmentRefs?: Activity["assignmentRefs"];
  parentId?: string | null;
}

export function activity(seed: SeedRow): Activity {
  const parsed = parseStatus(seed.status, profile);
  return {
    id: `r${seed.row}`,
    parentId: seed.parentId ?? null,
    perspective: seed.perspective ?? null,
    commonGoal: null,
    goal: seed.goal ?? null,
    activity: seed.activity,
    assignmentRefs: seed.assignmentRefs ?? [],
    due: seed.due ?? NO_DUE,
    responsible: null,
    status: parsed.status,
    comment: seed.comment === undefined ? parsed.comment : seed.comment,
    source: { sheet: seed.sheet ?? "Uppföljning", row: seed.row, rows: [seed.row] },
  };
}

export function report(activities: Activity[], overrides: Partial<Report> = {}): Report {
  return {
    organisation: "Kultur- och fritidsförvaltningen",
    board: "Kultur- och fritidsnämnden",
    year: 2020,
    period: "delar",
    cutoff: null,
    profile: "standard",
    sheet: "Uppföljning",
    headerRow: 8,
    columns: KOF_COLUMNS,
    activities,
    ...overrides,
  };
}

/** KOF 2020, Samhälle, the first goal (cell A9, merged down). */
export const KOF_GOAL_1 =
  "Ett mångfasetterat kultur-, fritids- och idrottsliv\nMed mångfasetterat avses:\natt det finns ett varierat utbud";
