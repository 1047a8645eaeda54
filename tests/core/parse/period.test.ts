import { cutoffFor, isValidIsoDate, parsePeriodPhrase } from "../../../src/core/parse";

describe("cutoffFor", () => {
  test("tertial1 → 30 april, delar → 31 augusti, helar → 31 december", () => {
    expect(cutoffFor(2020, "tertial1")).toBe("2020-04-30");
    expect(cutoffFor(2020, "delar")).toBe("2020-08-31");
    expect(cutoffFor(2023, "helar")).toBe("2023-12-31");
  });
});

describe("isValidIsoDate", () => {
  test("real calendar days only", () => {
    expect(isValidIsoDate("2020-02-29")).toBe(true);
    expect(isValidIsoDate("2024-12-31")).toBe(true);
    expect(isValidIsoDate("2020-02-30")).toBe(false);
    expect(isValidIsoDate("2021-02-29")).toBe(false);
    expect(isValidIsoDate("1900-02-29")).toBe(false);
    expect(isValidIsoDate("2000-02-29")).toBe(true);
    expect(isValidIsoDate("2020-13-01")).toBe(false);
    expect(isValidIsoDate("2020-04-31")).toBe(false);
    expect(isValidIsoDate("2020-4-30")).toBe(false);
    expect(isValidIsoDate("30 april 2020")).toBe(false);
    expect(isValidIsoDate("")).toBe(false);
  });
});

describe("parsePeriodPhrase", () => {
  test.each([
    ["per 31 augusti", { period: "delar" }],
    ["per den 31 augusti", { period: "delar" }],
    ["per 30 april", { period: "tertial1" }],
    ["per 31 december 2020", { period: "helar", year: 2020, cutoff: "2020-12-31" }],
    ["Delårsrapport", { period: "delar" }],
    ["Delårsrapport 2020", { period: "delar", year: 2020, cutoff: "2020-08-31" }],
    ["Årsredovisning/Verksamhetsberättelse", { period: "helar" }],
    ["Årsredovisning 2023", { period: "helar", year: 2023, cutoff: "2023-12-31" }],
    ["Tertialrapport", { period: "tertial1" }],
    // the seeds' header sentences
    [
      "Uppföljningen har fokus på om aktiviteterna är genomförda eller inte per den 31 december.",
      { period: "helar" },
    ],
    [
      "Uppföljningen har fokus på om aktiviteterna är genomförda eller \ninte per den 31 augusti. ",
      { period: "delar" },
    ],
    ["Utfall \nper 31 \naug. ", { period: "delar" }],
    [
      "Nedan redovisas nämndernas utfall per den sista augusti 2018.",
      { period: "delar", year: 2018, cutoff: "2018-08-31" },
    ],
    [
      "Kultur- och fritidsnämnden, per 31 aug 2020",
      { period: "delar", year: 2020, cutoff: "2020-08-31" },
    ],
    // Short titles: the period's own name, with or without a year.
    ["Helår 2024", { period: "helar", year: 2024, cutoff: "2024-12-31" }],
    ["Uppföljning helår", { period: "helar" }],
    ["Delårsuppföljning 2025", { period: "delar", year: 2025, cutoff: "2025-08-31" }],
    ["DELÅR 2023", { period: "delar", year: 2023, cutoff: "2023-08-31" }],
    ["Tertial 2 2025", { period: "delar", year: 2025, cutoff: "2025-08-31" }],
    ["Tertial 3", { period: "helar" }],
  ])("%s", (text, expected) => {
    expect(parsePeriodPhrase(text)).toEqual(expected);
  });

  test("no period named → null", () => {
    for (const text of [
      "",
      "Uppföljning av förvaltningens verksamhet och utveckling",
      "per 30 juni",
      "i flera delar av kommunen",
      "Delar av arbetet 2024",
      // "Delår 1" is the spring report in some municipalities: only an explicit date settles it.
      "Delår 1 2024",
      "per 31 februari",
    ]) {
      expect(parsePeriodPhrase(text)).toBeNull();
    }
  });

  test("an explicit cut-off date wins over a report name", () => {
    expect(parsePeriodPhrase("Delårsrapport per 30 april 2021")).toEqual({
      period: "tertial1",
      year: 2021,
      cutoff: "2021-04-30",
    });
  });
});
