import { closestTerm, editDistance, foldKey, joinHyphenation } from "../../../src/core/text/normalize";

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

  it("suggests the closest term only when it is near", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(closestTerm("Pågånde", ["Genomfört", "Pågående", "Kvarstår"])).toBe("Pågående");
    expect(closestTerm("Ej startad", ["Genomfört", "Pågående"])).toBeUndefined();
  });
});
