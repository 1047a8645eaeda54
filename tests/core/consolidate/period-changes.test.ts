/**
 * Jämförelse med förra perioden on real data: the KOF 2020 delår seed against a helår version
 * derived from it (tests/fixtures/period/README.md lists every change), plus fuzzy matching on
 * reworded activity texts and ties that must not be guessed.
 */
import { countFindings } from "../../../src/core/validate/validation-report";
import { activitySimilarity, comparePeriods, consolidate, periodActivitiesFromRows, FUZZY_THRESHOLD, type PeriodActivity } from "../../../src/core/consolidate";
import { structureSheets } from "../../../src/core/structure";
import { validateReport } from "../../../src/core/validate";
import { standardProfile } from "../../../src/core/profile/load";
import { fixtureToGrids, loadSeedFixture, type Fixture } from "../../fixtures/seeds/format";
import { helarSheets } from "../../fixtures/period/load";

function rowsOf(sheets: Fixture["sheets"], file: string) {
  const results = structureSheets(fixtureToGrids({ sheets } as Fixture), { profile: standardProfile });
  const inputs = results.flatMap((r) => (r.ok ? [{ file, ok: true as const, report: r.report, stats: countFindings(validateReport(r.report, { profile: standardProfile })), stamp: "not_validated" as const, rowsRead: 0 }] : []));
  return consolidate(inputs, { register: [], profile: standardProfile, now: new Date("2021-01-31T00:00:00Z") });
}

const delar = rowsOf(loadSeedFixture("kof-2020-delar").sheets, "kof-2020-delar.xlsx");
const helar = rowsOf(helarSheets(), "kof-2020-helar.xlsx");
const short = (a: PeriodActivity) => a.activity.slice(0, 40);

describe("KOF 2020: delår → helår", () => {
  const comparison = comparePeriods(periodActivitiesFromRows(delar.rows), periodActivitiesFromRows(helar.rows), ["kof-2020-delar.xlsx"]);
  const kof = comparison.organisations[0]!;

  it("the derived helår report is read as the year-end report of the same organisation", () => {
    expect(helar.sources[0]!.period).toBe("helar");
    expect(comparison.organisations.map((o) => o.organisation)).toEqual(["Kultur- och fritidsförvaltningen"]);
    expect(comparison.newOrganisations).toEqual([]);
    expect(comparison.notReportedNow).toEqual([]);
  });

  it("finds every status change of the README, and no other", () => {
    expect(kof.statusChanges.map((c) => [short(c.current), c.previous.category, c.current.category, c.match])).toEqual([
      ["Utveckla Friluftsmuseet Gamla Linköping.", "ongoing", "postponed", "exact"],
      ["Vidareutveckla programverksamheten inom ", "ongoing", "done", "exact"],
      ["Ta fram en handlingsplan för Kulturpolit", "ongoing", "delayed", "exact"],
      ["Genomföra trygghetsskapande åtgärder vid", "delayed", "done", "exact"],
      ["Vidareutveckla målgruppsanpassad marknad", "delayed", "cancelled", "exact"],
      ["Samordning av nämndens arrangemang", "ongoing", "delayed", "exact"],
      ["Utveckling av de administrativa processe", "ongoing", "done", "fuzzy"],
    ]);
  });

  it("finds the new activity, the one that vanished unfinished, and not the one removed when done", () => {
    expect(kof.new.map(short)).toEqual(["Genomföra en översyn av lokalkostnader i"]);
    expect(kof.vanished.map((v) => [short(v), v.category])).toEqual([["Utveckla befintlig stödstruktur för EU-f", "delayed"]]);
    expect(kof.vanished.some((v) => v.activity.startsWith("Avveckling av Linköpings filmsalonger"))).toBe(false);
    expect(kof.ties).toEqual([]);
  });

  it("matches both reworded activities fuzzily above the threshold", () => {
    expect(kof.fuzzy.map((m) => [short(m.previous), short(m.current)])).toEqual([
      ["Utveckling av verksamhet genom konceptet", "Utveckla verksamheten genom konceptet Bo"],
      ["Utveckla administrativa processer för ko", "Utveckling av de administrativa processe"],
    ]);
    for (const m of kof.fuzzy) expect(m.similarity).toBeGreaterThanOrEqual(FUZZY_THRESHOLD);
  });

  it("carries over every activity unfinished at delår that is still there", () => {
    const unfinishedBefore = delar.rows.filter((r) => !["done", "cancelled", "not_applicable"].includes(r.activity.status.category));
    // All but the one that vanished are matched and carried over.
    expect(kof.carriedOver).toHaveLength(unfinishedBefore.length - 1);
    expect(kof.carriedOver.map((m) => short(m.previous))).toContain("Ta fram en handlingsplan för Kulturpolit");
    expect(kof.carriedOver.every((m) => m.previous.category !== "done")).toBe(true);
  });
});

