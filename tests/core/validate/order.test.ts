/**
 * The engine's ordering and quoting shortcuts against their plain definitions: sortedByKey (packed
 * numbers sorted natively, or the comparator where they would not be exact) against a stable sort
 * by key, and quote (collapsing only a beginning of a long text) against collapsing all of it.
 */
import fc from "fast-check";
import { sortedByKey } from "../../../src/core/validate/validate";
import { quote } from "../../../src/core/validate/rules/util";
import { collapseSpace } from "../../../src/core/text/normalize";

/** Stable sort by key, as Array#sort with a comparator does it. */
function referenceOrder<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => keys[a.index]! - keys[b.index]! || a.index - b.index)
    .map(({ item }) => item);
}

/** A finding's key as the engine makes it: ((row × 16384 + column) × 32 + rule order). */
const findingKey = (row: number, column: number, order: number) => (row * 16384 + column) * 32 + order;

describe("sortedByKey", () => {
  it("orders by key and keeps equal keys in the order found (packed path)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 17 })), { maxLength: 300 }),
        (cells) => {
          const keys = cells.map(([row, column, order]) => findingKey(row, column, order));
          const items = cells.map((_, i) => i);
          expect(sortedByKey(items, keys)).toEqual(referenceOrder(items, keys));
        },
      ),
    );
  });

  it("orders as well where packed numbers would not be exact (rows near Excel's last, 20,000 findings)", () => {
    let seed = 11;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const keys: number[] = [];
    for (let i = 0; i < 20_000; i++) keys.push(findingKey(next(3) === 0 ? 1_048_000 + next(576) : next(50), next(14), next(18)));
    // The largest key × 2^15 (the next power of two above the count) is over 2^53.
    expect((Math.max(...keys) + 1) * 2 ** 15).toBeGreaterThan(2 ** 53);
    const items = keys.map((_, i) => i);
    expect(sortedByKey(items, keys)).toEqual(referenceOrder(items, keys));
  });

  it("returns an empty list for no findings and one finding as it is", () => {
    expect(sortedByKey([], [])).toEqual([]);
    expect(sortedByKey(["a"], [findingKey(1_048_576, 16383, 31)])).toEqual(["a"]);
  });
});

/** quote as defined before the shortcut: collapse the first 240 characters, cut at 60. */
function referenceQuote(value: string): string {
  const head = value.length > 240 ? value.slice(0, 240) : value;
  const flat = collapseSpace(head);
  if (flat.length <= 60) return `”${flat}”`;
  const cut = flat.slice(0, 60);
  const atWord = cut.lastIndexOf(" ") > 30 ? cut.slice(0, cut.lastIndexOf(" ")) : cut;
  return `”${atWord}…”`;
}

describe("quote", () => {
  const spacey = fc
    .array(fc.constantFrom("Genomföra", "insatser", "för", "ökad", "a", "bb", " ", "  ", "\n", "\t", "\u00A0", "\u3000", " \n ", "● ", "𝐀"), { maxLength: 120 })
    .map((pieces) => pieces.join(""));
  it("quotes every text as collapsing its first 240 characters does", () => {
    fc.assert(
      fc.property(fc.oneof(spacey, fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 400 })), (value) => {
        expect(quote(value)).toBe(referenceQuote(value));
      }),
      { numRuns: 2000 },
    );
  });
  it("quotes a long text whose beginning is mostly space from the whole beginning", () => {
    const value = `Aktivitet${" ".repeat(150)}\n${"x".repeat(100)}`;
    expect(quote(value)).toBe(referenceQuote(value));
    // A quote's length of text and then only space: nothing to cut.
    const exact = `${"a".repeat(60)}${" ".repeat(100)}`;
    expect(quote(exact)).toBe(referenceQuote(exact));
    // Words and runs of space of every small length, from every offset: beginnings that collapse
    // to just under, at and just over a quote's length.
    for (let word = 1; word <= 5; word++)
      for (let run = 1; run <= 5; run++)
        for (let offset = 0; offset < word + run; offset++) {
          const text = `${"å".repeat(word)}${" ".repeat(run)}`.repeat(100).slice(offset);
          expect(quote(text)).toBe(referenceQuote(text));
        }
  });
});
