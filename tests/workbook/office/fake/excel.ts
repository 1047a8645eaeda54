/**
 * The fake workbook (FakeExcel, with test controls) and its request context (FakeContext), which
 * queues commands until sync() and measures each request and response the way Excel on the web
 * limits them.
 */
import { FakeOfficeError } from "./errors";
import { SheetDoc, TableDoc, parseArea, parseEntry, type Scalar } from "./model";
import { BYTES_PER_CALL, PAYLOAD_LIMIT_BYTES, assertDefinedName } from "./rules";
import { FakeWorkbook } from "./workbook";

/** What Excel.run takes besides the batch (the subset the adapter uses). */
export interface FakeRunOptions {
  delayForCellEdit?: boolean;
  previousObjects?: unknown;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

/** The workbook behind the fake API, plus test controls. */
export class FakeExcel {
  sheets: SheetDoc[] = [new SheetDoc("Blad1")];
  tables: TableDoc[] = [];
  /** Workbook-scoped defined names (tables share their namespace). */
  names = new Map<string, string>();
  structureProtected = false;
  /** When true every sync fails as Excel does while the user is typing in a cell (unless delayForCellEdit). */
  editMode = false;
  syncCount = 0;
  /** Request and response size of every sync, for measuring (README sync table). */
  syncLog: SyncRecord[] = [];
  activeSheet = "Blad1";
  /** Excel on the web's 5 MB; a test may lower it to stand for Office's own framing being larger than measured. */
  payloadLimit = PAYLOAD_LIMIT_BYTES;
  private editWaiters: (() => void)[] = [];

  /** The user leaves cell edit mode: batches delayed by delayForCellEdit go on. */
  exitEditMode(): void {
    this.editMode = false;
    for (const resume of this.editWaiters.splice(0)) resume();
  }
  waitForEditEnd(): Promise<void> {
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }

  sheet(name: string): SheetDoc | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  requireSheet(name: string): SheetDoc {
    const sheet = this.sheet(name);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${name})`);
    return sheet;
  }

  table(name: string): TableDoc | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** Is `name` taken in the one namespace of tables and defined names (workbook- or sheet-scoped)? */
  nameTaken(name: string, except?: TableDoc): boolean {
    const lower = name.toLowerCase();
    if (this.tables.some((t) => t !== except && t.name.toLowerCase() === lower)) return true;
    if ([...this.names.keys()].some((n) => n.toLowerCase() === lower)) return true;
    return this.sheets.some((s) => [...s.names.keys()].some((n) => n.toLowerCase() === lower));
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

  /** Seed a table as a user would have made it (Insert → Table). */
  seedTable(sheetName: string, address: string, name: string): TableDoc {
    assertDefinedName(name, "table");
    if (this.nameTaken(name)) throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} is taken.`);
    const table = new TableDoc(name, this.sheet(sheetName) ?? this.addSheet(sheetName), parseArea(address));
    this.tables.push(table);
    return table;
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
    // @types Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an InvalidOperation exception".
    if (sheet.visibility === "VeryHidden") throw new FakeOfficeError("InvalidOperation", "A very hidden worksheet cannot be deleted.");
    const rest = this.sheets.filter((s) => s !== sheet);
    if (!rest.some((s) => s.visibility === "Visible")) {
      throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    this.sheets = rest;
    // Excel turns references to a deleted sheet into #REF! (support.microsoft.com "How to correct a #REF! error"); a dropdown's list source too.
    const quoted = new RegExp(`^=('?)${sheet.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "''")}\\1!`, "i");
    for (const other of rest) {
      for (const validation of other.validations) {
        const list = validation.rule?.list;
        if (list && quoted.test(list.source)) validation.rule = { list: { ...list, source: "=#REF!" } };
      }
    }
    // docs/excel/excel-add-ins-events.md: handlers belong to their object; a deleted table's handlers never fire again.
    for (const table of this.tables.filter((t) => t.sheet === sheet)) table.handlers = [];
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    if (this.activeSheet === sheet.name) this.activeSheet = this.sheets.find((s) => s.visibility === "Visible")!.name;
  }

  newContext(options: FakeRunOptions = {}): FakeContext {
    return new FakeContext(this, options);
  }

  /**
   * An ExcelRunner for OfficeWorkbook: a fresh context per batch, like Excel.run; or, with
   * `previousObjects`, the earlier batch's context again. A context is usable only inside its run.
   */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>, options: FakeRunOptions = {}): Promise<T> => {
    const previous = options.previousObjects as FakeContext | { context?: FakeContext } | undefined;
    const reused = previous instanceof FakeContext ? previous : previous?.context;
    const context = reused ?? this.newContext(options);
    context.open = true;
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      context.open = false;
    }
  };

  /** Simulate a user edit inside a table: the onChanged handlers fire. */
  async fireTableChanged(tableName: string, address: string): Promise<void> {
    const table = this.table(tableName);
    if (!table) throw new Error(`no table ${tableName}`);
    for (const { handler } of table.handlers) {
      await handler({ address, changeType: "RangeEdited", source: "Local", tableId: table.name, type: "TableChanged" });
    }
  }
}

type Command = () => void;

export class FakeContext {
  private queue: { run: Command; bytes: number }[] = [];
  private responseBytes = 0;
  /** True while its Excel.run batch runs (tests that call newContext() directly get an open context). */
  open = true;
  readonly workbook: FakeWorkbook;
  constructor(
    readonly doc: FakeExcel,
    readonly options: FakeRunOptions = {},
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  /** Queue a command; `valueBytes` is the size of the data it sends (values, formats…). */
  enqueue(command: Command, valueBytes = 0): void {
    this.queue.push({ run: command, bytes: BYTES_PER_CALL + valueBytes });
  }

  /** Loaded data on its way back (counted during the sync). */
  addResponse(bytes: number): void {
    this.responseBytes += bytes;
  }

  async sync(): Promise<void> {
    this.doc.syncCount++;
    const queue = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    // @types OfficeExtension.Error "InvalidObjectPath" / docs/excel/excel-add-ins-events.md: objects of a finished Excel.run are used again only through Excel.run(previousObjects).
    if (!this.open) throw new FakeOfficeError("InvalidObjectPath", "The object path isn't working: the context's Excel.run has ended.");
    if (this.doc.editMode) {
      // docs/excel/excel-add-ins-delay-in-cell-edit.md: with delayForCellEdit the batch waits until the user leaves the cell, else it fails.
      if (!this.options.delayForCellEdit) throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      await this.doc.waitForEditEnd();
    }
    const requestBytes = queue.reduce((sum, c) => sum + c.bytes, 0);
    this.doc.syncLog.push({ requestBytes, responseBytes: 0 });
    // docs/concepts/resource-limits-and-performance-optimization.md#excel-add-ins: requests over 5 MB fail (nothing of them runs).
    if (requestBytes > this.doc.payloadLimit) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload (${requestBytes} bytes) exceeds the limit.`);
    }
    for (const command of queue) command.run(); // the first throwing command rejects the sync; later ones never run
    this.doc.syncLog[this.doc.syncLog.length - 1]!.responseBytes = this.responseBytes;
    // Same page: a response over 5 MB fails too (the commands have run; the loaded data is lost).
    if (this.responseBytes > this.doc.payloadLimit) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload (${this.responseBytes} bytes) exceeds the limit.`);
    }
  }
}
