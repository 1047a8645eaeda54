import { dueSuggestion, dueToAllowedTerm, isDueUnknown, parseDue } from "../../../src/core/parse";
import { excelSerialToIsoDate } from "../../../src/core/grid";
import type { DuePeriod } from "../../../src/core/model";
import { parseProfile, standardProfile } from "../../../src/core/profile/load";

const due = (text: string | number | null | undefined, year: number | null = 2020): DuePeriod =>
  parseDue(text, year, standardProfile);
const kindValue = (text: string | number, year: number | null = 2020) => {
  const parsed = due(text, year);
  return [parsed.kind, parsed.value, parsed.end];
};

describe("parseDue (SPEC §2.2)", () => {
  test.each([
    ["Kvartal 2", "quarter", 2, "2020-06-30"],
    ["Q2", "quarter", 2, "2020-06-30"],
    ["kv 2", "quarter", 2, "2020-06-30"],
    ["Kv2", "quarter", 2, "2020-06-30"],
    ["KVARTAL 2", "quarter", 2, "2020-06-30"],
    ["kv. 1", "quarter", 1, "2020-03-31"],
    ["Kvartal 4 (se även för prioriterade aktiviteter)", "quarter", 4, "2020-12-31"],
    ["andra kvartalet", "quarter", 2, "2020-06-30"],
    ["Kvartal 3-4", "quarter", 4, "2020-12-31"],
    ["senast kvartal 3", "quarter", 3, "2020-09-30"],
    ["Kvartal 1 2021", "quarter", 1, "2021-03-31"],
    ["Tertial 2", "tertial", 2, "2020-08-31"],
    ["T2", "tertial", 2, "2020-08-31"],
    ["tertial 1", "tertial", 1, "2020-04-30"],
    ["T3", "tertial", 3, "2020-12-31"],
    ["December", "month", 12, "2020-12-31"],
    ["Maj", "month", 5, "2020-05-31"],
    ["Augusti", "month", 8, "2020-08-31"],
    ["dec", "month", 12, "2020-12-31"],
    ["dec.", "month", 12, "2020-12-31"],
    ["Februari", "month", 2, "2020-02-29"],
    ["aug/sep", "month", 9, "2020-09-30"],
    ["December 2021", "month", 12, "2021-12-31"],
    ["Delrapport 1", "report", "delrapport1", "2020-04-30"],
    ["Delrapport 2", "report", "delrapport2", "2020-08-31"],
    ["Delrapport 1/2", "report", "delrapport2", "2020-08-31"],
    ["Verksamhetsberättelse", "report", "verksamhetsberattelse", "2020-12-31"],
    ["Årsredovisning", "report", "verksamhetsberattelse", "2020-12-31"],
    ["Delårsrapport", "report", "delrapport2", "2020-08-31"],
    // School terms and half years, as förvaltningar with schools write them.
    ["HT", "report", "hosttermin", "2020-12-31"],
    ["VT 2021", "report", "vartermin", "2021-06-30"],
    ["Vårterminen", "report", "vartermin", "2020-06-30"],
    ["Höstterminen 2021", "report", "hosttermin", "2021-12-31"],
    ["Första halvåret", "report", "vartermin", "2020-06-30"],
    ["Halvår 2", "report", "hosttermin", "2020-12-31"],
    ["2021", "year", "2021", "2021-12-31"],
    ["2025/2026", "year", "2025/2026", "2026-12-31"],
    ["2025-2026", "year", "2025/2026", "2026-12-31"],
    ["2020-05-28", "date", "2020-05-28", "2020-05-28"],
    ["28 maj 2020", "date", "2020-05-28", "2020-05-28"],
    ["28/5 2020", "date", "2020-05-28", "2020-05-28"],
    ["28 maj", "date", "--05-28", "2020-05-28"],
    // A month the ISO way is that month, not the whole year.
    ["2021-06", "month", 6, "2021-06-30"],
    ["2021-2", "month", 2, "2021-02-28"],
    // The dotted day.month.year many write dates in.
    ["31.12.2021", "date", "2021-12-31", "2021-12-31"],
    ["1.6.2021", "date", "2021-06-01", "2021-06-01"],
    ["30.6.", "date", "--06-30", "2020-06-30"],
    ["Se objektsplan", "reference", "Se objektsplan", null],
    ["Se objektplan", "reference", "Se objektplan", null],
    ["Enligt projektplan", "reference", "Enligt projektplan", null],
  ])("%s → %s %s, ends %s", (text, kind, value, end) => {
    expect(kindValue(text)).toEqual([kind, value, end]);
  });

  test("raw is the trimmed cell text", () => {
    expect(due("  Q2 \n")).toEqual({ raw: "Q2", kind: "quarter", value: 2, end: "2020-06-30" });
  });

  test("empty → none", () => {
    for (const text of ["", "  ", null, undefined])
      expect(due(text)).toEqual({ raw: "", kind: "none", value: null, end: null });
  });

  test("without a report year there is no end, except for dates and years that carry their own", () => {
    expect(due("Kvartal 2", null)).toEqual({
      raw: "Kvartal 2",
      kind: "quarter",
      value: 2,
      end: null,
    });
    expect(due("Maj", null).end).toBeNull();
    expect(due("Delrapport 2", null).end).toBeNull();
    expect(due("28 maj", null)).toMatchObject({ kind: "date", value: "--05-28", end: null });
    expect(due("2020-05-28", null).end).toBe("2020-05-28");
    expect(due("2025/2026", null).end).toBe("2026-12-31");
    expect(due("Tertial 2, 2020", null).end).toBe("2020-08-31");
  });

  test("leap years: Februari and 29 februari", () => {
    expect(due("Februari", 2021).end).toBe("2021-02-28");
    expect(due("29 februari", 2021)).toMatchObject({ kind: "date", value: "--02-29", end: null });
    expect(due("29 februari 2024").value).toBe("2024-02-29");
  });

  test("Excel date serial numbers become dates; whole years stay years", () => {
    expect(due(43979)).toEqual({
      raw: "43979",
      kind: "date",
      value: "2020-05-28",
      end: "2020-05-28",
    });
    expect(due(43979.75).value).toBe("2020-05-28");
    expect(due(2021)).toEqual({ raw: "2021", kind: "year", value: "2021", end: "2021-12-31" });
    expect(excelSerialToIsoDate(36526)).toBe("2000-01-01");
    expect(excelSerialToIsoDate(45291)).toBe("2023-12-31");
  });

  test("numbers that are neither a year nor a plausible date are unknown", () => {
    for (const value of [2, -5, 0.5, 150000, Number.NaN, Number.POSITIVE_INFINITY]) {
      const parsed = due(value);
      expect(parsed.kind).toBe("none");
    }
    expect(isDueUnknown(due(2))).toBe(true);
  });

  test("unreadable text is kind none with raw kept: isDueUnknown", () => {
    for (const text of ["Löpande", "Snarast", "2020-02-30", "Kvartal 5", "xyz"]) {
      const parsed = due(text);
      expect(parsed).toEqual({ raw: text, kind: "none", value: null, end: null });
      expect(isDueUnknown(parsed)).toBe(true);
    }
    expect(isDueUnknown(due(""))).toBe(false);
    expect(isDueUnknown(due("Q2"))).toBe(false);
    expect(isDueUnknown(due("Se objektsplan"))).toBe(false);
  });

  test("several dues on separate lines: the latest", () => {
    expect(kindValue("Q3\n\nQ4")).toEqual(["quarter", 4, "2020-12-31"]);
    expect(kindValue("Maj\nDecember")).toEqual(["month", 12, "2020-12-31"]);
    expect(kindValue("Kvartal 4\nKvartal 1")).toEqual(["quarter", 4, "2020-12-31"]);
  });
});

