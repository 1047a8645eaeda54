/** comment.required: the categories the profile names must explain themselves. */
import { rawFinding, type Rule } from "../types";
import { isBlank, quote } from "./util";

export const commentRequired: Rule = {
  id: "comment.required",
  defaultSeverity: "error",
  check(ctx) {
    const required = new Set(ctx.profile.commentRequired);
    return ctx.report.activities
      .filter((activity) => required.has(activity.status.category) && isBlank(activity.comment))
      .map((activity) =>
        rawFinding(
          { activity, field: "comment" },
          null,
          ctx.msg("comment.required", {
            status: activity.status.raw === "" ? ctx.msg("empty") : quote(activity.status.raw),
          }),
        ),
      );
  },
};
