/**
 * Finding the header row of an activity table by its column names, in any order and spelling
 * (SPEC §5): "Nämndmål | Aktivitet | Slutda-\ntum 2020 | Status | Kommentar",
 * "Prioriterade aktiviteter | Utfall", the standard template's nine columns, …
 */
import { type ActivityField, type ColumnMap } from "../model";
import { foldKey } from "../text/normalize";
import { type HeaderCandidate } from "./report";

/** The column names each field is known by, as written; matched through foldKey. */
export const HEADER_NAMES: Readonly<Record<ActivityField, readonly string[]>> = {
  perspective: ["Perspektiv", "Perspektiv/område", "Område"],
  commonGoal: ["Kommunövergripande mål", "Kommungemensamt mål", "Övergripande mål", "KF-mål"],
  goal: [
    "Nämndmål",
    "Förvaltningsmål",
    "Mål",
    "Målområde",
    "Nämndens mål",
    "Förvaltningens mål",
    "Verksamhetsmål",
  ],
  activity: [
    "Aktivitet",
    "Aktiviteter",
    "Prioriterade aktiviteter",
    "Prioriterad aktivitet",
    "Aktivitet/åtgärd",
    "Åtgärd",
    "Åtgärder",
    // BUN 2020 heads its blocks of strategic assignments so: the assignment text is the activity.
    "Strategiskt utvecklingsuppdrag",
    "Strategiska utvecklingsuppdrag",
  ],
  assignmentRefs: ["Uppdrag", "Uppdragsreferens", "Uppdragsnummer"],
  due: ["Slutdatum", "Slutfört", "Klart senast", "Klar senast", "Tidplan", "Tidpunkt", "Slutdatum/tidplan"],
  responsible: ["Ansvarig", "Ansvariga", "Ansvar", "Ansvarig chef"],
  status: ["Status", "Utfall", "Status/utfall"],
  comment: ["Kommentar", "Kommentarer", "Kommentar/analys", "Analys", "Kommentar till status"],
};

/** The Swedish column name shown to users for each field (the standard template's spelling). */
export const FIELD_LABELS: Readonly<Record<ActivityField, string>> = {
  perspective: "Perspektiv",
  commonGoal: "Kommunövergripande mål",
  goal: "Nämndmål",
  activity: "Aktivitet",
  assignmentRefs: "Uppdrag",
  due: "Slutdatum",
  responsible: "Ansvarig",
  status: "Status",
  comment: "Kommentar",
};

/** Folded column name → field, computed once. */
const FIELD_BY_KEY: ReadonlyMap<string, ActivityField> = (() => {
  const map = new Map<string, ActivityField>();
  for (const [field, names] of Object.entries(HEADER_NAMES) as [ActivityField, readonly string[]][])
    for (const name of names) map.set(foldKey(name), field);
  return map;
})();

/** The first letters the activity column's names start with, to reject most data rows unfolded. */
const ACTIVITY_FIRST_LETTERS: ReadonlySet<string> = new Set(HEADER_NAMES.activity.map((name) => foldKey(name).charAt(0)));

const FOLDED_LETTER: Readonly<Record<string, string>> = { å: "a", ä: "a", ö: "o", é: "e", ü: "u" };

function firstLetter(text: string): string {
  const letter = text.charAt(0).toLowerCase();
  return FOLDED_LETTER[letter] ?? letter;
}

/** Header cells are short; longer cells are never folded (keeps the scan cheap on big sheets). */
const MAX_HEADER_CELL_LENGTH = 60;

/**
 * "Slutdatum 2020", "Status per 31 augusti", "Slutdatum (kvartal)", "Kommentar*" → the bare name.
 * foldKey has already dropped a closing parenthesis at the end, so it is optional here.
 */
const HEADER_SUFFIX = /(?:\s*\*+|\s+\d{4}(?:\s*[/-]\s*\d{2,4})?|\s+per\s.*|\s*\([^)]*\)?)$/;

/** Lower-cased names as written: most header cells are found here without folding. */
const FIELD_BY_LOWER: ReadonlyMap<string, ActivityField> = (() => {
  const map = new Map<string, ActivityField>();
  for (const [field, names] of Object.entries(HEADER_NAMES) as [ActivityField, readonly string[]][])
    for (const name of names) map.set(name.toLowerCase(), field);
  return map;
})();

/** A header name with its suffix ("Status per 31 augusti") has at most this many words. */
const MAX_HEADER_WORDS = 4;

