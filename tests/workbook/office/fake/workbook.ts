/** Workbook, worksheet collection and worksheet proxies (with protection, freeze panes, page layout, names). */
import { FakeOfficeError } from "./errors";
import type { FakeContext } from "./excel";
import { parseArea, type SheetDoc } from "./model";
import { FakeCollection } from "./collection";
import { Proxy } from "./proxy";
import { FakeRange } from "./range";
import { assertDefinedName } from "./rules";
import { FakeCharts } from "./charts";
import { FakeTableCollection, FakeWorksheetTables } from "./tables";

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly protection: FakeWorkbookProtection;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
    this.protection = new FakeWorkbookProtection(context, () => context.doc);
  }
}

class FakeWorkbookProtection extends Proxy<FakeContext["doc"]> {
  protected read(name: string): unknown {
    if (name === "protected") return this.target().structureProtected;
    throw new Error(`fake: WorkbookProtection.${name} not implemented`);
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected makeItems(): FakeWorksheet[] {
    return this.target().sheets.map((sheet) => new FakeWorksheet(this.context, () => sheet));
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

export class FakeWorksheet extends Proxy<SheetDoc> {
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly names: FakeNames;
  readonly tables: FakeWorksheetTables;
  readonly charts: FakeCharts;
  constructor(context: FakeContext, resolver: () => SheetDoc | null) {
    super(context, resolver);
    this.protection = new FakeWorksheetProtection(context, () => this.target());
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
  run(command: (sheet: SheetDoc) => void, valueBytes = 0): void {
    this.command(command, valueBytes);
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
      if (!value || value.length > 31 || /[\\/?*[\]:]/.test(value)) throw new FakeOfficeError("InvalidArgument", `Bad sheet name ${value}`);
      if (this.context.doc.activeSheet === sheet.name) this.context.doc.activeSheet = value;
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
      if (value !== "Visible" && this.context.doc.activeSheet === sheet.name) this.context.doc.activeSheet = others[0]!.name;
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
    return new FakeRange(this.context, () => ({ sheet: this.target(), area: parseArea(address ?? "A1:XFD1048576") }));
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
      // @types NamedItemCollection.add → support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114: names follow the rules of table names…
      assertDefinedName(name, "name");
      // …and share one namespace with tables; a sheet-scoped name may repeat on another sheet, never on its own.
      const doc = this.sheet.context.doc;
      const onSheet = [...s.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase());
      if (onSheet || doc.tables.some((t) => t.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} already exists.`);
      }
      s.names.set(name, range.ref().area);
    });
  }
}
