/**
 * Status stated as a sentence (issue 15): follow-ups of assignments often have no status cell, only
 * a comment whose first sentence says how it went. The wording here is quoted from real reports:
 * the examples (a kommun's and a region's follow-up tables) and Vårgårda kommun's
 * årsredovisning 2023 ("Delmålet bedöms bli uppfyllt under året.").
 */
import { parseStatus, statusFromComment } from "../../../src/core/parse";
import { standardProfile } from "../../../src/core/profile/load";
import { parseProfile } from "../../../src/core/profile/load";

const category = (text: string) => parseStatus(text, standardProfile).status;

describe("status sentences", () => {
  it.each([
    ["Uppdraget är genomfört under året.", "done"],
    ["Uppdraget har genomförts.", "done"],
    ["Uppdraget bedöms bli genomfört.", "ongoing"],
    ["Uppdraget bedöms inte bli genomfört under 2020.", "delayed"],
    ["Delmålet bedöms bli uppfyllt under året.", "ongoing"],
    ["Delmålet bedöms bli delvis uppfyllt under året eller kan inte mätas/bedömas.", "delayed"],
    ["Delmålet bedöms inte bli uppfyllt under året", "delayed"],
    ["Aktiviteten är delvis genomförd, resten görs 2025.", "delayed"],
  ])("%s → %s, inferred, the whole text kept as comment", (text, expected) => {
    const parsed = parseStatus(text, standardProfile);
    expect(parsed.status).toMatchObject({ category: expected, inferred: true });
    expect(parsed.comment).toBe(text);
  });

  it("reads only the first sentence: a later sentence does not override it", () => {
    expect(category("Uppdraget är genomfört. Nästa steg bedöms inte bli genomfört i år.")).toMatchObject({ category: "done", inferred: true });
  });

  it("leaves a first sentence that states two statuses ambiguous (KS 2018, B49)", () => {
    const text = "Utställning för tillägget Linköpings mötesplatser är genomförd, arbete med framtagande av antagandehandling pågår.";
    expect(category(text)).toMatchObject({ category: "ambiguous", inferred: false });
  });

  it("still lets a leading status term decide, not inferred", () => {
    expect(category("Pågår. Uppdraget bedöms bli genomfört.")).toMatchObject({ category: "ongoing", inferred: false });
  });
});

describe("status words from other organisations", () => {
  it.each([
    ["AVSLUTAT", "done"],
    ["PÅGÅENDE", "ongoing"],
    ["Uppnått", "done"],
    ["Delvis uppnått", "delayed"],
    ["Ej uppnått", "cancelled"],
    ["Grön", "ongoing"],
    ["Gul", "delayed"],
    ["Röd", "cancelled"],
    // A traffic light is as often written in the neuter ("Läget är grönt") and in capitals.
    ["Grönt", "ongoing"],
    ["GULT", "delayed"],
    ["rött", "cancelled"],
    ["Rött – budget saknas", "cancelled"],
    // Partly done is not done: it is the yellow "Delvis uppnått".
    ["Delvis", "delayed"],
    ["Delvis genomfört", "delayed"],
    ["delvis klar, resten 2025", "delayed"],
    // Miljöbarometern's åtgärdsstatus (Falköpings energi- och klimatstrategi, Huddinge Agenda 21).
    ["Genomförs kontinuerligt", "ongoing"],
    ["Försenad", "delayed"],
    ["Påbörjad", "ongoing"],
  ])("%s → %s", (text, expected) => {
    expect(category(text)).toMatchObject({ category: expected, inferred: false });
  });

  it("keeps the year after a Miljöbarometern status as its remainder (\"Genomförd 2013\")", () => {
    expect(parseStatus("Genomförd 2013", standardProfile)).toMatchObject({ status: { category: "done", inferred: false }, comment: "2013" });
  });

  it("reads Östersund's \"Uppdraget är inte genomfört under året.\" as SPEC's Ej genomfört, inferred", () => {
    expect(category("Uppdraget är inte genomfört under året.")).toMatchObject({ category: "cancelled", inferred: true });
  });
});

describe("the status of a comment when there is no status column", () => {
  it("is inferred from the first sentence", () => {
    expect(statusFromComment("Uppdraget är genomfört under året. Rapporten lämnades i juni.", standardProfile)).toMatchObject({
      category: "done",
      inferred: true,
    });
  });

  it("is missing when the first sentence states none", () => {
    expect(statusFromComment("Rapporten lämnades i juni.", standardProfile)).toEqual({ raw: "", category: "missing", label: null, inferred: false });
  });
});

describe("status sentences in a municipality's profile", () => {
  it("are validated and used", () => {
    const statuses = standardProfile.statuses.map((entry) => (entry.category === "done" ? { ...entry, sentences: ["är i mål"] } : entry));
    const result = parseProfile({ ...standardProfile, id: "egen", statuses });
    if (!result.ok) throw new Error(result.errors.join("; "));
    expect(parseStatus("Projektet är i mål sedan maj.", result.profile).status).toMatchObject({ category: "done", inferred: true });
    expect(parseProfile({ ...standardProfile, statuses: [{ ...standardProfile.statuses[0], sentences: [""] }] }).ok).toBe(false);
  });
});
