/**
 * Inlämningsöversikt: who has submitted, and is what arrived the stamped version? Per expected
 * organisation (the profile's `forvaltningar`) one state, plus organisations nobody expected,
 * duplicates (found once, in duplicates.ts) and files that could not be read. Computed from the
 * summary's sources, so the CLI, the summary sheet and the pane agree.
 */
import type { ExpectedOrganisation } from "../profile/schema";
import { organisationKey } from "./organisation-key";
import type { SourceSummary, SubmissionOverview, SubmissionRow } from "./model";

export const SUBMISSION_STATES = ["stamped", "changed_after_stamp", "unstamped", "errors", "missing"] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export const SUBMISSION_LABELS: Record<SubmissionState, string> = {
  stamped: "Inlämnad och stämplad",
  changed_after_stamp: "Ändrad efter stämpling",
  unstamped: "Inlämnad utan stämpel",
  errors: "Fel i rapporten",
  missing: "Saknas",
};


/** Worst first: one organisation with two counted sources shows the worse state. */
const SEVERITY: SubmissionState[] = ["missing", "changed_after_stamp", "errors", "unstamped", "stamped"];

/**
 * A broken stamp says the most about the process (the content changed after the förvaltning
 * declared it ready), so it comes before errors; a report with errors is more urgent than one
 * merely unstamped.
 */
export function sourceSubmissionState(source: SourceSummary): SubmissionState {
  if (source.stamp === "changed") return "changed_after_stamp";
  if (source.errors > 0) return "errors";
  if (source.stamp === "not_validated") return "unstamped";
  return "stamped";
}

function names(expected: ExpectedOrganisation): { name: string; keys: Set<string> } {
  const name = typeof expected === "string" ? expected : expected.name;
  const synonyms = typeof expected === "string" ? [] : expected.synonyms;
  return { name, keys: new Set([name, ...synonyms].map(organisationKey)) };
}

export function submissionOverview(sources: readonly SourceSummary[], expectedList: readonly ExpectedOrganisation[] | undefined): SubmissionOverview {
  const expected = (expectedList ?? []).map(names);
  const rows: SubmissionRow[] = expected.map(({ name }) => ({ organisation: name, expected: true, state: "missing", errors: 0, sources: [] }));
  const received = sources.filter((source) => source.status === "ok" && source.counted);
  for (const source of received) {
    const key = organisationKey(source.organisation ?? source.file);
    const index = expected.findIndex((entry) => entry.keys.has(key));
    let row = index >= 0 ? rows[index] : rows.find((r) => !r.expected && organisationKey(r.organisation) === key);
    if (!row) {
      row = { organisation: source.organisation ?? source.file, expected: false, state: "missing", errors: 0, sources: [] };
      rows.push(row);
    }
    const state = sourceSubmissionState(source);
    if (row.sources.length === 0 || SEVERITY.indexOf(state) < SEVERITY.indexOf(row.state)) row.state = state;
    row.errors += source.errors;
    row.sources.push({ file: source.file, sheet: source.sheet });
  }
  const duplicates = sources.flatMap((source) =>
    source.status === "ok" && source.duplicateOf
      ? [
          {
            file: source.file,
            sheet: source.sheet,
            organisation: source.organisation,
            duplicateOf: { file: source.duplicateOf.file, sheet: source.duplicateOf.sheet },
            reason: source.duplicateOf.reason,
            counted: source.counted,
          },
        ]
      : [],
  );
  const unreadable = sources.flatMap((source) => (source.status === "error" ? [{ file: source.file, error: source.error ?? "" }] : []));
  const counts = Object.fromEntries(SUBMISSION_STATES.map((state) => [state, 0])) as Record<SubmissionState, number>;
  const judged = expected.length > 0 ? rows.filter((row) => row.expected) : rows;
  for (const row of judged) counts[row.state]++;
  return {
    hasExpectedList: expected.length > 0,
    rows,
    duplicates,
    unreadable,
    counts,
    complete: judged.length > 0 && judged.every((row) => row.state === "stamped") && unreadable.length === 0,
  };
}

/** "Fel i rapporten (3 fel)" — the state as a cell or a line, with the error count where it matters. */
export function submissionStateText(row: Pick<SubmissionRow, "state" | "errors">): string {
  return row.state === "errors" ? `${SUBMISSION_LABELS.errors} (${row.errors} fel)` : SUBMISSION_LABELS[row.state];
}
