/**
 * Finding the activity table on any layout (issue 15). In order:
 * 1. a table layout the user mapped ("Vilken kolumn är vad?", the profile's columnMappings);
 * 2. the first row naming the activity column and one more by the profile's header words
 *    (header.ts) — every seed is found so;
 * 3. otherwise candidate rows scored by the header words they match and by what the cells below
 *    look like: "Uppdrag" is the activity column when there is no other, and a column whose values
 *    parse as statuses (or due periods) is the status (due) column whatever its header says —
 *    "Läge", "T3 2020" or nothing.
 * A found header gets, for a missing status or due column, the column whose values say so.
 * Every column choice records its evidence, for the structuring report.
 */
import { address } from "../grid";
import { type ActivityField, type ColumnMap } from "../model";
import { type Profile } from "../profile/schema";
import {
  completeColumns,
  FIELD_LABELS,
  findHeaderRow,
  headerVocabulary,
  isActivityHeader,
  matchHeaderCells,
  type ColumnChoice,
  type HeaderMatch,
  type HeaderSearch,
} from "./header";
import { findMappedHeader } from "./mapping";
import { parseDue, parseStatus } from "../parse";
import { type StructureNote } from "./report";
import { structureMessage } from "./messages";
import type { Lang } from "../i18n";
import { countTexts, type SheetReader } from "./sheet";

/** Rows from the top searched for a header by score: a table starts near the top of its sheet. */
export const SCAN_ROWS = 200;
/** Content rows below a candidate header whose cells are sampled. */
const SAMPLE_ROWS = 40;
/** Share of a column's sampled cells that must parse as statuses (due periods) to make it that column. */
const VALUE_SHARE = 0.6;
/** At least this many sampled cells, so one stray "Klart" does not decide a column. */
const MIN_SAMPLED = 2;
const MAX_HEADER_CELL_LENGTH = 60;
/** Due kinds that say "this is a due column"; a reference or nothing does not. */
const DUE_KINDS = new Set(["quarter", "tertial", "month", "report", "year", "date"]);

/** The header of a sheet, found by the user's mapping, the header words, or by score. */
export function findTable(reader: SheetReader, profile: Profile): HeaderSearch {
  const mapped = findMappedHeader(reader, profile);
  if (mapped) return { found: true, header: mapped };
  const vocabulary = headerVocabulary(profile);
  const texts = (row: number) => reader.texts(row);
  const exact = findHeaderRow(reader.rowCount, texts, 1, vocabulary);
  if (exact.found) return { found: true, header: withValueEvidence(reader, profile, exact.header) };
  const scored = scoredHeader(reader, profile);
  return scored ? { found: true, header: scored } : exact;
}

/** A found header without a status or due column gets the unnamed column whose values are statuses (due periods). */
function withValueEvidence(reader: SheetReader, profile: Profile, header: HeaderMatch): HeaderMatch {
  const missing = (["status", "due"] as const).filter((field) => header.columns[field] === undefined);
  if (missing.length === 0) return header;
  const named = new Set(Object.values(header.columns));
  const extra = valueColumns(reader, profile, header.row, missing, named);
  if (extra.length === 0) return header;
  const columns: ColumnMap = { ...header.columns };
  for (const choice of extra) columns[choice.field] = choice.col;
  // Shared Utfall stays shared (only a due column can have been added); a new status column without a comment column is shared.
  const { columns: complete, sharedStatusComment } = header.sharedStatusComment ? { columns, sharedStatusComment: true } : completeColumns(columns);
  return { ...header, columns: complete, sharedStatusComment, choices: [...(header.choices ?? []), ...extra] };
}

