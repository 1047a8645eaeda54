/**
 * One SheetSpec as a worksheet part (and its table part), written row by row. Mirrors what
 * render-spec.ts does through ExcelJS: table first, then the spec's cells over it (values replace,
 * styles merge), range number formats, and wrapping columns down to the last used row.
 */
import { columnLetter, parseRange } from "../../../core/grid";
import type { SheetSpec } from "../../../core/sheetspec";
import {
  conditionalFormula,
  inlineListFormula,
  LIST_VALIDATION_TEXT,
  plainRange,
} from "../../spec/formulas";
import type { PartBytes, XmlOut } from "./part-bytes";
import { overlayCells, writeSheetData, type TableLayout } from "./sheet-data";
import type { StyleBook } from "./styles";
import { MAIN_NS, REL_NS, XML_DECLARATION, textElement, xmlAttr, xmlText } from "./xml";

export class SharedStrings {
  /** Each text's id; row-bytes.ts looks texts up here itself (and counts its uses) in its loop. */
  readonly index = new Map<string, number>();
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

  /** Counts uses of texts found in `index` directly. */
  countUses(uses: number): void {
    this.uses += uses;
  }

  get size(): number {
    return this.items.length;
  }

  write(out: XmlOut): void {
    out.text(
      `${XML_DECLARATION}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.items.length}">`,
    );
    for (const text of this.items) out.text(`<si>${textElement(text)}</si>`);
    out.text("</sst>");
  }
}

export interface SheetContext {
  styles: StyleBook;
  strings: SharedStrings;
  /** The list-sheet reference for dropdown values that cannot be written inline. */
  listRef(values: string[]): string;
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
  out: PartBytes,
  options: { selected: boolean; tableRelId?: string },
): void {
  const table = tableLayout(spec);
  const overlay = overlayCells(spec.cells);
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
  out.text(`${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (spec.print) out.text('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.text(`<dimension ref="${lastRow && lastCol ? `A1:${letters[lastCol]}${lastRow}` : "A1"}"/>`);
  out.text(
    `<sheetViews><sheetView workbookViewId="0"${options.selected ? ' tabSelected="1"' : ""}>${spec.freeze ? paneXml(spec.freeze) : ""}</sheetView></sheetViews>`,
  );
  out.text('<sheetFormatPr defaultRowHeight="15"/>');

  const widths = spec.columnWidths ?? {};
  const wrapStyle = ctx.styles.xfId({ wrap: true });
  const styledColumns = [...new Set([...Object.keys(widths).map(Number), ...wrapColumns])].sort(
    (a, b) => a - b,
  );
  if (styledColumns.length > 0) {
    out.text("<cols>");
    for (const col of styledColumns) {
      const width = widths[col];
      // A column with only a style keeps Excel's default width.
      const size = width !== undefined ? ` width="${width}" customWidth="1"` : "";
      const style = wrapColumns.includes(col) ? ` style="${wrapStyle}"` : "";
      out.text(`<col min="${col}" max="${col}"${size}${style}/>`);
    }
    out.text("</cols>");
  }

  writeSheetData(out, ctx, { table, overlay, numberFormats, wrapColumns, letters, lastRow });

  if (merges.length > 0) {
    out.text(`<mergeCells count="${merges.length}">`);
    for (const merge of spec.merges ?? []) out.text(`<mergeCell ref="${plainRange(merge)}"/>`);
    out.text("</mergeCells>");
  }

  (spec.conditionalFormats ?? []).forEach((format, i) => {
    const dxf = ctx.styles.dxfId(format.fill, format.fontColor);
    out.text(
      `<conditionalFormatting sqref="${plainRange(format.range)}"><cfRule type="expression" dxfId="${dxf}" priority="${i + 1}"><formula>${xmlText(conditionalFormula(format))}</formula></cfRule></conditionalFormatting>`,
    );
  });

  const validations = spec.validations ?? [];
  if (validations.length > 0) {
    out.text(`<dataValidations count="${validations.length}">`);
    for (const validation of validations) {
      const formula =
        inlineListFormula(validation) ??
        ctx.listRef(validation.kind === "list" ? validation.values : []);
      out.text(
        `<dataValidation type="list" errorStyle="warning"${(validation.allowBlank ?? true) ? ' allowBlank="1"' : ""} showErrorMessage="1" errorTitle="${xmlAttr(LIST_VALIDATION_TEXT.errorTitle)}" error="${xmlAttr(LIST_VALIDATION_TEXT.error)}" sqref="${plainRange(validation.range)}"><formula1>${xmlText(formula)}</formula1></dataValidation>`,
      );
    }
    out.text("</dataValidations>");
  }

  out.text('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (spec.print) {
    out.text(
      `<pageSetup paperSize="9" orientation="${spec.print.landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="0"/>`,
    );
  }
  if (options.tableRelId)
    out.text(`<tableParts count="1"><tablePart r:id="${options.tableRelId}"/></tableParts>`);
  out.text("</worksheet>");
}
