/**
 * Property tests (fast-check): the parsers never throw on any string, and normalising a canonical
 * term returns it unchanged.
 */
import fc from "fast-check";
import {
  dueSuggestion,
  dueToAllowedTerm,
  formatAssignmentRef,
  isPerspectiveHeading,
  parseAssignmentRefs,
  parseDue,
  parsePerspective,
  parsePeriodPhrase,
  parseRegisterList,
  parseStatus,
} from "../../../src/core/parse";
import {
  AssignmentRefSchema,
  ASSIGNMENT_SCOPES,
  DuePeriodSchema,
  StatusSchema,
} from "../../../src/core/model";
import { standardProfile } from "../../../src/core/profile/load";

const profile = standardProfile;

/** Any text: full Unicode, plus strings built from the vocabulary's own words and separators. */
const vocabularyWord = fc.constantFrom(
  ...profile.statuses.flatMap((entry) => [entry.canonical, ...entry.synonyms]),
  ...profile.due.allowedTerms,
  "Q",
  "kv",
  "T",
  "Delrapport",
  "och",
  "/",
  "–",
  "-",
  "(",
  ")",
  "\n",
  " ",
  "2",
  "2020",
  "nr",
  "strategiskt",
  "uppdrag",
  "Nämndsuppdrag",
  "kommungemensamt",
  "per",
  "31",
  "augusti",
);
const anyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.array(vocabularyWord, { maxLength: 12 }).map((words) => words.join(" ")),
  fc.array(vocabularyWord, { maxLength: 12 }).map((words) => words.join("")),
);

describe("the parsers never throw and always return valid shapes", () => {
  test("parseStatus", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { status, comment } = parseStatus(text, profile);
        expect(StatusSchema.safeParse(status).success).toBe(true);
        expect(status.raw).toBe(text.trim());
        expect(comment === null || comment.length > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test("parseDue, dueToAllowedTerm, dueSuggestion", () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.integer({ min: 1900, max: 2999 })), (text, year) => {
        const due = parseDue(text, year, profile);
        expect(DuePeriodSchema.safeParse(due).success).toBe(true);
        dueToAllowedTerm(due, profile);
        dueSuggestion(due, profile);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.double(), fc.option(fc.integer({ min: 1900, max: 2999 })), (value, year) => {
        expect(DuePeriodSchema.safeParse(parseDue(value, year, profile)).success).toBe(true);
      }),
    );
  });

  test("parsePerspective, isPerspectiveHeading, parsePeriodPhrase", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const perspective = parsePerspective(text, profile);
        if (perspective !== null) expect(perspective.name.length).toBeGreaterThan(0);
        isPerspectiveHeading(text, profile);
        parsePeriodPhrase(text);
      }),
      { numRuns: 500 },
    );
  });

  test("parseAssignmentRefs, parseRegisterList", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const ref of parseAssignmentRefs(text))
          expect(AssignmentRefSchema.safeParse(ref).success).toBe(true);
        parseRegisterList(text, 2024);
      }),
      { numRuns: 500 },
    );
  });
});

describe("normalising a canonical term returns it unchanged", () => {
  test("every status term gives its category's canonical label; the canonical term itself round-trips", () => {
    const terms = profile.statuses.flatMap((entry) =>
      [entry.canonical, ...entry.synonyms].map((term) => ({
        term,
        category: entry.category,
        canonical: entry.canonical,
      })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...terms),
        fc.constantFrom("", " ", "\n", "  \n "),
        (entry, padding) => {
          const { status, comment } = parseStatus(`${padding}${entry.term}${padding}`, profile);
          expect(status.category).toBe(entry.category);
          expect(status.label).toBe(entry.canonical);
          expect(status.inferred).toBe(false);
          expect(comment).toBeNull();
          // and normalising the label again is stable
          expect(parseStatus(status.label, profile).status.label).toBe(entry.canonical);
        },
      ),
    );
  });

  test("case and hyphenation variants of a canonical status are still that status", () => {
    fc.assert(
      fc.property(fc.constantFrom(...profile.statuses), fc.boolean(), (entry, upper) => {
        const text = upper ? entry.canonical.toUpperCase() : entry.canonical.toLowerCase();
        expect(parseStatus(text, profile).status.label).toBe(entry.canonical);
      }),
    );
  });

  test("every allowed due term gives itself back", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...profile.due.allowedTerms),
        fc.option(fc.integer({ min: 2000, max: 2100 })),
        (term, year) => {
          expect(dueToAllowedTerm(parseDue(term, year, profile), profile)).toBe(term);
        },
      ),
    );
  });

  test("Kvartal n in any of its spellings gives Kvartal n", () => {
    const spellings = (n: number) => [
      `Kvartal ${n}`,
      `kvartal ${n}`,
      `KVARTAL ${n}`,
      `Q${n}`,
      `q ${n}`,
      `kv ${n}`,
      `Kv${n}`,
      `kv. ${n}`,
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.nat(7), (n, index) => {
        const text = spellings(n)[index]!;
        const due = parseDue(text, 2024, profile);
        expect(due.kind).toBe("quarter");
        expect(due.value).toBe(n);
        expect(dueToAllowedTerm(due, profile)).toBe(`Kvartal ${n}`);
      }),
    );
  });

  test("formatAssignmentRef is parsed back to the same reference", () => {
    const arbitraryRef = fc.record({
      scope: fc.constantFrom(...ASSIGNMENT_SCOPES),
      number: fc.option(fc.integer({ min: 1, max: 999 })),
    });
    fc.assert(
      fc.property(arbitraryRef, (ref) => {
        const expected =
          ref.scope === "forvaltningschef" ? { scope: ref.scope, number: null } : ref;
        expect(parseAssignmentRefs(formatAssignmentRef(ref))).toEqual([expected]);
      }),
    );
  });

  test("a perspective name or synonym gives the perspective's name", () => {
    const terms = profile.perspectives.flatMap((perspective) =>
      [perspective.name, ...perspective.synonyms].map((term) => ({ term, name: perspective.name })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...terms), (entry) => {
        expect(parsePerspective(entry.term, profile)).toEqual({ name: entry.name, known: true });
      }),
    );
  });
});
