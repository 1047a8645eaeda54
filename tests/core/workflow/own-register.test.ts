/**
 * The workbook's own "Uppdrag" sheet is its register (issue 16, AN 2024 lists number 13 there):
 * writing a summary into that workbook must not replace it, and checking afterwards still reads it.
 */
import { reportTasks } from "../../../src/core/validate/validation-report";
import { fixtureBytes } from "../../../src/cli/commands/examples";
import { standardProfile as profile } from "../../../src/core/profile/load";
import { checkWorkbook, consolidateSources, writeSummary } from "../../../src/core/workflow";
import { FileWorkbook } from "../../../src/workbook/file";
import { loadSeedFixture } from "../../fixtures/seeds/format";

const now = new Date("2026-11-25T10:00:00Z");

function assignmentFindings(check: Awaited<ReturnType<typeof checkWorkbook>>): string[] {
  return reportTasks(check).flatMap((r) => r.findings.filter((f) => f.rule.startsWith("assignment.")).map((f) => `${f.rule} ${f.value}`));
}

describe("AN 2024 with its own Uppdrag sheet", () => {
  it("a summary written into the workbook leaves the Uppdrag sheet and the check as they were", async () => {
    const workbook = await FileWorkbook.open(await fixtureBytes(loadSeedFixture("an-2024-delar")));
    const before = await workbook.readSheet("Uppdrag");
    const checkedBefore = await checkWorkbook(workbook, { profile });
    expect(checkedBefore.register.some((entry) => entry.number === 13)).toBe(true);

    const summary = await consolidateSources([{ file: "an.xlsx", open: async () => workbook }], { profile, now });
    const written = await writeSummary(workbook, summary, profile);
    expect(written).toContain("Uppdragstäckning");
    expect(written).not.toContain("Uppdrag");
    expect(await workbook.readSheet("Uppdrag")).toEqual(before);

    const checkedAfter = await checkWorkbook(workbook, { profile });
    expect(assignmentFindings(checkedAfter)).toEqual(assignmentFindings(checkedBefore));
    expect(assignmentFindings(checkedAfter)).not.toContain("assignment.unknown 13");
  });

  it("a summary's own coverage sheet named Uppdrag is replaced next time and is never read as a register", async () => {
    const workbook = await FileWorkbook.create();
    const an = await FileWorkbook.open(await fixtureBytes(loadSeedFixture("an-2024-delar")));
    const summary = await consolidateSources([{ file: "an.xlsx", open: async () => an }], { profile, now });
    expect(await writeSummary(workbook, summary, profile)).toContain("Uppdrag");
    expect(await writeSummary(workbook, summary, profile)).toContain("Uppdrag");
    expect((await workbook.listSheets()).map((s) => s.name).filter((n) => n.startsWith("Uppdrag"))).toEqual(["Uppdrag"]);
  });
});
