/**
 * The HTML report as a kommunledning uses it (issue 16): no fixed-width chart, a print
 * stylesheet for A4 portrait, bars as counts and as shares, categories told apart by colour and
 * pattern, a Swedish date, what "Läge" means, and the uppdrag grouped with texts on demand.
 * (Printing to PDF in Chromium is checked in tests/e2e/html-report.e2e.test.ts.)
 */
import { countFindings } from "../../../src/core/validate/validation-report";
import { standardProfile } from "../../../src/core/profile/load";
import { consolidate, renderSummaryHtml, swedishDate, CATEGORY_BAR_COLOURS } from "../../../src/core/consolidate";
import { CATEGORY_PATTERNS } from "../../../src/core/consolidate/summary-html-style";
import { seedSummary } from "../../taskpane/seed-data";
import { fixtureToGrids, loadSeedFixture } from "../../fixtures/seeds/format";
import { structureSheets } from "../../../src/core/structure";
import { validateReport } from "../../../src/core/validate";

const summary = seedSummary();
const html = renderSummaryHtml(summary, standardProfile);

describe("the HTML report", () => {
  it("has no fixed pixel width: no SVG with a width, no element wider than its container", () => {
    expect(html).not.toMatch(/<svg[^>]*width="\d+"/);
    expect(html).not.toMatch(/(?<![-\w])width:\s*\d{3,}px/);
  });

  it("prints on A4 portrait with a page per section and the table headers repeated", () => {
    expect(html).toMatch(/@page\{size:A4 portrait/);
    expect(html).toMatch(/@media print\{[\s\S]*section\.page\{break-before:page\}/);
    expect(html).toMatch(/thead\{display:table-header-group\}/);
    expect(html.match(/<section class="page">/g)).toHaveLength(4);
  });

  it("shows the bars as counts and as shares (every bar 100 %)", () => {
    expect(html).toContain("Antal aktiviteter per förvaltning och status");
    expect(html).toContain("Andel per förvaltning och status, 100 %");
    const shareChart = html.slice(html.indexOf("Andel per förvaltning"));
    const firstBar = shareChart.slice(shareChart.indexOf('<span class="bar">'), shareChart.indexOf('<span class="bar-figure">'));
    const widths = [...firstBar.matchAll(/width:([\d.]+)%/g)].map((m) => Number(m[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 1);
  });

  it("Kvarstår, Flyttad and Ej påbörjad differ in colour and in pattern", () => {
    const colours = new Set([CATEGORY_BAR_COLOURS.delayed, CATEGORY_BAR_COLOURS.postponed, CATEGORY_BAR_COLOURS.not_started]);
    expect(colours.size).toBe(3);
    const patterns = new Set([CATEGORY_PATTERNS.delayed, CATEGORY_PATTERNS.postponed, CATEGORY_PATTERNS.not_started]);
    expect(patterns.size).toBe(3);
    expect([...patterns].every(Boolean)).toBe(true);
    for (const category of ["delayed", "postponed", "not_started"]) expect(html).toMatch(new RegExp(`\\.c-${category}\\{background:[^}]*gradient`));
  });

  it("is dated in Swedish, not ISO with milliseconds", () => {
    expect(swedishDate("2026-12-06T10:15:00.123Z")).toBe("6 december 2026");
    expect(html).toContain(`Sammanställd ${swedishDate(summary.generatedAt)}`);
    expect(html).not.toContain(summary.generatedAt);
  });

  it("says what Läge is computed from", () => {
    expect(html).toMatch(/Läge: grön när minst 80 %[^<]*gul från 60 %/);
  });

  it("groups the uppdrag: coverage in a line, the activities behind <details>", () => {
    const grids = fixtureToGrids(loadSeedFixture("an-2024-delar"));
    const result = structureSheets(grids, { profile: standardProfile }).find((r) => r.ok);
    if (!result?.ok) throw new Error("no report");
    const findings = validateReport(result.report, { profile: standardProfile });
    const an = consolidate(
      [{ file: "an.xlsx", ok: true, report: result.report, stats: countFindings(findings), stamp: "not_validated", rowsRead: 1, register: result.register }],
      { register: [], profile: standardProfile, now: new Date("2026-12-06T10:00:00Z") },
    );
    const page = renderSummaryHtml(an, standardProfile);
    const section = page.slice(page.indexOf("<h2>Kommungemensamma uppdrag"), page.indexOf("<h2>Avvikelser"));
    expect(section).not.toContain("<table");
    const blocks = section.match(/<div class="assignment">/g) ?? [];
    expect(blocks).toHaveLength(an.coverage.length);
    expect(section).toMatch(/Rapporterat av 1 av 1 förvaltningar/);
    expect(section).toMatch(/<details><summary>Visa (aktiviteten|de \d+ aktiviteterna)<\/summary><ul><li>/);
    expect(section).not.toContain("(finns inte i registret)");
  });
});
