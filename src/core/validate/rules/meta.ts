/** meta.missing: a report without organisation, year or period cannot be consolidated or dated. */
import { rawFinding, type RawFinding, type Rule } from "../types";

export const metaMissing: Rule = {
  id: "meta.missing",
  defaultSeverity: "error",
  check(ctx) {
    const { report } = ctx;
    const missing: ("organisation" | "year" | "period")[] = [];
    if (report.organisation === null || report.organisation.trim() === "")
      missing.push("organisation");
    if (report.year === null) missing.push("year");
    if (report.period === null) missing.push("period");
    return missing.map(
      (field): RawFinding =>
        rawFinding(null, field, ctx.msg("meta.missing", { field: ctx.msg(`meta.field.${field}`) })),
    );
  },
};
