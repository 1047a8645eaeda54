/**
 * Comparing structured activities with a seed fixture's hand-made expectations, field by field,
 * so a failing test lists every mismatch (row, field, expected, actual).
 */
import type { Activity } from "../../../src/core/model";
import { parsePerspective } from "../../../src/core/parse";
import { standardProfile } from "../../../src/core/profile/load";
import type { StructureResult } from "../../../src/core/structure";
import type { ExpectedActivity, Fixture } from "../../fixtures/seeds/format";

export const COMPARED_FIELDS = [
  "status",
  "due",
  "perspective",
  "goal",
  "commonGoal",
  "activity",
  "comment",
  "responsible",
  "assignmentRefs",
  "parent",
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface Mismatch {
  sheet: string;
  row: number;
  field: ComparedField;
  expected: unknown;
  actual: unknown;
}

export interface Comparison {
  expected: number;
  found: number;
  missing: { sheet: string; row: number; activity: string }[];
  /** Activities the engine found that the fixture does not list. */
  extra: { sheet: string; row: number; activity: string }[];
  mismatches: Mismatch[];
  accuracy: Record<ComparedField, number>;
}

const squash = (text: string | null | undefined): string | null => (text == null ? null : text.replace(/\s+/g, " ").trim());

function refsKey(refs: { scope: string; number: number | null }[]): string {
  return refs
    .map((ref) => `${ref.scope}:${ref.number ?? "-"}`)
    .sort()
    .join(",");
}

/** Per field: does the actual value agree with the hand-made one? Cell texts continued below may be longer. */
function agrees(field: ComparedField, expected: ExpectedActivity, actual: Activity): { ok: boolean; want: unknown; got: unknown } {
  switch (field) {
    case "status":
      return { ok: expected.status === actual.status.category, want: expected.status, got: actual.status.category };
    case "due":
      return {
        ok: expected.due.kind === actual.due.kind && expected.due.value === actual.due.value,
        want: expected.due,
        got: { kind: actual.due.kind, value: actual.due.value },
      };
    case "perspective": {
      // SPEC §2.3: a synonym heading ("Medborgare/kund") means the profile's perspective (Medborgare).
      const want = expected.perspective === null ? null : (parsePerspective(expected.perspective, standardProfile)?.name ?? expected.perspective);
      return { ok: want === actual.perspective, want: expected.perspective, got: actual.perspective };
    }
    case "goal":
      return { ok: squash(expected.goal) === squash(actual.goal), want: expected.goal, got: actual.goal };
    case "commonGoal":
      return { ok: squash(expected.commonGoal) === squash(actual.commonGoal), want: expected.commonGoal, got: actual.commonGoal };
    case "activity": {
      const got = squash(actual.activity) ?? "";
      return { ok: got.includes(squash(expected.activity)!), want: expected.activity, got: actual.activity };
    }
    case "comment": {
      const want = squash(expected.comment);
      const got = squash(actual.comment);
      return { ok: want === null ? got === null : got !== null && got.includes(want), want: expected.comment, got: actual.comment };
    }
    case "responsible":
      return expected.responsible === undefined
        ? { ok: true, want: undefined, got: actual.responsible }
        : { ok: squash(expected.responsible) === squash(actual.responsible), want: expected.responsible, got: actual.responsible };
    case "assignmentRefs":
      return { ok: refsKey(expected.assignmentRefs) === refsKey(actual.assignmentRefs), want: expected.assignmentRefs, got: actual.assignmentRefs };
    case "parent": {
      const want = expected.parentRow === null ? null : `r${expected.parentRow}`;
      return { ok: want === actual.parentId, want, got: actual.parentId };
    }
  }
}

export function compareWithFixture(fixture: Fixture, results: StructureResult[]): Comparison {
  const bySheetRow = new Map<string, Activity>();
  for (const result of results)
    if (result.ok) for (const activity of result.report.activities) bySheetRow.set(`${result.report.sheet}!${activity.source.row}`, activity);

  const firstSheet = fixture.sheets[0]!.name;
  const mismatches: Mismatch[] = [];
  const missing: Comparison["missing"] = [];
  const matched = new Set<string>();
  const right = Object.fromEntries(COMPARED_FIELDS.map((field) => [field, 0])) as Record<ComparedField, number>;

  for (const expected of fixture.expected.activities) {
    const sheet = expected.sheet ?? firstSheet;
    const key = `${sheet}!${expected.row}`;
    const actual = bySheetRow.get(key);
    if (!actual) {
      missing.push({ sheet, row: expected.row, activity: expected.activity.slice(0, 60) });
      continue;
    }
    matched.add(key);
    for (const field of COMPARED_FIELDS) {
      const { ok, want, got } = agrees(field, expected, actual);
      if (ok) right[field]++;
      else mismatches.push({ sheet, row: expected.row, field, expected: want, actual: got });
    }
  }

  const extra: Comparison["extra"] = [];
  for (const [key, activity] of bySheetRow)
    if (!matched.has(key)) extra.push({ sheet: activity.source.sheet, row: activity.source.row, activity: activity.activity.slice(0, 60) });

  const total = fixture.expected.activities.length;
  const accuracy = Object.fromEntries(COMPARED_FIELDS.map((field) => [field, total === 0 ? 1 : right[field] / total])) as Record<
    ComparedField,
    number
  >;
  return { expected: total, found: total - missing.length, missing, extra, mismatches, accuracy };
}

export function describeMismatches(mismatches: Mismatch[], fields?: readonly ComparedField[]): string {
  return mismatches
    .filter((m) => !fields || fields.includes(m.field))
    .map((m) => `${m.sheet}!${m.row} ${m.field}: väntat ${JSON.stringify(m.expected)}, fick ${JSON.stringify(m.actual)}`)
    .join("\n");
}
