/**
 * The workbook model behind the fake API: sheets, cells, formats, tables, conditional formats,
 * validations, names, charts; and how Excel turns an entry into a stored cell.
 */
import { columnLetter, columnNumber, type MergedArea } from "../../../../src/core/grid";
import { FakeOfficeError } from "./errors";
import { MAX_COL, MAX_ROW } from "./rules";

export type Scalar = string | number | boolean;

export interface StoredCell {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
  error?: boolean;
}

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fill?: string;
  wrapText?: boolean;
  verticalAlignment?: string;
}

export interface ConditionalFormatDoc {
  area: MergedArea;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export interface ValidationDoc {
  area: MergedArea;
  rule?: { list?: { inCellDropDown: boolean; source: string } };
  ignoreBlanks?: boolean;
  errorAlert?: unknown;
}

export interface ChartDoc {
  type: string;
  source: MergedArea;
  seriesBy: string;
  title?: string;
  position?: [string, string];
  seriesColours: string[];
}

export class SheetDoc {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  cells = new Map<string, StoredCell>();
  formats = new Map<string, CellFormat>();
  merges: MergedArea[] = [];
  isProtected = false;
  /** In priority order: index 0 is the top priority (its `id` is "0"). */
  conditionalFormats: ConditionalFormatDoc[] = [];
  validations: ValidationDoc[] = [];
  /** Sheet-scoped names. */
  names = new Map<string, MergedArea>();
  frozen: { rows: number; cols: number } = { rows: 0, cols: 0 };
  columnWidths = new Map<number, number>();
  pageLayout: { orientation?: string; paperSize?: string; printTitleRows?: string } = {};
  charts: ChartDoc[] = [];
  selected?: string;
  constructor(public name: string) {}

  key(row: number, col: number): string {
    return `${row},${col}`;
  }
  /** 1-based. */
  cell(row: number, col: number): StoredCell | undefined {
    return this.cells.get(this.key(row, col));
  }
  usedArea(): MergedArea | null {
    let area: MergedArea | null = null;
    for (const [key, cell] of this.cells) {
      if (cell.value === "" && cell.formula === undefined) continue;
      const [row, col] = key.split(",").map(Number) as [number, number];
      area = area
        ? { top: Math.min(area.top, row), left: Math.min(area.left, col), bottom: Math.max(area.bottom, row), right: Math.max(area.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return area;
  }
}

export type TableHandler = (event: unknown) => Promise<void> | void;

export class TableDoc {
  /** Handlers with the request context they were added in (needed to remove them). */
  handlers: { handler: TableHandler; context: unknown }[] = [];
  style?: string;
  constructor(
    public name: string,
    public sheet: SheetDoc,
    public area: MergedArea,
  ) {}
}

export function parseArea(address: string): MergedArea {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [from, to = from] = local.split(":") as [string, string?];
  const part = (ref: string): { row?: number; col?: number } => {
    const m = /^([A-Z]{0,3})(\d*)$/i.exec(ref.trim());
    if (!m || (m[1] === "" && m[2] === "")) throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`);
    return { col: m[1] ? columnNumber(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
  };
  const a = part(from);
  const b = part(to!);
  const area = {
    top: Math.min(a.row ?? 1, b.row ?? 1),
    left: Math.min(a.col ?? 1, b.col ?? 1),
    bottom: Math.max(a.row ?? MAX_ROW, b.row ?? MAX_ROW),
    right: Math.max(a.col ?? MAX_COL, b.col ?? MAX_COL),
  };
  if (area.top < 1 || area.left < 1 || area.bottom > MAX_ROW || area.right > MAX_COL) {
    throw new FakeOfficeError("InvalidArgument", `Address outside the sheet: ${address}`);
  }
  return area;
}

export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function areaAddress(sheet: string, area: MergedArea): string {
  const from = `${columnLetter(area.left)}${area.top}`;
  const to = `${columnLetter(area.right)}${area.bottom}`;
  return `${quoteSheet(sheet)}!${from === to ? from : `${from}:${to}`}`;
}

export function intersects(a: MergedArea, b: MergedArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function cellCount(area: MergedArea): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

function isDateFormat(format: string | undefined): boolean {
  if (!format || /^general$/i.test(format) || format === "@") return false;
  return /[dy]/i.test(format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, ""));
}

const EPOCH = Date.UTC(1899, 11, 30);

/** What Excel stores when a user (or Range.values) enters `input` into a cell of this format. */
export function parseEntry(input: unknown, format: string | undefined): StoredCell {
  if (format === "@") return { value: input === null || input === undefined ? "" : String(input), numberFormat: "@" };
  if (typeof input === "number" || typeof input === "boolean") return { value: input, numberFormat: format };
  const text = input === null || input === undefined ? "" : String(input);
  if (text.startsWith("=") && text.length > 1) return { value: 0, formula: text, numberFormat: format };
  if (/^[-+]?\d+([.,]\d+)?$/.test(text.trim())) return { value: Number(text.trim().replace(",", ".")), numberFormat: format };
  // @types Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula" (and "@" is the implicit-intersection operator); text like "- e-tjänst" becomes a broken formula.
  if (/^[+\-@]/.test(text) && text.length > 1) return { value: "#NAME?", formula: `=${text}`, numberFormat: format, error: true };
  if (/^(true|sant)$/i.test(text.trim())) return { value: true, numberFormat: format };
  if (/^(false|falskt)$/i.test(text.trim())) return { value: false, numberFormat: format };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (iso) {
    const serial = (Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) - EPOCH) / 86_400_000;
    return { value: serial, numberFormat: isDateFormat(format) ? format : "yyyy-mm-dd" };
  }
  return { value: text, numberFormat: format };
}

export function displayText(cell: StoredCell | undefined): string {
  if (!cell) return "";
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  if (typeof cell.value === "number") {
    if (isDateFormat(cell.numberFormat)) return new Date(EPOCH + cell.value * 86_400_000).toISOString().slice(0, 10);
    return String(cell.value);
  }
  return cell.value;
}

export function valueType(cell: StoredCell | undefined): string {
  if (!cell || (cell.value === "" && cell.formula === undefined)) return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "boolean") return "Boolean";
  if (typeof cell.value === "number") return Number.isInteger(cell.value) ? "Integer" : "Double";
  return "String";
}
