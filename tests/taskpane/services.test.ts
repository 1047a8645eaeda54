/**
 * The real services in standalone mode: the core workflow over a FileWorkbook (ExcelJS), as the
 * pane uses them in a browser without Excel.
 */
import { allFindings, reportTasks } from "../../src/core/validate/validation-report";
import { FileWorkbook } from "../../src/workbook/file";
import { baseName, createPaneServices, SUMMARY_FILE_NAME } from "../../src/taskpane/services";

const PK = [0x50, 0x4b];

describe("PaneServices over the workflow and the file adapter", () => {
  it("inserts a template, checks it, exports it, consolidates it and downloads the summary", async () => {
    const services = createPaneServices({ mode: "standalone", port: FileWorkbook.create(), workbookName: "Kultur 2020.xlsx" });
    expect(services.watchTemplate).toBeUndefined();

    const { sheet } = await services.insertTemplate({ organisation: "Kultur- och fritidsförvaltningen", year: 2020, period: "delar" });
    const sheets = await services.listTemplateSheets();
    expect(sheets).toContainEqual({ name: sheet, isTemplate: true });

    const check = await services.check({ lang: "sv" });
    expect(reportTasks(check).map((r) => r.report.sheet)).toContain(sheet);
    expect(reportTasks(check)[0]!.report.organisation).toBe("Kultur- och fritidsförvaltningen");

    const download = await services.exportWorkbook!("mall");
    expect(download.fileName).toBe("Kultur 2020-mall.xlsx");
    expect(Array.from(download.bytes.slice(0, 2))).toEqual(PK);

    const progress: [number, number][] = [];
    const summary = await services.consolidate(
      {
        sheets: [sheet],
        files: [{ name: "kopia.xlsx", bytes: async () => download.bytes }],
      },
      (done, total) => progress.push([done, total]),
    );
    expect(progress.at(-1)).toEqual([2, 2]);
    expect(summary.sources.map((s) => s.file)).toEqual(["Kultur 2020.xlsx", "kopia.xlsx"]);
    expect(summary.conservation.ok).toBe(true);

    const summaryFile = await services.exportSummary!(summary);
    expect(summaryFile.fileName).toBe(SUMMARY_FILE_NAME);
    const reopened = await FileWorkbook.open(summaryFile.bytes);
    const names = (await reopened.listSheets()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Sammanställning", "Avvikelser", "Alla aktiviteter", "Källor"]));
  });

  it("without an open workbook: the standard profile, and a Swedish message for workbook actions", async () => {
    const services = createPaneServices({ mode: "standalone", port: null });
    expect(services.workbookName).toBeNull();
    expect((await services.loadProfile()).profile.id).toBe("standard");
    expect(await services.listTemplateSheets()).toEqual([]);
    await expect(services.check({ lang: "sv" })).rejects.toThrow("Öppna en arbetsbok först.");
    expect(services.exportWorkbook).toBeUndefined();
  });

  it("an unreadable file becomes a source with its reason, not a failed run", async () => {
    const services = createPaneServices({ mode: "standalone", port: null });
    const summary = await services.consolidate(
      { sheets: [], files: [{ name: "trasig.xlsx", bytes: async () => new TextEncoder().encode("inte en arbetsbok") }] },
      () => undefined,
    );
    expect(summary.sources).toHaveLength(1);
    expect(summary.sources[0]).toMatchObject({ file: "trasig.xlsx", status: "error" });
    expect(summary.sources[0]!.error).toMatch(/[åäö]|Excel/);
  });

  it("names downloads after the opened file", () => {
    expect(baseName("kof-2020-delar.xlsx")).toBe("kof-2020-delar");
    expect(baseName("RAPPORT.XLSX")).toBe("RAPPORT");
  });
});

describe("one validation, one count (issue 16)", () => {
  it("Källor counts the open workbook's sheet as Kontrollera last checked it (same cut-off, same details)", async () => {
    const { fixtureBytes } = await import("../../src/cli/commands/examples");
    const { loadSeedFixture } = await import("../fixtures/seeds/format");
    const port = await FileWorkbook.open(await fixtureBytes(loadSeedFixture("kof-2020-delar")));
    const services = createPaneServices({ mode: "standalone", port, workbookName: "kof.xlsx" });
    const check = await services.check({ lang: "sv", cutoff: "2020-12-31" });
    const count = (severity: string) => allFindings(check).filter((f) => f.severity === severity).length;
    const summary = await services.consolidate({ sheets: reportTasks(check).map((r) => r.report.sheet), files: [] }, () => undefined);
    expect(summary.sources[0]).toMatchObject({ errors: count("error"), warnings: count("warning") });
    // The cut-off matters here: at year end, ongoing activities due earlier are late (warnings).
    expect(allFindings(check).some((f) => f.rule === "overdue.ongoing")).toBe(true);
  });
});
