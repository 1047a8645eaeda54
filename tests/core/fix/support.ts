/** A seed fixture written into a real file workbook (the ExcelJS adapter), for fix and stamp tests. */
import type { Grid } from "../../../src/core/grid";
import type { Report, RegisterEntry } from "../../../src/core/model";
import { standardProfile } from "../../../src/core/profile/load";
import type { SheetSpec } from "../../../src/core/sheetspec";
import { structureSheets } from "../../../src/core/structure";
import { FileWorkbook } from "../../../src/workbook/file";
import { loadSeedFixture } from "../../fixtures/seeds/format";

export function fixtureSpec(id: string): SheetSpec {
  const sheet = loadSeedFixture(id).sheets[0]!;
  const cells: SheetSpec["cells"] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text !== null && text !== "") cells.push({ row: r + 1, col: c + 1, value: text });
    }),
  );
  return { name: sheet.name, cells };
}

export async function seedWorkbook(id: string): Promise<{ port: FileWorkbook; sheet: string }> {
  const port = FileWorkbook.create();
  const spec = fixtureSpec(id);
  await port.writeSheets([spec]);
  return { port, sheet: spec.name };
}

export async function structured(
  port: FileWorkbook,
  sheet: string,
): Promise<{ report: Report; register: RegisterEntry[]; grid: Grid }> {
  const grid = await port.readSheet(sheet);
  const [result] = structureSheets([grid], { profile: standardProfile });
  if (!result?.ok)
    throw new Error(`${sheet}: ${result?.ok === false ? result.message : "no report"}`);
  return { report: result.report, register: result.register, grid };
}