/** The best-scoring row in the first SCAN_ROWS whose columns make an activity table. */
function scoredHeader(reader: SheetReader, profile: Profile): HeaderMatch | undefined {
  const vocabulary = headerVocabulary(profile);
  let best: { score: number; header: HeaderMatch } | undefined;
  const last = Math.min(reader.rowCount, SCAN_ROWS);
  for (let row = 1; row <= last; row++) {
    const cells = reader.texts(row);
    const { columns: named, dueHeader } = matchHeaderCells(cells, vocabulary);
    const namedCount = Object.keys(named).length;
    if (namedCount === 0 && shortCells(cells) < 2) continue;
    const columns: ColumnMap = { ...named };
    const choices: ColumnChoice[] = (Object.entries(named) as [ActivityField, number][]).map(([field, col]) => ({ field, col, evidence: "header" }));
    // A list of political assignments: the Uppdrag column is the activity.
    if (columns.activity === undefined && columns.assignmentRefs !== undefined) {
      columns.activity = columns.assignmentRefs;
      delete columns.assignmentRefs;
      const choice = choices.find((c) => c.field === "assignmentRefs")!;
      choice.field = "activity";
      choice.evidence = "assignment-column";
    }
    if (columns.activity === undefined) continue;
    const missing = (["status", "due"] as const).filter((field) => columns[field] === undefined);
    const extra = valueColumns(reader, profile, row, missing, new Set(Object.values(columns)));
    for (const choice of extra) columns[choice.field] = choice.col;
    if (!isActivityHeader(columns)) continue;
    const score = 2 * namedCount + extra.length;
    if (best && best.score >= score) continue;
    const { columns: complete, sharedStatusComment } = completeColumns(columns);
    best = { score, header: { row, columns: complete, sharedStatusComment, dueHeader, choices: [...choices, ...extra], texts: cells } };
  }
  return best?.header;
}

function shortCells(cells: readonly (string | undefined)[]): number {
  let n = 0;
  for (const cell of cells) if (cell !== undefined && cell.length <= MAX_HEADER_CELL_LENGTH) n++;
  return n;
}

/** For each missing field, the first unnamed column whose sampled values below `headerRow` parse as it. */
function valueColumns(reader: SheetReader, profile: Profile, headerRow: number, fields: readonly ("status" | "due")[], taken: Set<number | undefined>): ColumnChoice[] {
  if (fields.length === 0) return [];
  const samples = sampleColumns(reader, headerRow);
  const choices: ColumnChoice[] = [];
  for (const field of fields) {
    for (const [col, values] of samples) {
      if (taken.has(col) || values.length < MIN_SAMPLED) continue;
      let matched = 0;
      for (const value of values) if (field === "status" ? isStatusValue(value, profile) : DUE_KINDS.has(parseDue(value, null, profile).kind)) matched++;
      if (matched / values.length < VALUE_SHARE) continue;
      choices.push({ field, col, evidence: "values", matched, sampled: values.length });
      taken.add(col);
      break;
    }
  }
  return choices;
}

/** A clean status term leads the cell: not a sentence a status is only inferred from. */
function isStatusValue(text: string, profile: Profile): boolean {
  const { status } = parseStatus(text, profile);
  return !status.inferred && status.category !== "missing" && status.category !== "ambiguous";
}

/** The texts of each column in the content rows below the header (rows with one cell are headings, not sampled). */
function sampleColumns(reader: SheetReader, headerRow: number): Map<number, string[]> {
  const samples = new Map<number, string[]>();
  let taken = 0;
  for (let row = headerRow + 1; row <= reader.rowCount && taken < SAMPLE_ROWS; row++) {
    const texts = reader.texts(row);
    if (countTexts(texts) < 2) continue;
    taken++;
    for (let c = 0; c < texts.length; c++) {
      const text = texts[c];
      if (text === undefined) continue;
      let list = samples.get(c + 1);
      if (!list) samples.set(c + 1, (list = []));
      list.push(text);
    }
  }
  return new Map([...samples].sort((a, b) => a[0] - b[0]));
}

/** One note per column choice: which column is which field, and what decided it. */
export function columnNotes(header: HeaderMatch, lang: Lang = "sv"): StructureNote[] {
  return (header.choices ?? []).map((choice) => {
    const cell = address(header.row, choice.col);
    const heading = header.texts?.[choice.col - 1]?.trim();
    const named = heading ? `"${heading}"` : structureMessage(lang, "column.noHeading");
    const counted = choice.matched !== undefined ? structureMessage(lang, "column.counted", { matched: choice.matched, sampled: choice.sampled }) : "";
    return {
      kind: "column" as const,
      row: header.row,
      cell,
      message: structureMessage(lang, "column", { column: cell.replace(/\d+$/, ""), heading: named, field: FIELD_LABELS[choice.field], evidence: structureMessage(lang, `column.evidence.${choice.evidence}`), counted }),
    };
  });
}
