import {
  closestTerm,
  collapseSpace,
  editDistance,
  foldKey,
  joinHyphenation,
  stripDiacritics,
} from "../../../src/core/text/normalize";

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
});
