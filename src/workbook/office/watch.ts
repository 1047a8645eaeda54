/**
 * Live re-validation: table.onChanged handlers on the template tables, debounced.
 *
 * Excel's rules (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events): "the
 * RequestContext used to create the event handler is needed to remove it", so a handler is
 * removed inside Excel.run given its own context (previousObjects); and a handler belongs to its
 * table, so when the template is written again (a new sheet, a new table) the watch registers
 * on the new table — whatever number its name got — instead of going silent.
 */
import { WorkbookError } from "../../core/port";

export interface WatchOptions {
  /** Wait this long after the last change before calling back (typing fills many cells). */
  debounceMs?: number;
}

export interface TableChange {
  table: string;
  /** The changed address as Excel reports it, e.g. "H12" or "A9:I40". */
  address: string;
  /** "Local" for this user, "Remote" for a co-author. */
  source: string;
}

interface Registration {
  remove(): void;
  context: Excel.RequestContext;
}

export interface WatchRunner {
  run<T>(work: (context: Excel.RequestContext) => Promise<T>, previous?: Excel.RequestContext): Promise<T>;
}

/** "Aktiviteter", "Aktiviteter_2", "Aktiviteter2": the tables the add-in names after `base`. */
export function isWatchedTable(base: string, name: string): boolean {
  const lower = name.toLowerCase();
  const stem = base.toLowerCase();
  return lower === stem || (lower.startsWith(stem) && /^_?\d+$/.test(lower.slice(stem.length)));
}

export class TableWatch {
  private registrations: Registration[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last: TableChange | undefined;
  private readonly debounceMs: number;

  constructor(
    private readonly base: string,
    private readonly onChange: (change: TableChange) => void,
    options: WatchOptions,
    private readonly runner: WatchRunner,
  ) {
    this.debounceMs = options.debounceMs ?? 800;
  }

  private fire(change: TableChange): void {
    this.last = change;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.last) this.onChange(this.last);
    }, this.debounceMs);
  }

  /** Add a handler to every watched table (one batch, two syncs). Fails when there is none. */
  async register(): Promise<void> {
    this.registrations = await this.runner.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      const watched = tables.items.filter((t) => isWatchedTable(this.base, t.name));
      if (watched.length === 0) {
        throw new WorkbookError(`Tabellen "${this.base}" finns inte. Infoga mallen först.`, "sheet-missing");
      }
      const added = watched.map((table) => {
        const name = table.name;
        return table.onChanged.add(async (event: Excel.TableChangedEventArgs) => {
          this.fire({ table: name, address: event.address, source: String(event.source) });
        }) as unknown as Registration;
      });
      await context.sync();
      return added;
    });
  }

  /** Remove every handler, each in its own context (a deleted table's handlers are gone already). */
  private async removeAll(): Promise<void> {
    const registrations = this.registrations;
    this.registrations = [];
    for (const registration of registrations) {
      try {
        // One batch per context the handlers were added in (usually one).
        await this.runner.run(async (context) => {
          registration.remove();
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        }, registration.context);
      } catch {
        // The table went with its sheet: nothing left to remove.
      }
    }
  }

  /** After sheets were written: move to the tables as they are now (silently none if none). */
  async renew(): Promise<void> {
    await this.removeAll();
    try {
      await this.register();
    } catch {
      this.registrations = [];
    }
  }

  async stop(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    await this.removeAll();
  }
}
