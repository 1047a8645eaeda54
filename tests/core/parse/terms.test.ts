/** Word tokens: where each starts and ends in the text as written. */
import { tokenize } from "../../../src/core/parse/terms";

/** Texts of pieces: white space of every kind, slashes, surrogate halves, words; no hyphens (they join tokens). */
function mixedTexts(count: number): string[] {
  const pieces = ["Kvartal", "2", "Genomfört", "å", " ", "  ", "\t", "\n", "\u00A0", "\u2028", "\u3000", "\uFEFF", "\u200B", "\u180E", "/", "//", ".", ",", "\ud83d", "\ude00", "x"];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = "";
    for (let n = 1 + Math.floor(next() * 12); n > 0; n--) text += pieces[Math.floor(next() * pieces.length)];
    texts.push(text);
  }
  return texts;
}

describe("tokenize", () => {
  it("splits where the expression /\\/|[^\\s/]+/g it replaces splits", () => {
    const mismatches: string[] = [];
    for (const text of mixedTexts(20_000)) {
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