describe("dueToAllowedTerm and dueSuggestion", () => {
  const allowed = (text: string) => dueToAllowedTerm(due(text), standardProfile);
  const suggestion = (text: string) => dueSuggestion(due(text), standardProfile);

  test("a quarter in any spelling → its Kvartal term", () => {
    expect(["Kvartal 2", "Q2", "kv 2", "Kv2", "KVARTAL 2", "2:a kvartalet"].map(allowed)).toEqual(
      Array(6).fill("Kvartal 2"),
    );
    expect(allowed("Q4")).toBe("Kvartal 4");
  });

  test("a month or a date → the quarter containing it (SPEC: Maj → Kvartal 2)", () => {
    expect(allowed("Maj")).toBe("Kvartal 2");
    expect(allowed("December")).toBe("Kvartal 4");
    expect(allowed("Augusti")).toBe("Kvartal 3");
    expect(allowed("2020-05-28")).toBe("Kvartal 2");
    expect(allowed("28 maj")).toBe("Kvartal 2");
    expect(dueToAllowedTerm(due(43979), standardProfile)).toBe("Kvartal 2");
  });

  test("tertials, reports and years have no equivalent: a suggestion instead (the quarter they end in)", () => {
    for (const text of ["Tertial 2", "Delrapport 2", "Verksamhetsberättelse", "2021", "2025/2026"])
      expect(allowed(text)).toBeNull();
    expect(suggestion("Delrapport 1")).toBe("Kvartal 2");
    expect(suggestion("Delrapport 2")).toBe("Kvartal 3");
    expect(suggestion("Delårsrapport")).toBe("Kvartal 3");
    expect(suggestion("Verksamhetsberättelse")).toBe("Kvartal 4");
    expect(suggestion("Tertial 1")).toBe("Kvartal 2");
    expect(suggestion("T2")).toBe("Kvartal 3");
    expect(suggestion("Tertial 3")).toBe("Kvartal 4");
    expect(suggestion("2025/2026")).toBe("Kvartal 4");
    expect(suggestion("VT 2021")).toBe("Kvartal 2");
    expect(suggestion("HT")).toBe("Kvartal 4");
  });

  test("no suggestion where an equivalent exists, nor for references and unknowns", () => {
    for (const text of ["Q2", "Maj", "Se objektsplan", "Löpande", ""])
      expect(suggestion(text)).toBeNull();
    for (const text of ["Se objektsplan", "Löpande", ""]) expect(allowed(text)).toBeNull();
  });

  test("a profile that allows months maps dates to the month term", () => {
    const result = parseProfile({
      ...standardProfile,
      due: {
        ...standardProfile.due,
        allowedKinds: ["month"],
        allowedTerms: ["April", "Augusti", "December"],
      },
    });
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const profile = result.profile;
    expect(dueToAllowedTerm(parseDue("aug", 2020, profile), profile)).toBe("Augusti");
    expect(dueToAllowedTerm(parseDue("2020-08-15", 2020, profile), profile)).toBe("Augusti");
    expect(dueSuggestion(parseDue("Delrapport 2", 2020, profile), profile)).toBe("Augusti");
    expect(dueSuggestion(parseDue("Tertial 1", 2020, profile), profile)).toBe("April");
  });
});
