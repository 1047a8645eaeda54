/**
 * The domain model: zod schemas and their inferred types (SPEC §1–§3, §6).
 * These shapes are the CLI's JSON contract; change them only together with SPEC §8.
 */
import { z } from "zod";
import { STATUS_CATEGORIES } from "./status-categories";

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "datum på formen ÅÅÅÅ-MM-DD");
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** tertial1 = per 30 april, delar = per 31 augusti, helar = per 31 december. */
export const PeriodSchema = z.enum(["tertial1", "delar", "helar"]);
export type Period = z.infer<typeof PeriodSchema>;

export { STATUS_CATEGORIES };
export const StatusCategorySchema = z.enum(STATUS_CATEGORIES);
export type StatusCategory = z.infer<typeof StatusCategorySchema>;

export const StatusSchema = z.object({
  /** The text as found in the cell (after the comment was split off, the whole cell text). */
  raw: z.string(),
  category: StatusCategorySchema,
  /** The profile's canonical term for the category; null for ambiguous and missing. */
  label: z.string().nullable(),
  /** True when the status was only inferred from a keyword inside a sentence: the user confirms it. */
  inferred: z.boolean(),
});
export type Status = z.infer<typeof StatusSchema>;

export const DUE_KINDS = ["quarter", "tertial", "month", "report", "year", "date", "reference", "none"] as const;
export const DueKindSchema = z.enum(DUE_KINDS);
export type DueKind = z.infer<typeof DueKindSchema>;

export const DuePeriodSchema = z.object({
  raw: z.string(),
  kind: DueKindSchema,
  /** quarter 1–4, tertial 1–3, month 1–12, report id, year text ("2025/2026"), ISO date, reference text; null for none. */
  value: z.union([z.number(), z.string()]).nullable(),
  /** Last date of the period in the report's year; null when it has none (reference, none) or no year is known. */
  end: IsoDateSchema.nullable(),
});
export type DuePeriod = z.infer<typeof DuePeriodSchema>;

export const ASSIGNMENT_SCOPES = [
  "kommungemensamt",
  "namndspecifikt",
  "namndsuppdrag",
  "forvaltningschef",
  "unspecified",
] as const;
export const AssignmentScopeSchema = z.enum(ASSIGNMENT_SCOPES);
export type AssignmentScope = z.infer<typeof AssignmentScopeSchema>;

export const AssignmentRefSchema = z.object({
  scope: AssignmentScopeSchema,
  number: z.number().int().nullable(),
});
export type AssignmentRef = z.infer<typeof AssignmentRefSchema>;

/** Where an activity came from: never lost. `row` is the first source row (1-based, as Excel numbers rows). */
export const SourceRefSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  rows: z.array(z.number().int().positive()),
  file: z.string().optional(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const ActivitySchema = z.object({
  /** Stable within a report: "r<first source row>" plus a suffix for sub-activities. */
  id: z.string(),
  /** The id of the parent activity when this is a sub-activity with its own due or status. */
  parentId: z.string().nullable(),
  perspective: z.string().nullable(),
  commonGoal: z.string().nullable(),
  goal: z.string().nullable(),
  activity: z.string(),
  assignmentRefs: z.array(AssignmentRefSchema),
  due: DuePeriodSchema,
  responsible: z.string().nullable(),
  status: StatusSchema,
  comment: z.string().nullable(),
  source: SourceRefSchema,
});
export type Activity = z.infer<typeof ActivitySchema>;

export const ReportMetaSchema = z.object({
  organisation: z.string().nullable(),
  board: z.string().nullable(),
  year: z.number().int().min(1900).max(2999).nullable(),
  period: PeriodSchema.nullable(),
  /** Avstämningsdatum; derived from year + period unless given. */
  cutoff: IsoDateSchema.nullable(),
  /** Id of the vocabulary profile in force. */
  profile: z.string(),
  contact: z.string().nullable().optional(),
});
export type ReportMeta = z.infer<typeof ReportMetaSchema>;

/** The template's activity fields, in the column order of SPEC §4. */
export const ACTIVITY_FIELDS = [
  "perspective",
  "commonGoal",
  "goal",
  "activity",
  "assignmentRefs",
  "due",
  "responsible",
  "status",
  "comment",
] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

/** Which sheet column (1-based) holds each field; status and comment may share one ("Utfall"). */
export const ColumnMapSchema = z.partialRecord(z.enum(ACTIVITY_FIELDS), z.number().int().positive());
export type ColumnMap = z.infer<typeof ColumnMapSchema>;

export const ReportSchema = ReportMetaSchema.extend({
  sheet: z.string(),
  /** The header row of the activity table on `sheet` and the columns found there, so findings get cell addresses. */
  headerRow: z.number().int().positive().optional(),
  columns: ColumnMapSchema.optional(),
  activities: z.array(ActivitySchema),
});
export type Report = z.infer<typeof ReportSchema>;

export const SEVERITIES = ["error", "warning", "info"] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** A change to one cell that resolves a finding; applied only on the user's request. */
export const FixSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  oldValue: z.string(),
  newValue: z.string(),
});
export type Fix = z.infer<typeof FixSchema>;

export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  /** In the active language (Swedish by default). */
  message: z.string(),
  /** A1 address on the sheet; "" for report-level findings without a cell. */
  cell: z.string(),
  sheet: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  suggestion: z.string().optional(),
  fix: FixSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const RegisterEntrySchema = z.object({
  number: z.number().int().nullable(),
  text: z.string(),
  scope: AssignmentScopeSchema,
  year: z.number().int().nullable(),
  /** For nämndspecifika: the boards it is given to. */
  boards: z.array(z.string()),
});
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;
