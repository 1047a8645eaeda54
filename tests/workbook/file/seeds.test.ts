/**
 * Every seed fixture written as an .xlsx (as `uppfoljning examples` does) and read back through
 * the file adapter gives exactly the grid the fixture describes: text, merges, multi-line cells.
 */
import type { Grid } from "../../../src/core/grid";
import { fixtureBytes } from "../../../src/cli/commands/examples";
import { FileWorkbook } from "../../../src/workbook/file";
import { fixtureToGrids, loadSeedFixtures } from "../../fixtures/seeds/format";

/** Rows without trailing empty cells and without trailing empty rows, for comparison. */
function trimmed(grid: Grid): Grid {
  const rows = grid.rows.map((row) => {
    const copy = [...row];
    while (copy.length > 0 && (copy[copy.length - 1] ?? null) === null) copy.pop();
    return copy.map((cell) => cell ?? null);
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return {
    ...grid,
    rows,
    merges: [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left),
  };
}

describe.each(loadSeedFixtures().map(({ fixture }) => [fixture.id, fixture] as const))(
  "seed fixture %s as an .xlsx",
  (_id, fixture) => {
    it("reads back as the fixture's grids", async () => {
      const workbook = await FileWorkbook.open(await fixtureBytes(fixture));
      const expected = fixtureToGrids(fixture).map(trimmed);
      const read = await Promise.all(fixture.sheets.map((sheet) => workbook.readSheet(sheet.name)));
      expect(read.map(trimmed)).toEqual(expected);
    });
  },
);
