/**
 * Activities for template tests, taken from the kof-2020-delar seed fixture (the expected
 * activities, made into full Activity records with the core's parsers).
 */
import type { Activity, ReportMeta } from "../../../src/core/model";
import { canonicalLabel, parseDue } from "../../../src/core/parse";
import { standardProfile } from "../../../src/core/profile/load";
import { loadSeedFixture, type ExpectedActivity } from "../../fixtures/seeds/format";

function dueText(due: ExpectedActivity["due"]): string {
  switch (due.kind) {
    case "quarter":
      return `Kvartal ${due.value}`;
    case "none":
      return "";
    default:
      return String(due.value);
  }
}

export function seedActivities(): { meta: ReportMeta; activities: Activity[] } {
  const fixture = loadSeedFixture("kof-2020-delar");
  const year = fixture.expected.year;
  const activities = fixture.expected.activities.map((expected): Activity => {
    const label = canonicalLabel(expected.status, standardProfile);
    return {
      id: `r${expected.row}`,
      parentId: null,
      perspective: expected.perspective,
      commonGoal: expected.commonGoal,
      goal: expected.goal,
      activity: expected.activity,
      assignmentRefs: expected.assignmentRefs,
      due: parseDue(dueText(expected.due), year, standardProfile),
      responsible: expected.responsible ?? null,
      status: { raw: label ?? "", category: expected.status, label, inferred: false },
      comment: expected.comment,
      source: { sheet: fixture.sheets[0]!.name, row: expected.row, rows: [expected.row] },
    };
  });
  return {
    meta: {
      organisation: fixture.expected.organisation,
      board: fixture.expected.board,
      year,
      period: fixture.expected.period,
      cutoff: null,
      profile: standardProfile.id,
      contact: "Anna Andersson",
    },
    activities,
  };
}
