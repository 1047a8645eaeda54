/**
 * Jämförelse med förra perioden: the activities of this period matched with those of the
 * previous one, per organisation, and what changed.
 *
 * Matching, in order (documented in docs/anvandarguide.md, "Jämförelse med förra perioden"):
 * 1. exact: same organisation, same goal and same activity text after normalisation
 *    (case, diacritics, punctuation and spacing ignored);
 * 2. fuzzy: within the same organisation, similarity = Dice coefficient of the character
 *    trigrams of the normalised activity texts without their parenthesised remarks
 *    ("(fortsättning från 2019)", "(kommunövergripande …)": annotations, not the activity),
 *    weighted by the goals' similarity
 *    (score = activity × (0.8 + 0.2 × goal)). A pair counts from FUZZY_THRESHOLD up, and only
 *    when each is the other's clear best: a rival within TIE_MARGIN makes it a tie, which is
 *    shown with its candidates and never matched.
 */
import type { StatusCategory } from "../model";
import { foldKey } from "../text/normalize";
import { organisationKey } from "./organisation-key";
import type { LongRow, OrganisationChanges, PeriodActivity, PeriodComparison, PeriodMatch } from "./model";

export const FUZZY_THRESHOLD = 0.65;
export const TIE_MARGIN = 0.03;
/**
 * Above this many unmatched pairs in one organisation the fuzzy step is skipped (said in
 * `fuzzySkipped`): a report rewritten from scratch is compared exactly only, in bounded time.
 */
export const FUZZY_MAX_PAIRS = 250_000;


const FINISHED: ReadonlySet<StatusCategory> = new Set(["done", "cancelled"]);
const CLOSED: ReadonlySet<StatusCategory> = new Set(["done", "cancelled", "not_applicable"]);

export function periodActivitiesFromRows(rows: readonly LongRow[]): PeriodActivity[] {
  return rows.map((row) => ({
    organisation: row.organisation,
    goal: row.activity.goal,
    activity: row.activity.activity,
    status: row.activity.status.label ?? row.activity.status.raw,
    category: row.activity.status.category,
  }));
}

