/**
 * The kommungemensam summary (SPEC §7) as data: what the five output sheets, the HTML report and
 * the CLI's JSON are all made from.
 */
import { z } from "zod";
import { STAMP_STATES, type StampState } from "../stamp/stamp";
import { SUBMISSION_STATES } from "./submission";
import {
  ActivitySchema,
  PeriodSchema,
  StatusCategorySchema,
} from "../model";

/** Inlämningsöversikt (submission.ts computes it). */
const SourceRefSchema = z.object({ file: z.string(), sheet: z.string().nullable() });

export const SubmissionRowSchema = z.object({
  organisation: z.string(),
  /** False for an organisation that submitted but is not in the profile's list. */
  expected: z.boolean(),
  state: z.enum(SUBMISSION_STATES),
  /** Errors found by validation in the counted sources. */
  errors: z.number().int().nonnegative(),
  sources: z.array(SourceRefSchema),
});
export type SubmissionRow = z.infer<typeof SubmissionRowSchema>;

export const SubmissionOverviewSchema = z.object({
  /** Whether the profile names the expected organisations; without it every received one is listed. */
  hasExpectedList: z.boolean(),
  rows: z.array(SubmissionRowSchema),
  duplicates: z.array(
    SourceRefSchema.extend({ organisation: z.string().nullable(), duplicateOf: SourceRefSchema, reason: z.enum(["content", "period"]), counted: z.boolean() }),
  ),
  unreadable: z.array(z.object({ file: z.string(), error: z.string() })),
  counts: z.record(z.enum(SUBMISSION_STATES), z.number().int().nonnegative()),
  /** Every expected organisation (or, without a list, every received one) is in and stamped, and every file was read. */
  complete: z.boolean(),
});
export type SubmissionOverview = z.infer<typeof SubmissionOverviewSchema>;

/** Jämförelse med förra perioden (period-changes.ts computes it). */
export const PeriodActivitySchema = z.object({
  organisation: z.string(),
  goal: z.string().nullable(),
  activity: z.string(),
  status: z.string(),
  category: StatusCategorySchema,
});
export type PeriodActivity = z.infer<typeof PeriodActivitySchema>;

const MatchSchema = z.object({
  previous: PeriodActivitySchema,
  current: PeriodActivitySchema,
  match: z.enum(["exact", "fuzzy"]),
  /** 1 for an exact match. */
  similarity: z.number(),
});
export type PeriodMatch = z.infer<typeof MatchSchema>;

export const OrganisationChangesSchema = z.object({
  organisation: z.string(),
  statusChanges: z.array(MatchSchema),
  new: z.array(PeriodActivitySchema),
  /** In the previous period, not done or cancelled, and not found now. */
  vanished: z.array(PeriodActivitySchema),
  /** Found in both periods and unfinished in the previous one (whatever their status now). */
  carriedOver: z.array(MatchSchema),
  /** Fuzzy matches: shown so a reader can check them. */
  fuzzy: z.array(MatchSchema),
  /** True when the organisation had too many unmatched activities for the fuzzy step (FUZZY_MAX_PAIRS). */
  fuzzySkipped: z.boolean(),
  /** A current activity with several equally close previous ones (or the reverse): never guessed. */
  ties: z.array(z.object({ current: z.array(PeriodActivitySchema), previous: z.array(PeriodActivitySchema), similarity: z.number() })),
});
export type OrganisationChanges = z.infer<typeof OrganisationChangesSchema>;

export const PeriodComparisonSchema = z.object({
  threshold: z.number(),
  /** The previous period's sources, as given. */
  previousSources: z.array(z.string()),
  organisations: z.array(OrganisationChangesSchema),
  /** Organisations in the previous period that are not in this one (not compared activity by activity). */
  notReportedNow: z.array(z.string()),
  /** Organisations new this period (all their activities are new). */
  newOrganisations: z.array(z.string()),
});
export type PeriodComparison = z.infer<typeof PeriodComparisonSchema>;

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
