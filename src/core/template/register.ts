/**
 * Reading the template's "Uppdrag" sheet back into register entries (the inverse of
 * buildRegisterSheet), so a template round-trips with its register.
 */
import type { Grid } from "../grid";
import type { AssignmentScope, RegisterEntry } from "../model";
import { parseAssignmentRefs } from "../parse";
import { foldKey } from "../text/normalize";
import { BOARD_SEPARATOR, REGISTER_COLUMNS, scopeFromLabel } from "./layout";

function cellText(grid: Grid, row: number, col: number): string {
  const cell = grid.rows[row]?.[col];
  return cell ? cell.text.trim() : "";
}

function integerOrNull(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** Entries of a register sheet laid out as REGISTER_COLUMNS (header found in the first rows); [] when there is none. */
export function readRegisterGrid(grid: Grid): RegisterEntry[] {
  const wanted = REGISTER_COLUMNS.map((title) => foldKey(title));
  const headerIndex = grid.rows
    .slice(0, 10)
    .findIndex(
      (row) =>
        foldKey(row[0]?.text ?? "") === wanted[0] && foldKey(row[2]?.text ?? "") === wanted[2],
    );
  if (headerIndex < 0) return [];
  const entries: RegisterEntry[] = [];
  for (let r = headerIndex + 1; r < grid.rows.length; r++) {
    const reference = cellText(grid, r, 0);
    const text = cellText(grid, r, 2);
    if (reference === "" && text === "") continue;
    const ref = parseAssignmentRefs(reference)[0];
    const scope: AssignmentScope =
      scopeFromLabel(cellText(grid, r, 3)) ?? ref?.scope ?? "unspecified";
    const boards = cellText(grid, r, 5);
    entries.push({
      number: integerOrNull(cellText(grid, r, 1)) ?? ref?.number ?? null,
      text,
      scope,
      year: integerOrNull(cellText(grid, r, 4)),
      boards:
        boards === ""
          ? []
          : boards
              .split(BOARD_SEPARATOR.trim())
              .map((b) => b.trim())
              .filter((b) => b !== ""),
    });
  }
  return entries;
}
