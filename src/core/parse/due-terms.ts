/** The profile's allowed due terms: which one a due equals, and which to suggest when none does. */
import type { DuePeriod } from "../model";
import type { Profile } from "../profile/schema";
import { parseDue } from "./due";

const allowedCache = new WeakMap<Profile, { term: string; due: DuePeriod }[]>();

function allowedDues(profile: Profile): { term: string; due: DuePeriod }[] {
  const cached = allowedCache.get(profile);
  if (cached) return cached;
  const list = profile.due.allowedTerms.map((term) => ({
    term,
    due: parseDue(term, null, profile),
  }));
  allowedCache.set(profile, list);
  return list;
}

function monthOf(due: DuePeriod): number | null {
  if (due.kind === "month" && typeof due.value === "number") return due.value;
  if (due.kind === "date" && typeof due.value === "string") {
    const match = /^(?:\d{4}|-)-(\d{2})-\d{2}$/.exec(due.value);
    return match ? Number(match[1]) : null;
  }
  return null;
}

function allowedQuarter(quarter: number, profile: Profile): string | null {
  return (
    allowedDues(profile).find(({ due }) => due.kind === "quarter" && due.value === quarter)?.term ??
    null
  );
}

function allowedMonth(month: number, profile: Profile): string | null {
  return (
    allowedDues(profile).find(({ due }) => due.kind === "month" && due.value === month)?.term ??
    null
  );
}

/**
 * The allowed dropdown term that means the same period, when there is one: "Q2" → "Kvartal 2";
 * a month or a date → the quarter containing it (SPEC: "Maj → Kvartal 2"). Tertials, reports and
 * years are not equivalent to any quarter: see dueSuggestion.
 */
export function dueToAllowedTerm(due: DuePeriod, profile: Profile): string | null {
  if (due.kind === "none" || due.kind === "reference") return null;
  const same = allowedDues(profile).find(
    ({ due: allowed }) => allowed.kind === due.kind && allowed.value === due.value,
  );
  if (same) return same.term;
  if (
    due.kind === "quarter" ||
    due.kind === "tertial" ||
    due.kind === "report" ||
    due.kind === "year"
  )
    return null;
  const month = monthOf(due);
  if (month === null) return null;
  return allowedMonth(month, profile) ?? allowedQuarter(Math.ceil(month / 3), profile);
}

/**
 * A suggestion (never an automatic fix) for a due without an equivalent allowed term: the quarter
 * in which the period ends, because the activity must be done by then. Tertial 1 and Delrapport 1
 * (30 april) → "Kvartal 2"; Tertial 2 and Delrapport 2 (31 augusti) → "Kvartal 3"; Tertial 3,
 * Verksamhetsberättelse and a year → "Kvartal 4". Null when an equivalent exists or nothing fits.
 */
export function dueSuggestion(due: DuePeriod, profile: Profile): string | null {
  if (dueToAllowedTerm(due, profile) !== null) return null;
  let endMonth: number | null = null;
  if (due.kind === "tertial" && typeof due.value === "number") endMonth = due.value * 4;
  else if (due.kind === "year") endMonth = 12;
  else if (due.kind === "report") {
    const report = profile.due.reports.find((entry) => entry.value === due.value);
    endMonth = report ? Number(report.endMonthDay.slice(0, 2)) : null;
  }
  if (endMonth === null) return null;
  return allowedMonth(endMonth, profile) ?? allowedQuarter(Math.ceil(endMonth / 3), profile);
}
