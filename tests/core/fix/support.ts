/** A seed fixture written into a real file workbook (the ExcelJS adapter), for fix and stamp tests. */
import type { Grid } from "../../../src/core/grid";
import type { Report, RegisterEntry } from "../../../src/core/model";
import { standardProfile } from "../../../src/core/profile/load";
import type { SheetSpec } from "../../../src/core/sheetspec";
import { structureSheets } from "../../../src/core/structure";
import { FileWorkbook } from "../../../src/workbook/file";
import { loadSeedFixture } from "../../fixtures/seeds/format";

/** The fixture's first sheet (the activity table) as a sheet spec. */
export function fixtureSpec(id: string): SheetSpec {
  return fixtureSpecs(id)[0]!;
}

/** Every sheet of the fixture (an "Uppdrag" register sheet too) as sheet specs. */
export function fixtureSpecs(id: string): SheetSpec[] {
  return loadSeedFixture(id).sheets.map((sheet) => {
    const cells: SheetSpec["cells"] = [];
    sheet.rows.forEach((row, r) =>
      row.forEach((text, c) => {
        if (text !== null && text !== "") cells.push({ row: r + 1, col: c + 1, value: text });
      }),
    );
    return { name: sheet.name, cells };
  });
}

export async function seedWorkbook(id: string): Promise<{ port: FileWorkbook; sheet: string }> {
  const port = FileWorkbook.create();
  const specs = fixtureSpecs(id);
  await port.writeSheets(specs);
  return { port, sheet: specs[0]!.name };
}

/** Structures every sheet of the workbook (a register sheet is read too) and returns the report on `sheet`. */
export async function structured(
  port: FileWorkbook,
  sheet: string,
): Promise<{ report: Report; register: RegisterEntry[]; grid: Grid }> {
  const grids: Grid[] = [];
  for (const info of await port.listSheets()) {
    if (info.visibility !== "veryHidden" && info.name !== "Ändringslogg")
      grids.push(await port.readSheet(info.name));
  }
  const result = structureSheets(grids, { profile: standardProfile }).find(
    (r) => r.ok && r.report.sheet === sheet,
  );
  if (!result?.ok) throw new Error(`${sheet}: no report`);
  return {
    report: result.report,
    register: result.register,
    grid: grids.find((g) => g.sheet === sheet)!,
  };
}
