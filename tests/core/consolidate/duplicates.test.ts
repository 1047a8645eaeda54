/**
 * The same report reaching the summary twice (issue 16, "silent double counting"): detected by
 * organisation + year + period or by content hash, counted once unless the user asks, and said
 * in Källor. Real data: the KOF 2020 delår seed, structured by the core.
 */
import { countFindings } from "../../../src/core/validate/validation-report";
import { buildSummarySheets, consolidate, findDuplicateSources, sourceKey, type ConsolidationInput } from "../../../src/core/consolidate";
import { reportHash } from "../../../src/core/stamp";
import { standardProfile } from "../../../src/core/profile/load";
import type { Report } from "../../../src/core/model";
import type { StampState } from "../../../src/core/consolidate/model";
import { seedFindings } from "../../taskpane/seed-data";

const now = new Date("2020-09-15T10:00:00Z");
const kof = seedFindings("kof-2020-delar");
const vss = seedFindings("vss-2023-delar");
const KOF_ACTIVITIES = kof.report.activities.length;

async function input(file: string, report: Report, stamp: StampState = "not_validated"): Promise<ConsolidationInput> {
  return { file, ok: true, report, stats: countFindings(kof.findings), stamp, rowsRead: report.activities.length, contentHash: await reportHash(report) };
}

/** The open workbook's template sheet: the same report, structured into the template (other sheet and rows, same content). */
function asTemplateSheet(report: Report): Report {
  return {
    ...report,
    sheet: "Uppföljning (mall)",
    activities: report.activities.map((a, i) => ({ ...a, source: { sheet: "Uppföljning (mall)", row: 8 + i, rows: [8 + i] } })),
  };
}

/** A later draft of the same report: one comment rewritten, so the content hash differs. */
function editedDraft(report: Report): Report {
  const [first, ...rest] = asTemplateSheet(report).activities;
  return { ...report, sheet: "Utkast", activities: [{ ...first!, comment: `${first!.comment ?? ""} Uppdaterad.` }, ...rest] };
}

