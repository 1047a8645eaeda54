/**
 * A small behavioural fake of the Excel JavaScript API — only the subset OfficeWorkbook uses —
 * so the port contract can run against the Office adapter. office-addin-mock only stores the
 * properties it is given; this fake keeps a workbook model and follows Excel's rules where the
 * adapter depends on them:
 *
 * - Proxies queue commands; nothing happens until context.sync(). A loaded property read before
 *   the sync throws PropertyNotLoaded, like Office.js.
 * - A sync runs the queue in order and stops at the first failing command (ItemNotFound,
 *   AccessDenied on a protected sheet, ItemAlreadyExists…): commands before it stay applied, as in
 *   Excel — which is why the adapter checks first and writes last.
 * - In cell edit mode every sync fails with InvalidOperationInCellEditMode.
 * - Values set on a General cell are parsed as Excel does: "=…" becomes a formula, "007" and
 *   "3,5"-like text a number, "TRUE" a boolean, an ISO date a date serial. A cell formatted "@"
 *   keeps text verbatim.
 * - getUsedRangeOrNullObject(true) is the bounding box of cells holding values.
 *
 * Formulas are stored, not evaluated (their value reads back as 0).
 */
import { columnLetter, columnNumber, type MergedArea } from "../../../src/core/grid";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

type Scalar = string | number | boolean;

interface StoredCell {
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
  id: string;
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
  conditionalFormats: ConditionalFormatDoc[] = [];
  validations: ValidationDoc[] = [];
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

export class TableDoc {
  handlers: ((event: unknown) => Promise<void> | void)[] = [];
  style?: string;
  constructor(
    public name: string,
    public sheet: SheetDoc,
    public area: MergedArea,
  ) {}
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

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
  return {
    top: Math.min(a.row ?? 1, b.row ?? 1),
    left: Math.min(a.col ?? 1, b.col ?? 1),
    bottom: Math.max(a.row ?? MAX_ROW, b.row ?? MAX_ROW),
    right: Math.max(a.col ?? MAX_COL, b.col ?? MAX_COL),
  };
}

function areaAddress(sheet: string, area: MergedArea): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const from = `${columnLetter(area.left)}${area.top}`;
  const to = `${columnLetter(area.right)}${area.bottom}`;
  return `${quoted}!${from === to ? from : `${from}:${to}`}`;
}

function intersects(a: MergedArea, b: MergedArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function isDateFormat(format: string | undefined): boolean {
  if (!format || /^general$/i.test(format) || format === "@") return false;
  return /[dy]/i.test(format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, ""));
}

const EPOCH = Date.UTC(1899, 11, 30);

/** What Excel stores when a user (or Range.values) enters `input` into a cell of this format. */
function parseEntry(input: unknown, format: string | undefined): StoredCell {
  if (format === "@") return { value: input === null || input === undefined ? "" : String(input), numberFormat: "@" };
  if (typeof input === "number" || typeof input === "boolean") return { value: input, numberFormat: format };
  const text = input === null || input === undefined ? "" : String(input);
  if (text.startsWith("=") && text.length > 1) return { value: 0, formula: text, numberFormat: format };
  if (/^[-+]?\d+([.,]\d+)?$/.test(text.trim())) return { value: Number(text.trim().replace(",", ".")), numberFormat: format };
  if (/^(true|sant)$/i.test(text.trim())) return { value: true, numberFormat: format };
  if (/^(false|falskt)$/i.test(text.trim())) return { value: false, numberFormat: format };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (iso) {
    const serial = (Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) - EPOCH) / 86_400_000;
    return { value: serial, numberFormat: isDateFormat(format) ? format : "yyyy-mm-dd" };
  }
  return { value: text, numberFormat: format };
}

function displayText(cell: StoredCell | undefined): string {
  if (!cell) return "";
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  if (typeof cell.value === "number") {
    if (isDateFormat(cell.numberFormat)) return new Date(EPOCH + cell.value * 86_400_000).toISOString().slice(0, 10);
    return String(cell.value);
  }
  return cell.value;
}

function valueType(cell: StoredCell | undefined): string {
  if (!cell || (cell.value === "" && cell.formula === undefined)) return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "boolean") return "Boolean";
  if (typeof cell.value === "number") return Number.isInteger(cell.value) ? "Integer" : "Double";
  return "String";
}

