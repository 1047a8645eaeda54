/** comment.required: the categories the profile names must explain themselves. */
import { rawFinding, type RawFinding, type Rule } from "../types";
import { isBlank, quote } from "./util";

export const commentRequired: Rule = {
  id: "comment.required",
  defaultSeverity: "error",
  check(ctx) {
    const required = new Set(ctx.profile.commentRequired);
    const findings: RawFinding[] = [];
    // One indexed loop: a filter and a map over every activity were two callbacks to optimise
    // (and a call each per activity); check runs once per validation.
    const { activities } = ctx.report;
    for (let i = 0; i < activities.length; i++) {
      const activity = activities[i]!;
      if (!required.has(activity.status.category) || !isBlank(activity.comment)) continue;
      findings.push(
        rawFinding(
          { activity, field: "comment" },
          null,
          ctx.msg("comment.required", {
            status: activity.status.raw === "" ? ctx.msg("empty") : quote(activity.status.raw),
          }),
        ),
      );
    }
    return findings;
  },
};
