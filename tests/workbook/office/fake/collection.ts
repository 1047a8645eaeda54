/** The base of the workbook-wide collections (worksheets, tables). */
import { FakeOfficeError } from "./errors";
import type { FakeContext } from "./excel";
import { Proxy } from "./proxy";

/**
 * A workbook-wide collection: `load("items/…")` makes one proxy per item as the workbook is at
 * sync time and forwards the item paths to them; `items` is readable only after that sync.
 */
export abstract class FakeCollection<Item extends Proxy<unknown>> extends Proxy<FakeContext["doc"]> {
  private itemProxies: Item[] = [];
  private loadedItems = false;
  constructor(context: FakeContext) {
    super(context, () => context.doc);
  }
  /** Proxies for the items as they are now. */
  protected abstract makeItems(): Item[];
  protected read(name: string): unknown {
    throw new Error(`fake: collection property ${name} not implemented`);
  }
  protected override navigate(name: string): Proxy<unknown> | undefined {
    if (name !== "items") return undefined;
    const items = (this.itemProxies = this.makeItems());
    return { loadNow: (paths: string[]) => items.forEach((item) => item.loadNow(paths)) } as unknown as Proxy<unknown>;
  }
  override loadNow(paths: string[]): void {
    super.loadNow(paths);
    this.loadedItems = true;
  }
  get items(): Item[] {
    if (!this.loadedItems) throw new FakeOfficeError("PropertyNotLoaded", "items read before load/sync.");
    return this.itemProxies;
  }
}