/** The workbook behind the fake API, plus test controls. */
export class FakeExcel {
  sheets: SheetDoc[] = [new SheetDoc("Blad1")];
  tables: TableDoc[] = [];
  structureProtected = false;
  /** When true every sync fails as Excel does while the user is typing in a cell. */
  editMode = false;
  syncCount = 0;
  activeSheet = "Blad1";
  private nextId = 1;

  newId(): string {
    return `{CF-${this.nextId++}}`;
  }

  sheet(name: string): SheetDoc | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  requireSheet(name: string): SheetDoc {
    const sheet = this.sheet(name);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${name})`);
    return sheet;
  }

  /** Seed cells directly (1-based top-left), as a user would have typed them. */
  seed(sheetName: string, topLeft: string, rows: (Scalar | null)[][], numberFormat?: string): SheetDoc {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const origin = parseArea(topLeft);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        sheet.cells.set(sheet.key(origin.top + r, origin.left + c), parseEntry(value, numberFormat));
      }),
    );
    return sheet;
  }

  addSheet(name: string): SheetDoc {
    if (this.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new FakeOfficeError("InvalidArgument", `Bad sheet name ${name}`);
    const sheet = new SheetDoc(name);
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(sheet: SheetDoc): void {
    if (this.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook is protected.");
    const rest = this.sheets.filter((s) => s !== sheet);
    if (!rest.some((s) => s.visibility === "Visible")) {
      throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    this.sheets = rest;
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
  }

  newContext(): FakeContext {
    return new FakeContext(this);
  }

  /** An ExcelRunner for OfficeWorkbook: a fresh context per batch, like Excel.run. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(this.newContext() as unknown as Excel.RequestContext);

  /** Simulate a user edit inside a table: the onChanged handlers fire. */
  async fireTableChanged(tableName: string, address: string): Promise<void> {
    const table = this.tables.find((t) => t.name.toLowerCase() === tableName.toLowerCase());
    if (!table) throw new Error(`no table ${tableName}`);
    for (const handler of table.handlers) {
      await handler({ address, changeType: "RangeEdited", source: "Local", tableId: table.name, type: "TableChanged" });
    }
  }
}

type Command = () => void;

export class FakeContext {
  private queue: Command[] = [];
  readonly workbook: FakeWorkbook;
  constructor(readonly doc: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(command: Command): void {
    this.queue.push(command);
  }

  async sync(): Promise<void> {
    this.doc.syncCount++;
    const queue = this.queue;
    this.queue = [];
    if (this.doc.editMode) {
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    for (const command of queue) command(); // the first throwing command rejects the sync; later ones never run
  }
}

/** Base of every proxy: lazily resolved target, loaded properties, null-object state. */
abstract class Proxy<T> {
  private loaded = new Map<string, unknown>();
  private resolved: T | null | undefined = undefined;
  private nullState: boolean | undefined;
  constructor(
    readonly context: FakeContext,
    private readonly resolver: () => T | null,
  ) {}

  /** The target, resolved once at first use during a sync (throws ItemNotFound for a missing getItem). */
  protected target(): T {
    const value = this.resolveOrNull();
    if (value === null) throw new FakeOfficeError("ItemNotFound", "The object is a null object.");
    return value;
  }
  protected resolveOrNull(): T | null {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved;
  }
  /** Make isNullObject readable after the next sync. */
  protected trackNull(): void {
    this.context.enqueue(() => {
      this.nullState = this.resolveOrNull() === null;
    });
  }
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new FakeOfficeError("PropertyNotLoaded", "isNullObject read before context.sync().");
    return this.nullState;
  }

  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`,
      );
    }
    return this.loaded.get(name) as V;
  }

  /** Read a scalar property from the resolved target (at sync time). */
  protected abstract read(name: string): unknown;
  /** A navigation property to load through ("protection/protected"); undefined when not one. */
  protected navigate(_name: string): Proxy<unknown> | undefined {
    return undefined;
  }

  load(properties?: string | string[]): this {
    const list = (Array.isArray(properties) ? properties : (properties ?? "").split(","))
      .map((p) => p.trim())
      .filter(Boolean);
    this.context.enqueue(() => this.loadNow(list));
    return this;
  }

  loadNow(paths: string[]): void {
    if (this.resolveOrNull() === null) {
      this.nullState = true;
      return;
    }
    this.nullState = false;
    const groups = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/") as [string, ...string[]];
      const list = groups.get(head) ?? [];
      if (rest.length > 0) list.push(rest.join("/"));
      groups.set(head, list);
    }
    for (const [head, rest] of groups) {
      const child = this.navigate(head);
      if (child) {
        child.loadNow(rest);
        this.loaded.set(head, child);
      } else this.loaded.set(head, this.read(head));
    }
  }

  /** Queue a command against the resolved target. */
  protected command(run: (target: T) => void): void {
    this.context.enqueue(() => run(this.target()));
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly protection: FakeWorkbookProtection;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
    this.protection = new FakeWorkbookProtection(context, () => context.doc);
  }
}