describe("fuzzy matching", () => {
  const item = (activity: string, category: PeriodActivity["category"] = "ongoing", goal = "Hållbar verksamhet", organisation = "Miljöförvaltningen"): PeriodActivity => ({
    organisation,
    goal,
    activity,
    status: category,
    category,
  });

  it.each([
    ["Ta fram en ny avfallsplan för kommunen", "Framtagande av en ny avfallsplan för kommunen"],
    ["Öka andelen e-möten", "Öka andelen e-möten (fortsättning från 2020)"],
    ["Inventera förorenade områden i kommunen.", "inventera förorenade OMRÅDEN i kommunen"],
    ["Implementera nytt ärendehanteringssystem", "Implementering av det nya ärendehanteringssystemet"],
  ])("%s ≈ %s", (before, after) => {
    const result = comparePeriods([item(before)], [item(after, "done")]).organisations[0]!;
    expect(result.statusChanges).toHaveLength(1);
    expect(result.new).toEqual([]);
    expect(result.vanished).toEqual([]);
  });

  it.each([
    ["Ta fram en ny avfallsplan för kommunen", "Genomföra en kampanj om cykelpendling"],
    // Two real KOF 2020 activities that share words and a suffix, but are different activities.
    ["Utveckling av Ryd Sportcenter (fortsättning från 2019)", "Utredning om utveckling av Ryd motionscentrum (fortsättning från 2019)"],
  ])("different activities of the same organisation stay apart (below the threshold): %s / %s", (before, after) => {
    expect(activitySimilarity(item(before), item(after))).toBeLessThan(FUZZY_THRESHOLD);
    const result = comparePeriods([item(before)], [item(after)]).organisations[0]!;
    expect(result.new.map((a) => a.activity)).toEqual([after]);
    expect(result.vanished.map((a) => a.activity)).toEqual([before]);
  });

  it("never matches across organisations", () => {
    const result = comparePeriods([item("Öka andelen e-möten", "ongoing", "Mål", "A")], [item("Öka andelen e-möten", "ongoing", "Mål", "B")]);
    expect(result.newOrganisations).toEqual(["B"]);
    expect(result.notReportedNow).toEqual(["A"]);
  });

  it("a tie is shown with its candidates, never guessed", () => {
    const previous = [item("Utveckla Berga by etapp 1"), item("Utveckla Berga by etapp 2")];
    const result = comparePeriods(previous, [item("Utveckla Berga by etapp 3")]).organisations[0]!;
    expect(result.ties).toHaveLength(1);
    expect(result.ties[0]!.previous.map((a) => a.activity)).toEqual(["Utveckla Berga by etapp 1", "Utveckla Berga by etapp 2"]);
    expect(result.ties[0]!.current.map((a) => a.activity)).toEqual(["Utveckla Berga by etapp 3"]);
    expect(result.statusChanges).toEqual([]);
    expect(result.new).toEqual([]);
    expect(result.vanished).toEqual([]);
  });

  it("a report rewritten from scratch is compared exactly only, and says so (bounded work)", () => {
    const many = (prefix: string) => Array.from({ length: 600 }, (_, i) => item(`${prefix} aktivitet nummer ${i}`));
    const result = comparePeriods(many("Gammal"), [...many("Ny"), item("Gammal aktivitet nummer 7")]).organisations[0]!;
    expect(result.fuzzySkipped).toBe(true);
    expect(result.statusChanges).toEqual([]);
    expect(result.new).toHaveLength(600);
    expect(result.vanished).toHaveLength(599);
    expect(comparePeriods([item("Öka andelen e-möten")], [item("Öka andelen e-möten!")]).organisations[0]!.fuzzySkipped).toBe(false);
  });

  it("an exact twin wins over a fuzzy rival, and repeated texts pair one to one", () => {
    const previous = [item("Öka andelen e-möten"), item("Öka andelen e-möten", "delayed")];
    const result = comparePeriods(previous, [item("Öka andelen e-möten", "done"), item("Öka andelen e-möten", "done")]).organisations[0]!;
    expect(result.statusChanges.map((c) => [c.previous.category, c.match])).toEqual([
      ["ongoing", "exact"],
      ["delayed", "exact"],
    ]);
  });
});
