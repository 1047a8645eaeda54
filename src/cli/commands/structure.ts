/**
 * `structure <file.xlsx> [--json]`: reads every sheet of a workbook, finds the activity tables
 * and prints the reports (SPEC §8 JSON with --json, a readable summary otherwise).
 * Exit 0 when at least one activity table was structured, 1 when none was found, 2 when the
 * file could not be read.
 */
import * as path from "node:path";
import type { StatusCategory } from "../../core/model";
import { type StructureFailure, type StructureSuccess } from "../../core/structure";
import { readWorkbook } from "../../core/workflow";
import { buildTemplateWorkbook, periodLabel, PROFILE_SETTING } from "../../core/template";
import type { Profile } from "../../core/profile/schema";
import { FileWorkbook } from "../../workbook/file";
import type { CliCommand } from "../command";
import { CliError, EXIT_FINDINGS, EXIT_OK, UsageError } from "../errors";
import { assertWritable, openWorkbook, resolvePath, samePath, workbookBytes, writeBytes } from "../files";
import type { CliIo } from "../io";
import { categoryCounts, clip, count, writeJson } from "../output";
import { loadProfileOption } from "../profile";

/** The SPEC §8 JSON of one structured sheet. */
export function reportJson(result: StructureSuccess) {
  const { report } = result;
  return {
    sheet: report.sheet,
    organisation: report.organisation,
    board: report.board,
    year: report.year,
    period: report.period,
    cutoff: report.cutoff,
    profile: report.profile,
    activities: report.activities,
    notes: result.notes,
    unplaced: result.unplaced,
    stats: result.stats,
    register: result.register,
  };
}

function printSummary(
  io: CliIo,
  file: string,
  successes: StructureSuccess[],
  failures: StructureFailure[],
): void {
  io.stdout(`${file}\n`);
  for (const { report, stats, unplaced, notes } of successes) {
    io.stdout(`\nBlad "${report.sheet}"\n`);
    const who = [report.organisation, report.board ? `(${report.board})` : null]
      .filter(Boolean)
      .join(" ");
    const when = [report.year, report.period ? periodLabel(report.period) : null]
      .filter(Boolean)
      .join(", ");
    if (who || when)
      io.stdout(
        `  ${[who, when].filter(Boolean).join(" – ")}${report.cutoff ? `, avstämningsdatum ${report.cutoff}` : ""}\n`,
      );
    io.stdout(
      `  ${count(stats.activities, "aktivitet", "aktiviteter")} från ${count(stats.rowsRead, "läst rad", "lästa rader")}\n`,
    );
    const tally: Partial<Record<StatusCategory, number>> = {};
    for (const { status } of report.activities) tally[status.category] = (tally[status.category] ?? 0) + 1;
    const byCategory = categoryCounts(tally);
    if (byCategory) io.stdout(`  Status: ${byCategory}\n`);
    if (stats.inferred > 0)
      io.stdout(
        `  ${count(stats.inferred, "värde", "värden")} tolkade ur löptext – bekräfta dem\n`,
      );
    const inferredNotes = notes.filter(
      (note) => note.kind === "inferred" || note.kind === "perspective-unknown",
    );
    for (const note of inferredNotes.slice(0, 10))
      io.stdout(
        `    ${note.cell ?? (note.row ? `rad ${note.row}` : "")}: ${clip(note.message, 100)}\n`,
      );
    if (inferredNotes.length > 10)
      io.stdout(`    … och ${inferredNotes.length - 10} till (se --json)\n`);
    if (unplaced.length === 0) {
      io.stdout("  Alla ifyllda celler finns med i aktiviteterna eller rubrikerna.\n");
    } else {
      io.stdout(`  ${count(unplaced.length, "cell", "celler")} hamnade inte i någon aktivitet:\n`);
      for (const cell of unplaced.slice(0, 20))
        io.stdout(`    ${cell.cell}: "${clip(cell.text, 60)}" – ${cell.reason}\n`);
      if (unplaced.length > 20) io.stdout(`    … och ${unplaced.length - 20} till (se --json)\n`);
    }
  }
  for (const failure of failures) io.stdout(`\nBlad "${failure.sheet}": ${failure.message}\n`);
}

