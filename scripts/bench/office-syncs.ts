/**
 * context.sync() round trips per Office operation, counted on the behavioural fake of the Excel
 * API that the adapter's tests use (tests/workbook/office/fake-excel.ts). Every round trip costs
 * 50–300 ms in Excel on the web, so these counts, not CPU time, decide how the pane feels there.
 *
 * Compiled by scripts/bench.mjs (tsc -p scripts/bench/tsconfig.json) and run as
 * `node office-syncs.js <rows.json>`, where rows.json holds generated report sheets
 * ({ small, large }: rows of text). Prints one JSON array of { operation, syncs, detail }.
 */
import { allFindings, reportTasks } from "../../src/core/validate/validation-report";
import * as fs from "node:fs";
import { standardProfile as profile } from "../../src/core/profile/load";
import { consolidate } from "../../src/core/consolidate";
import type { ConsolidationInput } from "../../src/core/consolidate";
import {
  applyFixes,
  checkWorkbook,
  insertTemplate,
  revertLastFixes,
  stampWorkbook,
  structureSheetIntoTemplate,
  writeSummary,
} from "../../src/core/workflow";
import { OfficeWorkbook } from "../../src/workbook/office";
import { FakeExcel } from "../../tests/workbook/office/fake-excel";

interface Measured {
  operation: string;
  syncs: number;
  detail: string;
}

type Rows = (string | null)[][];

const SHEET = "Uppföljning";
const NOW = new Date("2020-09-15T10:00:00Z");

function workbookWith(rows: Rows): { excel: FakeExcel; port: OfficeWorkbook } {
  const excel = new FakeExcel();
  excel.seed(SHEET, "A1", rows);
  return { excel, port: new OfficeWorkbook(excel.run, { supports: () => true }) };
}

async function count(excel: FakeExcel, work: () => Promise<unknown>): Promise<number> {
  const before = excel.syncCount;
  await work();
  return excel.syncCount - before;
}

async function main(): Promise<void> {
  const input = JSON.parse(fs.readFileSync(process.argv[2]!, "utf8")) as {
    small: Rows;
    large: Rows;
    activitiesSmall: number;
    activitiesLarge: number;
  };
  const out: Measured[] = [];
  const cells = (rows: Rows) => rows.reduce((n, r) => n + r.length, 0);

  {
    const { excel, port } = workbookWith(input.small);
    out.push({
      operation: "listSheets",
      syncs: await count(excel, () => port.listSheets()),
      detail: "names, visibility, protection",
    });
    out.push({
      operation: "readSheet (small)",
      syncs: await count(excel, () => port.readSheet(SHEET)),
      detail: `${input.activitiesSmall} activities, ${input.small.length} rows`,
    });
  }
  {
    const { excel, port } = workbookWith(input.large);
    out.push({
      operation: "readSheet (large)",
      syncs: await count(excel, () => port.readSheet(SHEET)),
      detail: `${input.activitiesLarge} activities, ${input.large.length} rows, ${cells(input.large)} cells`,
    });
  }
  {
    const { excel, port } = workbookWith(input.small);
    let findings = 0;
    out.push({
      operation: "Kontrollera (structure + validate the workbook)",
      syncs: await count(excel, async () => {
        const check = await checkWorkbook(port, { profile });
        findings = reportTasks(check).reduce((n, r) => n + r.findings.length, 0);
      }),
      detail: `${input.activitiesSmall} activities, ${findings} findings`,
    });
    out.push({
      operation: "Strukturera till mall",
      syncs: await count(excel, () => structureSheetIntoTemplate(port, SHEET, { profile })),
      detail: "reads the sheet, writes the template sheet + Uppdrag",
    });
  }
  {
    const { excel, port } = workbookWith(input.small);
    const check = await checkWorkbook(port, { profile });
    const findings = allFindings(check);
    const marks = findings
      .filter((f) => f.cell)
      .map((f) => ({ cell: f.cell!, severity: f.severity }));
    out.push({
      operation: "Markera anmärkningar (setMarks)",
      syncs: await count(excel, () => port.setMarks(SHEET, marks)),
      detail: `${marks.length} marks`,
    });
    out.push({
      operation: "Gå till cell (select)",
      syncs: await count(excel, () => port.select(SHEET, marks[0]?.cell ?? "A1")),
      detail: "",
    });
    let applied = 0;
    out.push({
      operation: "Rätta alla (apply fix plan + Ändringslogg)",
      syncs: await count(excel, async () => {
        applied = (await applyFixes(port, findings, { now: NOW })).applied;
      }),
      detail: `${applied} cells`,
    });
    let reverted = 0;
    out.push({
      operation: "Ångra senaste rättningar",
      syncs: await count(excel, async () => {
        reverted = (await revertLastFixes(port, { now: NOW })).reverted;
      }),
      detail: `${reverted} cells`,
    });
    out.push({
      operation: "Klar för inlämning (stamp)",
      syncs: await count(excel, () => stampWorkbook(port, { profile, now: NOW })),
      detail: "validates, then stores the stamp",
    });
  }
  {
    const excel = new FakeExcel();
    const port = new OfficeWorkbook(excel.run, { supports: () => true });
    out.push({
      operation: "Infoga mall",
      syncs: await count(excel, () => insertTemplate(port, { profile })),
      detail: "template sheet + Uppdrag",
    });
  }
  for (const sources of [5, 30]) {
    const { port: reader } = workbookWith(input.small);
    const check = await checkWorkbook(reader, { profile });
    const report = reportTasks(check)[0]!;
    const inputs: ConsolidationInput[] = Array.from({ length: sources }, (_, i) => ({
      file: `forvaltning-${i + 1}.xlsx`,
      ok: true,
      report: { ...report.report, organisation: `Förvaltning ${i + 1}` },
      stats: report.stats,
      stamp: "not_validated",
      rowsRead: report.rowsRead,
      register: check.register,
    }));
    const summary = consolidate(inputs, { register: check.register, profile, now: NOW });
    const excel = new FakeExcel();
    const port = new OfficeWorkbook(excel.run, { supports: () => true });
    out.push({
      operation: `Skriv sammanställning (${sources} sources)`,
      syncs: await count(excel, () => writeSummary(port, summary, profile)),
      detail: `${summary.totals.activities} activities, five sheets + chart`,
    });
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
