/**
 * Due periods (SPEC §2.2): "Kvartal 2", "Q2", "kv 2", "Tertial 2", "Maj", "Delrapport 2",
 * "Verksamhetsberättelse", "2025/2026", "2020-05-28", "28 maj 2020", Excel serial numbers,
 * "Se objektsplan". `end` is the last date of the period in the report's year. Reading the
 * text is due-text.ts; the profile's allowed terms and suggestions are due-terms.ts.
 */
import type { DuePeriod, IsoDate } from "../model";
import type { Profile } from "../profile/schema";
import { isValidIsoDate, lastDayOfMonth, toIsoDate } from "./period";
import { excelSerialToIsoDate } from "../grid";
import { readDue, type DueReading } from "./due-text";

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
    const iso = excelSerialToIsoDate(Math.floor(value));
    return { raw, kind: "date", value: iso, end: iso };
  }
  return { raw, kind: "none", value: null, end: null };
}

/** Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was: day 0 is 1899-12-30 from day 61 on. */

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