/** The structured reports as a new standard-template workbook (the source file is never touched). */
export async function structuredTemplateBytes(
  successes: StructureSuccess[],
  profile: Profile,
): Promise<Uint8Array> {
  const workbook = FileWorkbook.create();
  await workbook.writeSheets(
    buildTemplateWorkbook({
      reports: successes.map(({ report }) => ({ meta: report, activities: report.activities })),
      profile,
      register: successes.flatMap((success) => success.register),
    }),
  );
  await workbook.setSetting(PROFILE_SETTING, JSON.stringify(profile));
  return workbookBytes(workbook);
}

export const structureCommand: CliCommand = {
  name: "structure",
  aliases: ["strukturera"],
  summary: "Läs en ifylld uppföljning (.xlsx) och visa dess aktiviteter i standardformatet.",
  help: [
    "Användning: uppfoljning structure <fil.xlsx> [--json] [-o mall.xlsx] [--profile fil.json]",
    "",
    "  --json                    skriv resultatet som JSON (SPEC §8)",
    "  -o, --output <fil>        skriv aktiviteterna i standardmallen till en ny fil (originalet ändras aldrig)",
    "  --force                   skriv över en befintlig fil",
    "  --profile <fil.json>      en egen vokabulärprofil (annars standardprofilen)",
    "",
    "Slutkod: 0 = minst en aktivitetstabell hittades, 1 = ingen tabell hittades, 2 = filen kunde inte läsas.",
  ].join("\n"),
  options: {
    json: { type: "boolean" },
    output: { type: "string", short: "o" },
    force: { type: "boolean" },
    profile: { type: "string" },
  },
  async run({ values, positionals, io, cwd }) {
    if (positionals.length === 0)
      throw new UsageError(
        "Ange filen som ska läsas, t.ex. uppfoljning structure rapport.xlsx.",
        "structure",
      );
    if (positionals.length > 1)
      throw new UsageError(`Ange en fil i taget (fick ${positionals.length}).`, "structure");
    const input = positionals[0]!;
    const profile = await loadProfileOption(
      typeof values.profile === "string" ? values.profile : undefined,
      cwd,
    );
    const output =
      typeof values.output === "string" && values.output.trim() !== ""
        ? resolvePath(cwd, values.output)
        : null;
    if (output !== null && samePath(output, resolvePath(cwd, input)))
      throw new CliError(
        "Mallen skrivs till en ny fil: ange en annan fil med -o än den som läses.",
      );
    if (output !== null) assertWritable(output, values.force === true);
    const workbook = await openWorkbook(resolvePath(cwd, input));
    const { grids, results } = await readWorkbook(workbook, {
      profile,
      file: path.basename(input),
    });
    const successes = results.filter((r): r is StructureSuccess => r.ok);
    const failures = results.filter((r): r is StructureFailure => !r.ok);

    if (values.json === true) {
      writeJson(io, {
        file: path.basename(input),
        reports: successes.map(reportJson),
        failures: failures.map(({ sheet, message, bestCandidate }) => ({
          sheet,
          message,
          ...(bestCandidate ? { bestCandidate } : {}),
        })),
      });
    } else {
      printSummary(io, path.basename(input), successes, failures);
    }
    if (output !== null && successes.length > 0) {
      writeBytes(output, await structuredTemplateBytes(successes, profile), {
        force: values.force === true,
      });
      // With --json, stdout is the JSON only.
      (values.json === true ? io.stderr : io.stdout)(
        `\nStandardmallen skrevs till ${String(values.output)}\n`,
      );
    }
    if (successes.length === 0) {
      io.stderr(
        `${path.basename(input)}: ingen aktivitetstabell hittades${grids.length === 0 ? " (arbetsboken har inga blad)" : ""}.\n`,
      );
      return EXIT_FINDINGS;
    }
    return EXIT_OK;
  },
};
