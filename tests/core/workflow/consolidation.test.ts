/**
 * Consolidation over the five seed fixtures, as real .xlsx files through the file adapter:
 * conservation per organisation and category, idempotence, and a corrupt file among good ones.
 */
import ExcelJS from "exceljs";
import { fixtureBytes } from "../../../src/cli/commands/examples";
import { STATUS_CATEGORIES } from "../../../src/core/model";
import { standardProfile } from "../../../src/core/profile/load";
import { structureSheets } from "../../../src/core/structure";
import { reportHash } from "../../../src/core/stamp";
import { consolidateSources, readSources, writeSummary, type ConsolidationSource } from "../../../src/core/workflow";
import { FileWorkbook } from "../../../src/workbook/file";
import { fixtureToGrids, loadSeedFixtures } from "../../fixtures/seeds/format";

const fixtures = loadSeedFixtures();
let files: { file: string; bytes: Uint8Array }[];

beforeAll(async () => {
  files = await Promise.all(fixtures.map(async ({ fixture }) => ({ file: `${fixture.id}.xlsx`, bytes: await fixtureBytes(fixture) })));
});

function sources(list: { file: string; bytes: Uint8Array }[]): ConsolidationSource[] {
  return list.map(({ file, bytes }) => ({ file, open: () => FileWorkbook.open(bytes) }));
}

const now = new Date("2026-11-25T10:00:00Z");

describe("consolidating the five seed reports", () => {
  it("has one source per seed and totals equal to the sum of the structured reports, per organisation and category", async () => {
    const summary = await consolidateSources(sources(files), { profile: standardProfile, now });
    expect(summary.sources.map((s) => s.status)).toEqual(fixtures.map(() => "ok"));

    let expectedTotal = 0;
    const expectedByCategory = Object.fromEntries(STATUS_CATEGORIES.map((c) => [c, 0]));
    for (const { fixture } of fixtures) {
      const results = structureSheets(fixtureToGrids(fixture), { profile: standardProfile });
      const activities = results.flatMap((r) => (r.ok ? r.report.activities : []));
      expect(activities).toHaveLength(fixture.expected.activities.length);
      const source = summary.sources.find((s) => s.file === `${fixture.id}.xlsx`)!;
      expect(source.activities).toBe(activities.length);
      const organisation = summary.byOrganisation.find((o) => o.organisation === source.organisation)!;
      for (const category of STATUS_CATEGORIES) {
        const n = activities.filter((a) => a.status.category === category).length;
        expect({ fixture: fixture.id, category, n: organisation.byCategory[category] }).toEqual({ fixture: fixture.id, category, n });
        expectedByCategory[category]! += n;
      }
      expectedTotal += activities.length;
    }
    expect(summary.totals.activities).toBe(expectedTotal);
    expect(summary.totals.byCategory).toEqual(expectedByCategory);
    expect(summary.rows).toHaveLength(expectedTotal);
    expect(summary.conservation).toEqual({ sourceTotal: expectedTotal, tableRows: expectedTotal, ok: true });
  });

  it("writes the same workbook twice, apart from the time stamp cell", async () => {
    const contents = [];
    for (let run = 0; run < 2; run++) {
      const summary = await consolidateSources(sources(files), { profile: standardProfile, now: new Date(now.getTime() + run * 60_000) });
      const out = FileWorkbook.create();
      await writeSummary(out, summary, standardProfile);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await out.save()));
      const sheets: Record<string, unknown[]> = {};
      workbook.eachSheet((sheet) => {
        const values: unknown[] = [];
        sheet.eachRow((row, r) => values.push([r, row.values]));
        sheets[sheet.name] = values;
      });
      contents.push(sheets);
    }
    const [first, second] = contents as [Record<string, unknown[]>, Record<string, unknown[]>];
    expect(Object.keys(first)).toEqual(["Sammanställning", "Uppdrag", "Avvikelser", "Alla aktiviteter", "Källor", "Inlämning"]);
    const stampRow = (rows: unknown[]) => rows.filter((row) => JSON.stringify(row).includes("Skapad"));
    expect(stampRow(first.Sammanställning!)).not.toEqual(stampRow(second.Sammanställning!));
    const withoutStamp = (sheets: Record<string, unknown[]>) => ({
      ...sheets,
      Sammanställning: sheets.Sammanställning!.filter((row) => !JSON.stringify(row).includes("Skapad")),
    });
    expect(withoutStamp(second)).toEqual(withoutStamp(first));
    expect(first["Alla aktiviteter"]!.length - 1).toBe(fixtures.reduce((n, { fixture }) => n + fixture.expected.activities.length, 0));
  });

  it("consolidates the five good files when a corrupt one is among them, and names it in Källor", async () => {
    const corrupt = { file: "trasig.xlsx", bytes: files[0]!.bytes.slice(0, 2000) };
    const summary = await consolidateSources(sources([...files.slice(0, 2), corrupt, ...files.slice(2)]), { profile: standardProfile, now });
    expect(summary.sources.filter((s) => s.status === "ok")).toHaveLength(files.length);
    const bad = summary.sources.find((s) => s.file === "trasig.xlsx")!;
    expect(bad.status).toBe("error");
    expect(bad.error).toMatch(/trasig|skadad|ofullständig|kan inte/i);
    const out = FileWorkbook.create();
    await writeSummary(out, summary, standardProfile);
    const kallor = await out.readSheet("Källor");
    expect(kallor.rows.some((row) => row.some((cell) => cell?.text === "trasig.xlsx"))).toBe(true);
  });

  it("hashes the content only of reports another could equal, and still finds the copy by its content", async () => {
    const [first, second] = files;
    const copy = { file: "kopia.xlsx", bytes: first!.bytes };
    const inputs = await readSources(sources([first!, second!, copy]), { profile: standardProfile, now });
    const [original, other, twin] = inputs.map((input) => (input.ok ? input : null));
    expect(original!.contentHash).toBe(await reportHash(original!.report));
    expect(twin!.contentHash).toBe(original!.contentHash);
    // Another organisation's report has another shape (header fields, activity count): no hash needed.
    expect(other!.contentHash).toBeUndefined();

    const summary = await consolidateSources(sources([first!, second!, copy]), { profile: standardProfile, now });
    expect(summary.sources.find((s) => s.file === "kopia.xlsx")!.duplicateOf).toMatchObject({ file: first!.file, reason: "content" });
  });
});
