/**
 * duplicate.activity buckets activities by a hash of the two ends of their case- and
 * space-folded text and compares full keys only inside a bucket. The hash is a shortcut: the rule
 * must flag exactly the pairs whose full keys (lower case, white space collapsed, trimmed) are
 * equal, for any text — Latin-1 and other scripts, characters whose lower case is longer (İ),
 * the final sigma, surrogate pairs, every kind of white space, and texts alike at both ends.
 */
import fc from "fast-check";
import { validateReport } from "../../../src/core/validate";
import { activity, profile, report } from "./helpers";

function duplicateKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

function flagged(a: string, b: string): boolean {
  const rows = [
    activity({ row: 10, goal: "Mål", activity: a, status: "Pågår" }),
    activity({ row: 11, goal: "Mål", activity: b, status: "Pågår" }),
  ];
  return validateReport(report(rows), { profile }).some((f) => f.rule === "duplicate.activity");
}

const pieces = [
  "Översyn", "av", "föreningsbidragen", "ÅÄÖ", "åäö", "É", "ÿ", "ß", "SS", "µ", "×", "÷", "Σ", "σ", "ς", "ΣΑΣ", "İ", "i̇",
  "Ǆ", "ǆ", "ǅ", "𐐀", "𐐨", "\ud800", "\udc00", "Ω", "ω", "K", "k", "Å", "a", "A", "1", "(3)", "–", "●",
  " ", "  ", "\n", "\t", "\r\n", "\u00a0", "\u2007", "\u202f", "\u3000", "\ufeff", "\u0085", "\u1680",
];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(""));

/** A variant with the same key most of the time: re-cased pieces and other white space. */
function variant(source: string, seed: number): string {
  let out = "";
  let s = seed;
  for (const ch of source) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    if (/\s/.test(ch)) out += [" ", "\t", "\n ", "\u00a0", "  "][s % 5];
    else out += s % 3 === 0 ? ch.toUpperCase() : s % 3 === 1 ? ch.toLowerCase() : ch;
  }
  return s % 7 === 0 ? ` ${out}\n` : out;
}

describe("duplicate.activity's signature", () => {
  it("flags exactly the texts whose folded keys are equal", () => {
    fc.assert(
      fc.property(text, fc.nat(), (a, seed) => {
        const b = variant(a, seed);
        expect(flagged(a, b)).toBe(duplicateKey(a) !== "" && duplicateKey(a) === duplicateKey(b));
      }),
      { numRuns: 3000 },
    );
  });
  it("tells apart texts alike at both ends for more than the hashed length", () => {
    fc.assert(
      fc.property(text, text, text, fc.nat(), (middleA, middleB, end, seed) => {
        const start = "Översyn av föreningsbidragen inom kultur- och fritidsnämndens ansvarsområde ";
        const a = `${start}${middleA}${end}${start}`;
        const b = variant(`${start}${middleB}${end}${start}`, seed);
        expect(flagged(a, b)).toBe(duplicateKey(a) === duplicateKey(b));
      }),
      { numRuns: 1000 },
    );
  });
});
