/** activity.required and duplicate.activity. */
import { foldKey } from "../../text/normalize";
import type { Rule } from "../types";
import { isBlank, quote } from "./util";

export const activityRequired: Rule = {
  id: "activity.required",
  defaultSeverity: "error",
  check(ctx) {
    // Every activity the structuring found came from a row with content; the text is what may be missing.
    return ctx.report.activities
      .filter((activity) => isBlank(activity.activity))
      .map((activity) => ({ at: { activity, field: "activity" as const }, value: null, message: ctx.msg("activity.required") }));
  },
};

export const duplicateActivity: Rule = {
  id: "duplicate.activity",
  defaultSeverity: "warning",
  check(ctx) {
    const firstRowByKey = new Map<string, number>();
    const findings = [];
    for (const activity of ctx.report.activities) {
      if (isBlank(activity.activity)) continue;
      const key = `${foldKey(activity.goal ?? "")}\u0000${foldKey(activity.activity)}`;
      const firstRow = firstRowByKey.get(key);
      if (firstRow === undefined) {
        firstRowByKey.set(key, activity.source.row);
        continue;
      }
      findings.push({
        at: { activity, field: "activity" as const },
        value: activity.activity,
        message: ctx.msg("duplicate.activity", { value: quote(activity.activity), firstRow }),
      });
    }
    return findings;
  },
};
