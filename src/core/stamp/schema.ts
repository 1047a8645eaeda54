/**
 * The stamp as stored in the workbook, checked with zod when read back (a stamp is input: the
 * workbook may have been edited by hand). Its own module, loaded only when a stamp is read or
 * written, so consolidating unstamped reports does not load zod.
 */
import { z } from "zod";

export const StampSchema = z.object({
  templateVersion: z.string(),
  /** Id and version of the profile in force, "standard@1.0.0". */
  profile: z.string().min(1),
  /** ISO 8601 time of stamping. */
  time: z.string().min(1),
  /** Number of activities stamped. */
  rowCount: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/, "SHA-256 i hex"),
  /** The sheet the stamped report is on. */
  sheet: z.string(),
});
export type Stamp = z.infer<typeof StampSchema>;

export function serializeStamp(stamp: Stamp): string {
  return JSON.stringify(StampSchema.parse(stamp));
}

/** The stamp in a setting's text; null when there is none or it is not a valid stamp (then: not validated). */
export function parseStamp(text: string | null | undefined): Stamp | null {
  if (text === null || text === undefined || text.trim() === "") return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = StampSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
