/**
 * headerField keeps its answers per vocabulary by cell text: the kept answer must be the one a
 * vocabulary that never saw the text gives, for header names with suffixes, data cells and
 * sentences, asked in any order and any number of times, also after the memo was emptied when full.
 */
import fc from "fast-check";
import { headerField, HeaderVocabulary } from "../../../src/core/structure/header";
import { standardProfile } from "../../../src/core/profile/standard-profile";

const pieces = ["Slutdatum", "Status", "Kommentar", "Aktivitet", "Nämndmål", "Ansvarig", "Uppdrag", "Perspektiv", "2020", "per 31 augusti", "(kvartal)", "*", "/åtgärd", "Q4", "Klart", "Pågår", "Biträdande direktör", "T2", "delår", " ", "  ", "\u00a0", "utveckla", "samverkan", "Kvartal 4"];
const cellText = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(" ").slice(0, 70));

describe("headerField's memo", () => {
  it("answers as a vocabulary that never saw the text", () => {
    const kept = new HeaderVocabulary(standardProfile.columns);
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 20 }), (texts) => {
        for (const text of [...texts, ...texts]) expect(headerField(text, kept)).toBe(headerField(text, new HeaderVocabulary(standardProfile.columns)));
      }),
      { numRuns: 300 },
    );
  });
  it("answers alike once emptied when full", () => {
    const kept = new HeaderVocabulary(standardProfile.columns);
    for (let i = 0; i < 5_100; i++) headerField(`Utveckla samverkan ${i}`, kept);
    expect(kept.fieldOfText.size).toBeLessThanOrEqual(5_000);
    for (const text of ["Slutdatum 2020", "Status per 31 augusti", "Kommentar/åtgärd", "Q4", "Aktivitet"])
      expect(headerField(text, kept)).toBe(headerField(text, new HeaderVocabulary(standardProfile.columns)));
    expect(headerField("Slutdatum 2020", kept)).toBe("due");
  });
});
