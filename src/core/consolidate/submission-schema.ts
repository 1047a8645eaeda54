/**
 * The submission overview's zod schemas, apart from submission.ts: consolidating imports the
 * overview's logic and types, and only code that checks a summary as input loads zod.
 */
import { z } from "zod";
import { SUBMISSION_STATES } from "./submission";

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
