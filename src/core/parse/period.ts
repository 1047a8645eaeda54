/**
 * Report periods (SPEC §1): tertial1 = per 30 april, delar = per 31 augusti, helar = per 31
 * december — their cut-off dates, and reading a period from header text ("per den 31 augusti",
 * "Delårsrapport 2020", "Årsredovisning/Verksamhetsberättelse").
 */
import type { IsoDate, Period } from "../model";
import { foldKey, includesAny } from "../text/normalize";

const PERIOD_END: Record<Period, { month: number; day: number }> = {
  tertial1: { month: 4, day: 30 },
  delar: { month: 8, day: 31 },
  helar: { month: 12, day: 31 },
};

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "YYYY-MM-DD" and a real calendar day: 2020-02-29 yes, 2021-02-29 and 2020-02-30 no. */
export function isValidIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

/** The avstämningsdatum of a period: tertial1 → Y-04-30, delar → Y-08-31, helar → Y-12-31. */
export function cutoffFor(year: number, period: Period): IsoDate {
  const end = PERIOD_END[period];
  return toIsoDate(year, end.month, end.day);
}

export interface PeriodPhrase {
  period: Period;
  cutoff?: IsoDate;
  year?: number;
}

/** Swedish month names and abbreviations, folded; index + 1 is the month. */
const MONTHS = [
  ["januari", "jan"],
  ["februari", "febr", "feb"],
  ["mars", "mar"],
  ["april", "apr"],
  ["maj"],
  ["juni", "jun"],
  ["juli", "jul"],
  ["augusti", "aug"],
  ["september", "sept", "sep"],
  ["oktober", "okt"],
  ["november", "nov"],
  ["december", "dec"],
];
const MONTH_WORDS = MONTHS.flat()
  .sort((a, b) => b.length - a.length)
  .join("|");

function monthNumber(word: string): number | undefined {
  const index = MONTHS.findIndex((spellings) => spellings.includes(word));
  return index >= 0 ? index + 1 : undefined;
}

function periodEndingOn(month: number, day: number): Period | undefined {
  return (Object.keys(PERIOD_END) as Period[]).find(
    (period) => PERIOD_END[period].month === month && PERIOD_END[period].day === day,
  );
}

const NOT_LETTER_BEFORE = "(?<![\\p{L}\\d])";
const YEAR_AFTER = "(?:[\\s,]+((?:19|20)\\d{2})(?!\\d))?";

/** Report names that imply a period, folded. */
const PERIOD_WORDS: { pattern: string; period: Period }[] = [
  {
    pattern:
      "tertialrapport\\p{L}*|tertialbokslut\\p{L}*|tertialuppfoljning\\p{L}*|tertial 1|delrapport 1",
    period: "tertial1",
  },
  // Tertial 2 ends on 31 August, the delår's cut-off; tertial 3 on 31 December.
  { pattern: "delarsrapport\\p{L}*|delarsbokslut\\p{L}*|delrapport 2|tertial 2", period: "delar" },
  {
    pattern:
      "arsredovisning\\p{L}*|verksamhetsberattelse\\p{L}*|arsbokslut\\p{L}*|helarsrapport\\p{L}*|helarsbokslut\\p{L}*|tertial 3",
    period: "helar",
  },
];

/**
 * "Delår 2024", "Helår", "Helårsuppföljning 2024": read from the text as written, since folded
 * "delår" is the everyday word "delar" ("i flera delar av kommunen"). "Delår 1" is the spring
 * report in some municipalities, so it is left to an explicit date.
 */
const YEAR_PART =
  /(?<![\p{L}\d])(del|hel)år\p{L}*(?![\p{L}\d])(?!\s+1(?!\d))(?:[\s,]+((?:19|20)\d{2})(?!\d))?/u;

/** The report names' expressions, compiled once: a header text is read for every sheet. */
const PERIOD_WORD_PATTERNS: { regex: RegExp; period: Period }[] = PERIOD_WORDS.map(
  ({ pattern, period }) => ({
    regex: new RegExp(`${NOT_LETTER_BEFORE}(?:${pattern})(?![\\p{L}\\d])${YEAR_AFTER}`, "u"),
    period,
  }),
);

/** Every report name in PERIOD_WORDS begins with one of these. */
const PERIOD_WORD_STARTS = [
  "tertial",
  "delrapport",
  "delars",
  "arsredovisning",
  "verksamhetsberattelse",
  "arsbokslut",
  "helars",
];

/** "per 31 augusti 2020"; global (stateful): reset `lastIndex` before each text. */
const PER_DATE = new RegExp(
  `${NOT_LETTER_BEFORE}per\\s+(?:den\\s+)?(\\d{1,2}|sista)(?::?[ae])?\\.?\\s+(${MONTH_WORDS})\\.?(?!\\p{L})${YEAR_AFTER}`,
  "gu",
);

function withYear(period: Period, year: string | undefined): PeriodPhrase {
  if (year === undefined) return { period };
  const y = Number(year);
  return { period, year: y, cutoff: cutoffFor(y, period) };
}

/**
 * The period a header text names, or null. An explicit "per <dag> <månad> [år]" wins; otherwise
 * the first report name ("Delårsrapport", "Årsredovisning", "Tertialrapport") in the text.
 */
export function parsePeriodPhrase(text: string): PeriodPhrase | null {
  const key = foldKey(text);
  if (key === "") return null;

  // Each expression is tried only on a text holding a word it needs: most header texts name no
  // period, and an expression with Unicode classes and a look-behind is costly to compile (on
  // its first use in a run) and to scan with.
  const perDate = PER_DATE;
  perDate.lastIndex = 0;
  if (key.includes("per "))
    for (let match = perDate.exec(key); match !== null; match = perDate.exec(key)) {
      const month = monthNumber(match[2]!);
      if (month === undefined) continue;
      const day = match[1] === "sista" ? lastDayOfMonth(2001, month) : Number(match[1]);
      const period = periodEndingOn(month, day);
      if (period !== undefined) return withYear(period, match[3]);
    }

  let best: { index: number; phrase: PeriodPhrase } | null = null;
  if (includesAny(key, PERIOD_WORD_STARTS))
    for (const { regex, period } of PERIOD_WORD_PATTERNS) {
      const match = regex.exec(key);
      if (match && (best === null || match.index < best.index))
        best = { index: match.index, phrase: withYear(period, match[1]) };
    }
  if (best !== null) return best.phrase;
  const lower = text.normalize("NFC").toLowerCase();
  if (!lower.includes("delår") && !lower.includes("helår")) return null;
  const part = YEAR_PART.exec(lower);
  return part ? withYear(part[1] === "del" ? "delar" : "helar", part[2]) : null;
}
