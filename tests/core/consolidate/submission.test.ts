/**
 * Inlämningsöversikt: every state per expected organisation, from real seed reports and real
 * stamps (createStamp/stampState), including a report edited after stamping and a duplicate.
 */
import { countFindings } from "../../../src/core/validate/validation-report";
import { buildSummarySheets, consolidate, organisationName, submissionOverview, submissionStateText, type ConsolidationInput } from "../../../src/core/consolidate";
import { createStamp, stampState } from "../../../src/core/stamp";
import { ProfileSchema } from "../../../src/core/profile/schema";
import { parseProfile, standardProfile } from "../../../src/core/profile/load";
import type { Finding, Report } from "../../../src/core/model";
import { seedFindings } from "../../taskpane/seed-data";

const now = new Date("2020-09-15T10:00:00Z");
const seeds = Object.fromEntries(
  ["kof-2020-delar", "vss-2023-delar", "an-2024-delar", "bun-2020-helar", "ks-2018-delar"].map((id) => [id, seedFindings(id)]),
);
const org = (id: string) => organisationName(seeds[id]!.report, id);
const noErrors = (findings: Finding[]) => findings.filter((f) => f.severity !== "error");

async function stamped(report: Report): Promise<Awaited<ReturnType<typeof createStamp>>> {
  return createStamp(report, { profile: standardProfile, templateVersion: "1", now });
}

async function source(file: string, report: Report, findings: Finding[], stamp: Awaited<ReturnType<typeof createStamp>> | null): Promise<ConsolidationInput> {
  return { file, ok: true, report, stats: countFindings(findings), stamp: await stampState(report, stamp), rowsRead: report.activities.length };
}

