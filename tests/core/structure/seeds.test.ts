/**
 * The acceptance test of the structuring engine: every seed fixture (a hand transcription of a
 * real report) structured, compared with the activities decided by hand, and checked for lost cells.
 */
import { standardProfile } from "../../../src/core/profile/load";
import { accountCells, structureSheets } from "../../../src/core/structure";
import { fixtureToGrids, loadSeedFixtures } from "../../fixtures/seeds/format";
import { compareWithFixture, describeMismatches, type ComparedField } from "./compare";

const fixtures = loadSeedFixtures();
/** SPEC acceptance: status category, due kind/value and perspective right for ≥ 98 % of activities. */
const ACCEPTANCE_FIELDS: readonly ComparedField[] = ["status", "due", "perspective"];
const ACCEPTANCE = 0.98;

describe("structuring the seed fixtures", () => {
  it("has fixtures to check", () => expect(fixtures.length).toBeGreaterThan(0));

  const table = fixtures.map(({ fixture }) => [fixture.id, fixture] as const);
  if (table.length > 0)
    describe.each(table)("%s", (_id, fixture) => {
      const grids = fixtureToGrids(fixture);
      const results = structureSheets(grids, { profile: standardProfile, file: `${fixture.id}.xlsx` });
      const comparison = compareWithFixture(fixture, results);

      it("structures at least one sheet", () => {
        expect(results.filter((r) => r.ok).length).toBeGreaterThan(0);
      });

      it("finds every expected activity (recall 100 %)", () => {
        expect(comparison.missing).toEqual([]);
      });

      it("finds no activities the fixture does not list", () => {
        expect(comparison.extra).toEqual([]);
      });

      it.each(ACCEPTANCE_FIELDS.map((f) => [f]))("gets %s right for at least 98 % of activities", (field) => {
        const accuracy = comparison.accuracy[field as ComparedField];
        if (accuracy < ACCEPTANCE) throw new Error(`${field}: ${(accuracy * 100).toFixed(1)} %\n${describeMismatches(comparison.mismatches, [field as ComparedField])}`);
      });

      it("reads the header block", () => {
        const first = results.find((r) => r.ok);
        if (!first || !first.ok) throw new Error("no report");
        const { organisation, board, year, period } = first.report;
        expect({ organisation, board, year, period }).toEqual({
          organisation: fixture.expected.organisation,
          board: fixture.expected.board,
          year: fixture.expected.year,
          period: fixture.expected.period,
        });
      });

      it("loses no cell", () => {
        const lost = grids.flatMap((grid) => {
          const result = results.find((r) => (r.ok ? r.report.sheet : r.sheet) === grid.sheet);
          return result ? accountCells(grid, result).map((c) => `${grid.sheet}!${c.cell} (${c.why}): ${c.text.slice(0, 60)}`) : [];
        });
        expect(lost).toEqual([]);
      });

      it("reports its numbers honestly", () => {
        for (const result of results) {
          if (!result.ok) continue;
          expect(result.stats.activities).toBe(result.report.activities.length);
          expect(result.stats.unplaced).toBe(result.unplaced.length);
        }
      });

      it("gets the other fields right too (reported)", () => {
        const others = (["goal", "commonGoal", "activity", "comment", "responsible", "assignmentRefs", "parent"] as const).filter(
          (field) => comparison.accuracy[field] < ACCEPTANCE,
        );
        if (others.length > 0) throw new Error(describeMismatches(comparison.mismatches, others));
      });
    });
});
