/**
 * Structuring's notes, unplaced reasons and no-header message come from the catalogue
 * (structure.*): Swedish unless asked (the CLI's outputs are checked byte for byte by
 * scripts/check-cli-outputs.mjs), English on request, and the same notes either way.
 */
import { gridFromText } from "../../../src/core/grid";
import { messages } from "../../../src/core/i18n";
import { standardProfile } from "../../../src/core/profile/load";
import { structureGrid, structureSheets, type StructureResult } from "../../../src/core/structure";
import { fixtureToGrids, loadSeedFixtures } from "../../fixtures/seeds/format";

/** A result without its texts for the user: what must not depend on the language. */
function withoutTexts(results: StructureResult[]): unknown {
  return results.map((result) =>
    result.ok
      ? {
          ...result,
          notes: result.notes.map(({ message: _, ...note }) => note),
          unplaced: result.unplaced.map(({ reason: _, ...cell }) => cell),
        }
      : { ...result, message: null },
  );
}

function texts(results: StructureResult[]): string[] {
  return results.flatMap((result) =>
    result.ok
      ? [...result.notes.map((note) => note.message), ...result.unplaced.map((cell) => cell.reason)]
      : [result.message],
  );
}

/** The fixed wording of every Swedish structuring message, placeholders cut out (pieces of 12 characters or more). */
const SWEDISH_WORDING = [...messages.texts("sv")]
  .filter(([key]) => key.startsWith("structure."))
  .flatMap(([, text]) => text.split(/\{\w+\}/))
  .map((piece) => piece.trim())
  .filter((piece) => piece.length >= 12);

describe("structuring messages in two languages", () => {
  const fixtures = loadSeedFixtures();

  it("says the same notes about every seed in English, none in Swedish wording", () => {
    let count = 0;
    for (const { fixture } of fixtures) {
      const grids = fixtureToGrids(fixture);
      const sv = structureSheets(grids, { profile: standardProfile });
      const en = structureSheets(grids, { profile: standardProfile, lang: "en" });
      expect(withoutTexts(en)).toEqual(withoutTexts(sv));
      const [svTexts, enTexts] = [texts(sv), texts(en)];
      for (let i = 0; i < enTexts.length; i++) {
        expect(enTexts[i]).not.toBe(svTexts[i]);
        for (const piece of SWEDISH_WORDING)
          expect({ text: enTexts[i], piece: enTexts[i]!.includes(piece) }).toEqual({
            text: enTexts[i],
            piece: false,
          });
      }
      count += enTexts.length;
    }
    expect(SWEDISH_WORDING.length).toBeGreaterThan(30);
    expect(count).toBeGreaterThan(100);
  });

  it("explains a sheet without a header in the language asked for", () => {
    const grid = gridFromText("Tomt", [["Hej"], ["Text utan tabell"]]);
    const sv = structureGrid(grid, { profile: standardProfile });
    const en = structureGrid(grid, { profile: standardProfile, lang: "en" });
    expect(!sv.ok && sv.message).toMatch(
      /^Hittade ingen rubrikrad för aktiviteter på bladet "Tomt"\. .* Ingen rad liknar en rubrikrad\. /,
    );
    expect(!en.ok && en.message).toMatch(
      /^Found no header row for activities on the sheet "Tomt"\. .* No row looks like a header row\. /,
    );
  });

  it("counts unplaced cells with the plural form of each language", () => {
    const grid = gridFromText("Blad1", [
      ["Aktivitet", "Status", "", "Kommentar"],
      ["Läsfrämjande", "Pågår", "utanför", "På väg"],
      ["Simskola", "Genomfört", "också utanför", ""],
    ]);
    const note = (lang: "sv" | "en") => {
      const result = structureGrid(grid, { profile: standardProfile, lang });
      return result.ok ? result.notes.find((n) => n.kind === "unplaced")?.message : undefined;
    };
    expect(note("sv")).toBe("2 celler kunde inte placeras i något fält; se listan.");
    expect(note("en")).toBe("2 cells could not be placed in any field; see the list.");
  });
});
