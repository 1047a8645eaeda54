/** activity.required and duplicate.activity. */
import type { Activity } from "../../model";
import type { RawFinding, Rule } from "../types";
import { isBlank, quote } from "./util";

export const activityRequired: Rule = {
  id: "activity.required",
  defaultSeverity: "error",
  check(ctx) {
    // Every activity the structuring found came from a row with content; the text is what may be missing.
    return ctx.report.activities
      .filter((activity) => isBlank(activity.activity))
      .map((activity) => ({
        at: { activity, field: "activity" as const },
        value: null,
        message: ctx.msg("activity.required"),
      }));
  },
};

/**
 * The duplicate key: case and whitespace folded. Cheaper than foldKey (no Unicode normalisation);
 * a pasted duplicate differs in case or spacing, not in diacritics.
 */
function duplicateKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Non-whitespace characters: equal for any two texts that fold to the same key, and cheap (no new
 * string). Only activities sharing it are compared by their full key, so 10,000 long texts do not
 * each build and hash a folded copy.
 */
function signature(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) count++;
  return count;
}

/** Exactly the characters of the regular expression class \s. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export const duplicateActivity: Rule = {
  id: "duplicate.activity",
  defaultSeverity: "warning",
  check(ctx) {
    // Buckets of possible duplicates by the signatures of goal and activity text; a goal's
    // signature is computed once per goal text (activities under a goal share its string).
    const goalSignatures = new Map<string, number>();
    const buckets = new Map<number, Map<number, Activity[]>>();
    let candidates = false;
    for (const activity of ctx.report.activities) {
      if (isBlank(activity.activity)) continue;
      const goal = activity.goal ?? "";
      let goalSig = goalSignatures.get(goal);
      if (goalSig === undefined) goalSignatures.set(goal, (goalSig = signature(goal)));
      let bySignature = buckets.get(goalSig);
      if (bySignature === undefined) buckets.set(goalSig, (bySignature = new Map()));
      const sig = signature(activity.activity);
      const bucket = bySignature.get(sig);
      if (bucket === undefined) bySignature.set(sig, [activity]);
      else {
        bucket.push(activity);
        candidates = true;
      }
    }
    if (!candidates) return [];
    const findings: RawFinding[] = [];
    for (const bySignature of buckets.values()) {
      for (const bucket of bySignature.values()) {
        if (bucket.length < 2) continue;
        const firstRowByKey = new Map<string, number>();
        for (const activity of bucket) {
          const key = `${duplicateKey(activity.goal ?? "")}\u0000${duplicateKey(activity.activity)}`;
          const firstRow = firstRowByKey.get(key);
          if (firstRow === undefined) {
            firstRowByKey.set(key, activity.source.row);
            continue;
          }
          findings.push({
            at: { activity, field: "activity" },
            value: activity.activity,
            message: ctx.msg("duplicate.activity", { value: quote(activity.activity), firstRow }),
          });
        }
      }
    }
    return findings;
  },
};
