/**
 * Due periods (SPEC §2.2): "Kvartal 2", "Q2", "kv 2", "Tertial 2", "Maj", "Delrapport 2",
 * "Verksamhetsberättelse", "2025/2026", "2020-05-28", "28 maj 2020", Excel serial numbers,
 * "Se objektsplan". `end` is the last date of the period in the report's year.
 */
import type { DuePeriod, IsoDate } from "../model";
import type { Profile } from "../profile/schema";
import { collapseSpace, foldKey } from "../text/normalize";
import { joinBrokenWords } from "./terms";
import { isValidIsoDate, lastDayOfMonth, toIsoDate } from "./period";
import { excelSerialToIsoDate as excelSerialToIso } from "../grid";

/** What a text says before it is placed in a year. */
interface DueReading {
  kind: DuePeriod["kind"];
  value: number | string | null;
  /** A year written with the due ("Tertial 2, 2020"); it wins over the report's year. */
  year?: number;
  /** Month (1–12) and day the period ends, when it ends on a fixed day of every year. */
  endMonth?: number;
  endDay?: number;
}

const NONE: DueReading = { kind: "none", value: null };

/** Excel day numbers of 2000-01-01 and 2099-12-31: a number in between is taken for a date. */
const EXCEL_SERIAL_MIN = 36526;
const EXCEL_SERIAL_MAX = 73050;

export function parseDue(
  text: string | number | null | undefined,
  year: number | null,
  profile: Profile,
): DuePeriod {
  if (typeof text === "number") return fromNumber(text);
  const raw = (text ?? "").trim();
  if (raw === "") return { raw: "", kind: "none", value: null, end: null };
  // A report repeats a handful of due texts over hundreds of rows: read each text once per profile.
  let readings = READINGS.get(profile);
  if (!readings || readings.size > MAX_CACHED_READINGS) {
    readings = new Map();
    READINGS.set(profile, readings);
  }
  let reading = readings.get(raw);
  if (!reading) {
    reading = readDue(raw, profile);
    readings.set(raw, reading);
  }
  return place(raw, reading, year);
}

const READINGS = new WeakMap<Profile, Map<string, DueReading>>();
const MAX_CACHED_READINGS = 5000;

/** A non-empty due the profile cannot read (rule due.unknown). */
export function isDueUnknown(due: DuePeriod): boolean {
  return due.raw.trim() !== "" && due.kind === "none";
}

/** A number cell: a year ("2021"), an Excel date serial, or something no due can be. */
function fromNumber(value: number): DuePeriod {
  const raw = Number.isFinite(value) ? String(value) : "";
  if (Number.isInteger(value) && value >= 1900 && value <= 2999) {
    return { raw, kind: "year", value: String(value), end: `${value}-12-31` };
  }
  if (Number.isFinite(value) && value >= EXCEL_SERIAL_MIN && value <= EXCEL_SERIAL_MAX) {
    const iso = excelSerialToIso(Math.floor(value));
    return { raw, kind: "date", value: iso, end: iso };
  }
  return { raw, kind: "none", value: null, end: null };
}

/** Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was: day 0 is 1899-12-30 from day 61 on. */
export { excelSerialToIso };

function place(raw: string, reading: DueReading, reportYear: number | null): DuePeriod {
  const year = reading.year ?? reportYear;
  let end: IsoDate | null = null;
  switch (reading.kind) {
    case "date": {
      const value = String(reading.value);
      // "--05-28" (written without a year) ends on that day of the report's year.
      const dated = value.startsWith("--") && year !== null ? `${year}${value.slice(1)}` : value;
      end = isValidIsoDate(dated) ? dated : null;
      break;
    }
    case "year": {
      const years = String(reading.value).split("/");
      end = `${years[years.length - 1]}-12-31`;
      break;
    }
    case "reference":
    case "none":
      end = null;
      break;
    default:
      if (year !== null && reading.endMonth !== undefined) {
        const day = reading.endDay ?? lastDayOfMonth(year, reading.endMonth);
        end = toIsoDate(year, reading.endMonth, day);
      }
  }
  return { raw, kind: reading.kind, value: reading.value, end };
}