class FakeWorkbookProtection extends Proxy<FakeExcel> {
  protected read(name: string): unknown {
    if (name === "protected") return this.target().structureProtected;
    throw new Error(`fake: WorkbookProtection.${name} not implemented`);
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

class FakeWorksheetCollection extends Proxy<FakeExcel> {
  private itemProxies: FakeWorksheet[] = [];
  constructor(context: FakeContext) {
    super(context, () => context.doc);
  }
  protected read(name: string): unknown {
    throw new Error(`fake: WorksheetCollection.${name} not implemented`);
  }
  protected override navigate(name: string): Proxy<unknown> | undefined {
    if (name !== "items") return undefined;
    const doc = this.target();
    this.itemProxies = doc.sheets.map((sheet) => new FakeWorksheet(this.context, () => sheet));
    const collection = this.itemProxies;
    // A pseudo-proxy that forwards item loads.
    return {
      loadNow: (paths: string[]) => collection.forEach((item) => item.loadNow(paths)),
    } as unknown as Proxy<unknown>;
  }
  override loadNow(paths: string[]): void {
    super.loadNow(paths);
    this.loadedItems = true;
  }
  private loadedItems = false;
  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new FakeOfficeError("PropertyNotLoaded", "items read before load/sync.");
    return this.itemProxies;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.doc.requireSheet(name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const proxy = new FakeWorksheet(this.context, () => this.context.doc.sheet(name) ?? null);
    return proxy.withNullTracking();
  }
  add(name?: string): FakeWorksheet {
    let created: SheetDoc | undefined;
    this.context.enqueue(() => {
      const doc = this.context.doc;
      if (doc.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook is protected.");
      let sheetName = name;
      for (let n = doc.sheets.length + 1; !sheetName; n++) if (!doc.sheet(`Blad${n}`)) sheetName = `Blad${n}`;
      created = doc.addSheet(sheetName);
    });
    return new FakeWorksheet(this.context, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "Sheet was not created.");
      return created;
    });
  }
}

class FakeWorksheetProtection extends Proxy<SheetDoc> {
  protected read(name: string): unknown {
    if (name === "protected") return this.target().isProtected;
    throw new Error(`fake: WorksheetProtection.${name} not implemented`);
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

function assertWritable(sheet: SheetDoc): void {
  if (sheet.isProtected) {
    throw new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  }
}

class FakeWorksheet extends Proxy<SheetDoc> {
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly names: FakeNames;
  readonly tables: FakeWorksheetTables;
  readonly charts: FakeCharts;
  constructor(context: FakeContext, resolver: () => SheetDoc | null) {
    super(context, resolver);
    const sheet = () => this.target();
    this.protection = new FakeWorksheetProtection(context, sheet);
    this.freezePanes = new FakeFreezePanes(this);
    this.pageLayout = new FakePageLayout(this);
    this.names = new FakeNames(this);
    this.tables = new FakeWorksheetTables(this);
    this.charts = new FakeCharts(this);
  }
  withNullTracking(): this {
    this.trackNull();
    return this;
  }
  sheetDoc(): SheetDoc {
    return this.target();
  }
  run(command: (sheet: SheetDoc) => void): void {
    this.command(command);
  }
  protected read(name: string): unknown {
    const sheet = this.target();
    switch (name) {
      case "name":
        return sheet.name;
      case "visibility":
        return sheet.visibility;
      case "position":
        return this.context.doc.sheets.indexOf(sheet);
      default:
        throw new Error(`fake: Worksheet.${name} not implemented`);
    }
  }
  protected override navigate(name: string): Proxy<unknown> | undefined {
    return name === "protection" ? (this.protection as Proxy<unknown>) : undefined;
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.command((sheet) => {
      const other = this.context.doc.sheet(value);
      if (other && other !== sheet) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${value} already exists.`);
      sheet.name = value;
    });
  }
  get position(): number {
    return this.get("position");
  }
  set position(value: number) {
    this.command((sheet) => {
      const doc = this.context.doc;
      doc.sheets = doc.sheets.filter((s) => s !== sheet);
      doc.sheets.splice(Math.min(value, doc.sheets.length), 0, sheet);
    });
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(value: string) {
    this.command((sheet) => {
      const others = this.context.doc.sheets.filter((s) => s !== sheet && s.visibility === "Visible");
      if (value !== "Visible" && others.length === 0) throw new FakeOfficeError("InvalidOperation", "The last visible sheet cannot be hidden.");
      sheet.visibility = value as SheetDoc["visibility"];
    });
  }
  delete(): void {
    this.command((sheet) => this.context.doc.deleteSheet(sheet));
  }
  activate(): void {
    this.command((sheet) => {
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.context.doc.activeSheet = sheet.name;
    });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.target(), area: address ? parseArea(address) : parseArea("A1:XFD1048576") }));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, () => ({
      sheet: this.target(),
      area: { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols },
    }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly) throw new Error("fake: only getUsedRangeOrNullObject(true) is implemented");
    const range = new FakeRange(this.context, () => {
      const sheet = this.target();
      const area = sheet.usedArea();
      return area ? { sheet, area } : null;
    });
    return range.withNullTracking();
  }
}

interface RangeRef {
  sheet: SheetDoc;
  area: MergedArea;
}

function matrix<T>(area: MergedArea, at: (row: number, col: number) => T): T[][] {
  const rows: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: T[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(at(r, c));
    rows.push(row);
  }
  return rows;
}

function checkShape(area: MergedArea, value: unknown[][], what: string): void {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (!Array.isArray(value) || value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the ${what} array doesn't match the size of the range.`);
  }
}

class FakeRange extends Proxy<RangeRef> {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormats;
  constructor(context: FakeContext, resolver: () => RangeRef | null) {
    super(context, resolver);
    this.format = new FakeRangeFormat(this);
    this.dataValidation = new FakeDataValidation(this);
    this.conditionalFormats = new FakeConditionalFormats(this);
  }
  withNullTracking(): this {
    this.trackNull();
    return this;
  }
  ref(): RangeRef {
    return this.target();
  }
  run(command: (ref: RangeRef) => void): void {
    this.command(command);
  }
  protected read(name: string): unknown {
    const { sheet, area } = this.target();
    const at = (r: number, c: number) => sheet.cell(r, c);
    switch (name) {
      case "values":
        return matrix(area, (r, c) => at(r, c)?.value ?? "");
      case "text":
        return matrix(area, (r, c) => displayText(at(r, c)));
      case "formulas":
        return matrix(area, (r, c) => at(r, c)?.formula ?? at(r, c)?.value ?? "");
      case "numberFormat":
        return matrix(area, (r, c) => at(r, c)?.numberFormat ?? "General");
      case "valueTypes":
        return matrix(area, (r, c) => valueType(at(r, c)));
      case "rowIndex":
        return area.top - 1;
      case "columnIndex":
        return area.left - 1;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "address":
        return areaAddress(sheet.name, area);
      default:
        throw new Error(`fake: Range.${name} not implemented`);
    }
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(value: unknown[][]) {
    this.command(({ sheet, area }) => {
      assertWritable(sheet);
      checkShape(area, value, "values");
      value.forEach((row, r) =>
        row.forEach((input, c) => {
          const key = sheet.key(area.top + r, area.left + c);
          const entry = parseEntry(input, sheet.cells.get(key)?.numberFormat);
          if (entry.value === "" && entry.formula === undefined && !entry.numberFormat) sheet.cells.delete(key);
          else sheet.cells.set(key, entry);
        }),
      );
    });
  }
  get text(): string[][] {
    return this.get("text");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this.command(({ sheet, area }) => {
      assertWritable(sheet);
      checkShape(area, value, "numberFormat");
      value.forEach((row, r) =>
        row.forEach((format, c) => {
          const key = sheet.key(area.top + r, area.left + c);
          const cell = sheet.cells.get(key) ?? { value: "" };
          // Changing the format never re-parses what the cell holds.
          sheet.cells.set(key, { ...cell, numberFormat: String(format) });
        }),
      );
    });
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get address(): string {
    return this.get("address");
  }
  clear(applyTo?: string): void {
    this.command(({ sheet, area }) => {
      assertWritable(sheet);
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const key = sheet.key(r, c);
          const cell = sheet.cells.get(key);
          if (!cell) continue;
          if (applyTo === "Contents") sheet.cells.set(key, { value: "", numberFormat: cell.numberFormat });
          else sheet.cells.delete(key);
        }
      }
    });
  }
  merge(across?: boolean): void {
    if (across) throw new Error("fake: merge(across) not implemented");
    this.command(({ sheet, area }) => {
      assertWritable(sheet);
      if (sheet.merges.some((m) => intersects(m, area))) throw new FakeOfficeError("MergedRangeConflict", "Overlapping merge.");
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) sheet.cells.delete(sheet.key(r, c));
      }
      sheet.merges.push({ ...area });
    });
  }
  select(): void {
    this.command(({ sheet, area }) => {
      if (this.context.doc.activeSheet !== sheet.name) throw new FakeOfficeError("InvalidSelection", "Select on an inactive sheet.");
      sheet.selected = areaAddress(sheet.name, area);
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const areas = new FakeRangeAreas(this.context, () => {
      const { sheet, area } = this.target();
      const merges = sheet.merges.filter((m) => intersects(m, area));
      return merges.length > 0 ? { sheet, merges } : null;
    });
    areas.track();
    return areas;
  }
}

class FakeRangeAreas extends Proxy<{ sheet: SheetDoc; merges: MergedArea[] }> {
  track(): void {
    this.trackNull();
  }
  protected read(name: string): unknown {
    if (name !== "address") throw new Error(`fake: RangeAreas.${name} not implemented`);
    const { sheet, merges } = this.target();
    return merges.map((m) => areaAddress(sheet.name, m)).join(", ");
  }
  get address(): string {
    return this.get("address");
  }
}

class FakeRangeFormat {
  readonly font: { bold: boolean; italic: boolean; color: string; size: number };
  readonly fill: { color: string };
  constructor(private readonly range: FakeRange) {
    const setFormat = (patch: CellFormat) =>
      range.run(({ sheet, area }) => {
        assertWritable(sheet);
        for (let r = area.top; r <= Math.min(area.bottom, area.top + 2000); r++) {
          for (let c = area.left; c <= Math.min(area.right, area.left + 200); c++) {
            const key = sheet.key(r, c);
            sheet.formats.set(key, { ...sheet.formats.get(key), ...patch });
          }
        }
      });
    this.font = {
      set bold(v: boolean) {
        setFormat({ bold: v });
      },
      set italic(v: boolean) {
        setFormat({ italic: v });
      },
      set color(v: string) {
        setFormat({ fontColor: v });
      },
      set size(v: number) {
        setFormat({ fontSize: v });
      },
    } as FakeRangeFormat["font"];
    this.fill = {
      set color(v: string) {
        setFormat({ fill: v });
      },
    } as FakeRangeFormat["fill"];
    this.setFormat = setFormat;
  }
  private readonly setFormat: (patch: CellFormat) => void;
  set wrapText(v: boolean) {
    this.setFormat({ wrapText: v });
  }
  set verticalAlignment(v: string) {
    this.setFormat({ verticalAlignment: v });
  }
  set columnWidth(points: number) {
    this.range.run(({ sheet, area }) => {
      for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, points);
    });
  }
}

class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}
  private update(patch: Partial<ValidationDoc>): void {
    this.range.run(({ sheet, area }) => {
      assertWritable(sheet);
      let doc = sheet.validations.find((v) => v.area.top === area.top && v.area.left === area.left && v.area.bottom === area.bottom && v.area.right === area.right);
      if (!doc) {
        doc = { area };
        sheet.validations.push(doc);
      }
      Object.assign(doc, patch);
    });
  }
  set rule(rule: ValidationDoc["rule"]) {
    const source = rule?.list?.source ?? "";
    if (!source.startsWith("=") && source.length > 255) {
      throw new FakeOfficeError("InvalidArgument", "A list source longer than 255 characters.");
    }
    this.update({ rule });
  }
  set ignoreBlanks(value: boolean) {
    this.update({ ignoreBlanks: value });
  }
  set errorAlert(value: unknown) {
    this.update({ errorAlert: value });
  }
}

class FakeConditionalFormat extends Proxy<ConditionalFormatDoc> {
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };
  constructor(context: FakeContext, resolver: () => ConditionalFormatDoc | null) {
    super(context, resolver);
    const set = (patch: Partial<ConditionalFormatDoc>) => this.command((doc) => Object.assign(doc, patch));
    this.custom = {
      rule: {
        set formula(v: string) {
          set({ formula: v });
        },
      } as { formula: string },
      format: {
        fill: {
          set color(v: string) {
            set({ fill: v });
          },
        } as { color: string },
        font: {
          set color(v: string) {
            set({ fontColor: v });
          },
        } as { color: string },
      },
    };
  }
  protected read(name: string): unknown {
    if (name === "id") return this.target().id;
    if (name === "type") return this.target().type;
    throw new Error(`fake: ConditionalFormat.${name} not implemented`);
  }
  get id(): string {
    return this.get("id");
  }
  delete(): void {
    this.context.enqueue(() => {
      const doc = this.target();
      for (const sheet of this.context.doc.sheets) sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf !== doc);
    });
  }
}

