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

  it("strips Latin diacritics by table exactly as NFD does, for every pair of characters", () => {
    const nfd = (text: string) => text.normalize("NFD").replace(/\p{M}+/gu, "");
    const mismatches: string[] = [];
    for (let a = 0x20; a < 0x300; a++) {
      for (let b = 0x20; b < 0x300; b++) {
        const text = String.fromCharCode(a, b);
        if (stripDiacritics(text) !== nfd(text)) mismatches.push(text);
      }
    }
    expect(mismatches).toEqual([]);
    // Outside the table: decomposed input and other scripts still go through NFD.
    expect(stripDiacritics("Pa\u030Aga\u030Aende")).toBe("Pagaende");
    expect(stripDiacritics("Ἀθῆναι Pågående")).toBe("Αθηναι Pagaende");
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
