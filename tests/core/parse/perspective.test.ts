import { isPerspectiveHeading, parsePerspective } from "../../../src/core/parse";
import { standardProfile } from "../../../src/core/profile/load";

const parse = (text: string | null | undefined) => parsePerspective(text, standardProfile);

describe("parsePerspective (SPEC §2.3)", () => {
  test("the five standard perspectives and their synonyms, as written in the seeds", () => {
    expect(parse("Samhälle ")).toEqual({ name: "Samhälle", known: true });
    expect(parse(" Medborgare ")).toEqual({ name: "Medborgare", known: true });
    expect(parse("Medborgare/kund ")).toEqual({ name: "Medborgare", known: true });
    expect(parse("Medborgare / Kund")).toEqual({ name: "Medborgare", known: true });
    expect(parse("Kund")).toEqual({ name: "Medborgare", known: true });
    expect(parse("Ekonomi")).toEqual({ name: "Ekonomi", known: true });
    expect(parse(" Verksamhet ")).toEqual({ name: "Verksamhet", known: true });
    expect(parse("Medarbetare")).toEqual({ name: "Medarbetare", known: true });
    expect(parse("MEDARBETARE")).toEqual({ name: "Medarbetare", known: true });
    expect(parse("Samhalle")).toEqual({ name: "Samhälle", known: true });
  });

  test("an area name of an older report is kept as written, unknown (ks-2018)", () => {
    expect(parse("Näringsliv")).toEqual({ name: "Näringsliv", known: false });
    expect(parse("Säkerhet och räddningstjänst ")).toEqual({
      name: "Säkerhet och räddningstjänst",
      known: false,
    });
    expect(parse("Mark- och översiktsplanering")).toEqual({
      name: "Mark- och översiktsplanering",
      known: false,
    });
  });

  test("empty → null", () => {
    for (const text of ["", "  ", null, undefined]) expect(parse(text)).toBeNull();
  });
});

describe("isPerspectiveHeading", () => {
  test("a row holding only a perspective name", () => {
    expect(isPerspectiveHeading("Medborgare/kund ", standardProfile)).toBe(true);
    expect(isPerspectiveHeading(" Ekonomi", standardProfile)).toBe(true);
    expect(isPerspectiveHeading("Näringsliv", standardProfile)).toBe(false);
    expect(isPerspectiveHeading("Ekonomi i balans", standardProfile)).toBe(false);
    expect(isPerspectiveHeading("", standardProfile)).toBe(false);
    expect(isPerspectiveHeading(null, standardProfile)).toBe(false);
  });
});