class FakeConditionalFormats {
  private itemProxies: FakeConditionalFormat[] | undefined;
  constructor(private readonly range: FakeRange) {}
  add(type: string): FakeConditionalFormat {
    let created: ConditionalFormatDoc | undefined;
    this.range.run(({ sheet, area }) => {
      assertWritable(sheet);
      created = { id: this.range.context.doc.newId(), area, type };
      sheet.conditionalFormats.unshift(created); // added at the top priority
    });
    return new FakeConditionalFormat(this.range.context, () => created ?? null);
  }
  load(paths: string): this {
    const list = paths.split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.range.run(({ sheet, area }) => {
      this.itemProxies = sheet.conditionalFormats
        .filter((cf) => intersects(cf.area, area))
        .map((doc) => new FakeConditionalFormat(this.range.context, () => doc));
      this.itemProxies.forEach((item) => item.loadNow(list));
    });
    return this;
  }
  get items(): FakeConditionalFormat[] {
    if (!this.itemProxies) throw new FakeOfficeError("PropertyNotLoaded", "items read before load/sync.");
    return this.itemProxies;
  }
}

class FakeFreezePanes {
  constructor(private readonly sheet: FakeWorksheet) {}
  freezeRows(count: number): void {
    this.sheet.run((s) => (s.frozen = { rows: count, cols: 0 }));
  }
  freezeColumns(count: number): void {
    this.sheet.run((s) => (s.frozen = { rows: 0, cols: count }));
  }
  freezeAt(range: FakeRange): void {
    this.sheet.run((s) => {
      const { area } = range.ref();
      s.frozen = { rows: area.bottom, cols: area.right };
    });
  }
}

