/**
 * The largest cases of issue 13, built from the real seed reports' texts (tests/fixtures/seeds):
 * a report sheet of 10,000 rows (checked) and the five summary sheets of 40 förvaltningar × 250
 * activities (written). The texts are the longest the seeds have, repeated, so request and
 * response sizes are the worst a real report gives.
 */
import * as fs from "fs";
import * as path from "path";
import { consolidate, buildSummarySheets, type ConsolidationInput } from "../../../src/core/consolidate";
import type { Activity, RegisterEntry, Report } from "../../../src/core/model";
import { standardProfile } from "../../../src/core/profile/load";
import type { SheetSpec } from "../../../src/core/sheetspec";
import { SEED_FIXTURE_DIR } from "../../fixtures/seeds/format";
import type { FakeExcel } from "./fake-excel";

const SEED_FILES = ["kof-2020-delar.json", "ks-2018-delar.json", "an-2024-delar.json"];

/** Data rows (≥ 4 filled cells) of the seed reports, longest texts first. */
function seedRows(): (string | null)[][] {
  const rows: (string | null)[][] = [];
  for (const file of SEED_FILES) {
    const fixture = JSON.parse(fs.readFileSync(path.join(SEED_FIXTURE_DIR, file), "utf8")) as { sheets: { rows: (string | null)[][] }[] };
    for (const sheet of fixture.sheets) for (const row of sheet.rows) if (row.filter((c) => c).length >= 4) rows.push(row.slice(0, 5));
  }
  const length = (row: (string | null)[]) => row.reduce((sum, c) => sum + (c?.length ?? 0), 0);
  return rows.sort((a, b) => length(b) - length(a));
}

const HEADER = ["Nämndmål", "Aktivitet", "Slutdatum 2020", "Status", "Kommentar"];

/** A report sheet: a header block, then `rows` activity rows made of the seeds' longest rows. */
export function seedLargeReport(excel: FakeExcel, sheet: string, rows: number): void {
  const source = seedRows().slice(0, 40);
  excel.seed(sheet, "A1", [["Förvaltning", "Kultur- och fritidsförvaltningen"], ["År", "2020"], [], HEADER]);
  excel.seed(sheet, "A5", Array.from({ length: rows }, (_, i) => source[i % source.length]!.map((c, col) => (col === 1 && c ? `${c} (${i + 1})` : c))));
}

/** The `index`-th förvaltning's checked report (2020, delårsrapport) for consolidation. */
export function consolidationInput(index: number, activities: Activity[]): ConsolidationInput {
  const report: Report = {
    organisation: `Förvaltning ${index + 1}`,
    board: null,
    year: 2020,
    period: "delar",
    cutoff: "2020-08-31",
    profile: "standard",
    sheet: "Uppföljning",
    activities,
  };
  return { file: `forv-${index + 1}.xlsx`, ok: true, report, stats: { error: 0, warning: 0, info: 0 }, stamp: "not_validated", rowsRead: activities.length + 8 };
}

/** The five summary sheets of `organisations` × `perOrganisation` activities with the seeds' texts. */
export function largeSummarySpecs(organisations: number, perOrganisation: number): SheetSpec[] {
  const source = seedRows();
  const register: RegisterEntry[] = [
    { number: 1, text: "Samtliga nämnder ska fortsätta arbetet med civil beredskap.", scope: "kommungemensamt", year: 2020, boards: [] },
  ];
  const inputs: ConsolidationInput[] = Array.from({ length: organisations }, (_, o) => {
    const activities: Activity[] = Array.from({ length: perOrganisation }, (_, i) => {
      const row = source[(o * perOrganisation + i) % source.length]!;
      return {
        id: `r${i}`,
        parentId: null,
        perspective: "Samhälle",
        commonGoal: null,
        goal: row[0] ?? "Ett mångfasetterat kultur-, fritids- och idrottsliv",
        activity: `${row[1] ?? "Aktivitet"} (${i + 1})`,
        assignmentRefs: i % 4 === 0 ? [{ scope: "kommungemensamt", number: 1 }] : [],
        due: { raw: "Kvartal 2", kind: "quarter", value: 2, end: "2020-06-30" },
        responsible: "Förvaltningschef",
        status: { raw: "Pågående", category: i % 3 === 0 ? "delayed" : "ongoing", label: "Pågående", inferred: false },
        comment: row[4] ?? row[3] ?? null,
        source: { sheet: "Uppföljning", row: 8 + i, rows: [8 + i] },
      };
    });
    return consolidationInput(o, activities);
  });
  const summary = consolidate(inputs, { register, profile: standardProfile, now: new Date("2020-09-15T10:00:00Z") });
  return buildSummarySheets(summary, standardProfile);
}
