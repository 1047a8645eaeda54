/** The workbook use cases on a real seed workbook through the file adapter. */
import { reportTasks } from "../../../src/core/validate/validation-report";
import { fixtureBytes } from "../../../src/cli/commands/examples";
import { standardProfile as profile } from "../../../src/core/profile/load";
import {
  checkWorkbook,
  insertTemplate,
  listTemplateSheets,
  readStampState,
  stampWorkbook,
  structureSheetIntoTemplate,
} from "../../../src/core/workflow";
import { FileWorkbook } from "../../../src/workbook/file";
import { loadSeedFixture } from "../../fixtures/seeds/format";

async function seedWorkbook(id: string): Promise<FileWorkbook> {
  return FileWorkbook.open(await fixtureBytes(loadSeedFixture(id)));
}

describe("structuring a sheet into the template", () => {
  it("writes a new template sheet next to the source, which stays as it was", async () => {
    const workbook = await seedWorkbook("an-2024-delar");
    const before = await workbook.readSheet("Uppföljning");
    const { sheet, result } = await structureSheetIntoTemplate(workbook, "Uppföljning", { profile });
    expect(sheet).toBe("Uppföljning (mall)");
    expect(result.ok && result.report.activities).toHaveLength(53);
    expect(await workbook.readSheet("Uppföljning")).toEqual(before);
    expect(await listTemplateSheets(workbook, { profile })).toEqual([
      { name: "Uppföljning", isTemplate: false },
      { name: "Uppföljning (mall)", isTemplate: true },
    ]);
  });

  it("then checks and stamps the template only, not the source sheet a second time", async () => {
    const workbook = await seedWorkbook("an-2024-delar");
    await structureSheetIntoTemplate(workbook, "Uppföljning", { profile });
    const check = await checkWorkbook(workbook, { profile });
    expect(reportTasks(check).map((r) => r.report.sheet)).toEqual(["Uppföljning (mall)"]);
    expect(reportTasks(check)[0]!.findings.every((f) => f.sheet === "Uppföljning (mall)")).toBe(true);
    const stamped = await stampWorkbook(workbook, { profile, now: new Date("2024-09-10T07:30:00Z") });
    expect(stamped).toMatchObject({ ok: true, stamp: { rowCount: 53 } });
    expect(await readStampState(workbook, { profile })).toBe("validated");
    await workbook.updateCells([{ sheet: "Uppföljning (mall)", cell: "I8", value: "Ändrad kommentar" }]);
    expect(await readStampState(workbook, { profile })).toBe("changed");
  });

  it("refuses to structure a sheet without an activity table, naming what it looked for", async () => {
    const workbook = await seedWorkbook("an-2024-delar");
    const { sheet, result } = await structureSheetIntoTemplate(workbook, "Uppdrag", { profile });
    expect(sheet).toBeNull();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/Aktivitet/);
  });

  it("inserts an empty template without touching the register sheet the workbook already has", async () => {
    const workbook = await seedWorkbook("vss-2023-delar");
    const register = await workbook.readSheet("Uppdrag");
    const { sheet } = await insertTemplate(workbook, { profile, meta: { organisation: "Verksamhetsstöd och service", year: 2023 } });
    expect(sheet).toBe("Uppföljning (2)");
    expect(await workbook.readSheet("Uppdrag")).toEqual(register);
    const template = await workbook.readSheet(sheet);
    expect(template.rows[1]?.[1]?.text).toBe("Verksamhetsstöd och service");
  });
});

describe("report details given in the pane's settings (issue 16)", () => {
  const given = { organisation: "Kultur- och fritidsförvaltningen", year: 2020, period: "delar" as const };

  it("count as the report's own where the sheet leaves them empty: meta.missing goes", async () => {
    const workbook = await seedWorkbook("kof-2020-delar");
    await insertTemplate(workbook, { profile });
    const bare = await checkWorkbook(workbook, { profile });
    const rules = (check: typeof bare) => reportTasks(check).flatMap((r) => r.findings.map((f) => `${f.rule}=${f.value}`));
    expect(rules(bare)).toEqual(expect.arrayContaining(["meta.missing=organisation", "meta.missing=year", "meta.missing=period"]));
    const filled = await checkWorkbook(workbook, { profile, meta: given });
    expect(rules(filled).filter((r) => r.startsWith("meta.missing"))).toEqual([]);
    expect(reportTasks(filled)[0]!.report).toMatchObject(given);
  });

  it("never override what the sheet itself says", async () => {
    const workbook = await seedWorkbook("an-2024-delar");
    const check = await checkWorkbook(workbook, { profile, meta: { organisation: "Annan", year: 1999, period: "helar" } });
    expect(reportTasks(check)[0]!.report).toMatchObject({ year: 2024, period: "delar" });
    expect(reportTasks(check)[0]!.report.organisation).not.toBe("Annan");
  });
});
