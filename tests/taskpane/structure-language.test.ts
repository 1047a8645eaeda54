/**
 * Strukturera in the pane's language: the real services in standalone mode (the core workflow
 * over a FileWorkbook) pass the language to the structurer, so its notes come in English when
 * the pane is in English and in Swedish otherwise.
 */
import { FileWorkbook } from "../../src/workbook/file";
import { createPaneServices } from "../../src/taskpane/services";

describe("structuring notes in the pane's language", () => {
  it("notes in English when asked, in Swedish by default", async () => {
    const services = createPaneServices({ mode: "standalone", port: FileWorkbook.create(), workbookName: "Kultur 2020.xlsx" });
    const { sheet } = await services.insertTemplate({ organisation: "Kultur- och fritidsförvaltningen", year: 2020, period: "delar" });

    const notes = async (lang?: "sv" | "en") => {
      const { result } = await services.structureSheet(sheet, lang);
      if (!result.ok) throw new Error(result.message);
      return result.notes.map((note) => note.message);
    };
    const english = await notes("en");
    const swedish = await notes();
    expect(english).toContain("Förvaltning: Kultur- och fritidsförvaltningen (read from B2).");
    expect(swedish).toContain("Förvaltning: Kultur- och fritidsförvaltningen (läst från B2).");
    expect(english).toHaveLength(swedish.length);
    expect(english.filter((message) => /läst från|lästes som/.test(message))).toEqual([]);
  });
});
