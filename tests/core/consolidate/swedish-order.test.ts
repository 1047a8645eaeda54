/**
 * The summary's Swedish order and dates without ICU (swedish-order.ts) against ICU itself:
 * localeCompare(…, "sv") over every pair of short texts from the plain alphabet and over the
 * standard profile's perspectives, and Intl.DateTimeFormat over every hour of many days.
 */
import { compareSwedish, swedishDay } from "../../../src/core/consolidate/swedish-order";

const icu = (a: string, b: string) => Math.sign(a.localeCompare(b, "sv"));

/** Every text of up to `length` characters over `alphabet`. */
function texts(alphabet: string[], length: number): string[] {
  let level = [""];
  const all = [""];
  for (let n = 0; n < length; n++) {
    level = level.flatMap((text) => alphabet.map((ch) => text + ch));
    all.push(...level);
  }
  return all;
}

describe("compareSwedish", () => {
  it("orders every pair of short plain texts as ICU's Swedish collation does", () => {
    const all = texts([" ", "-", "0", "9", "a", "A", "v", "w", "W", "z", "å", "Å", "ä", "ö", "Ö"], 2);
    for (const a of all) for (const b of all) expect([a, b, compareSwedish(a, b)]).toEqual([a, b, icu(a, b)]);
  });

  it("orders longer texts, case and spaces as ICU does", () => {
    const words = [
      "Ekonomi", "ekonomi", "Ekonomi och styrning", "Ekonomiochstyrning", "Medarbetare", "Verksamhet",
      "Välfärd", "Vård", "Wärdshus", "Ärende", "Öppenhet", "Åtagande", "Invånare", "invånare ",
      " Invånare", "Invånare och brukare", "Hållbarhet", "HÅLLBARHET", "hållbarhet", "Zon", "Ångest",
      "Mark- och översiktsplanering", "Mark och översiktsplanering", "Markplanering", "Mål 2", "Mål 10",
      "Mål-2", "Mål -2", "2 mål", "Ekonomi-styrning", "Ekonomi2",
      // Outside the plain alphabet: ICU decides.
      "Éclair", "Über", "Mål & resultat", "Ekonomi\tstyrning", "",
    ];
    for (const a of words) for (const b of words) expect([a, b, compareSwedish(a, b)]).toEqual([a, b, icu(a, b)]);
    const sorted = [...words].sort(compareSwedish);
    expect(sorted).toEqual([...words].sort((a, b) => a.localeCompare(b, "sv")));
  });
});

describe("swedishDay", () => {
  const intl = new Intl.DateTimeFormat("sv-SE", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Stockholm",
  });

  it("gives the day in Swedish time as Intl.DateTimeFormat does, every hour around the year", () => {
    // Every hour of the days around both daylight-saving changes, and of a day each month.
    const days: number[] = [];
    for (const year of [1980, 1995, 1996, 2024, 2026, 2027, 2038, 2100]) {
      for (let month = 0; month < 12; month++) days.push(Date.UTC(year, month, 1), Date.UTC(year, month, 28));
      for (let day = 20; day <= 31; day++) days.push(Date.UTC(year, 2, day), Date.UTC(year, 9, day));
      days.push(Date.UTC(year, 11, 31));
    }
    for (const start of days) {
      for (let minute = 0; minute < 24 * 60; minute += 30) {
        const instant = new Date(start + minute * 60_000);
        expect([instant.toISOString(), swedishDay(instant)]).toEqual([instant.toISOString(), intl.format(instant)]);
      }
    }
  });

  it("hands other centuries to Intl", () => {
    for (const iso of ["1945-07-01T21:30:00Z", "1901-01-01T00:00:00Z", "0999-03-04T10:00:00Z"]) {
      expect(swedishDay(new Date(iso))).toBe(intl.format(new Date(iso)));
    }
  });
});