class FakePageLayout {
  constructor(private readonly sheet: FakeWorksheet) {}
  set orientation(value: string) {
    this.sheet.run((s) => (s.pageLayout.orientation = value));
  }
  set paperSize(value: string) {
    this.sheet.run((s) => (s.pageLayout.paperSize = value));
  }
  setPrintTitleRows(rows: string): void {
    if (!/^\$\d+:\$\d+$/.test(rows)) throw new FakeOfficeError("InvalidArgument", `Bad print title rows ${rows}`);
    this.sheet.run((s) => (s.pageLayout.printTitleRows = rows));
  }
}

class FakeNames {
  constructor(private readonly sheet: FakeWorksheet) {}
  add(name: string, range: FakeRange): void {
    this.sheet.run((s) => {
      if ([...s.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} already exists.`);
      }
      s.names.set(name, range.ref().area);
    });
  }
}

class FakeTable extends Proxy<TableDoc> {
  readonly onChanged: {
    add(handler: (event: unknown) => Promise<void> | void): { remove(): void; context: FakeContext };
  };
  constructor(context: FakeContext, resolver: () => TableDoc | null) {
    super(context, resolver);
    this.onChanged = {
      add: (handler) => {
        this.command((table) => table.handlers.push(handler));
        return {
          context,
          remove: () => this.command((table) => (table.handlers = table.handlers.filter((h) => h !== handler))),
        };
      },
    };
  }
  withNullTracking(): this {
    this.trackNull();
    return this;
  }
  protected read(name: string): unknown {
    if (name === "name") return this.target().name;
    throw new Error(`fake: Table.${name} not implemented`);
  }
  protected override navigate(name: string): Proxy<unknown> | undefined {
    if (name !== "worksheet") return undefined;
    return new FakeWorksheet(this.context, () => this.target().sheet) as Proxy<unknown>;
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.command((table) => {
      if (this.context.doc.tables.some((t) => t !== table && t.name.toLowerCase() === value.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `A table named ${value} already exists.`);
      }
      table.name = value;
    });
  }
  set style(value: string) {
    this.command((table) => (table.style = value));
  }
  get worksheet(): { name: string } {
    return this.get("worksheet");
  }
}

class FakeWorksheetTables {
  constructor(private readonly sheet: FakeWorksheet) {}
  add(address: string, hasHeaders: boolean): FakeTable {
    if (!hasHeaders) throw new Error("fake: tables without headers not implemented");
    let created: TableDoc | undefined;
    this.sheet.run((s) => {
      assertWritable(s);
      const area = parseArea(address);
      const doc = this.sheet.context.doc;
      if (doc.tables.some((t) => t.sheet === s && intersects(t.area, area))) throw new FakeOfficeError("InvalidOperation", "Tables overlap.");
      let n = doc.tables.length + 1;
      while (doc.tables.some((t) => t.name === `Tabell${n}`)) n++;
      created = new TableDoc(`Tabell${n}`, s, area);
      doc.tables.push(created);
    });
    return new FakeTable(this.sheet.context, () => created ?? null);
  }
}

/** The workbook-wide table collection (load items, getItemOrNullObject). */
class FakeTableCollection extends Proxy<FakeExcel> {
  private itemProxies: FakeTable[] = [];
  private loadedItems = false;
  constructor(context: FakeContext) {
    super(context, () => context.doc);
  }
  protected read(name: string): unknown {
    throw new Error(`fake: TableCollection.${name} not implemented`);
  }
  protected override navigate(name: string): Proxy<unknown> | undefined {
    if (name !== "items") return undefined;
    this.itemProxies = this.target().tables.map((t) => new FakeTable(this.context, () => t));
    const items = this.itemProxies;
    return { loadNow: (paths: string[]) => items.forEach((item) => item.loadNow(paths)) } as unknown as Proxy<unknown>;
  }
  override loadNow(paths: string[]): void {
    super.loadNow(paths);
    this.loadedItems = true;
  }
  get items(): FakeTable[] {
    if (!this.loadedItems) throw new FakeOfficeError("PropertyNotLoaded", "items read before load/sync.");
    return this.itemProxies;
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.context, () => this.context.doc.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null).withNullTracking();
  }
}

class FakeChart {
  readonly title: { text: string };
  readonly series: { getItemAt(i: number): { format: { fill: { setSolidColor(c: string): void } } } };
  constructor(
    private readonly sheet: FakeWorksheet,
    chart: () => ChartDoc,
  ) {
    this.title = {
      set text(v: string) {
        sheet.run(() => (chart().title = v));
      },
    } as { text: string };
    this.series = {
      getItemAt: (i: number) => ({
        format: { fill: { setSolidColor: (c: string) => sheet.run(() => (chart().seriesColours[i] = c)) } },
      }),
    };
    this.chart = chart;
  }
  private readonly chart: () => ChartDoc;
  setPosition(start: string, end: string): void {
    this.sheet.run(() => (this.chart().position = [start, end]));
  }
}

class FakeCharts {
  constructor(private readonly sheet: FakeWorksheet) {}
  add(type: string, source: FakeRange, seriesBy: string): FakeChart {
    let created: ChartDoc | undefined;
    this.sheet.run((s) => {
      assertWritable(s);
      created = { type, source: source.ref().area, seriesBy, seriesColours: [] };
      s.charts.push(created);
    });
    return new FakeChart(this.sheet, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "Chart was not created.");
      return created;
    });
  }
}
