/**
 * The same report reaching the summary twice: the open workbook's template sheet and the same
 * report picked as a file, or one file picked from two folders. Two sources are the same report
 * when they are for the same organisation, year and period, or when their canonical content
 * (the stamp's hash, core/stamp/canonical.ts) is identical. One of them is counted, the others
 * are left out unless the user asks for them by their source key. One concept, one place: the
 * summary, the submission overview and the pane all read the result from here.
 */
import type { Period } from "../model";
import { organisationKey } from "./organisation-key";
import type { StampState } from "./model";
import type { DuplicateReason } from "./duplicate-remarks";

export * from "./duplicate-remarks";

/** What is compared; null for a source that could not be read. */
export interface DuplicateCandidate {
  file: string;
  /** Which workbook the sheet is in (sources with one file name can be two workbooks: the open one and a picked file). */
  workbook?: string | number;
  sheet: string | null;
  organisation: string | null;
  year: number | null;
  period: Period | null;
  /** SHA-256 of the canonical content, when the reader computed it. */
  contentHash?: string;
  stamp: StampState;
}

export interface DuplicateSource {
  /** Index of the source left out (in the order given). */
  index: number;
  /** Index of the source that is counted instead. */
  keptIndex: number;
  reason: DuplicateReason;
}

/** The stamped version is the one a förvaltning submitted: it wins over an unstamped copy. */
const STAMP_RANK: Record<StampState, number> = { validated: 0, changed: 1, not_validated: 2 };

function periodKey(candidate: DuplicateCandidate): string | null {
  // Only a fully known organisation, year and period identifies a report; unknown parts never match.
  if (!candidate.organisation || candidate.year === null || candidate.period === null) return null;
  return `p|${organisationKey(candidate.organisation)}|${candidate.year}|${candidate.period}`;
}

/**
 * Groups the sources that are the same report (either criterion, transitively) and names, per
 * group, the one to count: the best stamp state, then the first given. Every other member is
 * returned with the reason relative to the kept one.
 */
export function findDuplicateSources(candidates: readonly (DuplicateCandidate | null)[]): DuplicateSource[] {
  const parent = candidates.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const seenByKey = new Map<string, number[]>();
  candidates.forEach((candidate, i) => {
    if (!candidate) return;
    const period = periodKey(candidate);
    const keys = [period, candidate.contentHash ? `h|${candidate.contentHash}` : null];
    for (const key of keys) {
      if (key === null) continue;
      const seen = seenByKey.get(key) ?? [];
      // Two sheets of one workbook for the same organisation and period may be one report split
      // in parts: within a file only identical content makes a duplicate.
      const workbook = (c: DuplicateCandidate) => c.workbook ?? c.file;
      const other = key === period ? seen.find((j) => workbook(candidates[j]!) !== workbook(candidate)) : seen[0];
      if (other !== undefined) parent[root(i)] = root(other);
      seenByKey.set(key, [...seen, i]);
    }
  });
  const groups = new Map<number, number[]>();
  candidates.forEach((candidate, i) => {
    if (candidate) groups.set(root(i), [...(groups.get(root(i)) ?? []), i]);
  });
  const duplicates: DuplicateSource[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const kept = members.reduce((best, i) =>
      STAMP_RANK[candidates[i]!.stamp] < STAMP_RANK[candidates[best]!.stamp] ? i : best,
    );
    const keptHash = candidates[kept]!.contentHash;
    for (const i of members) {
      if (i === kept) continue;
      const hash = candidates[i]!.contentHash;
      duplicates.push({ index: i, keptIndex: kept, reason: hash !== undefined && hash === keptHash ? "content" : "period" });
    }
  }
  return duplicates.sort((a, b) => a.index - b.index);
}
