/**
 * Real data for the pane tests: a seed fixture structured and validated by the core, so the
 * fake services hand the views the same shapes the workflow produces.
 */
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
