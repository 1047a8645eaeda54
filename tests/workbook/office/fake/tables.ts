/** Tables: the workbook collection, a worksheet's collection, one table with its onChanged event. */
import { FakeOfficeError } from "./errors";
import type { FakeContext } from "./excel";
import { intersects, parseArea, TableDoc, type TableHandler } from "./model";
import { Proxy } from "./proxy";
import { assertWritable } from "./range";
import { assertDefinedName, assertTableHeaders } from "./rules";
import { FakeCollection } from "./collection";
import { FakeWorksheet } from "./workbook";

export interface FakeEventRegistration {
  context: FakeContext;
  remove(): void;
}

export class FakeTable extends Proxy<TableDoc> {
  readonly onChanged: { add(handler: TableHandler): FakeEventRegistration };
  constructor(context: FakeContext, resolver: () => TableDoc | null) {
    super(context, resolver);
    this.onChanged = {
      add: (handler) => {
        this.command((table) => table.handlers.push({ handler, context }));
        return {
          context,
          // docs/excel/excel-add-ins-events.md: "The RequestContext used to create the event handler is needed to remove it."
          remove: () =>
            context.enqueue(() => {
              const doc = this.resolveOrNull();
              if (!doc) return; // the table is gone and its handlers with it
              if (!doc.handlers.some((h) => h.handler === handler && h.context === context)) {
                throw new FakeOfficeError("InvalidOperation", "The handler was not added in this context.");
              }
              doc.handlers = doc.handlers.filter((h) => h.handler !== handler);
            }),
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
      // @types Table.name: "must follow the guidelines specified in the Rename an Excel table article" (support.microsoft.com/office/fbf49a4f-82a3-43eb-8ba2-44d21233b114)…
      assertDefinedName(value, "table");
      // …which also says a table name is unique in the workbook, among tables and defined names alike.
      if (this.context.doc.nameTaken(value, table)) throw new FakeOfficeError("ItemAlreadyExists", `The name ${value} is already taken.`);
      table.name = value;
    });
  }
  set style(value: string) {
    this.command((table) => (table.style = value));
  }
  get worksheet(): { name: string } {
    return this.get("worksheet");
  }
  delete(): void {
    this.command((table) => {
      assertWritable(table.sheet);
      table.handlers = [];
      this.context.doc.tables = this.context.doc.tables.filter((t) => t !== table);
    });
  }
}

export class FakeWorksheetTables {
  constructor(private readonly sheet: FakeWorksheet) {}
  add(address: string, hasHeaders: boolean): FakeTable {
    if (!hasHeaders) throw new Error("fake: tables without headers not implemented");
    let created: TableDoc | undefined;
    this.sheet.run((s) => {
      assertWritable(s);
      const area = parseArea(address);
      const doc = this.sheet.context.doc;
      // support.microsoft.com/office/e81aa349-b006-4f8a-9806-5af9df0ac664 ("Overview of Excel tables"): tables cannot overlap each other or merged cells.
      if (doc.tables.some((t) => t.sheet === s && intersects(t.area, area))) throw new FakeOfficeError("InvalidOperation", "Tables overlap.");
      if (s.merges.some((m) => intersects(m, area))) throw new FakeOfficeError("InvalidOperation", "A table cannot overlap merged cells.");
      const headers: unknown[] = [];
      for (let c = area.left; c <= area.right; c++) headers.push(s.cell(area.top, c)?.value ?? "");
      assertTableHeaders(headers);
      let n = doc.tables.length + 1;
      while (doc.nameTaken(`Tabell${n}`)) n++;
      created = new TableDoc(`Tabell${n}`, s, area);
      doc.tables.push(created);
    });
    return new FakeTable(this.sheet.context, () => created ?? null);
  }
}

/** The workbook-wide table collection (load items, getItemOrNullObject). */
export class FakeTableCollection extends FakeCollection<FakeTable> {
  protected makeItems(): FakeTable[] {
    return this.target().tables.map((t) => new FakeTable(this.context, () => t));
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.context, () => this.context.doc.table(name) ?? null).withNullTracking();
  }
}
