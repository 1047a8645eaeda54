/**
 * Performance guard for SPEC's benchmark "validating 10,000 activities takes under 50 ms in the
 * core". The test bound is looser (shared CI machines); the measured time is printed.
 */
import type { Activity } from "../../../src/core/model";
import { standardProfile as profile } from "../../../src/core/profile/load";
import { parseDue } from "../../../src/core/parse";
import { structureSheets } from "../../../src/core/structure";
import { validateReport } from "../../../src/core/validate";
import { fixtureToGrids, loadSeedFixture } from "../../fixtures/seeds/format";

function seedActivities(id: string) {
  const [result] = structureSheets(fixtureToGrids(loadSeedFixture(id)), { profile });
  if (!result?.ok) throw new Error(id);
  return result;
}

it("validates 10,000 seed activities (all five reports' vocabulary, with a grid) in well under a second", () => {
  const kof = seedActivities("kof-2020-delar");
  const pool: Activity[] = [
    "kof-2020-delar",
    "vss-2023-delar",
    "ks-2018-delar",
    "an-2024-delar",
    "bun-2020-helar",
  ].flatMap((id) => seedActivities(id).report.activities);
  const activities = Array.from({ length: 10_000 }, (_, i) => {
    const source = pool[i % pool.length]!;
    // Distinct rows and goals, so the duplicate rule and cell addresses do real work; dues placed
    // in the report's year, as in a real report.
    return {
      ...source,
      id: `r${i + 9}`,
      parentId: null,
      goal: `${source.goal ?? ""} ${Math.floor(i / 7)}`,
      due: parseDue(source.due.raw, 2020, profile),
      source: { sheet: "Uppföljning", row: i + 9, rows: [i + 9] },
    };
  });
  const report = { ...kof.report, activities };
  const register = seedActivities("vss-2023-delar").register;
  validateReport(report, { profile, register }); // warm-up (JIT)
  // The fastest of several runs: the machine's other load is not the validator's cost.
  let ms = Infinity;
  let cpuMs = Infinity;
  let findings = 0;
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    findings = validateReport(report, { profile, register }).length;
    const used = process.cpuUsage(cpu);
    ms = Math.min(ms, performance.now() - started);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  console.log(`validateReport: 10,000 activities in ${ms.toFixed(1)} ms wall, ${cpuMs.toFixed(1)} ms CPU (${findings} findings)`);
  expect(findings).toBeGreaterThan(3000);
  // SPEC target: under 50 ms on an idle machine; this bound only catches a return to quadratic work.
  expect(ms).toBeLessThan(1500);
});
