/**
 * The kommungemensam summary (SPEC §7) as data: what the five output sheets, the HTML report and
 * the CLI's JSON are all made from.
 */
import { z } from "zod";
import { STAMP_STATES, type StampState } from "../stamp/stamp";
import { SubmissionOverviewSchema } from "./submission-schema";
import { PeriodComparisonSchema } from "./period-changes-schema";
import {
  ActivitySchema,
  PeriodSchema,
  StatusCategorySchema,
} from "../model";

export const StampStateSchema = z.enum(STAMP_STATES);
export type { StampState };

export const CategoryCountsSchema = z.record(StatusCategorySchema, z.number().int().nonnegative());
export { emptyCounts, type CategoryCounts } from "./category-counts";

export const SourceSummarySchema = z.object({
  file: z.string(),
  sheet: z.string().nullable(),
  organisation: z.string().nullable(),
  year: z.number().int().nullable(),
  period: PeriodSchema.nullable(),
  rowsRead: z.number().int().nonnegative(),
  activities: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  stamp: StampStateSchema,
  status: z.enum(["ok", "error"]),
  error: z.string().optional(),
  /** Swedish remarks: duplicates, other year/period, no activities. */
  remarks: z.array(z.string()),
  /** False for a duplicate left out of the counts (duplicates.ts); its activities are not in the summary. */
  counted: z.boolean(),
  /** The source this one repeats, and why they are taken for the same report. */
  duplicateOf: z
    .object({ file: z.string(), sheet: z.string().nullable(), reason: z.enum(["content", "period"]) })
    .nullable(),
});
export type SourceSummary = z.infer<typeof SourceSummarySchema>;

export const OrganisationSummarySchema = z.object({
  organisation: z.string(),
  activities: z.number().int().nonnegative(),
  byCategory: CategoryCountsSchema,
  /** Share of the organisation's activities per category, 0–1. */
  shares: z.record(StatusCategorySchema, z.number()),
  light: z.enum(["green", "yellow", "red", "grey"]),
});
export type OrganisationSummary = z.infer<typeof OrganisationSummarySchema>;

export const CoverageCellSchema = z.object({
  organisation: z.string(),
  activities: z.array(z.object({ activity: z.string(), category: StatusCategorySchema, status: z.string() })),
});

export const CoverageRowSchema = z.object({
  number: z.number().int().nullable(),
  text: z.string(),
  /** One cell per organisation, in the order of `organisations`; an empty list is a gap. */
  cells: z.array(CoverageCellSchema),
});
export type CoverageRow = z.infer<typeof CoverageRowSchema>;

export const DeviationSchema = z.object({
  organisation: z.string(),
  goal: z.string().nullable(),
  activity: z.string(),
  due: z.string(),
  status: z.string(),
  category: StatusCategorySchema,
  comment: z.string().nullable(),
  /** Why it is listed (Swedish). */
  reason: z.string(),
  file: z.string(),
  sheet: z.string(),
  row: z.number().int(),
});
export type Deviation = z.infer<typeof DeviationSchema>;

export const LongRowSchema = z.object({
  organisation: z.string(),
  board: z.string().nullable(),
  year: z.number().int().nullable(),
  period: PeriodSchema.nullable(),
  activity: ActivitySchema,
  file: z.string(),
});
export type LongRow = z.infer<typeof LongRowSchema>;

export const SummarySchema = z.object({
  generatedAt: z.string(),
  organisations: z.array(z.string()),
  totals: z.object({
    activities: z.number().int().nonnegative(),
    byCategory: CategoryCountsSchema,
    byPerspective: z.record(z.string(), CategoryCountsSchema),
  }),
  byOrganisation: z.array(OrganisationSummarySchema),
  coverage: z.array(CoverageRowSchema),
  deviations: z.array(DeviationSchema),
  rows: z.array(LongRowSchema),
  sources: z.array(SourceSummarySchema),
  conservation: z.object({ sourceTotal: z.number().int(), tableRows: z.number().int(), ok: z.boolean() }),
  /** Swedish warnings about the whole run (mixed years or periods, no register). */
  warnings: z.array(z.string()),
  /** Who has submitted, in what state (submission.ts). */
  submission: SubmissionOverviewSchema,
  /** The change since the previous period, when one was given (period-changes.ts). */
  comparison: PeriodComparisonSchema.optional(),
});
export type Summary = z.infer<typeof SummarySchema>;
