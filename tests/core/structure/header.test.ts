/** Finding the header row by its column names, in any order and spelling (SPEC §5). */
import { gridFromText } from "../../../src/core/grid";
import { standardProfile } from "../../../src/core/profile/load";
import { findHeaderRow, headerField, noHeaderMessage, structureGrid } from "../../../src/core/structure";

const options = { profile: standardProfile };

function columnsOf(header: string[]) {
  const grid = gridFromText("Blad1", [["Uppföljning per 31 augusti 2020"], header, header.map(() => "x")]);
  const search = findHeaderRow(grid.rows.length, (row) => grid.rows[row - 1]!.map((cell) => cell?.text));
  if (!search.found) throw new Error("no header");
  return search.header;
}

describe("header detection", () => {
  it("reads the KOF header, PDF hyphenation and year included", () => {
    const header = columnsOf(["Nämndmål", "Aktivitet", "Slutda-\ntum 2020", "Status", "Kommentar"]);
    expect(header.row).toBe(2);
    expect(header.columns).toEqual({ goal: 1, activity: 2, due: 3, status: 4, comment: 5 });
    expect(header.sharedStatusComment).toBe(false);
    expect(header.dueHeader).toBe("Slutda-\ntum 2020");
  });

  it("reads columns in any order and spelling", () => {
    expect(columnsOf(["Kommentarer", "STATUS", "Klart senast", "Ansvarig", "Aktiviteter", "Förvaltningsmål"]).columns).toEqual({
      comment: 1,
      status: 2,
      due: 3,
      responsible: 4,
      activity: 5,
      goal: 6,
    });
    expect(columnsOf(["Mål", "Aktivitet", "Slutfört", "Ansvarig", "Status", "Kommentar"]).columns).toMatchObject({ goal: 1, due: 3 });
    expect(columnsOf(["Aktivitet", "Tidplan", "Status"]).columns).toMatchObject({ activity: 1, due: 2, status: 3 });
  });

  it("lets status and comment share Utfall when there is no Kommentar column (KS 2018)", () => {
    const header = columnsOf(["Prioriterade aktiviteter", "Utfall"]);
    expect(header.columns).toEqual({ activity: 1, status: 2, comment: 2 });
    expect(header.sharedStatusComment).toBe(true);
  });

  it("reads the standard template's nine columns", () => {
    const header = columnsOf(["Perspektiv", "Kommunövergripande mål", "Nämndmål", "Aktivitet", "Uppdrag", "Slutdatum", "Ansvarig", "Status", "Kommentar"]);
    expect(header.columns).toEqual({ perspective: 1, commonGoal: 2, goal: 3, activity: 4, assignmentRefs: 5, due: 6, responsible: 7, status: 8, comment: 9 });
  });

  it("knows header cells with a suffix but not sentences", () => {
    expect(headerField("Slutdatum (kvartal)")).toBe("due");
    expect(headerField("Status per 31 augusti")).toBe("status");
    expect(headerField("Kommentar*")).toBe("comment");
    expect(headerField("  aktivitet ")).toBe("activity");
    expect(headerField("Aktiviteten är genomförd i sin helhet.")).toBeUndefined();
    expect(headerField("Genomfört")).toBeUndefined();
  });

  it("reads a compound name as its first part's column (\"Kommentar/åtgärd\", \"Ansvarig/kontaktperson\")", () => {
    expect(headerField("Kommentar/åtgärd")).toBe("comment");
    expect(headerField("Ansvarig / kontaktperson")).toBe("responsible");
    expect(headerField("Status/kommentar")).toBe("status");
    expect(headerField("Pågående/Genomfört")).toBeUndefined();
    expect(columnsOf(["Nr", "Mål", "Aktivitet/åtgärd", "Tidplan", "Ansvarig enhet", "Status T1", "Kommentar/åtgärd"]).columns).toMatchObject({
      goal: 2,
      activity: 3,
      status: 6,
      comment: 7,
    });
  });

  it("needs the activity column and one more", () => {
    const grid = gridFromText("Blad1", [["Aktivitet"], ["Status", "Kommentar"]]);
    expect(findHeaderRow(2, (row) => grid.rows[row - 1]!.map((cell) => cell?.text)).found).toBe(false);
  });

  it("skips the header repeated at page breaks, with a note", () => {
    const grid = gridFromText("Blad1", [
      ["Nämndmål", "Aktivitet", "Status"],
      ["Mål A", "Aktivitet 1", "Pågår"],
      ["Nämndmål", "Aktivitet", "Status"],
      [null, "Aktivitet 2", "Klart"],
    ]);
    const result = structureGrid(grid, options);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.activities.map((a) => [a.id, a.goal])).toEqual([
      ["r2", "Mål A"],
      ["r4", "Mål A"],
    ]);
    expect(result.notes).toContainEqual(expect.objectContaining({ kind: "header-repeated", row: 3 }));
  });

  it("explains a sheet without a header in Swedish, naming what it looked for and the best row", () => {
    const grid = gridFromText("Budget", [["Driftsammandrag"], ["Verksamhet", "Redovisning", "Prognos"], ["Mål", "Kommentar", "Status"], ["a", "b", "c"]]);
    const result = structureGrid(grid, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.sheet).toBe("Budget");
    expect(result.bestCandidate).toEqual({ row: 3, matched: ["Nämndmål", "Kommentar", "Status"] });
    expect(result.message).toContain('Hittade ingen rubrikrad för aktiviteter på bladet "Budget"');
    expect(result.message).toContain("Aktivitet (Aktiviteter, Prioriterade aktiviteter");
    expect(result.message).toContain("Slutdatum (Slutfört, Klart senast");
    expect(result.message).toContain("Status (Utfall");
    expect(result.message).toContain("Bäst stämmer rad 3, som har Nämndmål, Kommentar, Status");
    expect(result.message).toContain("Ange själv vilken kolumn som är vad: i panelen under Mall → Vilken kolumn är vad?");
  });

  it("says so when no row looks like a header at all", () => {
    expect(noHeaderMessage("Tomt")).toContain("Ingen rad liknar en rubrikrad.");
    const result = structureGrid(gridFromText("Tomt", [["Hej"], ["Nej"]]), options);
    expect(result).toMatchObject({ ok: false, sheet: "Tomt" });
  });
});

describe("a data row that only looks like a header", () => {
  it("is an activity when any mapped cell is not a column name", () => {
    const grid = gridFromText("Blad1", [
      ["Nämndmål", "Aktivitet", "Slutdatum", "Status"],
      ["Mål", "Aktivitet", "Kvartal 2", "Genomfört"],
    ]);
    const result = structureGrid(grid, options);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.activities.map((a) => [a.id, a.activity])).toEqual([["r2", "Aktivitet"]]);
  });
});
