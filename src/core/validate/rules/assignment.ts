/** assignment.unknown and assignment.uncovered: references against the register (SPEC §3, §6). */
import type { RegisterEntry } from "../../model";
import { rawFinding, type RawFinding, type Rule, type RuleContext } from "../types";
import { quote } from "./util";

/** Register entries that apply to the report's year (an entry without a year applies to every year). */
function entriesForYear(ctx: RuleContext): RegisterEntry[] {
  const year = ctx.report.year;
  return (ctx.register ?? []).filter(
    (entry) => entry.year === null || year === null || entry.year === year,
  );
}

export const assignmentUnknown: Rule = {
  id: "assignment.unknown",
  defaultSeverity: "warning",
  check(ctx) {
    if (ctx.register === null) return [];
    const numbers = new Set(entriesForYear(ctx).map((entry) => entry.number));
    const year =
      ctx.report.year === null ? "" : ctx.msg("assignment.unknown.year", { year: ctx.report.year });
    // The reference is read from the Uppdrag column when there is one, else from the activity text.
    const field =
      ctx.report.columns?.assignmentRefs !== undefined
        ? ("assignmentRefs" as const)
        : ("activity" as const);
    const findings: RawFinding[] = [];
    for (const activity of ctx.report.activities) {
      for (const ref of activity.assignmentRefs) {
        if (ref.number === null || numbers.has(ref.number)) continue;
        if (ref.scope === "namndsuppdrag" || ref.scope === "forvaltningschef") continue;
        findings.push(
          rawFinding({ activity, field }, String(ref.number), ctx.msg("assignment.unknown", { number: ref.number, year })),
        );
      }
    }
    return findings;
  },
};

export const assignmentUncovered: Rule = {
  id: "assignment.uncovered",
  defaultSeverity: "warning",
  check(ctx) {
    if (ctx.register === null) return [];
    const referenced = new Set<number>();
    for (const activity of ctx.report.activities) {
      for (const ref of activity.assignmentRefs) {
        if (ref.number !== null && (ref.scope === "kommungemensamt" || ref.scope === "unspecified"))
          referenced.add(ref.number);
      }
    }
    return entriesForYear(ctx)
      .filter(
        (entry) =>
          entry.scope === "kommungemensamt" &&
          entry.number !== null &&
          !referenced.has(entry.number),
      )
      .map((entry) =>
        rawFinding(
          null,
          `${entry.number}. ${entry.text}`,
          ctx.msg("assignment.uncovered", { number: entry.number, text: quote(entry.text) }),
        ),
      );
  },
};
