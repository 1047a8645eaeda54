/** Word tokens: where each starts and ends in the text as written. */
import { tokenize } from "../../../src/core/parse/terms";

/** Pieces of text: white space of every kind, slashes, surrogate halves, words; no hyphens (they join tokens). */
const PIECES = ["Kvartal", "2", "å", " ", "  ", "\t", "\n", "\u00A0", "\u2028", "\u3000", "\uFEFF", "\u200B", "\u180E", "/", ".", "\ud83d", "\ude00"];

/** Every text of one to three pieces. */
function allTexts(): string[] {
  const texts: string[] = [];
  for (const a of PIECES) {
    texts.push(a);
    for (const b of PIECES) {
      texts.push(a + b);
      for (const c of PIECES) texts.push(a + b + c);
    }
  }
  return texts;
}

describe("tokenize", () => {
  it("splits where the expression /\\/|[^\\s/]+/g it replaces splits", () => {
    const mismatches: string[] = [];
    for (const text of allTexts()) {
      const expected = [...text.matchAll(/\/|[^\s/]+/g)].map((m) => `${m.index}-${m.index! + m[0].length}`);
      const found = tokenize(text).map((token) => `${token.start}-${token.end}`);
      if (found.join() !== expected.join()) mismatches.push(JSON.stringify(text));
    }
    expect(mismatches).toEqual([]);
  });

  it("keeps a word broken by a hyphen at a line end as one token", () => {
    expect(tokenize("Genom-\nfört / Q2").map((token) => token.key)).toEqual(["genomfort", "/", "q2"]);
  });
});