/** Letters and digits only, folded: "Utveckla X (fortsättning)." and "utveckla x fortsattning" are one text. */
export function normaliseText(text: string | null): string {
  return foldKey(text ?? "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function trigrams(text: string): Map<string, number> {
  const padded = `  ${text} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient over character trigrams, 0–1; 1 for equal texts. */
export function textSimilarity(a: string, b: string): number {
  return a === b ? 1 : diceOfGrams(trigrams(a), trigrams(b));
}

function diceOfGrams(ga: Map<string, number>, gb: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [gram, n] of ga) {
    shared += Math.min(n, gb.get(gram) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

interface Entry {
  item: PeriodActivity;
  activity: string;
  goal: string;
  /** The activity without parenthesised remarks, for the fuzzy score, and its trigrams (counted once). */
  core: string;
  coreGrams: Map<string, number>;
  goalGrams: Map<string, number>;
}

function entries(items: readonly PeriodActivity[]): Entry[] {
  return items.map((item) => {
    const goal = normaliseText(item.goal);
    const core = normaliseText(item.activity.replace(/\([^)]*\)/g, " ")) || normaliseText(item.activity);
    return { item, activity: normaliseText(item.activity), goal, core, coreGrams: trigrams(core), goalGrams: trigrams(goal) };
  });
}

/** The fuzzy score of two activities, 0–1 (the rule is in the header). */
export function activitySimilarity(a: Pick<PeriodActivity, "activity" | "goal">, b: Pick<PeriodActivity, "activity" | "goal">): number {
  const [ea, eb] = entries([a as PeriodActivity, b as PeriodActivity]);
  return score(ea!, eb!);
}

function score(a: Entry, b: Entry): number {
  const activity = a.core === b.core ? 1 : diceOfGrams(a.coreGrams, b.coreGrams);
  const goal = a.goal === b.goal ? 1 : diceOfGrams(a.goalGrams, b.goalGrams);
  return activity * (0.8 + 0.2 * goal);
}

function compareOrganisation(organisation: string, previous: PeriodActivity[], current: PeriodActivity[]): OrganisationChanges {
  const prev = entries(previous);
  const cur = entries(current);
  const matches: PeriodMatch[] = [];
  const usedPrev = new Set<number>();
  const usedCur = new Set<number>();

  // 1. Exact: the first unused previous activity with the same goal and text.
  const exact = new Map<string, number[]>();
  prev.forEach((p, pi) => exact.set(`${p.goal}|${p.activity}`, [...(exact.get(`${p.goal}|${p.activity}`) ?? []), pi]));
  cur.forEach((c, ci) => {
    const pi = exact.get(`${c.goal}|${c.activity}`)?.find((i) => !usedPrev.has(i));
    if (pi === undefined) return;
    usedPrev.add(pi);
    usedCur.add(ci);
    matches.push({ previous: prev[pi]!.item, current: c.item, match: "exact", similarity: 1 });
  });

  // 2. Fuzzy: mutual clear best pairs above the threshold, repeated until none is left.
  // Pairs above the threshold, listed from both ends so each side's candidates are read directly.
  type Pair = { ci: number; pi: number; s: number };
  const byCur = new Map<number, Pair[]>();
  const byPrev = new Map<number, Pair[]>();
  const fuzzySkipped = (cur.length - usedCur.size) * (prev.length - usedPrev.size) > FUZZY_MAX_PAIRS;
  for (const [ci, c] of cur.entries()) {
    if (fuzzySkipped || usedCur.has(ci)) continue;
    for (const [pi, p] of prev.entries()) {
      if (usedPrev.has(pi)) continue;
      const s = score(c, p);
      if (s < FUZZY_THRESHOLD) continue;
      const pair = { ci, pi, s };
      byCur.set(ci, [...(byCur.get(ci) ?? []), pair]);
      byPrev.set(pi, [...(byPrev.get(pi) ?? []), pair]);
    }
  }
  const candidates = (side: "cur" | "prev", index: number) =>
    ((side === "cur" ? byCur : byPrev).get(index) ?? []).filter((x) => !usedCur.has(x.ci) && !usedPrev.has(x.pi)).sort((a, b) => b.s - a.s);
  for (let changed = true; changed; ) {
    changed = false;
    for (const ci of cur.keys()) {
      if (usedCur.has(ci)) continue;
      const [best, second] = candidates("cur", ci);
      if (!best || (second && best.s - second.s < TIE_MARGIN)) continue;
      const [backBest, backSecond] = candidates("prev", best.pi);
      if (backBest?.ci !== ci || (backSecond && backBest.s - backSecond.s < TIE_MARGIN)) continue;
      usedCur.add(ci);
      usedPrev.add(best.pi);
      matches.push({ previous: prev[best.pi]!.item, current: cur[ci]!.item, match: "fuzzy", similarity: round(best.s) });
      changed = true;
    }
  }

  // What is left with a candidate above the threshold is a tie: shown, not matched, not new or vanished.
  const ties: OrganisationChanges["ties"] = [];
  const tiedCur = new Set<number>();
  const tiedPrev = new Set<number>();
  for (const ci of cur.keys()) {
    if (usedCur.has(ci) || tiedCur.has(ci)) continue;
    const list = candidates("cur", ci);
    if (list.length === 0) continue;
    const top = list[0]!.s;
    const prevSide = list.filter((x) => top - x.s < TIE_MARGIN).map((x) => x.pi);
    const curSide = [...new Set(prevSide.flatMap((pi) => candidates("prev", pi).filter((x) => top - x.s < TIE_MARGIN).map((x) => x.ci)))];
    if (!curSide.includes(ci)) curSide.unshift(ci);
    curSide.forEach((i) => tiedCur.add(i));
    prevSide.forEach((i) => tiedPrev.add(i));
    ties.push({ current: curSide.map((i) => cur[i]!.item), previous: prevSide.map((i) => prev[i]!.item), similarity: round(top) });
  }

  const isChange = (m: PeriodMatch) => m.previous.category !== m.current.category;
  return {
    organisation,
    statusChanges: matches.filter(isChange),
    new: cur.filter((_, i) => !usedCur.has(i) && !tiedCur.has(i)).map((c) => c.item),
    vanished: prev.filter((p, i) => !usedPrev.has(i) && !tiedPrev.has(i) && !FINISHED.has(p.item.category)).map((p) => p.item),
    carriedOver: matches.filter((m) => !CLOSED.has(m.previous.category)),
    fuzzy: matches.filter((m) => m.match === "fuzzy"),
    fuzzySkipped,
    ties,
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function comparePeriods(
  previous: readonly PeriodActivity[],
  current: readonly PeriodActivity[],
  previousSources: readonly string[] = [],
): PeriodComparison {
  const group = (items: readonly PeriodActivity[]) => {
    const byKey = new Map<string, { name: string; items: PeriodActivity[] }>();
    for (const item of items) {
      const key = organisationKey(item.organisation);
      const entry = byKey.get(key) ?? { name: item.organisation, items: [] };
      entry.items.push(item);
      byKey.set(key, entry);
    }
    return byKey;
  };
  const before = group(previous);
  const now = group(current);
  const organisations: OrganisationChanges[] = [];
  const newOrganisations: string[] = [];
  for (const [key, { name, items }] of now) {
    const old = before.get(key);
    if (!old) newOrganisations.push(name);
    else organisations.push(compareOrganisation(name, old.items, items));
  }
  return {
    threshold: FUZZY_THRESHOLD,
    previousSources: [...previousSources],
    organisations,
    notReportedNow: [...before].filter(([key]) => !now.has(key)).map(([, { name }]) => name),
    newOrganisations,
  };
}
