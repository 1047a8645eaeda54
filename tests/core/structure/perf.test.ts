/**
 * Structuring 10,000 activity rows (issue 3: under 100 ms in the core, a benchmark, not a test).
 * Wall-clock bounds are flaky on a shared machine, so this test checks the result on a big sheet
 * and prints the time; the sheet comes from synthetic.ts, which a benchmark script can share.
 */
import { standardProfile } from "../../../src/core/profile/load";
import { accountCells, structureGrid } from "../../../src/core/structure";
import { syntheticGrid } from "./synthetic";

it("structures 10,000 activity rows, and says how long it took", () => {
  const grid = syntheticGrid(10_000);
  structureGrid(syntheticGrid(200), { profile: standardProfile }); // warm up parsers and caches
  const start = performance.now();
  const result = structureGrid(grid, { profile: standardProfile });
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(result.message);
  expect(result.report.activities).toHaveLength(10_000);
  expect(result.unplaced).toEqual([]);
  expect(accountCells(grid, result)).toEqual([]);
  console.log(`structureGrid: 10 000 aktivitetsrader på ${ms.toFixed(1)} ms`);
});