describe("submission overview", () => {
  it("names every state: stamped, changed after stamping, unstamped, errors with their count, missing; plus unexpected, duplicate and unreadable", async () => {
    const kof = seeds["kof-2020-delar"]!;
    const vss = seeds["vss-2023-delar"]!;
    const an = seeds["an-2024-delar"]!;
    const bun = seeds["bun-2020-helar"]!;
    const ks = seeds["ks-2018-delar"]!;
    const bunErrors = bun.findings.filter((f) => f.severity === "error").length;
    expect(bunErrors).toBeGreaterThan(0); // the real report has errors; the state must show them

    // Stamped, then one status edited after stamping: the stamp no longer matches.
    const vssStamp = await stamped(vss.report);
    const [first, ...rest] = vss.report.activities;
    const vssEdited: Report = { ...vss.report, activities: [{ ...first!, status: { ...first!.status, raw: "Genomfört", category: "done", label: "Genomfört" } }, ...rest] };
    expect(first!.status.raw).not.toBe("Genomfört");

    const profile = ProfileSchema.parse({
      ...standardProfile,
      forvaltningar: [
        org("kof-2020-delar"),
        org("vss-2023-delar"),
        { name: "Arbetsmarknadsnämnden", synonyms: [org("an-2024-delar")] },
        org("bun-2020-helar"),
        "Tekniska förvaltningen",
      ],
    });
    const inputs: ConsolidationInput[] = [
      await source("kof.xlsx", kof.report, noErrors(kof.findings), await stamped(kof.report)),
      await source("kof-kopia.xlsx", kof.report, noErrors(kof.findings), await stamped(kof.report)),
      await source("vss.xlsx", vssEdited, noErrors(vss.findings), vssStamp),
      await source("an.xlsx", an.report, noErrors(an.findings), null),
      await source("bun.xlsx", bun.report, bun.findings, null),
      await source("ks.xlsx", ks.report, noErrors(ks.findings), await stamped(ks.report)),
      { file: "trasig.xlsx", ok: false, error: "Filen är skadad." },
    ];
    const summary = consolidate(inputs, { register: [], profile, now });
    const overview = summary.submission;

    expect(overview.rows.map((row) => [row.organisation, row.expected, row.state, row.sources.map((s) => s.file)])).toEqual([
      [org("kof-2020-delar"), true, "stamped", ["kof.xlsx"]],
      [org("vss-2023-delar"), true, "changed_after_stamp", ["vss.xlsx"]],
      ["Arbetsmarknadsnämnden", true, "unstamped", ["an.xlsx"]],
      [org("bun-2020-helar"), true, "errors", ["bun.xlsx"]],
      ["Tekniska förvaltningen", true, "missing", []],
      [org("ks-2018-delar"), false, "stamped", ["ks.xlsx"]],
    ]);
    expect(overview.rows[3]!.errors).toBe(bunErrors);
    expect(submissionStateText(overview.rows[3]!)).toBe(`Fel i rapporten (${bunErrors} fel)`);
    expect(overview.duplicates).toEqual([
      { file: "kof-kopia.xlsx", sheet: kof.report.sheet, organisation: org("kof-2020-delar"), duplicateOf: { file: "kof.xlsx", sheet: kof.report.sheet }, reason: "period", counted: false },
    ]);
    expect(overview.unreadable).toEqual([{ file: "trasig.xlsx", error: "Filen är skadad." }]);
    expect(overview.counts).toEqual({ stamped: 1, changed_after_stamp: 1, unstamped: 1, errors: 1, missing: 1 });
    expect(overview.complete).toBe(false);

    // The "Inlämning" sheet of the summary workbook says the same.
    const sheet = buildSummarySheets(summary, profile).find((s) => s.name === "Inlämning")!;
    expect(sheet.table!.rows.map((row) => row.slice(0, 4))).toEqual([
      [org("kof-2020-delar"), "Inlämnad och stämplad", 0, "Ja"],
      [org("vss-2023-delar"), "Ändrad efter stämpling", 0, "Ja"],
      ["Arbetsmarknadsnämnden", "Inlämnad utan stämpel", 0, "Ja"],
      [org("bun-2020-helar"), "Fel i rapporten", bunErrors, "Ja"],
      ["Tekniska förvaltningen", "Saknas", 0, "Ja"],
      [org("ks-2018-delar"), "Inlämnad och stämplad", 0, "Nej, inte i profilens lista"],
    ]);
    expect(sheet.cells.map((c) => c.value)).toEqual(
      expect.arrayContaining(["Samma rapport två gånger (1)", "Kunde inte läsas (1)", "trasig.xlsx", "Filen är skadad."]),
    );
  });

  it("complete when every expected organisation is in and stamped; an unreadable file or a missing one breaks it", async () => {
    const kof = seeds["kof-2020-delar"]!;
    const ks = seeds["ks-2018-delar"]!;
    const inputs = [
      await source("kof.xlsx", kof.report, noErrors(kof.findings), await stamped(kof.report)),
      await source("ks.xlsx", ks.report, noErrors(ks.findings), await stamped(ks.report)),
    ];
    const summary = consolidate(inputs, { register: [], profile: standardProfile, now });
    expect(submissionOverview(summary.sources, [org("kof-2020-delar").toUpperCase(), org("ks-2018-delar")]).complete).toBe(true);
    expect(submissionOverview(summary.sources, [org("kof-2020-delar"), "Miljöförvaltningen"]).complete).toBe(false);
    const withBroken = consolidate([...inputs, { file: "x.xlsx", ok: false, error: "skadad" }], { register: [], profile: standardProfile, now });
    expect(withBroken.submission.complete).toBe(false);
  });

  it.each(["Kultur och fritidsförvaltningen", "Kultur-och fritidsförvaltningen", "KULTUR – OCH FRITIDSFÖRVALTNINGEN"])(
    "matches the report written \"%s\" to the listed Kultur- och fritidsförvaltningen",
    async (written) => {
      const kof = seeds["kof-2020-delar"]!;
      expect(kof.report.organisation).toBe("Kultur- och fritidsförvaltningen");
      const report: Report = { ...kof.report, organisation: written };
      const profile = ProfileSchema.parse({ ...standardProfile, forvaltningar: ["Kultur- och fritidsförvaltningen"] });
      const overview = consolidate([await source("kof.xlsx", report, noErrors(kof.findings), await stamped(report))], { register: [], profile, now }).submission;
      expect(overview.rows.map((r) => [r.organisation, r.expected, r.state])).toEqual([["Kultur- och fritidsförvaltningen", true, "stamped"]]);
    },
  );

  it("without a list, every received organisation is listed and judged", async () => {
    const kof = seeds["kof-2020-delar"]!;
    const an = seeds["an-2024-delar"]!;
    const overview = consolidate(
      [await source("kof.xlsx", kof.report, noErrors(kof.findings), await stamped(kof.report)), await source("an.xlsx", an.report, noErrors(an.findings), null)],
      { register: [], profile: standardProfile, now },
    ).submission;
    expect(overview.hasExpectedList).toBe(false);
    expect(overview.rows.map((r) => [r.expected, r.state])).toEqual([
      [false, "stamped"],
      [false, "unstamped"],
    ]);
    expect(overview.complete).toBe(false);
  });

  it("the profile's forvaltningar is checked by zod with a Swedish path", () => {
    const result = parseProfile({ ...standardProfile, forvaltningar: [{ name: "" }] });
    expect(result.ok).toBe(false);
  });
});