describe("duplicate sources", () => {
  it("the open workbook's template sheet plus the same report as a file: shown, counted once, Källor says which and why", async () => {
    const summary = consolidate(
      [await input("Denna arbetsbok", asTemplateSheet(kof.report)), await input("kof-2020-delar.xlsx", kof.report), await input("vss-2023-delar.xlsx", vss.report)],
      { register: [], profile: standardProfile, now },
    );
    expect(summary.totals.activities).toBe(KOF_ACTIVITIES + vss.report.activities.length);
    expect(summary.conservation).toEqual({ sourceTotal: summary.totals.activities, tableRows: summary.totals.activities, ok: true });
    const [sheet, file, other] = summary.sources;
    expect(sheet!.counted).toBe(true);
    expect(file!.counted).toBe(false);
    expect(file!.duplicateOf).toEqual({ file: "Denna arbetsbok", sheet: "Uppföljning (mall)", reason: "content" });
    expect(other!.counted).toBe(true);
    expect(file!.remarks[0]).toMatch(/^Räknas inte: dubblett av Denna arbetsbok \(blad Uppföljning \(mall\)\) \(samma innehåll\)/);
    expect(sheet!.remarks.join(" ")).toMatch(/Samma rapport finns också i kof-2020-delar\.xlsx \(blad /);
    expect(summary.warnings.some((w) => w.startsWith("Samma rapport två gånger: kof-2020-delar.xlsx"))).toBe(true);
    expect(summary.rows.every((row) => row.file !== "kof-2020-delar.xlsx")).toBe(true);

    const sources = buildSummarySheets(summary, standardProfile).find((s) => s.name === "Källor")!;
    const fileRow = sources.table!.rows.find((row) => row[0] === "kof-2020-delar.xlsx")!;
    expect(fileRow[10]).toBe("Dubblett, räknas inte");
    expect(String(fileRow[11])).toMatch(/dubblett av Denna arbetsbok/);
    const overview = buildSummarySheets(summary, standardProfile).find((s) => s.name === "Sammanställning")!;
    expect(overview.cells.find((c) => c.row === 3 && c.col === 2)!.value).toMatch(/1 dubblett räknas inte/);
  });

  it("the same content under another file name is one report (reason: content), whatever the names", async () => {
    const copy = { ...kof.report };
    const summary = consolidate([await input("a/kof.xlsx", kof.report), await input("b/kopia.xlsx", copy)], { register: [], profile: standardProfile, now });
    expect(summary.totals.activities).toBe(KOF_ACTIVITIES);
    expect(summary.sources[1]!.duplicateOf?.reason).toBe("content");
  });

  it("same content even when organisation, year or period are unknown", () => {
    const found = findDuplicateSources([
      { file: "a", sheet: "S", organisation: null, year: null, period: null, contentHash: "h1", stamp: "not_validated" },
      { file: "b", sheet: "S", organisation: null, year: null, period: null, contentHash: "h1", stamp: "not_validated" },
      { file: "c", sheet: "S", organisation: null, year: null, period: null, contentHash: "h2", stamp: "not_validated" },
    ]);
    expect(found).toEqual([{ index: 1, keptIndex: 0, reason: "content" }]);
  });

  it("keeps the stamped copy, not the first one, and the user can count a duplicate anyway", async () => {
    const inputs = [await input("kof-utkast.xlsx", editedDraft(kof.report)), await input("kof-2020-delar.xlsx", kof.report, "validated")];
    const summary = consolidate(inputs, { register: [], profile: standardProfile, now });
    expect(summary.sources.map((s) => s.counted)).toEqual([false, true]);
    expect(summary.sources[0]!.duplicateOf?.file).toBe("kof-2020-delar.xlsx");

    const both = consolidate(inputs, {
      register: [],
      profile: standardProfile,
      now,
      countDuplicates: [sourceKey("kof-utkast.xlsx", "Utkast")],
    });
    expect(both.totals.activities).toBe(2 * KOF_ACTIVITIES);
    expect(both.sources[0]!.counted).toBe(true);
    expect(both.sources[0]!.remarks[0]).toMatch(/räknas ändå på begäran/);
    expect(both.conservation.ok).toBe(true);
  });

  it("another period or year of the same organisation is not a duplicate; unknown parts never match", async () => {
    const helar = { ...kof.report, period: "helar" as const, activities: kof.report.activities.slice(1) };
    const nextYear = { ...kof.report, year: 2021, activities: kof.report.activities.slice(2) };
    const summary = consolidate([await input("delar.xlsx", kof.report), await input("helar.xlsx", helar), await input("2021.xlsx", nextYear)], {
      register: [],
      profile: standardProfile,
      now,
    });
    expect(summary.sources.every((s) => s.counted && s.duplicateOf === null)).toBe(true);
    expect(
      findDuplicateSources([
        { file: "a", sheet: null, organisation: "KOF", year: null, period: "delar", stamp: "validated" },
        { file: "b", sheet: null, organisation: "KOF", year: null, period: "delar", stamp: "validated" },
      ]),
    ).toEqual([]);
  });

  it("two sheets of one workbook for the same organisation and period are a duplicate only when their content is the same", async () => {
    const [firstHalf, secondHalf] = [kof.report.activities.slice(0, 10), kof.report.activities.slice(10)];
    const split = consolidate(
      [await input("kof.xlsx", { ...kof.report, sheet: "Del 1", activities: firstHalf }), await input("kof.xlsx", { ...kof.report, sheet: "Del 2", activities: secondHalf })],
      { register: [], profile: standardProfile, now },
    );
    expect(split.sources.map((s) => s.counted)).toEqual([true, true]);
    expect(split.totals.activities).toBe(KOF_ACTIVITIES);
    const copied = consolidate([await input("kof.xlsx", kof.report), await input("kof.xlsx", asTemplateSheet(kof.report))], { register: [], profile: standardProfile, now });
    expect(copied.sources.map((s) => s.counted)).toEqual([true, false]);
    // The open workbook and a picked file may share a name; they are two workbooks all the same.
    const twoWorkbooks = consolidate(
      [
        { ...(await input("kof.xlsx", { ...kof.report, sheet: "Del 1", activities: firstHalf })), workbook: 0 },
        { ...(await input("kof.xlsx", { ...kof.report, sheet: "Del 2", activities: secondHalf })), workbook: 1 },
      ] as ConsolidationInput[],
      { register: [], profile: standardProfile, now },
    );
    expect(twoWorkbooks.sources.map((s) => s.counted)).toEqual([true, false]);
  });

  it("three copies: one counted, two left out, each pointing at the kept one", async () => {
    const summary = consolidate(
      [await input("1.xlsx", kof.report), await input("2.xlsx", kof.report), await input("3.xlsx", editedDraft(kof.report))],
      { register: [], profile: standardProfile, now },
    );
    expect(summary.sources.map((s) => [s.counted, s.duplicateOf?.file ?? null, s.duplicateOf?.reason ?? null])).toEqual([
      [true, null, null],
      [false, "1.xlsx", "content"],
      [false, "1.xlsx", "period"],
    ]);
    expect(summary.totals.activities).toBe(KOF_ACTIVITIES);
  });
});
