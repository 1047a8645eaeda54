/** overdue.ongoing and done.future: the due period against the report's cut-off (SPEC §1, §6). */
import { rawFinding, type RawFinding, type Rule } from "../types";
import { quote } from "./util";

export const overdueOngoing: Rule = {
  id: "overdue.ongoing",
  defaultSeverity: "warning",
  check(ctx) {
    const { cutoff } = ctx;
    if (cutoff === null) return [];
    const findings: RawFinding[] = [];
    // One indexed loop: a filter and a map over every activity were two callbacks to optimise
    // (and a call each per activity); check runs once per validation.
    const { activities } = ctx.report;
    for (let i = 0; i < activities.length; i++) {
      const activity = activities[i]!;
      const { category } = activity.status;
      const { end } = activity.due;
      if ((category !== "ongoing" && category !== "not_started") || end === null || !(end < cutoff)) continue;
      findings.push(
        rawFinding(
          { activity, field: "status" },
          activity.status.raw,
          ctx.msg("overdue.ongoing", {
            due: quote(activity.due.raw),
            end,
            cutoff,
            status: quote(activity.status.raw),
          }),
        ),
      );
    }
    return findings;
  },
};

export const doneFuture: Rule = {
  id: "done.future",
  defaultSeverity: "info",
  check(ctx) {
    const { cutoff } = ctx;
    if (cutoff === null) return [];
    const findings: RawFinding[] = [];
    // One indexed loop: a filter and a map over every activity were two callbacks to optimise
    // (and a call each per activity); check runs once per validation.
    const { activities } = ctx.report;
    for (let i = 0; i < activities.length; i++) {
      const activity = activities[i]!;
      const { end } = activity.due;
      if (activity.status.category !== "done" || end === null || !(end > cutoff)) continue;
      findings.push(
        rawFinding(
          { activity, field: "due" },
          activity.due.raw,
          ctx.msg("done.future", {
            due: quote(activity.due.raw),
            end,
            cutoff,
          }),
        ),
      );
    }
    return findings;
  },
};
