/** Base of every fake proxy: lazily resolved target, loaded properties, null-object state. */
import { FakeOfficeError } from "./errors";
import type { FakeContext } from "./excel";
import { jsonBytes } from "./rules";

export abstract class Proxy<T> {
  private loaded = new Map<string, unknown>();
  private resolved: T | null | undefined = undefined;
  private nullState: boolean | undefined;
  constructor(
    readonly context: FakeContext,
    private readonly resolver: () => T | null,
    /** Resolve again at every use (objects addressed by position, like conditional formats). */
    private readonly live = false,
  ) {}

  /** The target, resolved at first use during a sync (throws ItemNotFound for a missing getItem). */
  protected target(): T {
    const value = this.resolveOrNull();
    if (value === null) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return value;
  }
  protected resolveOrNull(): T | null {
    if (this.live) return this.resolver();
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
    this.context.enqueue(() => this.loadNow(list), Buffer.byteLength(list.join(",")));
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
      } else {
        const value = this.read(head);
        // Every loaded value travels back in the response (docs/excel/performance.md#payload-size-limit-best-practices).
        this.context.addResponse(jsonBytes(value) + head.length + 4);
        this.loaded.set(head, value);
      }
    }
  }

  /** Queue a command against the resolved target; `valueBytes` is the size of the data it sends. */
  protected command(run: (target: T) => void, valueBytes = 0): void {
    this.context.enqueue(() => run(this.target()), valueBytes);
  }
}
