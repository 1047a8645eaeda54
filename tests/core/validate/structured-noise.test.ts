/**
 * Structuring must not manufacture findings (issue 16): a seed report structured into the
 * standard template and validated again gives no more warnings than the original sheet, and an
 * area heading kept as Perspektiv is one finding per value, not one per row.
 */
import type { Finding } from "../../../src/core/model";
import { standardProfile } from "../../../src/core/profile/load";
import { structureSheets, type StructureResult } from "../../../src/core/structure";
import { buildTemplateSheets } from "../../../src/core/template";
import { validateReport } from "../../../src/core/validate";
import { fixtureToGrids, loadSeedFixture } from "../../fixtures/seeds/format";
import { specToGrid } from "../structure/specgrid";
import type { Grid } from "../../../src/core/grid";

type Success = Extract<StructureResult, { ok: true }>;

function check(grids: Grid[]): { result: Success; findings: Finding[] } {
  const result = structureSheets(grids, { profile: standardProfile }).find((r): r is Success => r.ok);
  if (!result) throw new Error("no report");
  const grid = grids.find((g) => g.sheet === result.report.sheet);
  const register = result.register.length > 0 ? result.register : undefined;
  const findings = validateReport(result.report, { profile: standardProfile, register, ...(grid ? { grid } : {}) });
  return { result, findings };
}

function structuredAgain(original: Success): Grid[] {
  const { report, register } = original;
  return buildTemplateSheets({ meta: report, activities: report.activities, profile: standardProfile, register, sheetName: "Mall" }).map(
    specToGrid,
  );
}

const warnings = (found: Finding[]) => found.filter((f) => f.severity === "warning");

describe.each(["ks-2018-delar", "kof-2020-delar", "an-2024-delar", "vss-2023-delar", "bun-2020-helar"])("%s structured", (id) => {
  const original = check(fixtureToGrids(loadSeedFixture(id)));
  const structured = check(structuredAgain(original.result));

  it("gives no more warnings than the original sheet", () => {
    expect(warnings(structured.findings).length).toBeLessThanOrEqual(warnings(original.findings).length);
  });

  it("reports each unknown perspective once, naming its rows", () => {
    const values = structured.findings.filter((f) => f.rule === "perspective.unknown").map((f) => f.value);
    expect(new Set(values).size).toBe(values.length);
  });
});

describe("ks-2018-delar's area headings in Perspektiv", () => {
  const original = check(fixtureToGrids(loadSeedFixture("ks-2018-delar")));
  const structured = check(structuredAgain(original.result));
  const areas = structured.findings.filter((f) => f.rule === "perspective.unknown");

  it("the same areas as on the original sheet, each at the cell of its first activity with all its rows", () => {
    const before = original.findings.filter((f) => f.rule === "perspective.unknown").map((f) => f.value);
    expect(areas.map((f) => f.value)).toEqual(before);
    for (const finding of areas) {
      const rows = structured.result.report.activities.filter((a) => a.perspective === finding.value).map((a) => a.source.row);
      expect(finding.row).toBe(rows[0]);
      expect(finding.cell).toMatch(/^[A-Z]+\d+$/);
      if (rows.length > 1) expect(finding.message).toContain(`${rows.length} rader (${rows.slice(0, 3).join(", ")}`);
      else expect(finding.message).toContain(`rad ${rows[0]}`);
    }
  });

  it("an empty Slutdatum column is one finding about the column", () => {
    const missing = structured.findings.filter((f) => f.rule === "due.missing");
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toMatch(/^Kolumnen Slutdatum är tom för alla \d+ aktiviteter/);
  });
});
