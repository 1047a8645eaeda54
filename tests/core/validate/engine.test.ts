/** The rule engine itself: registry, severities, cut-off input, languages, order, bad input. */
import { messageKeys } from "../../../src/core/i18n";
import type { Profile } from "../../../src/core/profile/schema";
import {
  RULE_IDS,
  RULES,
  ValidationInputError,
  countFindings,
  validateReport,
} from "../../../src/core/validate";
import { activity, KOF_GOAL_1, profile, quarterDue, report } from "./helpers";

// kof-2020-delar.txt rows (see rules.test.ts for the quotes).
const elitstod = activity({
  row: 21,
  goal: KOF_GOAL_1,
  activity: "Utredning och implementering av ett nytt elitidrottsstöd",
  due: quarterDue("Kvartal 2", 2),
  status: "Pågående",
  comment: "Beslut planeras i nämnden under kvartal 4.",
});
const kvarstar = activity({
  row: 25,
  goal: "Mötesplatser och anläggningar upplevs trygga och välkomnande",
  activity: "Genomföra trygghetsskapande åtgärder vid kommunens anläggningar",
  due: quarterDue("Kvartal 3", 3),
  status: "Kvarstår",
  comment: null,
});

describe("registry", () => {
  it("has exactly the rule ids of SPEC §6, each once", () => {
    expect([...RULE_IDS].sort()).toEqual(
      [
        "activity.required",
        "status.missing",
        "status.unknown",
        "status.noncanonical",
        "status.ambiguous",
        "due.missing",
        "due.unknown",
        "due.noncanonical",
        "due.beyondYear",
        "comment.required",
        "overdue.ongoing",
        "done.future",
        "perspective.unknown",
        "assignment.unknown",
        "assignment.uncovered",
        "duplicate.activity",
        "meta.missing",
        "text.formula",
      ].sort(),
    );
  });
  it("default severities follow SPEC §6", () => {
    const severity = Object.fromEntries(RULES.map((rule) => [rule.id, rule.defaultSeverity]));
    expect(severity).toMatchObject({
      "status.missing": "error",
      "due.missing": "warning",
      "due.beyondYear": "info",
      "done.future": "info",
      "meta.missing": "error",
      "text.formula": "warning",
    });
  });
});

describe("validateReport", () => {
  it("the profile overrides a severity", () => {
    const strict: Profile = { ...profile, severities: { "overdue.ongoing": "error" } };
    const [finding] = validateReport(report([elitstod]), { profile: strict }).filter(
      (f) => f.rule === "overdue.ongoing",
    );
    expect(finding!.severity).toBe("error");
  });

  it("orders report-level findings first, then by row and column", () => {
    const found = validateReport(report([kvarstar, elitstod], { organisation: null }), { profile });
    expect(found.map((f) => `${f.rule}@${f.cell}`)).toEqual([
      "meta.missing@",
      "overdue.ongoing@D21",
      "comment.required@E25",
    ]);
  });

  it("an impossible cut-off date is a ValidationInputError with a Swedish message", () => {
    expect(() => validateReport(report([elitstod]), { profile, cutoff: "2020-02-30" })).toThrow(
      ValidationInputError,
    );
    expect(() => validateReport(report([elitstod]), { profile, cutoff: "2020-02-30" })).toThrow(
      "Avstämningsdatumet ”2020-02-30” är inte ett giltigt datum. Ange det som ÅÅÅÅ-MM-DD, till exempel 2020-08-31.",
    );
    expect(() => validateReport(report([elitstod], { cutoff: "2020-13-01" }), { profile })).toThrow(
      ValidationInputError,
    );
  });

  it("speaks English when asked", () => {
    const [finding] = validateReport(report([kvarstar]), { profile, lang: "en" });
    expect(finding!.message).toBe(
      "The status ”Kvarstår” requires a comment. Say why and what happens next.",
    );
  });

  it("counts by severity", () => {
    expect(
      countFindings(
        validateReport(report([kvarstar, elitstod], { organisation: null }), { profile }),
      ),
    ).toEqual({ error: 2, warning: 1, info: 0 });
  });

  it("without a column map findings keep the row but have no cell (and no fix)", () => {
    const pagar = activity({
      row: 12,
      activity: "Utbilda merparten av förvaltningens medarbetare i service och bemötande",
      due: quarterDue("Kvartal 4", 4),
      status: "Pågår",
      comment: "Täckningen kommer att vara betydligt mindre än beräknat.",
    });
    const [finding] = validateReport(report([pagar], { columns: undefined }), { profile });
    expect(finding).toMatchObject({ rule: "status.noncanonical", cell: "", row: 12, column: null });
    expect(finding!.fix).toBeUndefined();
  });

  it("extremely long texts in every field never throw and give short messages", () => {
    const long = "Arbetet har försenats med anledning av coronapandemin. ".repeat(2000); // ~110,000 chars
    const rows = Array.from({ length: 20 }, (_, i) =>
      activity({
        row: 9 + i,
        goal: long,
        activity: long,
        perspective: long,
        due: { raw: long, kind: "reference", value: long, end: null },
        status: long,
        comment: long,
      }),
    );
    const found = validateReport(report(rows), { profile });
    expect(found.length).toBeGreaterThan(0);
    for (const finding of found) expect(finding.message.length).toBeLessThan(600);
  });
});

describe("messages", () => {
  it("every Swedish message has an English one and vice versa", () => {
    expect(messageKeys("en").sort()).toEqual(messageKeys("sv").sort());
  });
  it("every rule has a Swedish message", () => {
    const keys = new Set(messageKeys("sv"));
    for (const id of RULE_IDS) {
      expect(
        [...keys].some((key) => key === `validate.${id}` || key.startsWith(`validate.${id}.`)),
      ).toBe(true);
    }
  });
});
