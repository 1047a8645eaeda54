/**
 * Validation at benchmark scale (10,000 activities). Its speed is a benchmark figure
 * (`npm run bench`), never a timed assertion here.
 */
import type { Activity } from "../../../src/core/model";
import { standardProfile as profile } from "../../../src/core/profile/load";
import { parseDue } from "../../../src/core/parse";
import { structureSheets } from "../../../src/core/structure";
import { RULE_IDS, validateReport } from "../../../src/core/validate";
import { fixtureToGrids, loadSeedFixture } from "../../fixtures/seeds/format";

function seedActivities(id: string) {
  const [result] = structureSheets(fixtureToGrids(loadSeedFixture(id)), { profile });
  if (!result?.ok) throw new Error(id);
  return result;
}

it("validates 10,000 seed activities (all five reports' vocabulary, with a grid), one finding per rule and cell", () => {
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
  const findings = validateReport(report, { profile, register });
  // Speed is measured by `npm run bench`, not here; this checks the rules hold up at scale.
  expect(findings.length).toBeGreaterThan(3000);
  expect(findings.every((f) => RULE_IDS.includes(f.rule) && (f.cell === "" || /^[A-Z]+\d+$/.test(f.cell)))).toBe(true);
});
