/**
 * The period comparison's zod schemas, apart from period-changes.ts: comparing and writing the
 * changes sheet need only the types, and only code that checks a summary as input loads zod.
 */
import { z } from "zod";
import { StatusCategorySchema } from "../model";

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