// ---------------------------------------------------------------------------------------------
// Reading the text

interface DueVocabulary {
  monthByWord: Map<string, number>;
  reports: { key: string; value: string; month: number; day: number; pattern: RegExp }[];
  references: string[];
  /** The readers' expressions, compiled once per profile (a due is read for every activity). */
  patterns: DuePatterns;
}

interface DuePatterns {
  dayMonthDate: RegExp;
  quarter: NumberedPatterns;
  tertial: NumberedPatterns;
  month: RegExp;
}

interface NumberedPatterns {
  numbered: RegExp;
  ordinal: RegExp;
  max: number;
}

const vocabularyCache = new WeakMap<Profile, DueVocabulary>();

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Folded, hyphen-free key of a term: "Verksamhets-berättelse" → "verksamhetsberattelse". */
function dueKey(text: string): string {
  return foldKey(text).replace(/(\p{L})[-\u00AD\u2010](\p{L})/gu, "$1$2");
}

function alternation(words: readonly string[]): string {
  const keys = [...new Set(words.map(dueKey).filter((key) => key !== ""))].sort(
    (a, b) => b.length - a.length,
  );
  return keys.length === 0 ? "(?!)" : keys.map(escapeRegex).join("|");
}

function vocabularyFor(profile: Profile): DueVocabulary {
  const cached = vocabularyCache.get(profile);
  if (cached) return cached;
  const monthByWord = new Map<string, number>();
  profile.due.months.forEach((spellings, index) => {
    for (const spelling of spellings) monthByWord.set(dueKey(spelling), index + 1);
  });
  const reports = profile.due.reports
    .flatMap((report) => {
      const [month, day] = report.endMonthDay.split("-").map(Number);
      return report.terms.map((term) => ({
        key: dueKey(term),
        value: report.value,
        month: month ?? 12,
        day: day ?? 31,
        pattern: new RegExp(`^${escapeRegex(dueKey(term))}${END}`, "u"),
      }));
    })
    .sort((a, b) => b.key.length - a.key.length);
  const quarterWords = alternation(profile.due.quarterWords);
  const tertialWords = alternation(profile.due.tertialWords);
  const monthWords = alternation([...monthByWord.keys()]);
  const monthWord = `(${monthWords})\\.?${END}`;
  const vocabulary: DueVocabulary = {
    monthByWord,
    reports,
    references: profile.due.referencePhrases.map(dueKey).sort((a, b) => b.length - a.length),
    patterns: {
      dayMonthDate: new RegExp(
        `^(\\d{1,2})(?::?[ae])?\\.?\\s+(${monthWords})\\.?${END}(?:[\\s,]+${YEAR})?`,
        "u",
      ),
      quarter: numberedPatterns(quarterWords, 4, "kvartalet|kvartal"),
      tertial: numberedPatterns(tertialWords, 3, "tertialet|tertial"),
      month: new RegExp(`^${monthWord}(?:${RANGE}${monthWord})?`, "u"),
    },
  };
  vocabularyCache.set(profile, vocabulary);
  return vocabulary;
}

/** Words before a due that do not change it: "senast december", "under kvartal 3". */
const FILLER = /^(?:senast|i|under|till|slutet av|utgangen av|vid|per|fore|innan)\s+/;
const END = "(?![\\p{L}\\d])";
const YEAR = "((?:19|20)\\d{2})(?!\\d)";
const ORDINALS: Record<string, number> = {
  forsta: 1,
  "1:a": 1,
  "1a": 1,
  andra: 2,
  "2:a": 2,
  "2a": 2,
  tredje: 3,
  "3:e": 3,
  "3e": 3,
  fjarde: 4,
  "4:e": 4,
  "4e": 4,
};

