/**
 * What one workbook may make the reader build, counted in what costs memory and time — cells
 * addressed, merged cells, strings, characters — and checked before each thing is allocated,
 * so a small hostile file (one cell at row 1,048,576 on sixty sheets, a merge over a whole
 * sheet) is refused in a moment instead of exhausting memory. docs/limits.md lists them.
 */
import { WorkbookError } from "../../../core/port";
import { thousands, tooManyRows } from "../count-rows";

export interface ReadLimits {
  /** Rows the grids hold, over all sheets (the highest row addressed on each sheet). */
  maxRows: number;
  /** Cells addressed, over all sheets: each sheet's rows × its used columns. */
  maxCells: number;
  /** Merged areas, over all sheets. */
  maxMerges: number;
  /** Cells inside merged areas, over all sheets (as declared: ExcelJS and the core visit each). */
  maxMergedCells: number;
  /** Entries of the shared-string table. */
  maxSharedStrings: number;
  /** Characters of the parts read (their declared unpacked bytes, checked before unpacking). */
  maxXmlChars: number;
  /** Characters shown in all cells together (a long shared string counts once per cell). */
  maxCellChars: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxRows: 200_000,
  maxCells: 10_000_000,
  maxMerges: 100_000,
  maxMergedCells: 1_000_000,
  maxSharedStrings: 2_000_000,
  maxXmlChars: 150_000_000,
  maxCellChars: 200_000_000,
};

function overLimit(what: string, limit: number): WorkbookError {
  return new WorkbookError(
    `Arbetsboken har fler än ${thousands(limit)} ${what}, vilket är gränsen. Filen kan vara skadad eller konstruerad för att överbelasta; ta bort det överflödiga eller dela upp arbetsboken, och försök igen.`,
    "too-large",
  );
}

/** The running counts of one workbook against its limits. */
export class ReadBudget {
  private rows = 0;
  private cells = 0;
  private merges = 0;
  private mergedCells = 0;
  private cellChars = 0;

  readonly limits: ReadLimits;

  constructor(limits: ReadLimits) {
    // Copied into one object literal: the limits a caller spreads together come in objects of
    // differing hidden classes, and each new one threw away the compiled per-cell checks.
    this.limits = {
      maxRows: limits.maxRows,
      maxCells: limits.maxCells,
      maxMerges: limits.maxMerges,
      maxMergedCells: limits.maxMergedCells,
      maxSharedStrings: limits.maxSharedStrings,
      maxXmlChars: limits.maxXmlChars,
      maxCellChars: limits.maxCellChars,
    };
  }

  /** A sheet grows from rows × cols to newRows × newCols (rows and columns addressed so far). */
  growSheet(rows: number, cols: number, newRows: number, newCols: number): void {
    this.rows += newRows - rows;
    if (this.rows > this.limits.maxRows) throw tooManyRows(this.limits.maxRows);
    this.cells += newRows * newCols - rows * cols;
    if (this.cells > this.limits.maxCells)
      throw overLimit("adresserade celler (rader × använda kolumner)", this.limits.maxCells);
  }

  merge(cells: number): void {
    if (++this.merges > this.limits.maxMerges)
      throw overLimit("sammanfogade områden", this.limits.maxMerges);
    this.mergedCells += cells;
    if (this.mergedCells > this.limits.maxMergedCells)
      throw overLimit("celler i sammanfogade områden", this.limits.maxMergedCells);
  }

  sharedStrings(count: number): void {
    if (count > this.limits.maxSharedStrings)
      throw overLimit("delade texter", this.limits.maxSharedStrings);
  }

  xmlChars(total: number): void {
    if (total > this.limits.maxXmlChars)
      throw overLimit("tecken XML i bladen (uppackade)", this.limits.maxXmlChars);
  }

  cellText(length: number): void {
    this.cellChars += length;
    if (this.cellChars > this.limits.maxCellChars)
      throw overLimit("tecken text i cellerna", this.limits.maxCellChars);
  }
}
