/**
 * One worksheet part → the core's Grid, through the XML tokenizer, with the read budget
 * checked before each cell is placed. What ExcelJS would read differently from this reader
 * (shared or array formulas, hyperlinks, unknown cell types) is noted as `unsupported` and the
 * file goes to ExcelJS — after the whole workbook has been read, so the budgets hold for it too.
 */
import { textCell, type Cell, type Grid, type MergedArea } from "../../../core/grid";
import { WorkbookError } from "../../../core/port";
import { excelJsValue, scalarCell, type Scalar } from "../../spec/cell-values";
import type { ReadBudget } from "./budget";
import { CLOSE, EOF, OPEN } from "./xml-reader";
import { MAIN_NS, SheetXmlReader, STRICT_MAIN_NS } from "./xml-sheet-reader";
// From their own module: xml-reader re-exports them, and a re-exported binding is read through a
// getter, a call for every cell where the compiler does not inline (bin/uppfoljning.js).
import { knownNamespaces, parseCellRef, REF_ROW_SPAN } from "./xml-chars";

/**
 * A module-local binding: the imported one is a property of the other module's `exports`, which
 * the compiler does not fold into a constant — per cell, `Math.floor(ref / REF_ROW_SPAN)` was the
 * costliest line of the reader's loop.
 */
const ROW_SPAN = REF_ROW_SPAN;

export { MAIN_NS, STRICT_MAIN_NS };
knownNamespaces(MAIN_NS, STRICT_MAIN_NS);

export function isMain(ns: string): boolean {
  return ns === MAIN_NS || ns === STRICT_MAIN_NS;
}

