/**
 * Round trips and payload sizes per Office operation, measured on the strict double (the README's
 * sync table comes from this test's output: `PRINT_SYNC_TABLE=1 npx jest tests/workbook/office/sync-sizes.test.ts`).
 * The largest cases of issue 13: a 10,000-row report sheet (read and checked) and the five summary
 * sheets of 40 förvaltningar × 250 activities, with the seed reports' longest texts. The test asserts
 * only Excel's documented limit (5 MB per request and per response), never a time.
 */
import type { Finding } from "../../../src/core/model";
import { allFindings, reportTasks } from "../../../src/core/validate/validation-report";
import * as fs from "fs";
import * as path from "path";
import { standardProfile as profile } from "../../../src/core/profile/load";
import * as workflow from "../../../src/core/workflow";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { FixtureSchema, SEED_FIXTURE_DIR } from "../../fixtures/seeds/format";
import { FakeExcel, limits } from "./fake-excel";
import { largeSummarySpecs, seedLargeReport } from "./large-cases";

const NOW = new Date("2020-09-15T10:00:00Z");
const SHEET = "Uppföljning";
const kof = FixtureSchema.parse(JSON.parse(fs.readFileSync(path.join(SEED_FIXTURE_DIR, "kof-2020-delar.json"), "utf8"))).sheets[0]!;

interface Row {
  operation: string;
  syncs: number;
  request: number;
  response: number;
  detail: string;
}

const rows: Row[] = [];

async function measure(excel: FakeExcel, operation: string, work: () => Promise<string | void>): Promise<void> {
  const from = excel.syncLog.length;
  const detail = (await work()) ?? "";
  const log = excel.syncLog.slice(from);
  rows.push({
    operation,
    syncs: log.length,
    request: Math.max(0, ...log.map((s) => s.requestBytes)),
    response: Math.max(0, ...log.map((s) => s.responseBytes)),
    detail,
  });
}

function fresh(): { excel: FakeExcel; port: OfficeWorkbook } {
  const excel = new FakeExcel();
  return { excel, port: new OfficeWorkbook(excel.run, { supports: () => true }) };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} kB`;

afterAll(() => {
  if (!process.env.PRINT_SYNC_TABLE) return;
  const lines = [
    "| Office operation (strict double) | `context.sync()` | Largest request | Largest response | Case |",
    "| --- | ---: | ---: | ---: | --- |",
    ...rows.map((r) => `| ${r.operation} | ${r.syncs} | ${kb(r.request)} | ${kb(r.response)} | ${r.detail} |`),
  ];
  process.stdout.write(`\n${lines.join("\n")}\n`);
});

describe("round trips and payload per Office operation (strict double)", () => {
  it("a real report (kof-2020-delar): every operation", async () => {
    const { excel, port } = fresh();
    excel.seed(SHEET, "A1", kof.rows.map((row) => row.map((c) => c ?? null)), "@");
    excel.seed(SHEET, "D9", [["Klar"]], "@");
    await measure(excel, "listSheets", async () => void (await port.listSheets()));
    await measure(excel, "readSheet", async () => `${(await port.readSheet(SHEET)).rows.length} rows (kof-2020-delar)`);
    let findings: Finding[] = [];
    await measure(excel, "Kontrollera (read, structure, validate)", async () => {
      const check = await workflow.checkWorkbook(port, { profile });
      findings = allFindings(check);
      return `${findings.length} findings`;
    });
    const marks = workflow.marksBySheet(findings).get(SHEET) ?? [];
    await measure(excel, "Markera anmärkningar (setMarks)", async () => {
      await port.setMarks(SHEET, marks);
      return `${marks.length} cells`;
    });
    await measure(excel, "Markera igen (replaces the marks)", async () => void (await port.setMarks(SHEET, marks)));
    await measure(excel, "Gå till cell (select)", async () => void (await port.select(SHEET, marks[0]?.cell ?? "A1")));
    await measure(excel, "Rätta alla (fix plan + Ändringslogg)", async () => `${(await workflow.applyFixes(port, findings, { now: NOW })).applied} cells`);
    await measure(excel, "Ångra senaste rättningar", async () => `${(await workflow.revertLastFixes(port, { now: NOW })).reverted} cells`);
    await measure(excel, "Klar för inlämning (stamp)", async () => void (await workflow.stampWorkbook(port, { profile, now: NOW })));
    await measure(excel, "Strukturera till mall", async () => `${(await workflow.structureSheetIntoTemplate(port, SHEET, { profile })).sheet}`);
    await measure(excel, "Strukturera till mall again", async () => `${(await workflow.structureSheetIntoTemplate(port, SHEET, { profile })).sheet}`);
    await measure(excel, "Rensa markeringar", async () => void (await port.setMarks(SHEET, [])));
    const empty = fresh();
    await measure(empty.excel, "Infoga mall", async () => `${(await workflow.insertTemplate(empty.port, { profile })).sheet}`);
    for (const row of rows) expect(Math.max(row.request, row.response)).toBeLessThanOrEqual(limits.PAYLOAD_LIMIT_BYTES);
  });

  it("a 10,000-row report sheet: read and Kontrollera under 5 MB per sync", async () => {
    const { excel, port } = fresh();
    seedLargeReport(excel, SHEET, 10_000);
    await measure(excel, "readSheet (large)", async () => `${(await port.readSheet(SHEET)).rows.length} rows, the seeds' longest texts`);
    let marks: ReturnType<typeof workflow.marksBySheet> = new Map();
    await measure(excel, "Kontrollera (large)", async () => {
      const check = await workflow.checkWorkbook(port, { profile });
      marks = workflow.marksBySheet(allFindings(check));
      return `${reportTasks(check).reduce((n, r) => n + r.findings.length, 0)} findings`;
    });
    await measure(excel, "Markera anmärkningar (large)", async () => {
      const list = marks.get(SHEET) ?? [];
      await port.setMarks(SHEET, list);
      return `${list.length} cells`;
    });
    await measure(excel, "Markera igen (large)", async () => void (await port.setMarks(SHEET, marks.get(SHEET) ?? [])));
    await measure(excel, "Strukturera till mall (large)", async () => {
      const { result } = await workflow.structureSheetIntoTemplate(port, SHEET, { profile });
      return `${result.ok ? result.report.activities.length : 0} activities into the template`;
    });
    for (const row of rows.slice(-5)) expect(Math.max(row.request, row.response)).toBeLessThanOrEqual(limits.PAYLOAD_LIMIT_BYTES);
  });

  it("the summary of 40 förvaltningar × 250 activities: written under 5 MB per sync", async () => {
    const { excel, port } = fresh();
    const specs = largeSummarySpecs(40, 250);
    await measure(excel, "Skriv sammanställning (40 × 250)", async () => {
      await port.writeSheets(specs);
      return "10,000 activities, five sheets + chart";
    });
    expect(rows.at(-1)!.request).toBeLessThanOrEqual(limits.PAYLOAD_LIMIT_BYTES);
  });
});
