/**
 * Column mappings made by the user ("Vilken kolumn är vad?", issue 15): the profile keeps, per
 * table layout, the header row's cells and what each column holds. A sheet whose header row has
 * the same shape — the same cells, apart from years and period words, so "T3 2020" and
 * "T2 2021" are one shape — is read with that mapping, without asking again.
 */
import { type ActivityField, type ColumnMap } from "../model";
import { type ColumnMapping, type MappedField, type Profile } from "../profile/schema";
import { foldKey } from "../text/normalize";
import { completeColumns, type ColumnChoice, type HeaderMatch } from "./header";
import { type SheetReader } from "./sheet";

/** Rows from the top where a mapped header row is looked for. */
const MAPPING_SCAN_ROWS = 200;
const MAX_HEADER_CELL_LENGTH = 60;
/** Years, tertials and period words: what changes between one period's sheet and the next. */
const PERIOD_WORDS = /\b(?:(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?|t\s*[1-3]|tertial\s*[1-3]|delar|helar|kv(?:artal)?\s*[1-4]|q[1-4])\b/g;

/** A header cell's text as it identifies the layout: folded, without years and period words. */
export function shapeKey(text: string | null | undefined): string {
  if (!text) return "";
  return foldKey(text).replace(PERIOD_WORDS, " ").replace(/\s+/g, " ").trim();
}

/** The shape of a header row: one key per column from A, trailing empty columns dropped. */
export function headerShape(cells: readonly (string | null | undefined)[]): string[] {
  const keys = cells.map((cell) => shapeKey(cell));
  while (keys.length > 0 && keys[keys.length - 1] === "") keys.pop();
  return keys;
}

function sameShape(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/** A mapping only identifies a layout by at least one header word (else every row of years would match). */
function identifies(mapping: ColumnMapping): boolean {
  return mapping.headers.some((header) => shapeKey(header) !== "");
}

/** The header a user's mapping gives a row, with "mapping" as the evidence of every column. */
export function headerFromMapping(row: number, mapping: ColumnMapping, texts: readonly (string | null | undefined)[]): HeaderMatch {
  const columns: ColumnMap = {};
  const choices: ColumnChoice[] = [];
  let dueHeader: string | null = null;
  mapping.fields.forEach((field: MappedField, i) => {
    if (field === "ignore" || columns[field] !== undefined) return;
    columns[field as ActivityField] = i + 1;
    choices.push({ field, col: i + 1, evidence: "mapping" });
    if (field === "due") dueHeader = texts[i]?.trim() || null;
  });
  const { columns: complete, sharedStatusComment } = completeColumns(columns);
  return { row, columns: complete, sharedStatusComment, dueHeader, choices, texts };
}

/** The first row near the top whose shape is one the profile has a mapping for. */
export function findMappedHeader(reader: SheetReader, profile: Profile): HeaderMatch | undefined {
  const mappings = (profile.columnMappings ?? []).filter(identifies);
  if (mappings.length === 0) return undefined;
  const shapes = mappings.map((mapping) => headerShape(mapping.headers));
  const last = Math.min(reader.rowCount, MAPPING_SCAN_ROWS);
  for (let row = 1; row <= last; row++) {
    const texts = reader.texts(row);
    if (texts.length === 0 || texts.some((text) => text !== undefined && text.length > MAX_HEADER_CELL_LENGTH)) continue;
    const shape = headerShape(texts);
    if (shape.length === 0) continue;
    const index = shapes.findIndex((candidate) => sameShape(candidate, shape));
    if (index >= 0) return headerFromMapping(row, mappings[index]!, texts);
  }
  return undefined;
}

/**
 * The mapping to save for a sheet: its header row's cells (from column A to the widest column
 * given) and the user's field per column. Replaces a saved mapping of the same shape.
 */
export function addMapping(existing: readonly ColumnMapping[] | undefined, headerTexts: readonly (string | null | undefined)[], fields: readonly MappedField[]): ColumnMapping[] {
  const width = Math.max(headerTexts.length, fields.length);
  const headers = Array.from({ length: width }, (_, i) => headerTexts[i]?.trim() ?? "");
  const padded = Array.from({ length: width }, (_, i): MappedField => fields[i] ?? "ignore");
  const mapping: ColumnMapping = { headers, fields: padded };
  const shape = headerShape(headers);
  return [...(existing ?? []).filter((other) => !sameShape(headerShape(other.headers), shape)), mapping];
}
