/**
 * Finding the header row of an activity table by its column names, in any order and spelling
 * (SPEC §5): "Nämndmål | Aktivitet | Slutda-\ntum 2020 | Status | Kommentar",
 * "Prioriterade aktiviteter | Utfall", the standard template's nine columns, …
 */
import type { ColumnMap } from "../model";
import { ACTIVITY_FIELDS, type ActivityField } from "../model-lists";
import { standardProfile } from "../profile/standard-profile";
import { type Profile, type ProfileColumns } from "../profile/schema";
import { foldKey } from "../text/normalize";
import { type HeaderCandidate } from "./report";
import { structureMessage } from "./messages";
import type { Lang } from "../i18n";

/**
 * The column names each field is known by: the standard profile's `columns` plus a profile's own
 * (a municipality's profile adds words, it need not repeat them). Matched through foldKey.
 */
export class HeaderVocabulary {
  readonly names: Readonly<Record<ActivityField, readonly string[]>>;
  /** Folded column name → field. */
  readonly fieldByKey: ReadonlyMap<string, ActivityField>;
  /** Lower-cased names as written: most header cells are found here without folding. */
  readonly fieldByLower: ReadonlyMap<string, ActivityField>;
  /** The first letters the activity column's names start with, to reject most data rows unfolded. */
  readonly activityFirstLetters: ReadonlySet<string>;
  /** The first word of every folded name: a key starting with another word is no name plus a suffix. */
  readonly firstWords: ReadonlySet<string>;
  /**
   * headerField's answers by cell text (null: no field), kept until there are too many: every
   * data row's short cells ("Q4", "Klart", "Biträdande direktör") are asked about on every row
   * (is this a repeated header? a new one?), and the same few texts fill a column.
   */
  readonly fieldOfText = new Map<string, ActivityField | null>();

  constructor(...sources: (ProfileColumns | undefined)[]) {
    const names = {} as Record<ActivityField, string[]>;
    for (const field of ACTIVITY_FIELDS) names[field] = [];
    for (const source of sources)
      for (const field of ACTIVITY_FIELDS) for (const name of source?.[field] ?? []) if (!names[field].includes(name)) names[field].push(name);
    this.names = names;
    const byKey = new Map<string, ActivityField>();
    const byLower = new Map<string, ActivityField>();
    for (const field of ACTIVITY_FIELDS)
      for (const name of names[field]) {
        if (!byKey.has(foldKey(name))) byKey.set(foldKey(name), field);
        if (!byLower.has(name.toLowerCase())) byLower.set(name.toLowerCase(), field);
      }
    this.fieldByKey = byKey;
    this.fieldByLower = byLower;
    this.activityFirstLetters = new Set(names.activity.map((name) => foldKey(name).charAt(0)));
    this.firstWords = new Set([...byKey.keys()].map(firstWord));
  }
}

const STANDARD_VOCABULARY = new HeaderVocabulary(standardProfile.columns);
const vocabularies = new WeakMap<Profile, HeaderVocabulary>();

/** The header vocabulary a profile brings (the standard words plus its own), built once per profile. */
export function headerVocabulary(profile: Profile): HeaderVocabulary {
  if (profile === standardProfile || profile.columns === undefined) return STANDARD_VOCABULARY;
  let vocabulary = vocabularies.get(profile);
  if (!vocabulary) vocabularies.set(profile, (vocabulary = new HeaderVocabulary(standardProfile.columns, profile.columns)));
  return vocabulary;
}

/** The standard profile's column names per field. */
export const HEADER_NAMES: Readonly<Record<ActivityField, readonly string[]>> = STANDARD_VOCABULARY.names;

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

const FOLDED_LETTER: Readonly<Record<string, string>> = { å: "a", ä: "a", ö: "o", é: "e", ü: "u" };

function firstLetter(text: string): string {
  const letter = text.charAt(0).toLowerCase();
  return FOLDED_LETTER[letter] ?? letter;
}

/**
 * A folded key up to its first white space, "*" or "(": the characters a header suffix starts with, so
 * stripping suffixes never changes it.
 */
