/**
 * The five seed fixtures, structured by the real engine and validated: the findings below were
 * checked by hand against shared/seeds/*.txt (see the comments for why each is right).
 */
import type { Finding } from "../../../src/core/model";
import { standardProfile } from "../../../src/core/profile/load";
import { structureSheets } from "../../../src/core/structure";
import { validateReport } from "../../../src/core/validate";
import { fixtureToGrids, loadSeedFixture } from "../../fixtures/seeds/format";

function validateSeed(id: string): Finding[] {
  const grids = fixtureToGrids(loadSeedFixture(id));
  const [result] = structureSheets(grids, { profile: standardProfile }).filter((r) => r.ok);
  if (!result?.ok) throw new Error(`${id}: no report`);
  const grid = grids.find((g) => g.sheet === result.report.sheet);
  return validateReport(result.report, {
    profile: standardProfile,
    register: result.register,
    ...(grid ? { grid } : {}),
  });
}

const at = (found: Finding[], rule: string): string[] =>
  found.filter((f) => f.rule === rule).map((f) => f.cell || `rad ${f.row ?? "-"}`);
const one = (found: Finding[], rule: string, cell: string): Finding => {
  const hit = found.find((f) => f.rule === rule && f.cell === cell);
  if (!hit) throw new Error(`${rule} at ${cell} missing`);
  return hit;
};

describe("kof-2020-delar (per 31 augusti 2020)", () => {
  const found = validateSeed("kof-2020-delar");
  it("the one error is ”Pågående och genomfört”", () => {
    expect(found.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`)).toEqual([
      "status.ambiguous@D20",
    ]);
  });
  it("rows without Slutdatum (Ekonomi and Hållbar verksamhet) lack a due", () => {
    expect(at(found, "due.missing")).toEqual(["C31", "C45", "C46", "C47", "C48"]);
  });
  it("”Se objektsplan”/”Se objektspla” and ”Kvartal 4 (se även …)” are not dropdown terms, and none gets an automatic fix", () => {
    expect(at(found, "due.noncanonical")).toEqual(["C20", "C39", "C41"]);
    expect(found.filter((f) => f.rule === "due.noncanonical" && f.fix)).toEqual([]);
  });
  it("Kvartal 3/4 activities already Genomfört are noted, and no Kvartal 1–2 activity is still Pågående", () => {
    expect(at(found, "done.future")).toEqual(["C33", "C40", "C43", "C54"]);
    expect(at(found, "overdue.ongoing")).toEqual([]);
  });
});

describe("ks-2018-delar (Prioriterade aktiviteter | Utfall)", () => {
  const found = validateSeed("ks-2018-delar");
  it("no Slutdatum column: one report-level due.missing, not one per row", () => {
    expect(at(found, "due.missing")).toEqual(["rad -"]);
    // Normal for assignment lists: a note about the sheet, not a warning.
    expect(found.filter((f) => f.rule === "due.missing").map((f) => f.severity)).toEqual(["info"]);
  });
  it("fixes the leading ”Pågår” in the shared Utfall cell and keeps the comment", () => {
    expect(one(found, "status.noncanonical", "B20").fix).toMatchObject({
      oldValue: "Pågår – Kontaktcenter startar april 2019",
      newValue: "Pågående – Kontaktcenter startar april 2019",
    });
    // "Upphävt, nytt uppdrag givet …": the comma stays with the comment.
    expect(one(found, "status.noncanonical", "B65").fix!.newValue).toMatch(
      /^Ej genomfört, nytt uppdrag givet/,
    );
  });
  it("areas are kept as perspective values and reported once each", () => {
    const areas = found.filter((f) => f.rule === "perspective.unknown").map((f) => f.value);
    expect(areas).toEqual(
      expect.arrayContaining([
        "Kommunövergripande",
        "Administration",
        "Näringsliv",
        "Digitalisering",
      ]),
    );
    expect(new Set(areas).size).toBe(areas.length);
  });
  it("outcomes naming two statuses are ambiguous (”Tidigt samråd genomfört, tidplanen har … förskjutits”)", () => {
    expect(at(found, "status.ambiguous")).toEqual(["B47", "B49"]);
    expect(one(found, "status.unknown", "B93").value).toBe("Förstudie framtagen");
  });
});

describe("vss-2023-delar", () => {
  const found = validateSeed("vss-2023-delar");
  it("months get their quarter, synonyms their canonical term", () => {
    expect(one(found, "due.noncanonical", "C12").fix).toMatchObject({
      oldValue: "Maj",
      newValue: "Kvartal 2",
    });
    expect(one(found, "status.noncanonical", "D12").fix).toMatchObject({
      oldValue: "Genomförs ej",
      newValue: "Ej genomfört",
    });
    expect(one(found, "status.noncanonical", "D29").fix).toMatchObject({
      oldValue: "Ej startad",
      newValue: "Ej påbörjad",
    });
  });
  it("sub-activities on their own rows get fixes; their parent is not missing a status", () => {
    expect(one(found, "status.noncanonical", "D52").fix).toMatchObject({
      oldValue: "Klar",
      newValue: "Genomfört",
    });
    expect(at(found, "status.missing")).toEqual([]);
    // The inherited "December" is reported once, on the parent's cell.
    expect(at(found, "due.noncanonical")).toContain("C51");
    expect(at(found, "due.noncanonical")).not.toContain("C52");
  });
  it("of the twelve kommungemensamma uppdrag only nr 12 has no activity", () => {
    expect(
      found.filter((f) => f.rule === "assignment.uncovered").map((f) => f.value?.split(".")[0]),
    ).toEqual(["12"]);
  });
  it("has no errors", () => {
    expect(found.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("bun-2020-helar (per 31 december 2020)", () => {
  const found = validateSeed("bun-2020-helar");
  it("the sheet names the nämnd but not the förvaltning", () => {
    expect(found.filter((f) => f.rule === "meta.missing").map((f) => f.value)).toEqual([
      "organisation",
    ]);
  });
  it("”Delrapport 2” activities still Pågående at year end are overdue", () => {
    expect(at(found, "overdue.ongoing")).toEqual(["D31", "D60", "D66", "D67", "D69"]);
  });
  it("report periods get a suggestion, never a fix", () => {
    const reports = found.filter((f) => f.rule === "due.noncanonical");
    expect(reports.length).toBeGreaterThan(30);
    expect(reports.every((f) => f.fix === undefined && f.suggestion !== undefined)).toBe(true);
  });
});

describe("an-2024-delar", () => {
  const found = validateSeed("an-2024-delar");
  it("”Kommunövergripande strategiskt uppdrag 43” is not in the report's own list of uppdrag", () => {
    expect(one(found, "assignment.unknown", "B76").value).toBe("43");
  });
  it("BEATA ”2025/2026” is beyond the year; ”Q3\\nQ4” gets no automatic fix", () => {
    expect(at(found, "due.beyondYear")).toEqual(["C42"]);
    expect(one(found, "due.noncanonical", "C13").fix).toBeUndefined();
    expect(one(found, "due.noncanonical", "C12").fix).toMatchObject({
      oldValue: "Q4",
      newValue: "Kvartal 4",
    });
  });
  it("has no errors", () => {
    expect(found.filter((f) => f.severity === "error")).toEqual([]);
  });
});
