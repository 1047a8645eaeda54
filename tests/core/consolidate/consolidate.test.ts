import { consolidate, ConservationError, assertConservation, buildSummarySheets, renderSummaryHtml } from "../../../src/core/consolidate";
import type { ConsolidationInput } from "../../../src/core/consolidate";
import type { Activity, Report, StatusCategory } from "../../../src/core/model";
import { standardProfile } from "../../../src/core/profile/load";

let nextRow = 10;
function activity(text: string, category: StatusCategory, extra: Partial<Activity> = {}): Activity {
  const row = nextRow++;
  return {
    id: `r${row}`,
    parentId: null,
    perspective: "Samhälle",
    commonGoal: null,
    goal: "Ett mångfasetterat kultur-, fritids- och idrottsliv",
    activity: text,
    assignmentRefs: [],
    due: { raw: "Kvartal 2", kind: "quarter", value: 2, end: "2020-06-30" },
    responsible: null,
    status: { raw: category, category, label: category === "missing" ? null : category, inferred: false },
    comment: null,
    source: { sheet: "Uppföljning", row, rows: [row] },
    ...extra,
  };
}

function report(organisation: string, activities: Activity[], overrides: Partial<Report> = {}): Report {
  return {
    organisation,
    board: null,
    year: 2020,
    period: "delar",
    cutoff: "2020-08-31",
    profile: "standard",
    sheet: "Uppföljning",
    activities,
    ...overrides,
  };
}

function ok(file: string, r: Report): ConsolidationInput {
  return { file, ok: true, report: r, stats: { error: 0, warning: 0, info: 0 }, stamp: "not_validated", rowsRead: r.activities.length + 3 };
}

const kof = report("Kultur- och fritidsförvaltningen", [
  activity("Genomföra en översyn av museer", "done", {
    assignmentRefs: [{ scope: "kommungemensamt", number: 1 }],
  }),
  activity("Utveckla Friluftsmuseet Gamla Linköping", "ongoing"),
  activity("Ta fram en handlingsplan för Kulturpolitiskt program", "delayed", { comment: "Försenat av pandemin" }),
]);
const bun = report("Utbildningsförvaltningen", [
  activity("Fortsätta arbetet med civil beredskap", "ongoing", { assignmentRefs: [{ scope: "unspecified", number: 1 }] }),
  activity("Införa ny skolplattform", "not_started", { due: { raw: "Kvartal 1", kind: "quarter", value: 1, end: "2020-03-31" } }),
  activity("Utreda lokalbehov", "missing"),
]);
const register = [
  { number: 1, text: "Samtliga nämnder ska fortsätta arbetet med civil beredskap.", scope: "kommungemensamt" as const, year: 2020, boards: [] },
  { number: 2, text: "Samtliga nämnder ska motverka segregation.", scope: "kommungemensamt" as const, year: 2020, boards: [] },
];
const now = new Date("2020-09-15T10:00:00Z");

