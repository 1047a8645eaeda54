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
 * The duplicate key: case and whitespace folded. Cheaper than foldKey (no Unicode normalisation),
 * which matters on 10,000 long activity texts; a pasted duplicate differs in case or spacing, not in diacritics.
 */
function duplicateKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

export const duplicateActivity: Rule = {
  id: "duplicate.activity",
  defaultSeverity: "warning",
  check(ctx) {
    // Grouped by the goal as written first (activities under one goal share its text), so each
    // goal is folded once and no long goal+activity key is built per activity.
    const byGoal = new Map<string, Activity[]>();
    for (const activity of ctx.report.activities) {
      if (isBlank(activity.activity)) continue;
      const goal = activity.goal ?? "";
      const group = byGoal.get(goal);
      if (group === undefined) byGoal.set(goal, [activity]);
      else group.push(activity);
    }
    const firstRowByGoal = new Map<string, Map<string, number>>();
    const findings: RawFinding[] = [];
    for (const [goal, activities] of byGoal) {
      const goalKey = duplicateKey(goal);
      let firstRowByText = firstRowByGoal.get(goalKey);
      if (firstRowByText === undefined) firstRowByGoal.set(goalKey, (firstRowByText = new Map()));
      for (const activity of activities) {
        const key = duplicateKey(activity.activity);
        const firstRow = firstRowByText.get(key);
        if (firstRow === undefined) {
          firstRowByText.set(key, activity.source.row);
          continue;
        }
        findings.push({
          at: { activity, field: "activity" },
          value: activity.activity,
          message: ctx.msg("duplicate.activity", { value: quote(activity.activity), firstRow }),
        });
      }
    }
    return findings;
  },
};
