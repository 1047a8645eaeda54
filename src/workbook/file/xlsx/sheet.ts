/**
 * One SheetSpec as a worksheet part (and its table part), written row by row. Mirrors what
 * render-spec.ts does through ExcelJS: table first, then the spec's cells over it (values replace,
 * styles merge), range number formats, and wrapping columns down to the last used row.
 */
import { columnLetter, parseRange } from "../../../core/grid";
import type { SheetSpec, SpecCell, SpecValue } from "../../../core/sheetspec";
import {
  conditionalFormula,
  inlineListFormula,
  invariantFormula,
  LIST_VALIDATION_TEXT,
  plainRange,
} from "../../spec/formulas";
import type { CellFormat, StyleBook } from "./styles";
import { MAIN_NS, REL_NS, XML_DECLARATION, textElement, xmlAttr, xmlText } from "./xml";

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  private uses = 0;

  id(text: string): number {
    this.uses++;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.items.push(text) - 1;
      this.index.set(text, id);
    }
    return id;
  }

  get size(): number {
    return this.items.length;
  }

  write(out: (text: string) => void): void {
    out(
      `${XML_DECLARATION}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.items.length}">`,
    );
    for (const text of this.items) out(`<si>${textElement(text)}</si>`);
    out("</sst>");
  }
}

export interface SheetContext {
  styles: StyleBook;
  strings: SharedStrings;
  /** The list-sheet reference for dropdown values that cannot be written inline. */
  listRef(values: string[]): string;
}

interface TableLayout {
  top: number;
  left: number;
  right: number;
  bottom: number;
  columns: string[];
  rows: SpecValue[][];
}

/** An overlay cell from spec.cells, after later cells at the same place were applied. */
interface OverlayCell {
  value: SpecValue;
  formula?: string;
  format: CellFormat;
}

const WRAP: CellFormat = { wrap: true };

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The largest of `pick` over `items`, 0 for none (no spread: lists can be long). */
function maxOf<T>(items: readonly T[], pick: (item: T) => number): number {
  let max = 0;
  for (const item of items) max = Math.max(max, pick(item));
  return max;
}

function tableLayout(spec: SheetSpec): TableLayout | null {
  if (!spec.table) return null;
  const { top, left } = parseRange(spec.table.topLeft);
  // Excel needs at least one data row in a table.
  const rows = spec.table.rows.length > 0 ? spec.table.rows : [[]];
  return {
    top,
    left,
    right: left + spec.table.columns.length - 1,
    bottom: top + rows.length,
    columns: spec.table.columns,
    rows,
  };
}

function styleOf(cell: SpecCell): CellFormat {
  const s = cell.style;
  if (!s) return {};
  return {
    ...(s.bold !== undefined ? { bold: s.bold } : {}),
    ...(s.italic !== undefined ? { italic: s.italic } : {}),
    ...(s.fontColor ? { fontColor: s.fontColor } : {}),
    ...(s.fontSize ? { fontSize: s.fontSize } : {}),
    ...(s.fill ? { fill: s.fill } : {}),
    ...(s.wrap ? { wrap: true } : {}),
    ...(s.numberFormat ? { numberFormat: s.numberFormat } : {}),
  };
}

function overlayCells(spec: SheetSpec): Map<number, Map<number, OverlayCell>> {
  const byRow = new Map<number, Map<number, OverlayCell>>();
  for (const cell of spec.cells) {
    let row = byRow.get(cell.row);
    if (!row) byRow.set(cell.row, (row = new Map()));
    const earlier = row.get(cell.col);
    row.set(cell.col, {
      value: cell.value,
      ...(cell.formula ? { formula: cell.formula } : {}),
      format: { ...earlier?.format, ...styleOf(cell) },
    });
  }
  return byRow;
}