function firstWord(key: string): string {
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code <= 32 || code === 160 || code === 42 || code === 40) return key.slice(0, i);
  }
  return key;
}

/** Header cells are short; longer cells are never folded (keeps the scan cheap on big sheets). */
const MAX_HEADER_CELL_LENGTH = 60;

/**
 * "Slutdatum 2020", "Status per 31 augusti", "Slutdatum (kvartal)", "Kommentar*" → the bare name.
 * foldKey has already dropped a closing parenthesis at the end, so it is optional here.
 */
const HEADER_SUFFIX = /(?:\s*\*+|\s+\d{4}(?:\s*[/-]\s*\d{2,4})?|\s+per\s.*|\s*\([^)]*\)?|\s+(?:t|tertial)\s*[1-3]|\s+(?:delar|helar))$/;

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

/** Texts whose headerField answer a vocabulary keeps (see HeaderVocabulary.fieldOfText). */
const FIELD_OF_TEXT_MAX_ENTRIES = 5_000;

/** The field a header cell names, or undefined. */
export function headerField(text: string, vocabulary: HeaderVocabulary = STANDARD_VOCABULARY): ActivityField | undefined {
  if (text.length === 0 || text.length > MAX_HEADER_CELL_LENGTH) return undefined;
  const memo = vocabulary.fieldOfText;
  const known = memo.get(text);
  if (known !== undefined) return known ?? undefined;
  const field = fieldOfShortText(text, vocabulary);
  if (memo.size >= FIELD_OF_TEXT_MAX_ENTRIES) memo.clear();
  memo.set(text, field ?? null);
  return field;
}

