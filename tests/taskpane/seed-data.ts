/**
 * Real data for the pane tests: a seed fixture structured and validated by the core, so the
 * fake services hand the views the same shapes the workflow produces.
 */
import { buildValidationReport, countFindings, type ValidationReport } from "../../src/core/validate/validation-report";
import { fixtureToGrids, loadSeedFixture } from "../fixtures/seeds/format";
import { structureSheets } from "../../src/core/structure";
import type { StructureResult } from "../../src/core/structure/report";
import { validateReport } from "../../src/core/validate";
import { standardProfile } from "../../src/core/profile/load";
import type { Finding, Report } from "../../src/core/model";

export function structuredSeed(id: string): Extract<StructureResult, { ok: true }> {
  const results = structureSheets(fixtureToGrids(loadSeedFixture(id)), { profile: standardProfile });
  const first = results.find((result): result is Extract<StructureResult, { ok: true }> => result.ok);
  if (!first) throw new Error(`seed ${id} did not structure`);
  return first;
}

export function seedFindings(id: string): { report: Report; findings: Finding[] } {
  const { report } = structuredSeed(id);
  return { report, findings: validateReport(report, { profile: standardProfile }) };
}

/**
 * A validation report as the core builds it, from reports already validated and sheets that could
 * not be structured (the failed tasks come after the reports here).
 */
export function validationOf(
  reports: readonly { report: Report; findings: Finding[] }[],
  failures: readonly { sheet: string; message: string }[] = [],
): ValidationReport {
  return buildValidationReport(
    [...reports.map(({ report, findings }) => ({ sheet: report.sheet, report, findings, rowsRead: report.activities.length })), ...failures],
    [],
  );
}

import { consolidate } from "../../src/core/consolidate";
import type { Summary } from "../../src/core/consolidate/model";

/** The summary of two seed reports plus one unreadable file, computed by the core. */
export function seedSummary(): Summary {
  const kof = seedFindings("kof-2020-delar");
  const vss = seedFindings("vss-2023-delar");
  return consolidate(
    [
      { file: "kof-2020-delar.xlsx", ok: true, report: kof.report, stats: countFindings(kof.findings), stamp: "validated", rowsRead: 53 },
      { file: "vss-2023-delar.xlsx", ok: true, report: vss.report, stats: countFindings(vss.findings), stamp: "changed", rowsRead: 47 },
      { file: "trasig.xlsx", ok: false, error: "Filen kunde inte läsas som Excel-arbetsbok: den är skadad eller ofullständig." },
    ],
    { register: [], profile: standardProfile, now: new Date("2024-09-15T08:00:00Z") },
  );
}
