/** perspective.unknown: a value the profile does not know (older reports' area names are kept, but noted). */
import { parsePerspective } from "../../parse";
import type { RawFinding, Rule } from "../types";
import { quote, suggestTerm, termList } from "./util";

export const perspectiveUnknown: Rule = {
  id: "perspective.unknown",
  defaultSeverity: "warning",
  check(ctx) {
    const names = ctx.profile.perspectives.map((perspective) => perspective.name);
    const terms = termList(names);
    // With a Perspektiv column every cell is a finding; without one the perspective came from a
    // heading row, so one finding per distinct value (at its first activity) says it all.
    const perCell = ctx.report.columns?.perspective !== undefined;
    const seen = new Set<string>();
    const verdicts = new Map<string, boolean>();
    const findings: RawFinding[] = [];
    for (const activity of ctx.report.activities) {
      const value = activity.perspective;
      if (value === null || value.trim() === "") continue;
      let known = verdicts.get(value);
      if (known === undefined) {
        known = parsePerspective(value, ctx.profile)?.known ?? true;
        verdicts.set(value, known);
      }
      if (known || (!perCell && seen.has(value))) continue;
      seen.add(value);
      const suggestion = suggestTerm(value, names);
      findings.push({
        at: perCell
          ? { activity, field: "perspective" }
          : { row: activity.source.row, column: null },
        value,
        message:
          suggestion === undefined
            ? ctx.msg("perspective.unknown", { value: quote(value), terms })
            : ctx.msg("perspective.unknown.suggest", { value: quote(value), suggestion, terms }),
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    }
    return findings;
  },
};
