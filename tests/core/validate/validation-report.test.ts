/**
 * The validation report (core/validate/validation-report.ts): built by checkWorkbook from real
 * seed workbooks and from a workbook without any activity table; its stats are the findings
 * counted, a sheet that could not be structured is a task of its own, and valid means "a report
 * was read and none has an error".
 */
import ExcelJS from "exceljs";
import { fixtureBytes } from "../../../src/cli/commands/examples";
import type { Finding } from "../../../src/core/model";
import { standardProfile as profile } from "../../../src/core/profile/load";
import {
  buildValidationReport,
  failedTasks,
  reportTasks,
  type ValidationReport,
} from "../../../src/core/validate/validation-report";
import { checkWorkbook } from "../../../src/core/workflow";
import { FileWorkbook } from "../../../src/workbook/file";
import { loadSeedFixture } from "../../fixtures/seeds/format";
import { seedFindings } from "../../taskpane/seed-data";

async function checkSeed(id: string): Promise<ValidationReport> {
  return checkWorkbook(await FileWorkbook.open(await fixtureBytes(loadSeedFixture(id))), { profile });
}

/** Counted here by filtering, independently of countFindings. */
function bySeverity(findings: readonly Finding[]) {
  const of = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity).length;
  return { error: of("error"), warning: of("warning"), info: of("info") };
}

describe("the validation report of a real workbook", () => {
  it("KOF 2020: one report task whose stats are its findings counted; one error makes it invalid", async () => {
    const validation = await checkSeed("kof-2020-delar");
    expect(validation.tasks).toHaveLength(1);
    const [task] = reportTasks(validation);
    expect(task!.sheet).toBe("Uppföljning");
    expect(task!.stats).toEqual({ ...bySeverity(task!.findings), activities: task!.report.activities.length });
    expect(task!.stats.error).toBe(1);
    expect(task!.valid).toBe(false);
    expect(validation.stats).toEqual(task!.stats);
    expect(validation.valid).toBe(false);
  });

  it("VSS 2023: warnings but no error, so the task and the workbook are valid", async () => {
    const validation = await checkSeed("vss-2023-delar");
    const [task] = reportTasks(validation);
    expect(task!.stats.warning).toBeGreaterThan(0);
    expect(task!.stats).toEqual({ ...bySeverity(task!.findings), activities: task!.report.activities.length });
    expect(task!.valid).toBe(true);
    expect(validation.valid).toBe(true);
  });

  it("a sheet without an activity table stays visible as a failed task with the structurer's message", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Budget").getCell("A1").value = "Intäkter";
    const port = await FileWorkbook.open(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const validation = await checkWorkbook(port, { profile });
    expect(validation.tasks).toEqual([
      {
        kind: "failed",
        sheet: "Budget",
        valid: false,
        stats: { error: 0, warning: 0, info: 0, activities: 0 },
        findings: [],
        message: expect.stringContaining('Hittade ingen rubrikrad för aktiviteter på bladet "Budget"'),
      },
    ]);
    expect(failedTasks(validation).map((task) => task.sheet)).toEqual(["Budget"]);
    // Nothing was read, so nothing can be submitted: not valid, although there is no error.
    expect(validation.stats.error).toBe(0);
    expect(validation.valid).toBe(false);
  });
});

describe("buildValidationReport", () => {
  const kof = seedFindings("kof-2020-delar");
  const vss = seedFindings("vss-2023-delar");
  const task = (seed: typeof kof, sheet: string) => ({ sheet, report: { ...seed.report, sheet }, findings: seed.findings, rowsRead: 7 });

  it("keeps the sheets' order, sums the stats and lets a failed sheet next to reports be a task of its own", () => {
    const validation = buildValidationReport(
      [task(vss, "VSS"), { sheet: "Anteckningar", message: "Ingen rubrikrad." }, task(vss, "VSS 2")],
      [],
    );
    expect(validation.tasks.map((t) => [t.kind, t.sheet, t.valid])).toEqual([
      ["report", "VSS", true],
      ["failed", "Anteckningar", false],
      ["report", "VSS 2", true],
    ]);
    const counted = bySeverity([...vss.findings, ...vss.findings]);
    expect(validation.stats).toEqual({ ...counted, activities: 2 * vss.report.activities.length });
    // The failed sheet is shown, but the reports that were read decide: none has an error.
    expect(validation.valid).toBe(true);
    expect(reportTasks(validation).map((t) => t.rowsRead)).toEqual([7, 7]);
  });

  it("is valid if and only if some report was read and no finding is an error", () => {
    expect(buildValidationReport([task(vss, "VSS")], []).valid).toBe(true);
    expect(buildValidationReport([task(vss, "VSS"), task(kof, "KOF")], []).valid).toBe(false);
    expect(buildValidationReport([task({ ...kof, findings: kof.findings.filter((f) => f.severity !== "error") }, "KOF")], []).valid).toBe(true);
    expect(buildValidationReport([], []).valid).toBe(false);
    expect(buildValidationReport([{ sheet: "Budget", message: "Ingen rubrikrad." }], []).valid).toBe(false);
  });
});
