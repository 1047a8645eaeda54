/** overdue.ongoing and done.future: the due period against the report's cut-off (SPEC §1, §6). */
import { rawFinding, type Rule } from "../types";
import { quote } from "./util";

export const overdueOngoing: Rule = {
  id: "overdue.ongoing",
  defaultSeverity: "warning",
  check(ctx) {
    const { cutoff } = ctx;
    if (cutoff === null) return [];
    return ctx.report.activities
      .filter(
        (activity) =>
          (activity.status.category === "ongoing" || activity.status.category === "not_started") &&
          activity.due.end !== null &&
          activity.due.end < cutoff,
      )
      .map((activity) =>
        rawFinding(
          { activity, field: "status" },
          activity.status.raw,
          ctx.msg("overdue.ongoing", {
            due: quote(activity.due.raw),
            end: activity.due.end,
            cutoff,
            status: quote(activity.status.raw),
          }),
        ),
      );
  },
};

export const doneFuture: Rule = {
  id: "done.future",
  defaultSeverity: "info",
  check(ctx) {
    const { cutoff } = ctx;
    if (cutoff === null) return [];
    return ctx.report.activities
      .filter(
        (activity) =>
          activity.status.category === "done" &&
          activity.due.end !== null &&
          activity.due.end > cutoff,
      )
      .map((activity) =>
        rawFinding(
          { activity, field: "due" },
          activity.due.raw,
          ctx.msg("done.future", {
            due: quote(activity.due.raw),
            end: activity.due.end,
            cutoff,
          }),
        ),
      );
  },
};
