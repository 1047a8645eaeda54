/**
 * What the pane's "Vilken kolumn är vad?" step shows: the header row and the first rows below
 * it, with the structurer's guess of each column's field, for the user to correct and save as a
 * column mapping (mapping.ts).
 */
import { type Grid } from "../grid";
import type { ColumnMap } from "../model";
import { ACTIVITY_FIELDS } from "../model-lists";
import { type MappedField, type Profile } from "../profile/schema";
import { headerVocabulary, matchHeaderCells } from "./header";
import { findTable } from "./header-scoring";
import { countTexts, SheetReader } from "./sheet";

export interface MappingProposal {
  /** 1-based row of the header (found, or the likeliest row when none was found). */
  headerRow: number;
  /** The header row first, then up to `sampleRows` rows with content below it; column A to the widest column. */
  rows: string[][];
  /** The guessed field per column ("ignore" for a column read as nothing). */
  fields: MappedField[];
  /** True when the structurer found the table itself: the guess is how it would read the sheet. */
  found: boolean;
}

function fieldsOf(columns: ColumnMap, width: number): MappedField[] {
  const fields: MappedField[] = Array.from({ length: width }, () => "ignore");
  // Status first: a shared Utfall column (status and comment) is shown as the status column.
  for (const field of ["status" as const, ...ACTIVITY_FIELDS.filter((f) => f !== "status")]) {
    const col = columns[field];
    if (col !== undefined && col <= width && fields[col - 1] === "ignore") fields[col - 1] = field;
  }
  return fields;
}

/** The header row and first rows of a sheet with the structurer's guess per column. */
export function mappingProposal(grid: Grid, profile: Profile, sampleRows = 5): MappingProposal {
  const reader = new SheetReader(grid);
  const search = findTable(reader, profile);
  let headerRow: number;
  let columns: ColumnMap;
  if (search.found) {
    headerRow = search.header.row;
    columns = search.header.columns;
  } else {
    headerRow = search.bestCandidate?.row ?? firstTableLikeRow(reader) ?? 1;
    columns = matchHeaderCells(reader.texts(headerRow), headerVocabulary(profile)).columns;
    // As the structurer would: a list of assignments has its Uppdrag column as the activity.
    if (columns.activity === undefined && columns.assignmentRefs !== undefined) {
      columns = { ...columns, activity: columns.assignmentRefs };
      delete columns.assignmentRefs;
    }
  }
  const picked: number[] = [headerRow];
  for (let row = headerRow + 1; row <= reader.rowCount && picked.length <= sampleRows; row++) if (countTexts(reader.texts(row)) > 0) picked.push(row);
  const width = Math.max(1, ...picked.map((row) => reader.texts(row).length));
  const rows = picked.map((row) => Array.from({ length: width }, (_, c) => reader.texts(row)[c] ?? ""));
  return { headerRow, rows, fields: fieldsOf(columns, width), found: search.found };
}

/** The first row with two or more filled cells: where a table without known header words likely starts. */
function firstTableLikeRow(reader: SheetReader): number | undefined {
  for (let row = 1; row <= Math.min(reader.rowCount, 200); row++) if (countTexts(reader.texts(row)) >= 2) return row;
  return undefined;
}
