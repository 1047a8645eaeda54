/**
 * Structuring follow-ups published by other organisations than the seeds' (issue 15): their
 * layouts and wording differ from the five seeds, and the acceptance is recall ≥ 95 %, status
 * accuracy ≥ 95 %, no grouping row taken as an activity, and a report that explains each column.
 */
import { standardProfile } from "../../../src/core/profile/load";
import { accountCells, structureSheets } from "../../../src/core/structure";
import { fixtureToGrids } from "../../fixtures/seeds/format";
import { loadOtherFixtures } from "../../fixtures/other/format";
import { compareWithFixture, describeMismatches } from "./compare";

const fixtures = loadOtherFixtures();
const ACCEPTANCE = 0.95;

describe("structuring follow-ups from other organisations", () => {
  it("has fixtures to check", () => expect(fixtures.length).toBeGreaterThan(0));

  describe.each(fixtures.map((fixture) => [fixture.id, fixture] as const))("%s", (_id, fixture) => {
    const grids = fixtureToGrids(fixture);
    const results = structureSheets(grids, { profile: standardProfile, file: `${fixture.id}.xlsx` });
    const comparison = compareWithFixture(fixture, results);

    it("finds at least 95 % of the activities", () => {
      const found = comparison.expected - comparison.missing.length;
      if (found / comparison.expected < ACCEPTANCE) throw new Error(`${found} av ${comparison.expected}: ${JSON.stringify(comparison.missing, null, 1)}`);
    });

    it("takes no grouping or title row as an activity", () => {
      expect(comparison.extra).toEqual([]);
    });

    it("gets the status right for at least 95 % of the activities", () => {
      if (comparison.accuracy.status < ACCEPTANCE) throw new Error(describeMismatches(comparison.mismatches, ["status"]));
    });

    it("gets the responsible, due and activity text right (reported)", () => {
      const fields = (["responsible", "due", "activity", "comment"] as const).filter((field) => comparison.accuracy[field] < ACCEPTANCE);
      if (fields.length > 0) throw new Error(describeMismatches(comparison.mismatches, fields));
    });

    it("reads the year and period", () => {
      const first = results.find((r) => r.ok);
      if (!first || !first.ok) throw new Error("no report");
      expect({ year: first.report.year, period: first.report.period }).toEqual({ year: fixture.expected.year, period: fixture.expected.period });
    });

    it("explains which evidence decided each column", () => {
      for (const result of results) {
        if (!result.ok) continue;
        const columns = new Set(Object.values(result.report.columns ?? {}));
        const explained = result.notes.filter((note) => note.kind === "column");
        expect(explained.length).toBeGreaterThanOrEqual(columns.size);
      }
    });

    it("loses no cell", () => {
      const lost = grids.flatMap((grid) => {
        const result = results.find((r) => (r.ok ? r.report.sheet : r.sheet) === grid.sheet);
        return result ? accountCells(grid, result).map((c) => `${grid.sheet}!${c.cell} (${c.why}): ${c.text.slice(0, 60)}`) : [];
      });
      expect(lost).toEqual([]);
    });
  });
});