export interface SheetContext {
  strings: string[];
  formats: (string | undefined)[];
  date1904: boolean;
  budget: ReadBudget;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function outside(part: string, what: string): WorkbookError {
  return new WorkbookError(
    `Filen är skadad eller ofullständig (delen ${part} har ${what} utanför Excels blad, som har högst 1 048 576 rader och 16 384 kolumner). Öppna den i Excel och spara den igen.`,
    "corrupt",
  );
}

/**
 * The text of a string item (<si>, <is>): its <t> elements, directly or in runs (<r>),
 * leaving out phonetic runs (<rPh>), as ExcelJS does. Called just after the item's OPEN.
 */
export function itemText(x: SheetXmlReader): string {
  const plain = x.fastItem();
  if (plain !== undefined) return plain;
  const depth = x.depth;
  let text = "";
  for (;;) {
    const token = x.next();
    if (token === CLOSE && x.depth < depth) return text;
    if (token === EOF) return text;
    if (token !== OPEN) continue;
    if (!isMain(x.ns) || x.local === "rPh" || x.local === "phoneticPr") x.skipElement();
    else if (x.local === "t") text += x.textContent();
  }
}

interface CellParts {
  value: string | undefined;
  formula: string | undefined;
  inline: string | undefined;
  unsupported: string | undefined;
}

/** The children of the <c> just opened, into `parts` (one object reused for every cell). */
function cellParts(x: SheetXmlReader, parts: CellParts): CellParts {
  parts.value = parts.formula = parts.inline = parts.unsupported = undefined;
  const depth = x.depth;
  for (;;) {
    const token = x.next();
    if ((token === CLOSE && x.depth < depth) || token === EOF) return parts;
    if (token !== OPEN) continue;
    if (!isMain(x.ns)) x.skipElement();
    else if (x.local === "v") parts.value = x.textContent();
    else if (x.local === "is") parts.inline = itemText(x);
    else if (x.local === "f") {
      const kind = x.attrIndex("t");
      if (kind >= 0 && (x.valueIs(kind, "shared") || x.valueIs(kind, "array")))
        parts.unsupported = "a shared or array formula";
      parts.formula = x.textContent();
      if (parts.formula === "") parts.unsupported = "an empty formula";
    } else x.skipElement();
  }
}

/** The cell the parts show; a string when this reader would differ from ExcelJS. */
function cellOf(
  type: string,
  format: string | undefined,
  parts: CellParts,
  ctx: SheetContext,
): Cell | null | string {
  if (parts.unsupported) return parts.unsupported;
  const raw = parts.value;
  if (parts.formula !== undefined) {
    let shown: Cell | null = null;
    if (raw) {
      const value = excelJsValue(type, raw, format, ctx.date1904);
      if (value === undefined) return `cell type "${type}" with a formula`;
      shown = scalarCell(value, format, ctx.date1904);
    }
    // A formula with no cached result (never calculated) still shows as an empty text cell.
    return {
      ...(shown ?? { kind: "text", text: "", value: "" }),
      formula: parts.formula.replace(/^=/, ""),
    };
  }
  if (type === "inlineStr")
    return parts.inline === undefined ? null : scalarCell(parts.inline, format, ctx.date1904);
  if (raw === undefined) return null;
  if (type === "s") {
    const text = ctx.strings[parseInt(raw, 10)];
    if (text === undefined) return "a shared string out of range";
    return text === "" ? null : textCell(text);
  }
  const value: Scalar | undefined = excelJsValue(type, raw, format, ctx.date1904);
  return value === undefined ? `cell type "${type}"` : scalarCell(value, format, ctx.date1904);
}

function mergeArea(ref: string, part: string): MergedArea {
  const colon = ref.indexOf(":");
  const from = parseCellRef(ref, 0, colon < 0 ? ref.length : colon);
  const to = colon < 0 ? from : parseCellRef(ref, colon + 1, ref.length);
  if (from < 0 || to < 0) throw outside(part, `ett sammanfogat område "${ref.slice(0, 40)}"`);
  const [r1, c1, r2, c2] = [
    from % ROW_SPAN,
    Math.floor(from / ROW_SPAN),
    to % ROW_SPAN,
    Math.floor(to / ROW_SPAN),
  ];
  return {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}

/** Covered cells (all but each area's top-left) are emptied; only rows and cells that exist are visited. */
function applyMerges(rows: (Cell | null | undefined)[][], merges: MergedArea[]): void {
  for (const m of merges) {
    const bottom = Math.min(m.bottom, rows.length);
    for (let r = m.top; r <= bottom; r++) {
      const cells = rows[r - 1];
      if (!cells) continue;
      const right = Math.min(m.right, cells.length);
      for (let c = m.left; c <= right; c++)
        if (r !== m.top || c !== m.left) cells[c - 1] = undefined;
    }
  }
}

/** Empty slots become null; rows end at their last cell, and the grid at its last non-empty row. */
function finish(rows: (Cell | null | undefined)[][]): (Cell | null)[][] {
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells) {
      rows[r] = [];
      continue;
    }
    let end = cells.length;
    while (end > 0 && cells[end - 1] == null) end--;
    cells.length = end;
    for (let c = 0; c < end; c++) if (cells[c] === undefined) cells[c] = null;
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows as (Cell | null)[][];
}

export interface SheetRead {
  grid: Grid;
  /** Why ExcelJS should read this workbook instead, if it should. */
  unsupported?: string;
}

/** A row's cells, made here only: see textCell (core/grid.ts) for why. */
function newRow(): (Cell | null | undefined)[] {
  return [];
}

/** The grid as it is read: each cell placed within the budget, and the first reason to use ExcelJS. */
class SheetCells {
  readonly rows: (Cell | null | undefined)[][] = [];
  /** Where the cell being read is (1-based): a cell without an address follows the one before. */
  row = 0;
  col = 0;
  private maxRow = 0;
  private maxCol = 0;
  unsupported: string | undefined = undefined;

  constructor(private readonly budget: ReadBudget) {}

