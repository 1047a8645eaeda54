/**
 * What an adapter would read back from a written SheetSpec: its cells and its table as a Grid.
 * Numbers stay numbers (a year typed as 2020), text stays text, null is an empty cell.
 */
import { parseAddress, parseRange, type Cell, type Grid } from "../../../src/core/grid";
import type { SheetSpec, SpecValue } from "../../../src/core/sheetspec";

function toCell(value: SpecValue): Cell | null {
  if (value === null || value === "") return null;
  if (typeof value === "number") return { kind: "number", text: String(value), value };
  if (typeof value === "boolean") return { kind: "boolean", text: value ? "SANT" : "FALSKT", value };
  return { kind: "text", text: value, value };
}

export function specToGrid(spec: SheetSpec): Grid {
  const rows: (Cell | null)[][] = [];
  const put = (row: number, col: number, value: SpecValue): void => {
    while (rows.length < row) rows.push([]);
    const cells = rows[row - 1]!;
    while (cells.length < col) cells.push(null);
    cells[col - 1] = toCell(value);
  };
  for (const cell of spec.cells) put(cell.row, cell.col, cell.value);
  if (spec.table) {
    const { row, col } = parseAddress(spec.table.topLeft);
    spec.table.columns.forEach((title, i) => put(row, col + i, title));
    spec.table.rows.forEach((values, r) => values.forEach((value, i) => put(row + 1 + r, col + i, value)));
  }
  return { sheet: spec.name, rows, merges: (spec.merges ?? []).map(parseRange) };
}
