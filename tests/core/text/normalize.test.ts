import {
  closestTerm,
  collapseSpace,
  editDistance,
  foldKey,
  isSpace,
  joinHyphenation,
  replaceAtHyphens,
  stripDiacritics,
} from "../../../src/core/text/normalize";

/** Texts of pieces that exercise hyphens, spaces, case and letters outside the BMP, in every mix. */
function mixedTexts(count: number): string[] {
  const pieces = ["Genom", "fört", "Barn", "och", "ungdoms", "KS", "uppdrag", "é", "Å", "𝐀", "𝐚", "𐐨", "\udc00", "x", "Y", "1", "-", "\u00AD", "\u2010", " ", "  ", "\n", "\r\n", "\t", "\u00A0", "\u2007", "\u202F", "\u3000", "\uFEFF", ".", ","];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = "";
    for (let n = 1 + Math.floor(next() * 10); n > 0; n--) text += pieces[Math.floor(next() * pieces.length)];
    texts.push(text);
  }
  return texts;
}

describe("text folding", () => {
  it("joins words broken at a line end but keeps shared compounds", () => {
    expect(joinHyphenation("Genom-\nfört")).toBe("Genomfört");
    expect(joinHyphenation("Genom- fört")).toBe("Genomfört");
    expect(joinHyphenation("Barn- och ungdomsnämnden")).toBe("Barn- och ungdomsnämnden");
    expect(joinHyphenation("vård- och\nomsorgsförvaltningen")).toBe("vård- och\nomsorgsförvaltningen");
  });

  it("folds case, diacritics, spaces and surrounding punctuation", () => {
    expect(foldKey("  Genom- fört. ")).toBe("genomfort");
    expect(foldKey("PÅGÅENDE")).toBe("pagaende");
    expect(foldKey("Kvartal\u00A0 2")).toBe("kvartal 2");
  });

  it("strips diacritics by table exactly as NFD does, for every pair of characters it covers", () => {
    const nfd = (text: string) => text.normalize("NFD").replace(/\p{M}+/gu, "");
    const covered: number[] = [];
    for (const [from, to] of [
      [0x20, 0x300],
      [0x2000, 0x2070],
      [0x25a0, 0x2600],
    ] as const)
      for (let code = from; code < to; code++) covered.push(code);
    const mismatches: string[] = [];
    for (const a of covered) {
      for (const b of covered) {
        const text = String.fromCharCode(a, b);
        if (stripDiacritics(text) !== nfd(text)) mismatches.push(text);
      }
    }
    expect(mismatches).toEqual([]);
    // Outside the table: decomposed input and other scripts still go through NFD.
    expect(stripDiacritics("Pa\u030Aga\u030Aende")).toBe("Pagaende");
    expect(stripDiacritics("Ἀθῆναι Pågående")).toBe("Αθηναι Pagaende");
    expect(stripDiacritics("● Åtgärd – “klar”")).toBe("● Atgard – “klar”");
  });

  it("leaves tidy text alone and collapses every other kind of space", () => {
    expect(collapseSpace("Kvartal 2")).toBe("Kvartal 2");
    expect(collapseSpace(" Kvartal 2")).toBe("Kvartal 2");
    expect(collapseSpace("Kvartal\u2007\n2\u202F")).toBe("Kvartal 2");
    expect(collapseSpace("Kvartal \t2")).toBe("Kvartal 2");
  });

  it("gives the same key for a short text the second time (cached) and drops edge punctuation", () => {
    expect(foldKey("(Pågående.)")).toBe("pagaende");
    expect(foldKey("(Pågående.)")).toBe("pagaende");
    expect(foldKey(" – ")).toBe("");
    expect(foldKey("Ej påbörjad – ")).toBe("ej paborjad");
  });

  it("suggests the closest term only when it is near", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(closestTerm("Pågånde", ["Genomfört", "Pågående", "Kvarstår"])).toBe("Pågående");
    expect(closestTerm("Ej startad", ["Genomfört", "Pågående"])).toBeUndefined();
  });

  it("collapses space exactly as the regular expressions it replaces", () => {
    const reference = (text: string) => text.replace(/[\s\u00A0\u2007\u202F]+/g, " ").trim();
    expect(mixedTexts(20_000).filter((text) => collapseSpace(text) !== reference(text))).toEqual([]);
  });

  it("folds every character as stripping (NFD), lower-casing and collapsing do, one after the other", () => {
    // The definition foldKey's one-pass table fold must give: each step on the whole text.
    const edge = /^[\s.,;:!?()\u2013\u2014-]+|[\s.,;:!?()\u2013\u2014-]+$/g;
    const reference = (text: string) =>
      collapseSpace(joinHyphenation(text).normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase()).replace(edge, "");
    const mismatches: string[] = [];
    for (let code = 1; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      // The character between letters, at both ends, doubled and between spaces.
      for (const text of [`Åtgärd x${c}y`, `${c}ä${c}`, `É ${c}${c} ${c}`])
        if (foldKey(text) !== reference(text)) mismatches.push(`U+${code.toString(16)}`);
    }
    expect(mismatches).toEqual([]);
    expect(mixedTexts(20_000).filter((text) => foldKey(text) !== reference(text))).toEqual([]);
  });

  it("knows the characters of \\s", () => {
    const mismatches: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) mismatches.push(code);
    expect(mismatches).toEqual([]);
  });

  it("replaces at hyphens what a global replace finds, also after letters outside the BMP", () => {
    const global = /(\p{L})[-\u00AD\u2010][ \t]*(?:\r?\n)?\s*(\p{Ll}+)/gu;
    const sticky = new RegExp(global.source, "uy");
    const replace = (all: string, before: string, after: string) => (after === "och" ? all : `<${before}${after}>`);
    const mismatches = mixedTexts(20_000).filter((text) => replaceAtHyphens(text, sticky, replace) !== text.replace(global, replace));
    expect(mismatches).toEqual([]);
    expect(joinHyphenation("𝐀-\nb 𝐚- c")).toBe("𝐀b 𝐚c");
  });
});