  /** The cell read at (row, col): placed, or for a string noted as what ExcelJS reads otherwise. */
  place(cell: Cell | null | string): void {
    if (typeof cell === "string") {
      this.unsupported ??= cell;
      return;
    }
    if (!cell) return;
    const row = this.row;
    const col = this.col;
    if (row > this.maxRow || col > this.maxCol) {
      // No destructuring here: array patterns made this small function costly to compile.
      const newRows = Math.max(row, this.maxRow);
      const newCols = Math.max(col, this.maxCol);
      this.budget.growSheet(this.maxRow, this.maxCol, newRows, newCols);
      this.maxRow = newRows;
      this.maxCol = newCols;
    }
    this.budget.cellText(cell.text.length);
    (this.rows[row - 1] ??= newRow())[col - 1] = cell;
  }
}

/**
 * The cells from here on that the reader's shortcut takes (xml-sheet-reader.ts), until one it
 * does not: the same cells cellOf makes from what the general path reads.
 */
function fastCells(
  x: SheetXmlReader,
  sheet: SheetCells,
  parts: CellParts,
  ctx: SheetContext,
): void {
  for (;;) {
    if (!x.fastCell()) {
      // The end of the row and the start of the next, if they are plain too.
      const row = x.fastRow();
      if (row < 0) return;
      sheet.row = row;
      sheet.col = 0;
      continue;
    }
    const ref = x.cellAddress;
    const row = ref % ROW_SPAN;
    sheet.row = row;
    sheet.col = (ref - row) / ROW_SPAN; // exact: a multiple of a power of two
    if (x.rawStart < 0) continue; // no <v>: empty, whatever its type (cellOf's null)
    const type = x.cellType;
    if (type === "s" && x.rawDigits >= 0) {
      // cellOf's shared string, its index read as parseInt reads digits
      const text = ctx.strings[x.rawDigits];
      if (text === undefined) sheet.place("a shared string out of range");
      else if (text !== "") sheet.place(textCell(text));
      continue;
    }
    parts.value = x.rawText();
    parts.formula = parts.inline = parts.unsupported = undefined;
    const style = x.cellStyle;
    sheet.place(cellOf(type, style > 0 ? ctx.formats[style] : undefined, parts, ctx));
  }
}

export function readSheet(xml: string, name: string, part: string, ctx: SheetContext): SheetRead {
  const x = new SheetXmlReader(xml);
  const sheet = new SheetCells(ctx.budget);
  const merges: MergedArea[] = [];
  const parts: CellParts = {
    value: undefined,
    formula: undefined,
    inline: undefined,
    unsupported: undefined,
  };
  let sawData = false;
  if (x.next() !== OPEN || !isMain(x.ns) || x.local !== "worksheet")
    return { grid: { sheet: name, rows: [], merges: [] }, unsupported: `${part} is no worksheet` };
  for (let token = x.next(); token !== EOF; token = x.next()) {
    if (token !== OPEN) continue;
    if (!isMain(x.ns)) {
      x.skipElement();
      continue;
    }
    switch (x.local as string) {
      case "sheetData":
        sawData = true;
        break;
      case "row": {
        const k = x.attrIndex("r");
        const row = k < 0 ? sheet.row + 1 : x.intValue(k);
        if (row < 1 || row > MAX_ROW) throw outside(part, "en rad");
        sheet.row = row;
        sheet.col = 0;
        fastCells(x, sheet, parts, ctx);
        break;
      }
      case "c": {
        const k = x.attrIndex("r");
        if (k >= 0) {
          const ref = x.cellRef(k);
          if (ref < 0) throw outside(part, "en cell");
          sheet.row = ref % ROW_SPAN;
          sheet.col = Math.floor(ref / ROW_SPAN);
        } else {
          // A cell without r follows the one before it in its row (ECMA-376 §18.3.1.4).
          sheet.col++;
          if (sheet.row < 1 || sheet.col > MAX_COL) throw outside(part, "en cell");
        }
        const t = x.attrIndex("t");
        const type = t < 0 ? "n" : x.value(t);
        const s = x.attrIndex("s");
        const style = s < 0 ? 0 : x.intValue(s);
        // ExcelJS ignores style 0 (its "no style").
        const format = style > 0 ? ctx.formats[style] : undefined;
        sheet.place(cellOf(type, format, cellParts(x, parts), ctx));
        fastCells(x, sheet, parts, ctx);
        break;
      }
      case "mergeCell": {
        const area = mergeArea(x.attr("ref") ?? "", part);
        ctx.budget.merge((area.bottom - area.top + 1) * (area.right - area.left + 1));
        merges.push(area);
        break;
      }
      case "hyperlink":
        sheet.unsupported ??= "hyperlinks";
        break;
      default:
        break;
    }
  }
  let unsupported = sheet.unsupported;
  if (!sawData) unsupported ??= `${part} has no <sheetData>`;
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  const rows = sheet.rows;
  applyMerges(rows, merges);
  return { grid: { sheet: name, rows: finish(rows), merges }, unsupported };
}