/** headerField for a text of a header cell's length, without the memo. */
function fieldOfShortText(text: string, vocabulary: HeaderVocabulary): ActivityField | undefined {
  const quick = vocabulary.fieldByLower.get(text.trim().toLowerCase());
  if (quick) return quick;
  // Sentences are not header names: reject them before the (costlier) folding.
  if (wordCount(text, MAX_HEADER_WORDS + 1) > MAX_HEADER_WORDS) return undefined;
  let key = foldKey(text);
  const exact = vocabulary.fieldByKey.get(key);
  if (exact) return exact;
  // A compound name ("Kommentar/åtgärd", "Ansvarig/kontaktperson") is its first part's column,
  // when that part is a column name on its own.
  const slash = key.indexOf("/");
  if (slash > 0) {
    const first = vocabulary.fieldByKey.get(key.slice(0, slash).trimEnd());
    if (first) return first;
  }
  // Most short data cells ("Utveckla samverkan") start with no column name: skip the suffix
  // expression, which is tried at every position of the key.
  if (!vocabulary.firstWords.has(firstWord(key))) return undefined;
  // Strip one suffix at a time ("Slutdatum 2020 (kvartal)") until the key stops changing.
  for (let guard = 0; guard < 3; guard++) {
    const stripped = key.replace(HEADER_SUFFIX, "").trim();
    if (stripped === key || stripped.length === 0) return undefined;
    key = stripped;
    const field = vocabulary.fieldByKey.get(key);
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
  /** Why each column was taken for its field (header words, the values below, the user's mapping). */
  choices?: ColumnChoice[];
  /** The header row's texts (index c = column c+1): a row repeating them is the header repeated at a page break. */
  texts?: readonly (string | null | undefined)[];
}

/** What decided a column: its header words, the values below it, the Uppdrag column standing in for Aktivitet, or the user's mapping. */
export type ColumnEvidence = "header" | "values" | "assignment-column" | "mapping";

export interface ColumnChoice {
  field: ActivityField;
  col: number;
  evidence: ColumnEvidence;
  /** For "values": how many of the sampled cells below parsed as the field. */
  matched?: number;
  sampled?: number;
}

/** Matches one row's cells against the header names; the first cell of each field wins. */
export function matchHeaderCells(
  cells: readonly (string | null | undefined)[],
  vocabulary: HeaderVocabulary = STANDARD_VOCABULARY,
): { columns: ColumnMap; dueHeader: string | null } {
  const columns: ColumnMap = {};
  let dueHeader: string | null = null;
  for (let c = 0; c < cells.length; c++) {
    const text = cells[c]?.trim();
    if (!text) continue;
    const field = headerField(text, vocabulary);
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

export function completeColumns(columns: ColumnMap): { columns: ColumnMap; sharedStatusComment: boolean } {
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
export function findHeaderRow(rowCount: number, rowTexts: RowTexts, fromRow = 1, vocabulary: HeaderVocabulary = STANDARD_VOCABULARY): HeaderSearch {
  let best: HeaderCandidate | undefined;
  for (let row = fromRow; row <= rowCount; row++) {
    const cells = rowTexts(row);
    let nonEmpty = 0;
    for (const cell of cells) if (cell && cell.trim()) nonEmpty++;
    if (nonEmpty === 0) continue;
    const { columns, dueHeader } = matchHeaderCells(cells, vocabulary);
    if (isActivityHeader(columns)) {
      const { columns: complete, sharedStatusComment } = completeColumns(columns);
      const choices = (Object.entries(columns) as [ActivityField, number][]).map(([field, col]): ColumnChoice => ({ field, col, evidence: "header" }));
      return { found: true, header: { row, columns: complete, sharedStatusComment, dueHeader, choices, texts: cells } };
    }
    const matched = (Object.keys(columns) as ActivityField[]).map((field) => FIELD_LABELS[field]);
    if (matched.length > 0 && (!best || matched.length > best.matched.length)) best = { row, matched };
  }
  return best ? { found: false, bestCandidate: best } : { found: false };
}

/** The message for a sheet without a recognisable header (column names are the template's Swedish ones). */
export function noHeaderMessage(sheet: string, bestCandidate?: HeaderCandidate, vocabulary: HeaderVocabulary = STANDARD_VOCABULARY, lang: Lang = "sv"): string {
  const lookedFor = ACTIVITY_FIELDS.map((field) => {
      const names = vocabulary.names[field];
      const others = names.filter((name) => name !== FIELD_LABELS[field]).slice(0, 3);
      return others.length > 0 ? `${FIELD_LABELS[field]} (${others.join(", ")})` : FIELD_LABELS[field];
    })
    .join("; ");
  const candidate = bestCandidate
    ? structureMessage(lang, "noHeader.candidate", { row: bestCandidate.row, matched: bestCandidate.matched.join(", ") })
    : structureMessage(lang, "noHeader.noCandidate");
  return structureMessage(lang, "noHeader", { sheet, lookedFor, candidate });
}

function sameAsHeader(headerTexts: readonly (string | null | undefined)[] | undefined, col: number, text: string): boolean {
  return headerTexts !== undefined && headerTexts[col - 1]?.trim() === text;
}

/**
 * A cheap check, per data row, for the header repeated at a page break: the activity column holds
 * a header name, and so does every other non-empty mapped cell (at least one). Long cells are
 * rejected unfolded, so most data rows cost one length test.
 */
export function isRepeatedHeader(
  cells: readonly (string | null | undefined)[],
  columns: ColumnMap,
  vocabulary: HeaderVocabulary = STANDARD_VOCABULARY,
  headerTexts?: readonly (string | null | undefined)[],
): boolean {
  const activityCol = columns.activity;
  if (activityCol === undefined) return false;
  const activityText = cells[activityCol - 1]?.trim();
  if (!activityText || activityText.length > MAX_HEADER_CELL_LENGTH) return false;
  // The header's own activity cell ("Uppdrag" standing in for Aktivitet) repeats too.
  const namesActivity =
    sameAsHeader(headerTexts, activityCol, activityText) ||
    (vocabulary.activityFirstLetters.has(firstLetter(activityText)) && headerField(activityText, vocabulary) === "activity");
  if (!namesActivity) return false;
  let others = 0;
  const seen = new Set<number>([activityCol]);
  for (const col of Object.values(columns)) {
    if (col === undefined || seen.has(col)) continue;
    seen.add(col);
    const text = cells[col - 1]?.trim();
    if (!text) continue;
    if (headerField(text, vocabulary) === undefined && !sameAsHeader(headerTexts, col, text)) return false;
    others++;
  }
  return others > 0;
}
