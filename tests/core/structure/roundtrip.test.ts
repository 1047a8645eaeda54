/**
 * The standard template reads back as written (issue 3 acceptance): template → structure →
 * template gives equal data, for the template made from every seed fixture and for an empty one.
 */
import type { Report } from "../../../src/core/model";
import { standardProfile } from "../../../src/core/profile/load";
import { accountCells, structureSheets, type StructureResult } from "../../../src/core/structure";
import { buildTemplateSheets, emptyMeta } from "../../../src/core/template";
import { fixtureToGrids, loadSeedFixtures } from "../../fixtures/seeds/format";
import { specToGrid } from "./specgrid";

function firstReport(results: StructureResult[]): Extract<StructureResult, { ok: true }> {
  const ok = results.find((r) => r.ok);
  if (!ok || !ok.ok) throw new Error(results.map((r) => (r.ok ? "" : r.message)).join("\n"));
  return ok;
}

function templateOf(report: Report, register: Extract<StructureResult, { ok: true }>["register"]) {
  const { activities, ...meta } = report;
  return buildTemplateSheets({ meta, activities, profile: standardProfile, register });
}

describe("template → structure → template", () => {
  const fixtures = loadSeedFixtures();
  it.each(fixtures.map(({ fixture }) => [fixture.id, fixture] as const))("%s round-trips", (_id, fixture) => {
    const original = firstReport(structureSheets(fixtureToGrids(fixture), { profile: standardProfile }));
    const first = templateOf(original.report, original.register);
    const grids = first.map(specToGrid);
    const reread = firstReport(structureSheets(grids, { profile: standardProfile }));
    const second = templateOf(reread.report, reread.register);

    expect(second[0]!.table!.rows).toEqual(first[0]!.table!.rows);
    expect(second[0]!.cells.map((c) => [c.row, c.col, c.value])).toEqual(first[0]!.cells.map((c) => [c.row, c.col, c.value]));
    expect(second[1]!.table!.rows).toEqual(first[1]!.table!.rows);

    // The data itself, not only its rendering: the template writes the canonical status term (so
    // status.raw and inferred change once), everything else reads back as structured.
    const strip = (report: Report) =>
      report.activities.map(({ id: _i, parentId: _p, source: _s, status, ...rest }) => ({ ...rest, category: status.category, label: status.label }));
    expect(strip(reread.report)).toEqual(strip(original.report));
    // From then on the template is a fixed point.
    const again = firstReport(structureSheets(second.map(specToGrid), { profile: standardProfile }));
    expect(again.report.activities.map(({ source: _s, ...rest }) => rest)).toEqual(reread.report.activities.map(({ source: _s, ...rest }) => rest));
    for (const key of ["organisation", "board", "year", "period", "cutoff", "profile"] as const) expect(reread.report[key]).toEqual(original.report[key]);
    expect(reread.register).toEqual(original.register);
    expect(reread.unplaced).toEqual([]);
    expect(accountCells(grids[0]!, reread)).toEqual([]);
  });

  it("reads an empty template as a report without activities", () => {
    const specs = buildTemplateSheets({ meta: { ...emptyMeta("standard"), organisation: "Kultur- och fritidsförvaltningen", year: 2025, period: "delar" }, activities: [], profile: standardProfile, register: [] });
    const result = firstReport(structureSheets(specs.map(specToGrid), { profile: standardProfile }));
    expect(result.report.activities).toEqual([]);
    expect(result.report).toMatchObject({ organisation: "Kultur- och fritidsförvaltningen", year: 2025, period: "delar", cutoff: "2025-08-31", headerRow: 7 });
    expect(result.report.columns).toEqual({ perspective: 1, commonGoal: 2, goal: 3, activity: 4, assignmentRefs: 5, due: 6, responsible: 7, status: 8, comment: 9 });
  });
});
