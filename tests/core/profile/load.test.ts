import { parseProfile, profileFromText, standardProfile } from "../../../src/core/profile/load";
import { ProfileSchema } from "../../../src/core/profile/schema";
import { STATUS_CATEGORIES } from "../../../src/core/model";
import standardJson from "../../../src/core/profile/standard.json";

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("the standard profile", () => {
  test("loads and validates against the Profile schema", () => {
    expect(ProfileSchema.safeParse(standardJson).success).toBe(true);
    expect(parseProfile(standardJson)).toEqual({ ok: true, profile: standardProfile });
    expect(standardProfile.id).toBe("standard");
  });

  test("one entry per category of SPEC §2.1 with its canonical term and light", () => {
    const summary = standardProfile.statuses.map((entry) => [
      entry.category,
      entry.canonical,
      entry.light,
    ]);
    expect(summary).toEqual([
      ["done", "Genomfört", "green"],
      ["ongoing", "Pågående", "green"],
      ["delayed", "Kvarstår", "yellow"],
      ["not_started", "Ej påbörjad", "yellow"],
      ["cancelled", "Ej genomfört", "red"],
      ["postponed", "Flyttad", "yellow"],
      ["not_applicable", "Ej aktuellt", "grey"],
    ]);
    expect(STATUS_CATEGORIES.filter((category) => !summary.some(([c]) => c === category))).toEqual([
      "ambiguous",
      "missing",
    ]);
  });

  test("every synonym of SPEC §2.1 is listed", () => {
    const synonyms = (category: string) =>
      standardProfile.statuses.find((entry) => entry.category === category)!.synonyms;
    expect(synonyms("done")).toEqual(
      expect.arrayContaining([
        "Genomfört",
        "Genom-fört",
        "Klart",
        "Klar",
        "Avslutad",
        "Slutfört",
        "Genomförd",
      ]),
    );
    expect(synonyms("ongoing")).toEqual(
      expect.arrayContaining(["Pågående", "Pågår", "Löpande", "Pågår löpande"]),
    );
    expect(synonyms("delayed")).toEqual(expect.arrayContaining(["Kvarstår", "Försenad"]));
    expect(synonyms("not_started")).toEqual(expect.arrayContaining(["Ej startad", "Ej påbörjad"]));
    expect(synonyms("cancelled")).toEqual(
      expect.arrayContaining(["Ej genomfört", "Genomförs ej", "Upphävt", "Utgår"]),
    );
    expect(synonyms("postponed")).toEqual(
      expect.arrayContaining(["Flyttas till 2024", "Flyttad", "Avvaktar", "Skjuts upp"]),
    );
    expect(synonyms("not_applicable")).toEqual(expect.arrayContaining(["Ej aktuellt"]));
  });

  test("due quarters enforced, perspectives, comment rules and severities", () => {
    expect(standardProfile.due.allowedKinds).toEqual(["quarter"]);
    expect(standardProfile.due.allowedTerms).toEqual([
      "Kvartal 1",
      "Kvartal 2",
      "Kvartal 3",
      "Kvartal 4",
    ]);
    expect(standardProfile.perspectives.map((perspective) => perspective.name)).toEqual([
      "Samhälle",
      "Medborgare",
      "Ekonomi",
      "Verksamhet",
      "Medarbetare",
    ]);
    expect(standardProfile.perspectives[1]!.synonyms).toEqual(
      expect.arrayContaining(["Medborgare/kund", "Kund"]),
    );
    expect(standardProfile.commentRequired).toEqual([
      "delayed",
      "cancelled",
      "postponed",
      "ambiguous",
    ]);
    expect(standardProfile.severities).toEqual({});
  });
});

