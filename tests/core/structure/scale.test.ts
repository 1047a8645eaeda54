/**
 * Structuring at benchmark scale (10,000 activity rows). Its speed is a benchmark figure
 * (`npm run bench`), never measured here; the sheet comes from synthetic.ts.
 */
import { standardProfile } from "../../../src/core/profile/load";
import { accountCells, structureGrid } from "../../../src/core/structure";
import { syntheticGrid } from "./synthetic";

it("structures 10,000 activity rows with nothing lost", () => {
  const grid = syntheticGrid(10_000);
  const result = structureGrid(grid, { profile: standardProfile });
  if (!result.ok) throw new Error(result.message);
  expect(result.report.activities).toHaveLength(10_000);
  expect(result.unplaced).toEqual([]);
  expect(accountCells(grid, result)).toEqual([]);
});
