/**
 * TEMPORARY: stand-ins for the parsers' helpers until src/core/parse/ exports them; then this file
 * becomes plain re-exports. Kept in one place so the rules never care where they come from.
 */
import type { DuePeriod, IsoDate, Period } from "../model";
import type { Profile } from "../profile/schema";
import { foldKey } from "../text/normalize";

export function isValidIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function cutoffFor(year: number, period: Period): IsoDate {
  return `${year}-${{ tertial1: "04-30", delar: "08-31", helar: "12-31" }[period]}`;
}

export function isDueUnknown(due: DuePeriod): boolean {
  return due.kind === "reference" && due.raw !== "" && !/^(se|enligt)\b/i.test(due.raw.trim());
}

export function dueToAllowedTerm(due: DuePeriod, profile: Profile): string | null {
  const quarter =
    due.kind === "quarter" && typeof due.value === "number"
      ? due.value
      : due.kind === "month" && typeof due.value === "number"
        ? Math.ceil(due.value / 3)
        : null;
  if (quarter === null) return null;
  return profile.due.allowedTerms.find((term) => foldKey(term) === `kvartal ${quarter}`) ?? null;
}

export function dueSuggestion(due: DuePeriod, profile: Profile): string | null {
  if (due.end === null) return null;
  const month = Number(due.end.slice(5, 7));
  return profile.due.allowedTerms.find((term) => foldKey(term) === `kvartal ${Math.ceil(month / 3)}`) ?? null;
}

export function parsePerspective(text: string, profile: Profile): { name: string; known: boolean } | null {
  const key = foldKey(text);
  if (key === "") return null;
  for (const p of profile.perspectives) {
    if ([p.name, ...p.synonyms].some((term) => foldKey(term) === key)) return { name: p.name, known: true };
  }
  return { name: text.trim(), known: false };
}

export function parseDue(text: string, year: number | null, _profile: Profile): DuePeriod {
  const match = /^kvartal (\d)$/.exec(foldKey(text));
  if (match) {
    const q = Number(match[1]);
    const end = year === null ? null : `${year}-${["03-31", "06-30", "09-30", "12-31"][q - 1]}`;
    return { raw: text, kind: "quarter", value: q, end };
  }
  return { raw: text, kind: text.trim() === "" ? "none" : "reference", value: null, end: null };
}
