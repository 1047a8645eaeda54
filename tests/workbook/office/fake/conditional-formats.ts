/**
 * Conditional formats. @types ConditionalFormat.id: "The priority of the conditional format in the
 * current ConditionalFormatCollection" — an id is a position, not an identity: add() puts the new
 * format at the top and every other id shifts, and an item loaded from a collection is addressed by
 * its position when a later command runs, so deleting items front to back in one batch deletes the
 * wrong ones and then fails with ItemNotFound (OfficeDev/office-js#5222).
 */
import { FakeOfficeError } from "./errors";
import type { FakeContext } from "./excel";
import type { MergedArea } from "../../../../src/core/grid";
import { intersects, type ConditionalFormatDoc } from "./model";
import { Proxy } from "./proxy";
import { assertWritable, type FakeRange } from "./range";
import { jsonBytes, MAX_COL, MAX_ROW } from "./rules";

class FakeRule extends Proxy<ConditionalFormatDoc> {
  protected read(name: string): unknown {
    if (name === "formula") return this.target().formula ?? "";
    throw new Error(`fake: ConditionalFormatRule.${name} not implemented`);
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(value: string) {
    this.command((doc) => (doc.formula = value), jsonBytes(value));
  }
}

/**
 * `custom` (or `customOrNullObject`): the custom rule and its format. @types ConditionalFormat.custom:
 * "Returns the custom conditional format properties if the current conditional format is a custom type" —
 * on another type the double fails (custom) or gives a null object (customOrNullObject).
 */
class FakeCustom extends Proxy<ConditionalFormatDoc> {
  readonly rule: FakeRule;
  readonly format: { fill: { color: string }; font: { color: string } };
  constructor(context: FakeContext, resolver: () => ConditionalFormatDoc | null, orNull: boolean) {
    super(context, () => {
      const doc = resolver();
      if (doc && doc.type !== "Custom" && !orNull) throw new FakeOfficeError("InvalidOperation", "Not a custom conditional format.");
      return doc && doc.type === "Custom" ? doc : null;
    });
    this.rule = new FakeRule(context, () => this.target());
    const set = (patch: Partial<ConditionalFormatDoc>) => this.command((doc) => Object.assign(doc, patch), jsonBytes(patch));
    this.format = {
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
    };
  }
  protected read(name: string): unknown {
    throw new Error(`fake: CustomConditionalFormat.${name} not implemented`);
  }
  protected override navigate(name: string): Proxy<unknown> | undefined {
    return name === "rule" ? (this.rule as Proxy<unknown>) : undefined;
  }
}

export class FakeConditionalFormat extends Proxy<ConditionalFormatDoc> {
  readonly custom: FakeCustom;
  readonly customOrNullObject: FakeCustom;
  constructor(
    context: FakeContext,
    resolver: () => ConditionalFormatDoc | null,
    live = false,
    private readonly position: () => number = () => -1,
  ) {
    super(context, resolver, live);
    this.custom = new FakeCustom(context, () => this.resolveOrNull(), false);
    this.customOrNullObject = new FakeCustom(context, () => this.resolveOrNull(), true);
  }
  protected read(name: string): unknown {
    if (name === "id") return String(this.position());
    if (name === "type") return this.target().type;
    if (name === "priority") return this.position();
    throw new Error(`fake: ConditionalFormat.${name} not implemented`);
  }
  protected override navigate(name: string): Proxy<unknown> | undefined {
    if (name === "custom") return this.custom as Proxy<unknown>;
    return name === "customOrNullObject" ? (this.customOrNullObject as Proxy<unknown>) : undefined;
  }
  get id(): string {
    return this.get("id");
  }
  get type(): string {
    return this.get("type");
  }
  delete(): void {
    this.context.enqueue(() => {
      const doc = this.target(); // a position past the end: ItemNotFound
      for (const sheet of this.context.doc.sheets) {
        const at = sheet.conditionalFormats.indexOf(doc);
        if (at < 0) continue;
        assertWritable(sheet);
        sheet.conditionalFormats.splice(at, 1);
      }
    });
  }
}

/** A range from A1 to Excel's last row and column (XFD1048576) is the whole sheet. */
function isWholeSheet(area: MergedArea): boolean {
  return area.top === 1 && area.left === 1 && area.bottom >= MAX_ROW && area.right >= MAX_COL;
}

export class FakeConditionalFormats {
  private itemProxies: FakeConditionalFormat[] | undefined;
  constructor(private readonly range: FakeRange) {}
  add(type: string): FakeConditionalFormat {
    let created: ConditionalFormatDoc | undefined;
    let sheetList: ConditionalFormatDoc[] = [];
    this.range.run(({ sheet, area }) => {
      assertWritable(sheet);
      created = { area, type };
      sheet.conditionalFormats.unshift(created); // @types ConditionalFormatCollection.add: the new format has the top priority
      sheetList = sheet.conditionalFormats;
    });
    return new FakeConditionalFormat(this.range.context, () => created ?? null, false, () => sheetList.indexOf(created!));
  }
  load(paths: string): this {
    const list = paths.split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.range.run(({ sheet, area }) => {
      // A range over the whole sheet holds every format of it, so the list itself is the
      // collection: no filter each time an item is resolved (deleting thousands of marks by
      // position would otherwise cost a pass over the list per item).
      const inRange = isWholeSheet(area)
        ? () => sheet.conditionalFormats
        : () => sheet.conditionalFormats.filter((cf) => intersects(cf.area, area));
      const count = inRange().length;
      // Items are addressed by position: resolved again whenever a later command uses them.
      this.itemProxies = Array.from({ length: count }, (_, i) => {
        const at = () => inRange()[i] ?? null;
        return new FakeConditionalFormat(this.range.context, at, true, () => {
          const doc = at();
          return doc ? sheet.conditionalFormats.indexOf(doc) : -1;
        });
      });
      this.itemProxies.forEach((item) => item.loadNow(list));
    }, jsonBytes(paths));
    return this;
  }
  get items(): FakeConditionalFormat[] {
    if (!this.itemProxies) throw new FakeOfficeError("PropertyNotLoaded", "items read before load/sync.");
    return this.itemProxies;
  }
}
