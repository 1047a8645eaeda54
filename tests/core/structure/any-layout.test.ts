/**
 * Layouts outside the seeds (issue 15): header words from the profile, columns decided by their
 * values, the Uppdrag column as the activity, grouping rows, the table further right, the period
 * in the sheet's name, "(KS)" as the responsible — and the structuring report's column notes.
 */
import { gridFromText, parseRange } from "../../../src/core/grid";
import { standardProfile } from "../../../src/core/profile/load";
import { ProfileSchema } from "../../../src/core/profile/schema";
import { structureGrid, type StructureResult } from "../../../src/core/structure";
import { validateReport } from "../../../src/core/validate";

const options = { profile: standardProfile };

function structured(result: StructureResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

function columnNotes(result: StructureResult): string[] {
  return structured(result).notes.filter((note) => note.kind === "column").map((note) => note.message);
}

describe("header words beyond the seeds", () => {
  it.each([
    [["Insats", "Läge", "Analys"], { activity: 1, status: 2, comment: 3 }],
    [["Aktivitet/uppdrag", "När", "Bedömning", "Kommentar"], { activity: 1, due: 2, status: 3, comment: 4 }],
    [["Åtgärd", "Klart", "Status T2", "Kommentar T3 2020"], { activity: 1, due: 2, status: 3, comment: 4 }],
    [["Aktivitet", "Slutdatum", "Måluppfyllelse"], { activity: 1, due: 2, status: 3, comment: 3 }],
  ])("reads %j", (header, columns) => {
    const result = structured(structureGrid(gridFromText("Blad1", [header, header.map(() => "Pågår")]), options));
    expect(result.report.columns).toEqual(columns);
  });

  it("takes more header words from a municipality's profile", () => {
    const profile = ProfileSchema.parse({ ...standardProfile, id: "egen", columns: { status: ["Prognos helår"] } });
    const grid = gridFromText("Blad1", [["Aktivitet", "Prognos helår"], ["Införa e-arkiv", "Pågår"]]);
    expect(structureGrid(grid, options).ok).toBe(false);
    const result = structured(structureGrid(grid, { profile }));
    expect(result.report.columns).toMatchObject({ activity: 1, status: 2 });
  });
});

describe("columns decided by their values", () => {
  const rows = [
    ["Uppföljning av nämndens uppdrag"],
    [null, "Uppdrag", "T3 2020", "Kommentar T3 2020"],
    [null, "Utreda en ny simhall (KS)", "Genomfört", "Uppdraget är genomfört under året."],
    [null, "Ta fram en plan för lokaler", "Pågår", "Arbetet fortsätter 2021."],
    [null, "Översyn av taxor", "Ej påbörjad", "Uppdraget bedöms inte bli genomfört."],
  ];

  it("takes the Uppdrag column as the activity and the period-headed column as the status", () => {
    const result = structured(structureGrid(gridFromText("T3 2020", rows), options));
    expect(result.report.headerRow).toBe(2);
    expect(result.report.columns).toEqual({ activity: 2, status: 3, comment: 4 });
    expect(result.report.activities.map((a) => [a.activity, a.status.category])).toEqual([
      ["Utreda en ny simhall (KS)", "done"],
      ["Ta fram en plan för lokaler", "ongoing"],
      ["Översyn av taxor", "not_started"],
    ]);
    expect(columnNotes(result)).toEqual([
      'Kolumn B ("Uppdrag") lästes som Aktivitet enligt rubriken Uppdrag (tabellen har ingen annan aktivitetskolumn, så uppdragen är aktiviteterna).',
      'Kolumn D ("Kommentar T3 2020") lästes som Kommentar enligt rubriken.',
      'Kolumn C ("T3 2020") lästes som Status enligt värdena under rubriken (3 av 3 celler).',
    ]);
  });

  it("reads the period and year from the sheet's name, and (KS) as the responsible", () => {
    const result = structured(structureGrid(gridFromText("T3 2020", rows), options));
    expect([result.report.year, result.report.period]).toEqual([2020, "helar"]);
    expect(result.report.activities[0]!.responsible).toBe("KS");
    expect(result.report.activities[1]!.responsible).toBeNull();
    for (const [name, period] of [["T1 2021", "tertial1"], ["T2 2021", "delar"], ["Blad1", null]] as const)
      expect(structured(structureGrid(gridFromText(name, rows), options)).report.period).toBe(period);
  });

  it("finds a status column without a header by its values", () => {
    const grid = gridFromText("Blad1", [
      ["Aktivitet", "Kommentar", null],
      ["Införa e-arkiv", "Upphandlingen klar i maj.", "Klart"],
      ["Ny webbplats", "Lansering i höst.", "Pågår"],
    ]);
    const result = structured(structureGrid(grid, options));
    expect(result.report.columns).toMatchObject({ activity: 1, comment: 2, status: 3 });
    expect(result.report.activities.map((a) => a.status.category)).toEqual(["done", "ongoing"]);
    expect(columnNotes(result)).toContain('Kolumn C (utan rubrik) lästes som Status enligt värdena under rubriken (2 av 2 celler).');
  });

  it("does not take a column of sentences for the status", () => {
    const grid = gridFromText("Blad1", [
      ["Aktivitet", "Kommentar", "Mål"],
      ["Införa e-arkiv", "Arbetet är genomfört under våren.", "Mål 1"],
      ["Ny webbplats", "Arbetet pågår.", "Mål 2"],
    ]);
    expect(structured(structureGrid(grid, options)).report.columns).toEqual({ activity: 1, comment: 2, goal: 3 });
  });
});

describe("grouping rows", () => {
  const rows = [
    [null, null, "Uppdrag", "Status"],
    [null, null, "Regionstyrelsen", null],
    [null, null, "Revidera lokalförsörjningsplanen", "PÅGÅENDE"],
    [null, null, "Utbildning och arbete", null],
    [null, null, "Översyn lönestruktur", "AVSLUTAT"],
  ];

  it("keeps a board's name as the responsible and a merged heading as the perspective, never as activities", () => {
    const grid = { ...gridFromText("Blad1", rows), merges: [parseRange("C2:D2"), parseRange("C4:D4")] };
    const result = structured(structureGrid(grid, options));
    expect(result.report.activities.map((a) => [a.activity, a.responsible, a.perspective, a.status.category])).toEqual([
      ["Revidera lokalförsörjningsplanen", "Regionstyrelsen", null, "ongoing"],
      ["Översyn lönestruktur", "Regionstyrelsen", "Utbildning och arbete", "done"],
    ]);
  });

  it("reads an unmerged heading that is no board as an activity, as before", () => {
    const result = structured(structureGrid(gridFromText("Blad1", rows), options));
    expect(result.report.activities.map((a) => a.activity)).toContain("Utbildning och arbete");
  });
});

describe("a follow-up of assignments without status or due column", () => {
  const grid = gridFromText("T3 2020", [
    ["Uppdrag", "Kommentar T3 2020"],
    ["Utreda en ny simhall (KS)", "Uppdraget är genomfört under året. Utredningen redovisades i juni."],
    ["Ta fram en plan för lokaler", "Uppdraget bedöms bli genomfört."],
    ["Översyn av taxor", "Uppdraget bedöms inte bli genomfört under året på grund av vakanser."],
    ["Ny webbplats", "Upphandling sker under våren."],
  ]);

  it("infers each status from the comment's first sentence, for the user to confirm", () => {
    const result = structured(structureGrid(grid, options));
    expect(result.report.activities.map((a) => [a.status.category, a.status.inferred])).toEqual([
      ["done", true],
      ["ongoing", true],
      ["delayed", true],
      ["missing", false],
    ]);
    expect(result.report.activities[0]!.comment).toBe("Uppdraget är genomfört under året. Utredningen redovisades i juni.");
    expect(result.stats.inferred).toBe(3);
    expect(result.notes.filter((n) => n.kind === "inferred").map((n) => n.cell)).toEqual(["B2", "B3", "B4"]);
  });

  it("gets one note about the missing due column, not a warning per row", () => {
    const result = structured(structureGrid(grid, options));
    const due = validateReport(result.report, { profile: standardProfile }).filter((f) => f.rule === "due.missing");
    expect(due.map((f) => [f.severity, f.row])).toEqual([["info", null]]);
  });
});

describe("tables that are not activity follow-ups", () => {
  it("a budget table with an Utfall column is no activity table", () => {
    const grid = gridFromText("Driftredovisning", [
      ["Verksamhet", "Budget", "Utfall", "Avvikelse"],
      ["Kultur", "12,5", "12,1", "0,4"],
      ["Fritid", "8,0", "8,3", "-0,3"],
    ]);
    expect(structureGrid(grid, options).ok).toBe(false);
  });

  it("a column with a few status words among texts is not taken for the status", () => {
    const grid = gridFromText("Blad1", [
      ["Aktivitet", "Kommentar", "Anteckning"],
      ["Införa e-arkiv", "Upphandling i maj.", "Klart"],
      ["Ny webbplats", "Lansering i höst.", "Se bilaga 2"],
      ["Ny intranät", "Förstudie.", "Beslut i KS"],
    ]);
    const result = structured(structureGrid(grid, options));
    expect(result.report.columns).toEqual({ activity: 1, comment: 2 });
  });
});
