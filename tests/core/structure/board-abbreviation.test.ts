/**
 * trailingBoardAbbreviation skips its expression when the last parenthesis cannot open a capital:
 * it must find exactly what the expression finds, for texts ending in parentheses of every kind
 * (Swedish capitals, ASCII and other scripts, digits, spaces of every kind, nested parentheses).
 */
import fc from "fast-check";
import { BOARD_ABBREVIATION, trailingBoardAbbreviation } from "../../../src/core/structure/headings";

function byExpression(text: string): string | null {
  return text.endsWith(")") ? (BOARD_ABBREVIATION.exec(text)?.[1] ?? null) : null;
}

describe("trailingBoardAbbreviation", () => {
  it("finds what the expression finds", () => {
    const piece = fc.constantFrom(
      "Genomföra dialog", "(", ")", "KS", "BUN", "AB", "ZZ", "ÄN", "ÖVN", "Ål", "ks", "ΣΑ", "ЖК", "𝐀𝐁", "3", "2024", "se bilaga", ",", "/", "&", " och ",
      " ", "  ", "\u00a0", "\u3000", "\n", "\t", "-", ".", "x",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join("");
        for (const candidate of [text, `${text})`, `${text} (KS)`, `${text} ( KS, BUN )`, `${text}(${text})`])
          expect(trailingBoardAbbreviation(candidate)).toBe(byExpression(candidate));
      }),
      { numRuns: 3000 },
    );
    expect(trailingBoardAbbreviation("Utreda lokalbehovet (KS, BUN)")).toBe("KS, BUN");
    expect(trailingBoardAbbreviation("Utreda lokalbehovet ( ÄN )")).toBe("ÄN");
    expect(trailingBoardAbbreviation("Utreda lokalbehovet (3)")).toBeNull();
  });
});
