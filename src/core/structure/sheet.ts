/**
 * Reading a Grid the way the structuring engine needs it: trimmed cell text per row, and merged
 * areas resolved so a cell covered by a vertical merge can read the value of the area's top-left
 * cell.
 */
import { type Cell, type Grid } from "../grid";

/** Trimmed texts of one row, index c = column c+1; undefined for an empty cell. */
export type RowTexts = readonly (string | undefined)[];

const EMPTY_ROW: RowTexts = [];

/** Bigger than any Excel column count, so row * COLUMN_SPAN + col is a unique cell key. */
const COLUMN_SPAN = 20_000;

export class SheetReader {
  readonly rowCount: number;
  /**
   * The last row's texts: a row is read a few times in a row (its cells, the header check), but
   * rows are not kept. Keeping every row's texts made them survive, and be copied by, each
   * garbage collection during a large sheet.
   */
  private lastRow = 0;
  private lastTexts: RowTexts = EMPTY_ROW;
  /** Cell key → top-left of the merged area covering it (only for covered, non-top-left cells). */
  private readonly coveredBy = new Map<number, { row: number; col: number }>();
  /** Cell keys of the top-left cells of areas merged across columns (a shaded section row spans the table). */
  private readonly spansColumns = new Set<number>();

  constructor(readonly grid: Grid) {
    this.rowCount = grid.rows.length;
    for (const area of grid.merges) {
      if (area.right > area.left) this.spansColumns.add(area.top * COLUMN_SPAN + area.left);
      if (area.bottom === area.top) continue; // only vertical extent matters for filling values
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++)
          if (r !== area.top || c !== area.left) this.coveredBy.set(r * COLUMN_SPAN + c, { row: area.top, col: area.left });
    }
  }

  /** The trimmed texts of a 1-based row. */
  texts(row: number): RowTexts {
    if (row === this.lastRow) return this.lastTexts;
    const cells = this.grid.rows[row - 1];
    let texts = EMPTY_ROW;
    if (cells && cells.length > 0) {
      const built = new Array<string | undefined>(cells.length);
      for (let c = 0; c < cells.length; c++) {
        // cellText by hand: a call per cell of every row otherwise (none is inlined).
        const cell = cells[c];
        if (!cell) {
          built[c] = undefined;
          continue;
        }
        const text = (cell.text !== undefined && cell.text !== null ? cell.text : String(cell.value ?? "")).trim();
        built[c] = text === "" ? undefined : text;
      }
      texts = built;
    }
    this.lastRow = row;
    return (this.lastTexts = texts);
  }

  /**
   * One cell's trimmed text: from the last row's texts when it is that row (a row's fields are
   * read right after its texts), else from the grid (no row of texts is built for it).
   */
  text(row: number, col: number): string | undefined {
    if (row === this.lastRow) return this.lastTexts[col - 1];
    return cellText(this.cell(row, col));
  }

  cell(row: number, col: number): Cell | null {
    return this.grid.rows[row - 1]?.[col - 1] ?? null;
  }

  /** The text of a cell, or — when it is empty and covered by a merged area spanning rows — the area's text. */
  textOrMerged(row: number, col: number): { text: string; merged: boolean; row: number; col: number } | undefined {
    const own = this.text(row, col);
    if (own !== undefined) return { text: own, merged: false, row, col };
    if (this.coveredBy.size === 0) return undefined;
    const origin = this.coveredBy.get(row * COLUMN_SPAN + col);
    if (!origin || origin.row === row) return undefined;
    const text = this.text(origin.row, origin.col);
    return text === undefined ? undefined : { text, merged: true, row: origin.row, col: origin.col };
  }

  /** True when the cell is the top-left of an area merged across columns. */
  mergedAcross(row: number, col: number): boolean {
    return this.spansColumns.has(row * COLUMN_SPAN + col);
  }

  /** The next row after `row` with any content, or undefined. */
  nextContentRow(row: number): number | undefined {
    for (let r = row + 1; r <= this.rowCount; r++) if (countTexts(this.texts(r)) > 0) return r;
    return undefined;
  }
}

export function cellText(cell: Cell | null): string | undefined {
  if (!cell) return undefined;
  const raw = cell.text !== undefined && cell.text !== null ? cell.text : String(cell.value ?? "");
  const text = raw.trim();
  return text === "" ? undefined : text;
}

export function countTexts(texts: RowTexts): number {
  let n = 0;
  // Indexed: until optimised, a for-of allocates an iterator result per element (every row).
  for (let c = 0; c < texts.length; c++) if (texts[c] !== undefined) n++;
  return n;
}

/** The only non-empty cell of a row, or undefined when the row has none or several. */
export function singleText(texts: RowTexts): { col: number; text: string } | undefined {
  let found: { col: number; text: string } | undefined;
  for (let c = 0; c < texts.length; c++) {
    const text = texts[c];
    if (text === undefined) continue;
    if (found) return undefined;
    found = { col: c + 1, text };
  }
  return found;
}