function cellValueXml(ref: string, style: number, value: SpecValue, ctx: SheetContext): string {
  const s = style ? ` s="${style}"` : "";
  if (typeof value === "string" && value !== "")
    return `<c r="${ref}"${s} t="s"><v>${ctx.strings.id(value)}</v></c>`;
  if (typeof value === "number")
    return `<c r="${ref}"${s}><v>${Object.is(value, -0) ? 0 : value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return s ? `<c r="${ref}"${s}/>` : "";
}

function formulaCellXml(ref: string, style: number, formula: string, result: SpecValue): string {
  const s = style ? ` s="${style}"` : "";
  const f = `<f>${xmlText(invariantFormula(formula))}</f>`;
  if (typeof result === "number") return `<c r="${ref}"${s}>${f}<v>${result}</v></c>`;
  if (typeof result === "boolean")
    return `<c r="${ref}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  if (typeof result === "string")
    return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(result)}</v></c>`;
  return `<c r="${ref}"${s}>${f}</c>`;
}

function paneXml(freeze: NonNullable<SheetSpec["freeze"]>): string {
  const { rows, cols } = freeze;
  if (rows === 0 && cols === 0) return "";
  const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const topLeft = `${columnLetter(cols + 1)}${rows + 1}`;
  return (
    `<pane${cols ? ` xSplit="${cols}"` : ""}${rows ? ` ySplit="${rows}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

export function tableXml(spec: SheetSpec, id: number): string {
  const table = tableLayout(spec)!;
  const ref = `${columnLetter(table.left)}${table.top}:${columnLetter(table.right)}${table.bottom}`;
  const name = xmlAttr(spec.table!.name);
  const columns = table.columns
    .map((column, i) => `<tableColumn id="${i + 1}" name="${xmlAttr(column)}"/>`)
    .join("");
  return (
    `${XML_DECLARATION}<table xmlns="${MAIN_NS}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${xmlAttr(spec.table!.style ?? "TableStyleMedium2")}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** Writes the worksheet XML of `spec`; `tableRelId` names its table part when it has a table. */
export function writeSheetXml(
  spec: SheetSpec,
  ctx: SheetContext,
  out: (text: string) => void,
  options: { selected: boolean; tableRelId?: string },
): void {
  const table = tableLayout(spec);
  const overlay = overlayCells(spec);
  const numberFormats = (spec.numberFormats ?? []).map((f) => ({
    ...parseRange(f.range),
    format: f.format,
  }));
  const merges = (spec.merges ?? []).map(parseRange);
  const wrapColumns = [...new Set(spec.wrapColumns ?? [])].sort((a, b) => a - b);

  let lastRow = Math.max(
    table?.bottom ?? 0,
    maxOf(spec.cells, (c) => c.row),
    maxOf(numberFormats, (f) => f.bottom),
    maxOf(merges, (m) => m.bottom),
  );
  if (wrapColumns.length > 0) lastRow = Math.max(lastRow, 1);
  const lastCol = Math.max(
    table?.right ?? 0,
    maxOf(spec.cells, (c) => c.col),
    maxOf(numberFormats, (f) => f.right),
    maxOf(merges, (m) => m.right),
    maxOf(wrapColumns, (col) => col),
  );
  const letters = Array.from({ length: lastCol + 1 }, (_, col) => (col ? columnLetter(col) : ""));

  // The worksheet's elements, in the order the schema requires.
  out(`${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (spec.print) out('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out(`<dimension ref="${lastRow && lastCol ? `A1:${letters[lastCol]}${lastRow}` : "A1"}"/>`);
  out(
    `<sheetViews><sheetView workbookViewId="0"${options.selected ? ' tabSelected="1"' : ""}>${spec.freeze ? paneXml(spec.freeze) : ""}</sheetView></sheetViews>`,
  );
  out('<sheetFormatPr defaultRowHeight="15"/>');

  const widths = spec.columnWidths ?? {};
  const wrapStyle = ctx.styles.xfId({ wrap: true });
  const styledColumns = [...new Set([...Object.keys(widths).map(Number), ...wrapColumns])].sort(
    (a, b) => a - b,
  );
  if (styledColumns.length > 0) {
    out("<cols>");
    for (const col of styledColumns) {
      const width = widths[col];
      // A column with only a style keeps Excel's default width.
      const size = width !== undefined ? ` width="${width}" customWidth="1"` : "";
      const style = wrapColumns.includes(col) ? ` style="${wrapStyle}"` : "";
      out(`<col min="${col}" max="${col}"${size}${style}/>`);
    }
    out("</cols>");
  }

  out("<sheetData>");
  const wrapping = new Set(wrapColumns);
  const tableColumns = table ? range(table.left, table.right) : [];
  // Most rows are table rows with nothing over them: their columns are known once.
  const plainTableRow = [...new Set([...tableColumns, ...wrapColumns])].sort((a, b) => a - b);
  // A cell's style depends on its column, the overlay cell over it and the number-format ranges
  // its row is in. Rows without overlay cells in the same ranges (the rows of a long table) share
  // one style per column, computed at its first cell after the set of ranges changed (so styles
  // get their ids in the same order), not built and keyed per cell.
  let plainStyles: number[] = [];
  let plainStylesKey: string | undefined;
  for (let row = 1; row <= lastRow; row++) {
    const over = overlay.get(row);
    const inTable = table !== null && row >= table.top && row <= table.bottom;
    let formatsKey = "";
    for (let i = 0; i < numberFormats.length; i++) {
      const f = numberFormats[i]!;
      if (row >= f.top && row <= f.bottom) formatsKey += `${i},`;
    }
    const formatsHere =
      formatsKey === "" ? [] : numberFormats.filter((f) => row >= f.top && row <= f.bottom);
    let columns = inTable ? plainTableRow : wrapColumns;
    if (over || formatsHere.length > 0) {
      const wanted = new Set(columns);
      if (over) for (const col of over.keys()) wanted.add(col);
      for (const f of formatsHere) for (let col = f.left; col <= f.right; col++) wanted.add(col);
      columns = [...wanted].sort((a, b) => a - b);
    }
    if (columns.length === 0) continue;

    const styleAt = (col: number, cell: OverlayCell | undefined): number => {
      let format: CellFormat | undefined = cell?.format;
      for (const f of formatsHere) {
        if (col >= f.left && col <= f.right) format = { ...format, numberFormat: f.format };
      }
      if (wrapping.has(col)) format = format ? { ...format, wrap: true } : WRAP;
      return format ? ctx.styles.xfId(format) : 0;
    };
    if (formatsKey !== plainStylesKey) {
      plainStyles = [];
      plainStylesKey = formatsKey;
    }

    const tableRow = inTable && row > table.top ? table.rows[row - table.top - 1] : undefined;
    let xml = "";
    for (const col of columns) {
      const cell = over?.get(col);
      let value: SpecValue = null;
      if (cell) value = cell.value;
      else if (inTable && col >= table.left && col <= table.right)
        value =
          row === table.top
            ? table.columns[col - table.left]!
            : (tableRow?.[col - table.left] ?? null);

      const style = over ? styleAt(col, cell) : (plainStyles[col] ??= styleAt(col, undefined));
      const ref = `${letters[col]}${row}`;
      xml += cell?.formula
        ? formulaCellXml(ref, style, cell.formula, value)
        : cellValueXml(ref, style, value, ctx);
    }
    if (xml) out(`<row r="${row}">${xml}</row>`);
  }
  out("</sheetData>");

  if (merges.length > 0) {
    out(`<mergeCells count="${merges.length}">`);
    for (const merge of spec.merges ?? []) out(`<mergeCell ref="${plainRange(merge)}"/>`);
    out("</mergeCells>");
  }

  (spec.conditionalFormats ?? []).forEach((format, i) => {
    const dxf = ctx.styles.dxfId(format.fill, format.fontColor);
    out(
      `<conditionalFormatting sqref="${plainRange(format.range)}"><cfRule type="expression" dxfId="${dxf}" priority="${i + 1}"><formula>${xmlText(conditionalFormula(format))}</formula></cfRule></conditionalFormatting>`,
    );
  });

  const validations = spec.validations ?? [];
  if (validations.length > 0) {
    out(`<dataValidations count="${validations.length}">`);
    for (const validation of validations) {
      const formula =
        inlineListFormula(validation) ??
        ctx.listRef(validation.kind === "list" ? validation.values : []);
      out(
        `<dataValidation type="list" errorStyle="warning"${(validation.allowBlank ?? true) ? ' allowBlank="1"' : ""} showErrorMessage="1" errorTitle="${xmlAttr(LIST_VALIDATION_TEXT.errorTitle)}" error="${xmlAttr(LIST_VALIDATION_TEXT.error)}" sqref="${plainRange(validation.range)}"><formula1>${xmlText(formula)}</formula1></dataValidation>`,
      );
    }
    out("</dataValidations>");
  }

  out('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (spec.print) {
    out(
      `<pageSetup paperSize="9" orientation="${spec.print.landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="0"/>`,
    );
  }
  if (options.tableRelId)
    out(`<tableParts count="1"><tablePart r:id="${options.tableRelId}"/></tableParts>`);
  out("</worksheet>");
}
