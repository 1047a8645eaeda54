/**
 * The structuring report (SPEC §5): what the engine read, what it inferred and every non-empty
 * source cell it could not place — so a user can see that nothing was lost.
 */
import { z } from "zod";
import { RegisterEntrySchema, ReportSchema } from "../model";

/** "column": which column was read as which field, and what decided it (header words, values, mapping). */
export const STRUCTURE_NOTE_KINDS = ["inferred", "unplaced", "perspective-unknown", "header-repeated", "title", "info", "column"] as const;
export const StructureNoteKindSchema = z.enum(STRUCTURE_NOTE_KINDS);
export type StructureNoteKind = z.infer<typeof StructureNoteKindSchema>;

export const StructureNoteSchema = z.object({
  kind: StructureNoteKindSchema,
  /** For the user, in the options' language (Swedish unless said). */
  message: z.string(),
  /** A1 address on the source sheet, when the note is about one cell. */
  cell: z.string().optional(),
  /** 1-based source row, when the note is about a row. */
  row: z.number().int().positive().optional(),
});
export type StructureNote = z.infer<typeof StructureNoteSchema>;

/** A non-empty source cell that did not land in any activity field. */
export const UnplacedCellSchema = z.object({
  cell: z.string(),
  text: z.string(),
  /** Why it could not be placed, in the options' language. */
  reason: z.string(),
});
export type UnplacedCell = z.infer<typeof UnplacedCellSchema>;

export const StructureStatsSchema = z.object({
  /** Non-empty rows read on the sheet (title rows and header rows included). */
  rowsRead: z.number().int().nonnegative(),
  activities: z.number().int().nonnegative(),
  /** Values the user should confirm: statuses inferred from a keyword in a sentence. */
  inferred: z.number().int().nonnegative(),
  unplaced: z.number().int().nonnegative(),
});
export type StructureStats = z.infer<typeof StructureStatsSchema>;

/** The row of a sheet that looked most like a header, for the "no header" message. */
export const HeaderCandidateSchema = z.object({
  row: z.number().int().positive(),
  /** The Swedish column names the row's cells matched. */
  matched: z.array(z.string()),
});
export type HeaderCandidate = z.infer<typeof HeaderCandidateSchema>;

export const StructureSuccessSchema = z.object({
  ok: z.literal(true),
  report: ReportSchema,
  /** Strategic assignments read from the sheet (a numbered list above the table) or a register sheet. */
  register: z.array(RegisterEntrySchema),
  notes: z.array(StructureNoteSchema),
  stats: StructureStatsSchema,
  unplaced: z.array(UnplacedCellSchema),
});
export type StructureSuccess = z.infer<typeof StructureSuccessSchema>;

export const StructureFailureSchema = z.object({
  ok: z.literal(false),
  sheet: z.string(),
  /** Names the columns looked for and the best candidate row, in the options' language. */
  message: z.string(),
  bestCandidate: HeaderCandidateSchema.optional(),
});
export type StructureFailure = z.infer<typeof StructureFailureSchema>;

export const StructureResultSchema = z.discriminatedUnion("ok", [StructureSuccessSchema, StructureFailureSchema]);
export type StructureResult = z.infer<typeof StructureResultSchema>;