function readDue(raw: string, profile: Profile): DueReading {
  // One due per line for several sub-activities ("Q3\n\n\nQ4"): the whole is due when the last is.
  const lines = raw
    .split(/\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (lines.length > 1) {
    const readings = lines.map((line) => readOne(line, profile, true));
    if (readings.every((reading) => reading.kind !== "none" && reading.kind !== "reference")) {
      return readings.reduce((latest, reading) =>
        endOrder(reading) > endOrder(latest) ? reading : latest,
      );
    }
  }
  return readOne(raw, profile, false);
}

/** Comparable position of a reading's end within (or beyond) the year. */
function endOrder(reading: DueReading): number {
  if (reading.kind === "date" && typeof reading.value === "string") {
    const [y, m, d] = reading.value.split("-").map(Number);
    return (y ?? 0) * 10000 + (m ?? 0) * 100 + (d ?? 0);
  }
  if (reading.kind === "year") {
    const years = String(reading.value).split("/");
    return Number(years[years.length - 1]) * 10000 + 1231;
  }
  const year = reading.year ?? 0;
  return year * 10000 + (reading.endMonth ?? 0) * 100 + (reading.endDay ?? 31);
}

/** Read one due. `strict`: the text must be nothing but the due (used to split multi-line cells). */
function readOne(raw: string, profile: Profile, strict: boolean): DueReading {
  const vocabulary = vocabularyFor(profile);
  let key = dueKey(raw);
  for (let i = 0; i < 2 && FILLER.test(key); i++) key = key.replace(FILLER, "");
  if (key === "") return NONE;

  const readers = [
    readIsoDate,
    readDayMonthDate,
    readNumericDate,
    readQuarter,
    readTertial,
    readReport,
    readMonth,
    readYear,
  ];
  for (const reader of readers) {
    const found = reader(key, vocabulary);
    if (found === null) continue;
    const [reading, rest] = found;
    if (strict && rest.trim() !== "") return NONE;
    return reading;
  }
  for (const phrase of vocabulary.references) {
    if (key === phrase || key.startsWith(`${phrase} `)) {
      return strict ? NONE : { kind: "reference", value: collapseSpace(joinBrokenWords(raw)) };
    }
  }
  return NONE;
}

type Reader = (key: string, vocabulary: DueVocabulary) => [DueReading, string] | null;

/** A year written after the due ("Kvartal 4 2020", "Tertial 2, 2020"), and what follows it. */
const TRAILING_YEAR = new RegExp(`^[\\s,]*${YEAR}`, "u");

function trailingYear(rest: string): { year?: number; rest: string } {
  const match = TRAILING_YEAR.exec(rest);
  if (!match) return { rest };
  return { year: Number(match[1]), rest: rest.slice(match[0].length) };
}

function withYear(reading: DueReading, rest: string): [DueReading, string] {
  const found = trailingYear(rest);
  return [found.year !== undefined ? { ...reading, year: found.year } : reading, found.rest];
}

const readIsoDate: Reader = (key) => {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(key);
  if (!match) return null;
  const iso = toIsoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  // A date that does not exist (2020-02-30) is unreadable, not the year 2020.
  if (!isValidIsoDate(iso)) return [NONE, ""];
  return [{ kind: "date", value: iso }, key.slice(match[0].length)];
};

function dateReading(day: number, month: number, year: number | undefined): DueReading | null {
  const probeYear = year ?? 2000; // a leap year, so 29 februari passes without a year
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(probeYear, month)) return null;
  const monthDay = `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  // Without a year the value is the ISO recurring date "--MM-DD"; `end` waits for the year.
  if (year === undefined) return { kind: "date", value: `--${monthDay}` };
  return { kind: "date", value: `${year}-${monthDay}` };
}

const readDayMonthDate: Reader = (key, vocabulary) => {
  const match = vocabulary.patterns.dayMonthDate.exec(key);
  if (!match) return null;
  const month = vocabulary.monthByWord.get(match[2]!);
  if (month === undefined) return null;
  const reading = dateReading(
    Number(match[1]),
    month,
    match[3] !== undefined ? Number(match[3]) : undefined,
  );
  return reading ? [reading, key.slice(match[0].length)] : null;
};

/** "28/5 2020", "28/5/2020": Swedish day/month. */
const readNumericDate: Reader = (key) => {
  const match = /^(\d{1,2})\/(\d{1,2})(?:[\s/-]+((?:19|20)\d{2}))?(?!\d)/.exec(key);
  if (!match) return null;
  const reading = dateReading(
    Number(match[1]),
    Number(match[2]),
    match[3] !== undefined ? Number(match[3]) : undefined,
  );
  return reading ? [reading, key.slice(match[0].length)] : null;
};

const RANGE = "\\s*(?:-|–|\\/|och|till)\\s*";

function numberedPatterns(words: string, max: number, ordinalWord: string): NumberedPatterns {
  const digit = `([1-${max}])(?!\\d)`;
  return {
    numbered: new RegExp(
      `^(?:${words})\\.?\\s*${digit}(?:${RANGE}(?:(?:${words})\\.?\\s*)?${digit})?`,
      "u",
    ),
    ordinal: new RegExp(`^(forsta|andra|tredje|fjarde|[1-4]:?[ae])\\s+(?:${ordinalWord})${END}`, "u"),
    max,
  };
}

function readNumbered(key: string, patterns: NumberedPatterns): { value: number; rest: string } | null {
  const { max } = patterns;
  const numbered = patterns.numbered.exec(key);
  if (numbered) {
    return { value: Number(numbered[2] ?? numbered[1]), rest: key.slice(numbered[0].length) };
  }
  const ordinal = patterns.ordinal.exec(key);
  if (ordinal) {
    const value = ORDINALS[ordinal[1]!];
    if (value !== undefined && value <= max) return { value, rest: key.slice(ordinal[0].length) };
  }
  return null;
}

const readQuarter: Reader = (key, vocabulary) => {
  const found = readNumbered(key, vocabulary.patterns.quarter);
  if (!found) return null;
  return withYear({ kind: "quarter", value: found.value, endMonth: found.value * 3 }, found.rest);
};

const readTertial: Reader = (key, vocabulary) => {
  const found = readNumbered(key, vocabulary.patterns.tertial);
  if (!found) return null;
  return withYear({ kind: "tertial", value: found.value, endMonth: found.value * 4 }, found.rest);
};

const readReport: Reader = (key, vocabulary) => {
  // "Delrapport 1/2", "Delrapport 1 och 2": due with the later report.
  const both = /^delrapport\s*([12])\s*(?:\/|-|–|,|och)\s*([12])(?!\d)/.exec(key);
  const lookup = both ? `delrapport ${Math.max(Number(both[1]), Number(both[2]))}` : null;
  for (const report of vocabulary.reports) {
    const matches =
      lookup !== null
        ? report.key === lookup
        : key === report.key || (key.startsWith(report.key) && report.pattern.test(key));
    if (!matches) continue;
    const rest = both ? key.slice(both[0].length) : key.slice(report.key.length);
    return withYear(
      { kind: "report", value: report.value, endMonth: report.month, endDay: report.day },
      rest,
    );
  }
  return null;
};

const readMonth: Reader = (key, vocabulary) => {
  const match = vocabulary.patterns.month.exec(key);
  if (!match) return null;
  const month = vocabulary.monthByWord.get(match[2] ?? match[1]!);
  if (month === undefined) return null;
  return withYear({ kind: "month", value: month, endMonth: month }, key.slice(match[0].length));
};

const YEAR_OR_RANGE = new RegExp(`^${YEAR}(?:\\s*[/–-]\\s*${YEAR})?`, "u");

const readYear: Reader = (key) => {
  const match = YEAR_OR_RANGE.exec(key);
  if (!match) return null;
  const value = match[2] !== undefined ? `${match[1]}/${match[2]}` : match[1]!;
  return [{ kind: "year", value }, key.slice(match[0].length)];
};

// ---------------------------------------------------------------------------------------------
// Allowed terms

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
