/**
 * Reading a due's text (due.ts places the reading in the report's year): the profile's
 * vocabulary as regexes, then one reader per way of writing a due, first match wins.
 */
import type { DuePeriod } from "../model";
import type { Profile } from "../profile/schema";
import { collapseSpace, foldKey, joinHyphenation } from "../text/normalize";
import { isValidIsoDate, lastDayOfMonth, toIsoDate } from "./period";

export /** What a text says before it is placed in a year. */
interface DueReading {
  kind: DuePeriod["kind"];
  value: number | string | null;
  /** A year written with the due ("Tertial 2, 2020"); it wins over the report's year. */
  year?: number;
  /** Month (1–12) and day the period ends, when it ends on a fixed day of every year. */
  endMonth?: number;
  endDay?: number;
}

export const NONE: DueReading = { kind: "none", value: null };

interface DueVocabulary {
  quarterWords: string;
  tertialWords: string;
  monthWords: string;
  monthByWord: Map<string, number>;
  reports: { key: string; value: string; month: number; day: number }[];
  references: string[];
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
      }));
    })
    .sort((a, b) => b.key.length - a.key.length);
  const vocabulary: DueVocabulary = {
    quarterWords: alternation(profile.due.quarterWords),
    tertialWords: alternation(profile.due.tertialWords),
    monthWords: alternation([...monthByWord.keys()]),
    monthByWord,
    reports,
    references: profile.due.referencePhrases.map(dueKey).sort((a, b) => b.length - a.length),
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

export function readDue(raw: string, profile: Profile): DueReading {
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
    readIsoMonth,
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
      return strict ? NONE : { kind: "reference", value: collapseSpace(joinHyphenation(raw)) };
    }
  }
  return NONE;
}

type Reader = (key: string, vocabulary: DueVocabulary) => [DueReading, string] | null;

/** A year written after the due ("Kvartal 4 2020", "Tertial 2, 2020"), and what follows it. */
function trailingYear(rest: string): { year?: number; rest: string } {
  const match = new RegExp(`^[\\s,]*${YEAR}`, "u").exec(rest);
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

/** Whether the key starts with a digit: what the readers anchored on a number need before their expression. */
function startsWithDigit(key: string): boolean {
  const code = key.charCodeAt(0);
  return code >= 48 && code <= 57;
}

const readDayMonthDate: Reader = (key, vocabulary) => {
  if (!startsWithDigit(key)) return null;
  const match = new RegExp(
    `^(\\d{1,2})(?::?[ae])?\\.?\\s+(${vocabulary.monthWords})\\.?${END}(?:[\\s,]+${YEAR})?`,
    "u",
  ).exec(key);
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

/** "2024-06", "2024-6": a month written the ISO way; not a year-month pair beyond 12 ("2024-25" is a year span). */
const readIsoMonth: Reader = (key) => {
  const match = /^((?:19|20)\d{2})-(\d{1,2})(?![\d-])/.exec(key);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return [{ kind: "month", value: month, endMonth: month, year: Number(match[1]) }, key.slice(match[0].length)];
};

/** "28/5 2020", "28/5/2020", "31.12.2024", "1.6.": Swedish day/month, with a slash or the dotted way. */
const readNumericDate: Reader = (key) => {
  const match = /^(\d{1,2})(?:\/(\d{1,2})|\.(\d{1,2})\.?)(?:[\s/.-]+((?:19|20)\d{2}))?(?!\d)/.exec(key);
  if (!match) return null;
  const reading = dateReading(
    Number(match[1]),
    Number(match[2] ?? match[3]),
    match[4] !== undefined ? Number(match[4]) : undefined,
  );
  return reading ? [reading, key.slice(match[0].length)] : null;
};

const RANGE = "\\s*(?:-|–|\\/|och|till)\\s*";

function readNumbered(
  key: string,
  words: string,
  max: number,
  ordinalWord: string,
): { value: number; rest: string } | null {
  const digit = `([1-${max}])(?!\\d)`;
  const numbered = new RegExp(
    `^(?:${words})\\.?\\s*${digit}(?:${RANGE}(?:(?:${words})\\.?\\s*)?${digit})?`,
    "u",
  ).exec(key);
  if (numbered) {
    return { value: Number(numbered[2] ?? numbered[1]), rest: key.slice(numbered[0].length) };
  }
  const ordinal = new RegExp(
    `^(forsta|andra|tredje|fjarde|[1-4]:?[ae])\\s+(?:${ordinalWord})${END}`,
    "u",
  ).exec(key);
  if (ordinal) {
    const value = ORDINALS[ordinal[1]!];
    if (value !== undefined && value <= max) return { value, rest: key.slice(ordinal[0].length) };
  }
  return null;
}

const readQuarter: Reader = (key, vocabulary) => {
  const found = readNumbered(key, vocabulary.quarterWords, 4, "kvartalet|kvartal");
  if (!found) return null;
  return withYear({ kind: "quarter", value: found.value, endMonth: found.value * 3 }, found.rest);
};

const readTertial: Reader = (key, vocabulary) => {
  const found = readNumbered(key, vocabulary.tertialWords, 3, "tertialet|tertial");
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
        : key === report.key ||
          // Anchored on the report's key: an expression per report is built only for a key that starts with it.
          (key.startsWith(report.key) && new RegExp(`^${escapeRegex(report.key)}${END}`, "u").test(key));
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
  const word = `(${vocabulary.monthWords})\\.?${END}`;
  const match = new RegExp(`^${word}(?:${RANGE}${word})?`, "u").exec(key);
  if (!match) return null;
  const month = vocabulary.monthByWord.get(match[2] ?? match[1]!);
  if (month === undefined) return null;
  return withYear({ kind: "month", value: month, endMonth: month }, key.slice(match[0].length));
};

const readYear: Reader = (key) => {
  if (!startsWithDigit(key)) return null;
  const match = new RegExp(`^${YEAR}(?:\\s*[/–-]\\s*${YEAR})?`, "u").exec(key);
  if (!match) return null;
  const value = match[2] !== undefined ? `${match[1]}/${match[2]}` : match[1]!;
  return [{ kind: "year", value }, key.slice(match[0].length)];
};
