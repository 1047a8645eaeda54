import { parseStatus, statusLight } from "../../../src/core/parse";
import { STATUS_CATEGORIES } from "../../../src/core/model";
import { parseProfile, standardProfile } from "../../../src/core/profile/load";

const parse = (text: string | null | undefined) => parseStatus(text, standardProfile);

describe("parseStatus (SPEC §2.1)", () => {
  test("every synonym of SPEC §2.1's table maps to its category", () => {
    const table: [string, string][] = [
      ["Genomfört", "done"],
      ["Genom-fört", "done"],
      ["Klart", "done"],
      ["klart", "done"],
      ["Klar", "done"],
      ["Avslutad", "done"],
      ["Slutfört", "done"],
      ["Genomförd", "done"],
      ["Pågående", "ongoing"],
      ["Pågår", "ongoing"],
      ["Löpande", "ongoing"],
      ["Pågår löpande", "ongoing"],
      ["Kvarstår", "delayed"],
      ["Försenad", "delayed"],
      ["Ej startad", "not_started"],
      ["Ej påbörjad", "not_started"],
      ["Ej genomfört", "cancelled"],
      ["Genomförs ej", "cancelled"],
      ["Upphävt", "cancelled"],
      ["Utgår", "cancelled"],
      ["Flyttas till 2024", "postponed"],
      ["Flyttad", "postponed"],
      ["Avvaktar", "postponed"],
      ["Skjuts upp", "postponed"],
      ["Ej aktuellt", "not_applicable"],
    ];
    for (const [text, category] of table) {
      const { status, comment } = parse(text);
      expect({ text, category: status.category, comment, inferred: status.inferred }).toEqual({
        text,
        category,
        comment: null,
        inferred: false,
      });
    }
  });

  test("case, space, hyphenation and diacritics do not matter", () => {
    for (const text of [
      "GENOMFÖRT",
      "genomfort",
      "Genom- fört",
      "Genom-\nfört",
      "  genomfört.  ",
      "Genomfört!",
      "Genomfo\u0308rt",
    ]) {
      expect(parse(text).status).toMatchObject({ category: "done", label: "Genomfört" });
    }
  });

  test("the label is the profile's canonical term and raw the trimmed cell", () => {
    expect(parse("  Pågår  ").status).toEqual({
      raw: "Pågår",
      category: "ongoing",
      label: "Pågående",
      inferred: false,
    });
  });

  test("empty → missing", () => {
    for (const text of ["", "   ", "\n \n", null, undefined]) {
      expect(parse(text)).toEqual({
        status: { raw: "", category: "missing", label: null, inferred: false },
        comment: null,
      });
    }
  });

  test("two statuses in one cell → ambiguous", () => {
    for (const text of [
      "Pågående och genomfört",
      "Pågående/Genomfört",
      "Pågående / Genomfört",
      "Klart & Flyttad",
      "Pågår eller kvarstår",
    ]) {
      expect(parse(text)).toEqual({
        status: { raw: text, category: "ambiguous", label: null, inferred: false },
        comment: null,
      });
    }
    expect(parse("Pågående och genomfört – se kommentar").comment).toBe("se kommentar");
  });

  test("a leading status term is the status, the rest the comment", () => {
    expect(parse("Pågår – Kontaktcenter startar april 2019")).toEqual({
      status: {
        raw: "Pågår – Kontaktcenter startar april 2019",
        category: "ongoing",
        label: "Pågående",
        inferred: false,
      },
      comment: "Kontaktcenter startar april 2019",
    });
    expect(
      parse("Genomfört. Kommunen och kommunens bolag använder idag samma system.").comment,
    ).toBe("Kommunen och kommunens bolag använder idag samma system.");
    expect(parse("Upphävt, nytt uppdrag givet kring utvecklingsmiljöer")).toMatchObject({
      status: { category: "cancelled", label: "Ej genomfört" },
      comment: "nytt uppdrag givet kring utvecklingsmiljöer",
    });
  });

  test("a reason glued to the status goes to the comment, words kept ('pga' too)", () => {
    expect(parse("Kvarstår pga Coronapandemin")).toEqual({
      status: {
        raw: "Kvarstår pga Coronapandemin",
        category: "delayed",
        label: "Kvarstår",
        inferred: false,
      },
      comment: "pga Coronapandemin",
    });
  });

  test("the comment keeps the user's text as written (case, diacritics, shared compounds)", () => {
    expect(parse("Klart: Barn- och ungdomsnämnden BESLUTADE i maj").comment).toBe(
      "Barn- och ungdomsnämnden BESLUTADE i maj",
    );
  });

  test("a status only inferred from a keyword in a sentence is marked inferred, the sentence kept as comment", () => {
    expect(parse("Arbetet är genomfört under våren")).toEqual({
      status: {
        raw: "Arbetet är genomfört under våren",
        category: "done",
        label: "Genomfört",
        inferred: true,
      },
      comment: "Arbetet är genomfört under våren",
    });
    expect(parse("Arbetet har försenats på grund av pandemin").status).toMatchObject({
      category: "delayed",
      inferred: true,
    });
  });

  test("a negated keyword is not evidence: ambiguous", () => {
    expect(parse("Har inte genomförts").status).toMatchObject({
      category: "ambiguous",
      inferred: false,
    });
  });

  test("keywords of two categories in one sentence → ambiguous", () => {
    expect(parse("Utbildningen genomförd, upphandlingen har förskjutits").status.category).toBe("ambiguous");
    // "Delvis genomfört" is one term (Kvarstår), not the keyword "genomfört": the rest is its comment.
    expect(parse("Delvis genomfört, resten har förskjutits").status.category).toBe("delayed");
  });

  test("text mapping to nothing → ambiguous with label null, text kept as comment", () => {
    expect(parse("Förstudie framtagen")).toEqual({
      status: { raw: "Förstudie framtagen", category: "ambiguous", label: null, inferred: false },
      comment: "Förstudie framtagen",
    });
    expect(parse("–").status.category).toBe("ambiguous");
  });

  test("a term inside a longer word is not a term", () => {
    expect(parse("Klartext saknas").status.category).toBe("ambiguous");
  });

  test("another profile's vocabulary is used", () => {
    const custom = parseProfile({
      ...standardProfile,
      statuses: [
        { category: "done", canonical: "Färdig", synonyms: ["Done"], light: "green" },
        { category: "ongoing", canonical: "Pågår", synonyms: [], light: "green" },
      ],
    });
    if (!custom.ok) throw new Error(custom.errors.join("\n"));
    expect(parseStatus("done", custom.profile).status).toMatchObject({
      category: "done",
      label: "Färdig",
    });
    expect(parseStatus("Genomfört", custom.profile).status.category).toBe("ambiguous");
  });
});

describe("statusLight", () => {
  test("the standard profile's traffic lights (SPEC §2.1)", () => {
    const lights = Object.fromEntries(
      STATUS_CATEGORIES.map((category) => [category, statusLight(category, standardProfile)]),
    );
    expect(lights).toEqual({
      done: "green",
      ongoing: "green",
      delayed: "yellow",
      not_started: "yellow",
      cancelled: "red",
      postponed: "yellow",
      not_applicable: "grey",
      ambiguous: null,
      missing: null,
    });
  });
});
