/**
 * A declarative description of a sheet to write: values, one table, dropdowns, conditional
 * formats, layout. The core decides what the template and the summary look like (one place);
 * each workbook adapter only renders a SheetSpec, so Excel and .xlsx files look the same.
 */

export type SpecValue = string | number | boolean | null;

export interface SpecCellStyle {
  bold?: boolean;
  italic?: boolean;
  fill?: string; // "#RRGGBB"
  fontColor?: string;
  wrap?: boolean;
  numberFormat?: string;
  fontSize?: number;
}

export interface SpecCell {
  row: number; // 1-based
  col: number; // 1-based
  value: SpecValue;
  style?: SpecCellStyle;
  /** Only for cells the add-in itself authors; source text is never written as a formula. */
  formula?: string;
}

export interface SpecTable {
  name: string;
  /** Top-left cell of the header row, e.g. "A8". */
  topLeft: string;
  columns: string[];
  /** Data rows, in column order. Text values are always written as text. */
  rows: SpecValue[][];
  style?: string; // e.g. "TableStyleMedium2"
}

export type SpecValidation =
  | { range: string; kind: "list"; values: string[]; allowBlank?: boolean }
  | { range: string; kind: "listRange"; source: string; allowBlank?: boolean }; // e.g. "=Uppdrag!$A$2:$A$200"

export type SpecConditionalFormat =
  /** Cell text equals one of `values` (case-insensitive), e.g. the status terms of one traffic light. */
  | { range: string; kind: "textIn"; values: string[]; fill: string; fontColor?: string }
  /** An Excel formula relative to the range's top-left cell, e.g. '=AND($H9="Kvarstår";$I9="")'. */
  | { range: string; kind: "formula"; formula: string; fill: string; fontColor?: string };

export interface SpecName {
  name: string;
  /** Cell address on this sheet, e.g. "B2". */
  cell: string;
}

export interface SpecChart {
  kind: "stackedBar";
  title: string;
  /** Range on this sheet with category labels in the first column and series in the next ones, header row included. */
  dataRange: string;
  /** Where the chart is placed, e.g. "K2:T20". */
  anchor: string;
  /** One colour per series ("#RRGGBB"), in column order; optional. */
  seriesColours?: string[];
}

export interface SheetSpec {
  name: string;
  cells: SpecCell[];
  table?: SpecTable;
  /** Merged areas as A1 ranges ("A9:A14"); the value sits in the top-left cell. */
  merges?: string[];
  validations?: SpecValidation[];
  conditionalFormats?: SpecConditionalFormat[];
  names?: SpecName[];
  /** Number formats over ranges, e.g. { range: "K6:L20", format: "0%" }. */
  numberFormats?: { range: string; format: string }[];
  /** Columns (1-based) whose cells wrap text, table rows included. */
  wrapColumns?: number[];
  /** Widths in characters, by column (1-based index → width). */
  columnWidths?: Record<number, number>;
  freeze?: { rows: number; cols: number };
  print?: { landscape: boolean; paper: "A4"; titleRows?: string /* "8:8" */ };
  chart?: SpecChart;
  state?: "visible" | "hidden" | "veryHidden";
  /** Activate the sheet after writing. */
  activate?: boolean;
}
