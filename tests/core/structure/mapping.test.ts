/**
 * Column mappings made by the user (issue 15): saved in the profile, validated with zod, and used
 * for every sheet of the same shape — the next period's sheet structures without asking. The rows
 * are Region Gävleborg's published assignments (tests/fixtures/other), under the page's own words
 * for its columns ("uppdragsbeskrivning", "uppdragets status"), which no header vocabulary knows.
 */
import { gridFromText } from "../../../src/core/grid";
import { parseProfile, standardProfile } from "../../../src/core/profile/load";
import { addMapping, headerShape, mappingProposal, structureGrid, structureSheets } from "../../../src/core/structure";

function sheet(name: string, period: string, rows: [string, string][]) {
  return gridFromText(name, [["Årsredovisning 2024"], [], [null, "Uppdragsbeskrivning", `Uppdragets status ${period}`], ...rows.map(([text, status]) => [null, text, status])]);
}

const first = sheet("T2 2024", "T2", [
  ["Genomlysning av parkeringsbehoven", "AVSLUTAT"],
  ["Revidera lokalförsörjningsplanen", "PÅGÅENDE"],
]);
const next = sheet("T3 2024", "T3", [
  ["Utred hur den palliativa vården kan förbättras", "PÅGÅENDE"],
  ["Utredning klimatvård", "AVSLUTAT"],
]);

describe("a sheet the structurer cannot read", () => {
  it("fails, and the proposal shows its header row and first rows to map", () => {
    expect(structureGrid(first, { profile: standardProfile }).ok).toBe(false);
    const proposal = mappingProposal(first, standardProfile);
    expect(proposal.found).toBe(false);
    expect(proposal.headerRow).toBe(3);
    expect(proposal.rows[0]).toEqual(["", "Uppdragsbeskrivning", "Uppdragets status T2"]);
    expect(proposal.rows[1]).toEqual(["", "Genomlysning av parkeringsbehoven", "AVSLUTAT"]);
    expect(proposal.fields).toEqual(["ignore", "ignore", "ignore"]);
  });

  it("after mapping, structures it and the next period's sheet of the same shape, saying the mapping decided", () => {
    const columnMappings = addMapping(undefined, ["", "Uppdragsbeskrivning", "Uppdragets status T2"], ["ignore", "activity", "status"]);
    const parsed = parseProfile({ ...standardProfile, columnMappings });
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    const results = structureSheets([first, next], { profile: parsed.profile });
    expect(results.map((r) => (r.ok ? r.report.activities.map((a) => [a.activity, a.status.category]) : r.message))).toEqual([
      [
        ["Genomlysning av parkeringsbehoven", "done"],
        ["Revidera lokalförsörjningsplanen", "ongoing"],
      ],
      [
        ["Utred hur den palliativa vården kan förbättras", "ongoing"],
        ["Utredning klimatvård", "done"],
      ],
    ]);
    const second = results[1]!;
    if (!second.ok) throw new Error(second.message);
    expect(second.report.period).toBe("helar");
    expect(second.notes.filter((n) => n.kind === "column").map((n) => n.message)).toEqual([
      'Kolumn B ("Uppdragsbeskrivning") lästes som Aktivitet enligt din kolumnmappning i profilen.',
      'Kolumn C ("Uppdragets status T3") lästes som Status enligt din kolumnmappning i profilen.',
    ]);
    // The proposal for the mapped sheet is the mapping itself.
    expect(mappingProposal(next, parsed.profile)).toMatchObject({ found: true, headerRow: 3, fields: ["ignore", "activity", "status"] });
  });

  it("does not use a mapping for a sheet of another shape", () => {
    const columnMappings = addMapping(undefined, ["", "Uppdragsbeskrivning", "Uppdragets status T2"], ["ignore", "activity", "status"]);
    const profile = { ...standardProfile, columnMappings };
    const other = gridFromText("Blad1", [["Beskrivning", "Uppdragets status"], ["Utredning klimatvård", "AVSLUTAT"]]);
    expect(structureGrid(other, { profile }).ok).toBe(false);
  });
});

describe("the saved mapping", () => {
  it("has one shape for every period: years and T1–T3 aside", () => {
    expect(headerShape(["Uppdrag", "T3 2020", "Kommentar T3 2020", ""])).toEqual(["uppdrag", "", "kommentar"]);
    expect(headerShape(["Uppdrag", "T2 2021", "Kommentar T2 2021"])).toEqual(["uppdrag", "", "kommentar"]);
  });

  it("replaces an earlier mapping of the same shape", () => {
    const once = addMapping(undefined, ["Uppdrag", "T3 2020"], ["activity", "status"]);
    const twice = addMapping(once, ["Uppdrag", "T2 2021"], ["activity", "comment"]);
    expect(twice).toEqual([{ headers: ["Uppdrag", "T2 2021"], fields: ["activity", "comment"] }]);
  });

  it("is validated: a field per header, one of them the activity, in Swedish", () => {
    const bad = (columnMappings: unknown) => {
      const result = parseProfile({ ...standardProfile, columnMappings });
      return result.ok ? [] : result.errors;
    };
    expect(bad([{ headers: ["Uppdrag", "Status"], fields: ["activity"] }]).join()).toContain("headers och fields ska vara lika långa");
    expect(bad([{ headers: ["Uppdrag"], fields: ["status"] }]).join()).toContain("en kolumn ska vara activity");
    expect(bad([{ headers: ["Uppdrag"], fields: ["aktivitet"] }]).join()).toContain('columnMappings[0].fields[0]');
    expect(bad([{ headers: ["Uppdrag"], fields: ["activity"] }])).toEqual([]);
  });
});
