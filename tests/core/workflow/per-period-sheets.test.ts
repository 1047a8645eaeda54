/**
 * One sheet per period in one workbook (issue 15): a sheet the structurer cannot read is still
 * offered for structuring (its columns can be mapped by hand), and once mapped, the next period's
 * sheet of the same shape is structured into a second template next to the first — table names
 * are workbook-wide, so the second gets its own. Rows: Region Gävleborg's published assignments
 * (tests/fixtures/other), under the page's own words for its columns.
 */
import { fixtureBytes } from "../../../src/cli/commands/examples";
import { standardProfile } from "../../../src/core/profile/load";
import { addMapping } from "../../../src/core/structure";
import { listTemplateSheets, saveProfile, structureSheetIntoTemplate } from "../../../src/core/workflow";
import { FileWorkbook } from "../../../src/workbook/file";

function periodSheet(period: string, rows: [string, string][]) {
  const merges: string[] = [];
  return { name: `${period} 2024`, rows: [[null, "Uppdragsbeskrivning", `Uppdragets status ${period}`], ...rows.map(([a, b]) => [null, a, b])], merges };
}

async function workbook(): Promise<FileWorkbook> {
  return FileWorkbook.open(
    await fixtureBytes({
      id: "uppdrag-per-tertial",
      sheets: [
        periodSheet("T2", [["Genomlysning av parkeringsbehoven", "AVSLUTAT"]]),
        periodSheet("T3", [["Utredning klimatvård", "AVSLUTAT"]]),
      ],
    }),
  );
}

describe("one sheet per period", () => {
  it("offers sheets it cannot read yet, so their columns can be mapped", async () => {
    expect(await listTemplateSheets(await workbook(), { profile: standardProfile })).toEqual([
      { name: "T2 2024", isTemplate: false },
      { name: "T3 2024", isTemplate: false },
    ]);
  });

  it("structures both periods into templates of their own once mapped", async () => {
    const book = await workbook();
    const profile = { ...standardProfile, columnMappings: addMapping(undefined, ["", "Uppdragsbeskrivning", "Uppdragets status T2"], ["ignore", "activity", "status"]) };
    await saveProfile(book, profile);
    const first = await structureSheetIntoTemplate(book, "T2 2024", { profile });
    const second = await structureSheetIntoTemplate(book, "T3 2024", { profile });
    expect([first.sheet, second.sheet]).toEqual(["T2 2024 (mall)", "T3 2024 (mall)"]);
    expect(second.result.ok && second.result.report.activities.map((a) => a.activity)).toEqual(["Utredning klimatvård"]);
    expect(await listTemplateSheets(book, { profile })).toEqual([
      { name: "T2 2024", isTemplate: false },
      { name: "T3 2024", isTemplate: false },
      { name: "T2 2024 (mall)", isTemplate: true },
      { name: "T3 2024 (mall)", isTemplate: true },
    ]);
  });
});