describe("consolidate", () => {
  const summary = consolidate([ok("kof.xlsx", kof), ok("bun.xlsx", bun)], { register, profile: standardProfile, now });

  it("counts every activity per organisation and category, and the totals are their sum", () => {
    expect(summary.totals.activities).toBe(6);
    expect(summary.rows).toHaveLength(6);
    const kofSummary = summary.byOrganisation.find((o) => o.organisation === "Kultur- och fritidsförvaltningen")!;
    expect(kofSummary.byCategory).toMatchObject({ done: 1, ongoing: 1, delayed: 1, missing: 0 });
    expect(kofSummary.shares.done).toBeCloseTo(1 / 3);
    expect(summary.totals.byCategory).toMatchObject({ done: 1, ongoing: 2, delayed: 1, not_started: 1, missing: 1 });
    expect(summary.totals.byPerspective["Samhälle"]!.ongoing).toBe(2);
    expect(summary.conservation).toEqual({ sourceTotal: 6, tableRows: 6, ok: true });
  });

  it("lists delayed, missing and overdue not-started activities as deviations", () => {
    expect(summary.deviations.map((d) => [d.activity, d.reason])).toEqual([
      ["Ta fram en handlingsplan för Kulturpolitiskt program", "Försenad"],
      ["Införa ny skolplattform", "Ej påbörjad efter slutdatum"],
      ["Utreda lokalbehov", "Status saknas"],
    ]);
  });

  it("builds the coverage matrix with gaps where an organisation reported nothing", () => {
    const first = summary.coverage.find((row) => row.number === 1)!;
    expect(first.cells.map((c) => c.activities.length)).toEqual([1, 1]);
    const second = summary.coverage.find((row) => row.number === 2)!;
    expect(second.cells.every((c) => c.activities.length === 0)).toBe(true);
  });

  it("keeps an unreadable source in the source list with its reason", () => {
    const withBroken = consolidate(
      [ok("kof.xlsx", kof), { file: "trasig.xlsx", ok: false, error: "Filen är skadad." }],
      { register, profile: standardProfile, now },
    );
    expect(withBroken.sources.map((s) => [s.file, s.status, s.error])).toEqual([
      ["kof.xlsx", "ok", undefined],
      ["trasig.xlsx", "error", "Filen är skadad."],
    ]);
    expect(withBroken.totals.activities).toBe(3);
  });

  it("counts two sources for the same organisation and period once and says which was left out (duplicates.test.ts has more)", () => {
    const twice = consolidate([ok("a.xlsx", kof), ok("b.xlsx", kof)], { register, profile: standardProfile, now });
    expect(twice.totals.activities).toBe(3);
    expect(twice.sources[1]!.remarks.join(" ")).toMatch(/Räknas inte: dubblett av a\.xlsx/);
  });

  it("warns about mixed years and periods, empty sources and a missing register", () => {
    const mixed = consolidate(
      [ok("kof.xlsx", kof), ok("ks.xlsx", report("Kommunledningsförvaltningen", [], { year: 2018, period: "helar" }))],
      { register: [], profile: standardProfile, now },
    );
    expect(mixed.warnings.join(" ")).toMatch(/olika år: 2020, 2018/);
    expect(mixed.warnings.join(" ")).toMatch(/olika perioder/);
    expect(mixed.warnings.join(" ")).toMatch(/Inget uppdragsregister/);
    expect(mixed.sources[1]!.remarks).toEqual(["Inga aktiviteter hittades i källan."]);
  });

  it("refuses a summary whose counts disagree with the sources", () => {
    const broken = { ...summary, rows: summary.rows.slice(1) };
    expect(() => assertConservation(broken)).toThrow(ConservationError);
  });

  it("writes the five sheets with source text as plain values and the long table one row per activity", () => {
    const hostile = consolidate(
      [ok("x.xlsx", report("Förvaltning X", [activity("=HYPERLINK(\"http://evil\")", "delayed", { comment: "+cmd" })]))],
      { register, profile: standardProfile, now },
    );
    const sheets = buildSummarySheets(hostile, standardProfile);
    expect(sheets.map((s) => s.name)).toEqual(["Sammanställning", "Uppdrag", "Avvikelser", "Alla aktiviteter", "Källor", "Inlämning"]);
    const long = sheets[3]!;
    expect(long.table!.rows).toHaveLength(1);
    expect(long.table!.rows[0]).toContain('=HYPERLINK("http://evil")');
    expect(sheets.every((s) => s.cells.every((c) => c.formula === undefined))).toBe(true);
  });

  it("renders a self-contained HTML page with a bar chart and escaped text", () => {
    const html = renderSummaryHtml(summary, standardProfile);
    expect(html).toContain('class="bar-row"');
    expect(html).not.toMatch(/<script|<link|src="http/);
    const hostile = consolidate([ok("x.xlsx", report("<b>Org</b>", [activity("a", "done")]))], { register, profile: standardProfile, now });
    expect(renderSummaryHtml(hostile, standardProfile)).toContain("&#60;b&#62;Org&#60;/b&#62;");
  });
});
