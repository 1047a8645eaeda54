/**
 * `examples [-o dir] [--fixtures dir]` (developer command, hidden from the help): renders every
 * seed fixture (examples/seeds/*.json) as the .xlsx a förvaltning would have — merged
 * cells, multi-line cells wrapped — plus one clean standard template per period, into
 * assets/examples/. The files are generated (git-ignored); `npm run examples` runs this.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { PeriodSchema } from "../../core/model";
import { emptyMeta } from "../../core/template";
import { standardProfile } from "../../core/profile/load";
import type { SheetSpec, SpecCell } from "../../core/sheetspec";
import { FileWorkbook } from "../../workbook/file";
import type { CliCommand } from "../command";
import { CliError, EXIT_OK, UsageError } from "../errors";
import { resolvePath, workbookBytes, writeBytes } from "../files";
import { templateBytes } from "./template";

/** Only what rendering needs; the full fixture format lives in tests/fixtures/seeds/format.ts. */
const FixtureSheetsSchema = z.object({
  id: z.string().min(1),
  sheets: z.array(
    z.object({
      name: z.string().min(1),
      rows: z.array(z.array(z.string().nullable())),
      merges: z.array(z.string()).default([]),
    }),
  ),
});
type FixtureSheets = z.infer<typeof FixtureSheetsSchema>;

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** One fixture sheet as a SheetSpec: text cells, merges, widths from the longest line, wrapping where needed. */
export function fixtureSheetSpec(sheet: FixtureSheets["sheets"][number]): SheetSpec {
  const cells: SpecCell[] = [];
  const widths: Record<number, number> = {};
  const wrap = new Set<number>();
  sheet.rows.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text === null || text === "") return;
      cells.push({ row: r + 1, col: c + 1, value: text });
      const longest = text.split("\n").reduce((longest, line) => Math.max(longest, line.length), 0);
      widths[c + 1] = Math.min(MAX_WIDTH, Math.max(widths[c + 1] ?? MIN_WIDTH, longest + 2));
      if (text.includes("\n") || longest > MAX_WIDTH) wrap.add(c + 1);
    }),
  );
  return {
    name: sheet.name,
    cells,
    merges: sheet.merges,
    columnWidths: widths,
    wrapColumns: [...wrap].sort((a, b) => a - b),
  };
}

export async function fixtureBytes(fixture: FixtureSheets): Promise<Uint8Array> {
  const workbook = FileWorkbook.create();
  await workbook.writeSheets(fixture.sheets.map(fixtureSheetSpec));
  return workbookBytes(workbook);
}

/** Renders every fixture in fixtureDir and one clean template per period into outDir (overwriting); returns the files. */
export async function renderExamples(fixtureDir: string, outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const name of fs
    .readdirSync(fixtureDir)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    const parsed = FixtureSheetsSchema.safeParse(
      JSON.parse(fs.readFileSync(path.join(fixtureDir, name), "utf8")),
    );
    if (!parsed.success)
      throw new CliError(
        `Fixturen ${name} har fel format: ${z.prettifyError(parsed.error).split("\n")[0]}`,
      );
    const file = path.join(outDir, `${parsed.data.id}.xlsx`);
    writeBytes(file, await fixtureBytes(parsed.data), { force: true });
    written.push(file);
  }
  for (const period of PeriodSchema.options) {
    const file = path.join(outDir, `mall-${period}.xlsx`);
    writeBytes(
      file,
      await templateBytes({ ...emptyMeta(standardProfile.id), period }, standardProfile),
      { force: true },
    );
    written.push(file);
  }
  return written;
}

export const examplesCommand: CliCommand = {
  name: "examples",
  summary: "Skapa exempelfiler av testfixturerna och tomma mallar (för utvecklare).",
  help: [
    "Användning: uppfoljning examples [-o mapp] [--fixtures mapp]",
    "",
    "  -o, --output <mapp>       var filerna skapas (standard assets/examples)",
    "  --fixtures <mapp>         fixturerna som läses (standard examples/seeds)",
  ].join("\n"),
  hidden: true,
  options: {
    output: { type: "string", short: "o" },
    fixtures: { type: "string" },
  },
  async run({ values, positionals, io, cwd }) {
    if (positionals.length > 0)
      throw new UsageError(`Oväntat argument: ${positionals[0]}.`, "examples");
    const outDir = resolvePath(
      cwd,
      typeof values.output === "string" ? values.output : "assets/examples",
    );
    const fixtureDir = resolvePath(
      cwd,
      typeof values.fixtures === "string" ? values.fixtures : "examples/seeds",
    );
    if (!fs.existsSync(fixtureDir))
      throw new CliError(`Mappen med fixturer finns inte: ${fixtureDir}`);

    const written = await renderExamples(fixtureDir, outDir);
    for (const file of written) io.stdout(`${path.relative(cwd, file)}\n`);
    return EXIT_OK;
  },
};