describe("a user's profile: Swedish errors that name the field", () => {
  const errorsOf = (json: unknown): string[] => {
    const result = parseProfile(json);
    if (result.ok) throw new Error("expected errors");
    return result.errors;
  };

  test("a missing field", () => {
    const json = clone(standardJson) as Record<string, unknown> & {
      statuses: Record<string, unknown>[];
    };
    delete json.statuses[2]!.canonical;
    expect(errorsOf(json)).toEqual(['Fältet "statuses[2].canonical" saknas']);
  });

  test("the $schema line an editor checks the file by is allowed", () => {
    expect(parseProfile({ $schema: "./profile.schema.json", ...clone(standardJson) })).toMatchObject({ ok: true });
  });

  test("an unknown field, at the top and nested", () => {
    expect(errorsOf({ ...clone(standardJson), foo: 1 })).toEqual(['Profilen har okänt fält "foo"']);
    const json = clone(standardJson);
    (json.due as Record<string, unknown>).extra = true;
    expect(errorsOf(json)).toEqual(['Fältet "due" har okänt fält "extra"']);
  });

  test("a wrong type", () => {
    const json = clone(standardJson);
    (json as Record<string, unknown>).name = 42;
    (json.statuses[0] as Record<string, unknown>).synonyms = "Klart";
    expect(errorsOf(json)).toEqual([
      'Fältet "name" ska vara en text (är ett tal)',
      'Fältet "statuses[0].synonyms" ska vara en lista (är en text)',
    ]);
  });

  test("an unknown enum value lists the allowed ones", () => {
    const json = clone(standardJson);
    (json.statuses[1] as Record<string, unknown>).light = "blue";
    expect(errorsOf(json)).toEqual([
      'Fältet "statuses[1].light" har ett okänt värde "blue"; tillåtna värden: "green", "yellow", "red", "grey"',
    ]);
  });

  test("empty text, too few months, a bad month-day", () => {
    const json = clone(standardJson);
    json.statuses[0]!.canonical = "";
    json.due.months = json.due.months.slice(0, 11);
    json.due.reports[0]!.endMonthDay = "30 april";
    expect(errorsOf(json)).toEqual([
      'Fältet "statuses[0].canonical" får inte vara tomt',
      'Fältet "due.months" ska ha exakt 12 poster',
      'Fältet "due.reports[0].endMonthDay" har fel format (ska vara MM-DD, t.ex. 08-31)',
    ]);
  });

  test("no statuses at all", () => {
    const json = clone(standardJson);
    json.statuses = [];
    expect(errorsOf(json)).toEqual(['Fältet "statuses" ska ha minst 1 post']);
  });

  test("not an object", () => {
    expect(errorsOf(null)).toEqual(["Profilen ska vara ett objekt (är null)"]);
    expect(errorsOf([])).toEqual(["Profilen ska vara ett objekt (är en lista)"]);
  });

  test("a category twice, or one term meaning two categories", () => {
    const json = clone(standardJson);
    json.statuses.push({ ...json.statuses[0]!, canonical: "Färdigt igen", synonyms: [] });
    json.statuses[1]!.synonyms.push("klart");
    const errors = errorsOf(json);
    expect(errors).toContain(
      'Fältet "statuses[7].category": kategorin "done" finns redan i statuses[0]',
    );
    expect(errors).toContain(
      'Fältet "statuses[1]": termen "klart" betyder redan "done" i statuses[0]',
    );
  });

  test("a valid custom profile loads", () => {
    const json = {
      ...clone(standardJson),
      id: "kommun-x",
      name: "Kommun X",
      statuses: [{ category: "done", canonical: "Klar", synonyms: [], light: "green" }],
    };
    const result = parseProfile(json);
    expect(result.ok).toBe(true);
  });
});

describe("profileFromText", () => {
  test("valid JSON text", () => {
    expect(profileFromText(JSON.stringify(standardJson))).toEqual({
      ok: true,
      profile: standardProfile,
    });
  });

  test("invalid JSON gets a Swedish message", () => {
    const result = profileFromText('{ "id": "x", }');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(/^Profilen är inte giltig JSON/);
    }
  });

  test("valid JSON, invalid profile", () => {
    expect(profileFromText('{"id": "x"}')).toMatchObject({
      ok: false,
      errors: expect.arrayContaining(['Fältet "name" saknas']),
    });
  });
});