/** Words in a trimmed text, counted up to `limit` without allocating. */
function wordCount(text: string, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < limit; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 13 || code === 9 || code === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** The field a header cell names, or undefined. */
export function headerField(text: string): ActivityField | undefined {
  if (text.length === 0 || text.length > MAX_HEADER_CELL_LENGTH) return undefined;
  const quick = FIELD_BY_LOWER.get(text.trim().toLowerCase());
  if (quick) return quick;
  // Sentences are not header names: reject them before the (costlier) folding.
  if (wordCount(text, MAX_HEADER_WORDS + 1) > MAX_HEADER_WORDS) return undefined;
  let key = foldKey(text);
  const exact = FIELD_BY_KEY.get(key);
  if (exact) return exact;
  // Strip one suffix at a time ("Slutdatum 2020 (kvartal)") until the key stops changing.
  for (let guard = 0; guard < 3; guard++) {
    const stripped = key.replace(HEADER_SUFFIX, "").trim();
    if (stripped === key || stripped.length === 0) return undefined;
    key = stripped;
    const field = FIELD_BY_KEY.get(key);
    if (field) return field;
  }
  return undefined;
}

/** The year written in a due header ("Slutdatum 2020"), which dates the report when nothing else does. */
export function headerYear(text: string): number | null {
  const match = /\b(19|20)(\d{2})\b/.exec(text);
  return match ? Number(match[1]! + match[2]!) : null;
}

export interface HeaderMatch {
  /** 1-based row. */
  row: number;
  columns: ColumnMap;
  /** True when status and comment share the status column ("Utfall"): no separate comment column. */
  sharedStatusComment: boolean;
  /** The due column's header text, for its year. */
  dueHeader: string | null;
}

/** Matches one row's cells against the header names; the first cell of each field wins. */
export function matchHeaderCells(cells: readonly (string | null | undefined)[]): { columns: ColumnMap; dueHeader: string | null } {
  const columns: ColumnMap = {};
  let dueHeader: string | null = null;
  for (let c = 0; c < cells.length; c++) {
    const text = cells[c]?.trim();
    if (!text) continue;
    const field = headerField(text);
    if (!field || columns[field] !== undefined) continue;
    columns[field] = c + 1;
    if (field === "due") dueHeader = text;
  }
  return { columns, dueHeader };
}

/** A header row names the activity column and at least one column that follows an activity up. */
export function isActivityHeader(columns: ColumnMap): boolean {
  return (
    columns.activity !== undefined &&
    (columns.status !== undefined || columns.due !== undefined || columns.comment !== undefined || columns.goal !== undefined)
  );
}

function completeColumns(columns: ColumnMap): { columns: ColumnMap; sharedStatusComment: boolean } {
  if (columns.comment === undefined && columns.status !== undefined)
    return { columns: { ...columns, comment: columns.status }, sharedStatusComment: true };
  return { columns, sharedStatusComment: false };
}

export type HeaderSearch =
  | { found: true; header: HeaderMatch }
  | { found: false; bestCandidate?: HeaderCandidate };

/** The row texts of a grid, as the header search reads them. */
export type RowTexts = (row: number) => readonly (string | null | undefined)[];

/** The first row, from `fromRow` on, that is an activity header; else the row that matched most names. */
export function findHeaderRow(rowCount: number, rowTexts: RowTexts, fromRow = 1): HeaderSearch {
  let best: HeaderCandidate | undefined;
  for (let row = fromRow; row <= rowCount; row++) {
    const cells = rowTexts(row);
    let nonEmpty = 0;
    for (const cell of cells) if (cell && cell.trim()) nonEmpty++;
    if (nonEmpty === 0) continue;
    const { columns, dueHeader } = matchHeaderCells(cells);
    if (isActivityHeader(columns)) {
      const { columns: complete, sharedStatusComment } = completeColumns(columns);
      return { found: true, header: { row, columns: complete, sharedStatusComment, dueHeader } };
    }
    const matched = (Object.keys(columns) as ActivityField[]).map((field) => FIELD_LABELS[field]);
    if (matched.length > 0 && (!best || matched.length > best.matched.length)) best = { row, matched };
  }
  return best ? { found: false, bestCandidate: best } : { found: false };
}

/** The Swedish message for a sheet without a recognisable header. */
export function noHeaderMessage(sheet: string, bestCandidate?: HeaderCandidate): string {
  const lookedFor = (Object.keys(HEADER_NAMES) as ActivityField[])
    .map((field) => {
      const names = HEADER_NAMES[field];
      const others = names.filter((name) => name !== FIELD_LABELS[field]).slice(0, 3);
      return others.length > 0 ? `${FIELD_LABELS[field]} (${others.join(", ")})` : FIELD_LABELS[field];
    })
    .join("; ");
  const candidate = bestCandidate
    ? ` Bäst stämmer rad ${bestCandidate.row}, som har ${bestCandidate.matched.join(", ")}, men en rubrikrad behöver kolumnen Aktivitet och minst en av Status, Slutdatum, Kommentar eller Nämndmål.`
    : " Ingen rad liknar en rubrikrad.";
  return `Hittade ingen rubrikrad för aktiviteter på bladet "${sheet}". Letade efter kolumnerna ${lookedFor}.${candidate}`;
}

/**
 * A cheap check, per data row, for the header repeated at a page break: the activity column holds
 * a header name, and so does every other non-empty mapped cell (at least one). Long cells are
 * rejected unfolded, so most data rows cost one length test.
 */
export function isRepeatedHeader(cells: readonly (string | null | undefined)[], columns: ColumnMap): boolean {
  const activityCol = columns.activity;
  if (activityCol === undefined) return false;
  const activityText = cells[activityCol - 1]?.trim();
  if (!activityText || activityText.length > MAX_HEADER_CELL_LENGTH) return false;
  if (!ACTIVITY_FIRST_LETTERS.has(firstLetter(activityText)) || headerField(activityText) !== "activity") return false;
  let others = 0;
  const seen = new Set<number>([activityCol]);
  for (const col of Object.values(columns)) {
    if (col === undefined || seen.has(col)) continue;
    seen.add(col);
    const text = cells[col - 1]?.trim();
    if (!text) continue;
    if (headerField(text) === undefined) return false;
    others++;
  }
  return others > 0;
}
