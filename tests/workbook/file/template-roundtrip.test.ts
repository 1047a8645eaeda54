/**
 * SPEC §4–§5 round trip over a real file: seed sheet → structure → standard template (.xlsx) →
 * read back → structure again gives the same activities and header data.
 */
import type { Activity } from "../../../src/core/model";
import { standardProfile } from "../../../src/core/profile/load";
import { structureSheets, type StructureSuccess } from "../../../src/core/structure";
import {
  buildTemplateSheets,
  DEFAULT_TEMPLATE_SHEET,
  REGISTER_SHEET,
} from "../../../src/core/template";
import { FileWorkbook } from "../../../src/workbook/file";
import { fixtureToGrids, loadSeedFixtures } from "../../fixtures/seeds/format";

function comparable(activity: Activity) {
  return {
    perspective: activity.perspective,
    commonGoal: activity.commonGoal,
    goal: activity.goal,
    activity: activity.activity,
    assignmentRefs: activity.assignmentRefs,
    due: { kind: activity.due.kind, value: activity.due.value, end: activity.due.end },
    responsible: activity.responsible,
    status: activity.status.category,
    comment: activity.comment,
  };
}

describe.each(loadSeedFixtures().map(({ fixture }) => [fixture.id, fixture] as const))(
  "template round trip of %s",
  (_id, fixture) => {
    it("structures the written template into the same activities", async () => {
      const first = structureSheets(fixtureToGrids(fixture), { profile: standardProfile }).filter(
        (r): r is StructureSuccess => r.ok,
      );
      expect(first.length).toBeGreaterThan(0);
      const source = first[0]!;

      const workbook = FileWorkbook.create();
      await workbook.writeSheets(
        buildTemplateSheets({
          meta: source.report,
          activities: source.report.activities,
          profile: standardProfile,
          register: source.register,
        }),
      );
      const reopened = await FileWorkbook.open(await workbook.save());
      const grids = [
        await reopened.readSheet(DEFAULT_TEMPLATE_SHEET),
        await reopened.readSheet(REGISTER_SHEET),
      ];
      const second = structureSheets(grids, { profile: standardProfile }).filter(
        (r): r is StructureSuccess => r.ok,
      );
      expect(second).toHaveLength(1);
      const again = second[0]!;

      expect({
        organisation: again.report.organisation,
        board: again.report.board,
        year: again.report.year,
        period: again.report.period,
      }).toEqual({
        organisation: source.report.organisation,
        board: source.report.board,
        year: source.report.year,
        period: source.report.period,
      });
      expect(again.report.activities.map(comparable)).toEqual(
        source.report.activities.map(comparable),
      );
      expect(again.unplaced).toEqual([]);
    });
  },
);
