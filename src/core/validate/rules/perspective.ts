/** perspective.unknown: a value the profile does not know (older reports' area names are kept, but noted). */
import { parsePerspective } from "../../parse";
import type { Activity } from "../../model";
import type { Profile } from "../../profile/schema";
import { rawFinding, type RawFinding, type Rule } from "../types";
import { quote, suggestTerm, termList } from "./util";

/** "5, 9, 12 … (+40)": the rows of one value, short enough for one finding's message. */
const ROWS_LISTED = 8;
function rowList(rows: readonly number[]): string {
  const listed = rows.slice(0, ROWS_LISTED).join(", ");
  return rows.length > ROWS_LISTED ? `${listed} … (+${rows.length - ROWS_LISTED})` : listed;
}

/**
 * The profile's perspective names, one list per profile: suggestTerm remembers its suggestions per
 * list, so a list made anew for every report forgot them (and computed edit distances again) for
 * each of fifty reports with the same area names.
 */
const perspectiveNames = new WeakMap<Profile, readonly string[]>();
function namesOf(profile: Profile): readonly string[] {
  let names = perspectiveNames.get(profile);
  if (names === undefined) perspectiveNames.set(profile, (names = profile.perspectives.map((perspective) => perspective.name)));
  return names;
}

/**
 * The unknown perspective values, each with its first activity and its rows. A function of its
 * own, with an indexed loop: it runs over every activity, the findings made from its result only a
 * few times per report, and together they were one of the costliest functions to optimise.
 */
function unknownPerspectives(activities: readonly Activity[], profile: Profile): Map<string, { first: Activity; rows: number[] }> {
  const verdicts = new Map<string, boolean>();
  const byValue = new Map<string, { first: Activity; rows: number[] }>();
  for (let i = 0; i < activities.length; i++) {
    const activity = activities[i]!;
    const value = activity.perspective;
    if (value === null || value.trim() === "") continue;
    let known = verdicts.get(value);
    if (known === undefined) {
      known = parsePerspective(value, profile)?.known ?? true;
      verdicts.set(value, known);
    }
    if (known) continue;
    const entry = byValue.get(value);
    if (entry === undefined) byValue.set(value, { first: activity, rows: [activity.source.row] });
    else if (entry.rows[entry.rows.length - 1] !== activity.source.row) entry.rows.push(activity.source.row);
  }
  return byValue;
}

export const perspectiveUnknown: Rule = {
  id: "perspective.unknown",
  defaultSeverity: "warning",
  check(ctx) {
    const names = namesOf(ctx.profile);
    const terms = termList(names);
    // One finding per distinct value, at its first activity, naming every row that has it: an
    // area heading kept as a grouping (SPEC §2.3) repeats on each of its rows once structured
    // into the Perspektiv column, and one decision (keep it or choose a perspective) covers them all.
    const perCell = ctx.report.columns?.perspective !== undefined;
    const byValue = unknownPerspectives(ctx.report.activities, ctx.profile);
    const findings: RawFinding[] = [];
    for (const [value, { first, rows }] of byValue) {
      const suggestion = suggestTerm(value, names);
      const rowsText = ctx.msg("perspective.rows", { rows: rowList(rows), count: rows.length });
      const params = { value: quote(value), terms, rowsText };
      findings.push(
        rawFinding(
          perCell ? { activity: first, field: "perspective" } : { row: first.source.row, column: null },
          value,
          suggestion === undefined
            ? ctx.msg("perspective.unknown", params)
            : ctx.msg("perspective.unknown.suggest", { ...params, suggestion }),
          suggestion,
        ),
      );
    }
    return findings;
  },
};
