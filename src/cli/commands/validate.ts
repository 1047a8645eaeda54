/**
 * `validate <files…> [--json] [--cutoff YYYY-MM-DD] [--profile file.json]`: structures every
 * activity sheet of each workbook and validates it (SPEC §6, §8). A readable table on stdout, or
 * JSON { files: [{ file, reports: [{ sheet, findings, counts, stamp }], failures, error? }] }.
 * Exit 0 = no errors, 1 = errors found (or no activity table), 2 = a file could not be read or
 * the arguments were wrong. One unreadable file does not stop the others.
 */
import * as path from "node:path";
import type { Finding, Severity } from "../../core/model";
import type { Profile } from "../../core/profile/schema";
import { isValidIsoDate } from "../../core/parse";
import { stampStateLabel, type StampState } from "../../core/stamp/stamp";
import { ValidationInputError } from "../../core/validate";
import {
  failedTasks,
  reportTasks,
  type FindingCounts,
  type ReportTask,
  type ValidationReport,
} from "../../core/validate/validation-report";
import { checkWorkbook } from "../../core/workflow/workbook";
import { workbookStampState } from "../../core/workflow/submission";
import { WorkbookError } from "../../core/port";
import type { CliCommand } from "../command";
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, UsageError } from "../errors";
import { openWorkbook, resolvePath } from "../files";
import type { CliIo } from "../io";
import { clip, columnWidths, count, streamJson } from "../output";
import { loadProfileOption } from "../profile";

/** One file's outcome: its validation report and submission stamp, or why it could not be read (exit 2). */
export type ValidatedFile =
  | {
      file: string;
      validation: ValidationReport;
      /** The submission stamp compared with the sheets as they are now. */
      stamp: StampState;
    }
  | { file: string; error: string };

/** One report sheet in --json, as the CLI has always written it. */
interface ReportJson {
  sheet: string;
  organisation: string | null;
  findings: Finding[];
  counts: FindingCounts;
  stamp: StampState;
}

/** One file in --json: rendered from its validation report into the public JSON shape. */
interface FileJson {
  file: string;
  reports: ReportJson[];
  /** Sheets without a recognisable activity header. */
  failures: { sheet: string; message: string }[];
  /** Set when the file could not be read (exit 2). */
  error?: string;
}

const SEVERITY_TEXT: Record<Severity, string> = { error: "fel", warning: "varning", info: "info" };

function parseCutoff(
  value: string | boolean | (string | boolean)[] | undefined,
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string")
    throw new UsageError(
      "Flaggan --cutoff behöver ett datum, t.ex. --cutoff 2020-08-31.",
      "validate",
    );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new CliError(
      `Avstämningsdatumet "${value}" ska skrivas ÅÅÅÅ-MM-DD, till exempel 2020-08-31.`,
    );
  if (!isValidIsoDate(value))
    throw new CliError(
      `Avstämningsdatumet "${value}" finns inte i kalendern. Ange ett giltigt datum, till exempel 2020-08-31.`,
    );
  return value;
}

async function validateFile(
  input: string,
  cwd: string,
  profile: Profile,
  cutoff: string | undefined,
): Promise<ValidatedFile> {
  const file = path.basename(input);
  try {
    const port = await openWorkbook(resolvePath(cwd, input));
    const validation = await checkWorkbook(port, { profile, file, ...(cutoff ? { cutoff } : {}) });
    const stamp = await workbookStampState(
      port,
      reportTasks(validation).map((task) => task.report),
    );
    return { file, validation, stamp };
  } catch (error) {
    // Unreadable files and impossible dates in a file's header are this file's problem, not the run's.
    if (
      error instanceof WorkbookError ||
      error instanceof CliError ||
      error instanceof ValidationInputError
    ) {
      return { file, error: error.message };
    }
    throw error;
  }
}

/** The public JSON of one file: the report's tasks as `reports` and `failures`, counts from their stats. */
function fileJson(validated: ValidatedFile): FileJson {
  const { file } = validated;
  if ("error" in validated) return { file, reports: [], failures: [], error: validated.error };
  const { validation, stamp } = validated;
  return {
    file,
    reports: reportTasks(validation).map((task) => ({
      sheet: task.sheet,
      organisation: task.report.organisation,
      findings: task.findings,
      counts: { error: task.stats.error, warning: task.stats.warning, info: task.stats.info },
      stamp,
    })),
    failures: failedTasks(validation).map((task) => ({ sheet: task.sheet, message: task.message })),
  };
}

function exitCode(files: readonly ValidatedFile[]): number {
  if (files.some((f) => "error" in f)) return EXIT_UNREADABLE;
  return files.every((f) => "validation" in f && f.validation.valid) ? EXIT_OK : EXIT_FINDINGS;
}

function countsText(counts: FindingCounts): string {
  return [
    count(counts.error, "fel", "fel"),
    count(counts.warning, "varning", "varningar"),
    `${counts.info} info`,
  ].join(", ");
}

function printTask(io: CliIo, file: string, task: ReportTask, stamp: StampState): void {
  const { organisation } = task.report;
  io.stdout(
    `${file} – blad "${task.sheet}"${organisation ? ` (${organisation})` : ""}: ${countsText(task.stats)}; stämpel: ${stampStateLabel(stamp)}\n`,
  );
  if (task.findings.length === 0) {
    io.stdout("  Inga anmärkningar.\n\n");
    return;
  }
  const rows = task.findings.map((f) => [
    f.cell || (f.row !== null ? `rad ${f.row}` : "–"),
    SEVERITY_TEXT[f.severity],
    f.rule,
    clip(f.message, 160),
  ]);
  const header = ["Cell", "Allvar", "Regel", "Meddelande"];
  const widths = columnWidths([header, ...rows], 3);
  const line = (cells: string[]) =>
    `  ${cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join("  ")}\n`;
  io.stdout(line(header));
  for (const row of rows) io.stdout(line(row));
  io.stdout("\n");
}

function printTable(io: CliIo, files: readonly ValidatedFile[]): void {
  const totals: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const validated of files) {
    const { file } = validated;
    if ("error" in validated) {
      io.stdout(`${file}: kunde inte läsas – ${validated.error}\n\n`);
      continue;
    }
    const { validation, stamp } = validated;
    const reports = reportTasks(validation);
    for (const task of reports) printTask(io, file, task, stamp);
    // A sheet that could not be read is worth a line only when the file has no report at all.
    if (reports.length === 0)
      for (const task of failedTasks(validation))
        io.stdout(`${file} – blad "${task.sheet}": ${task.message}\n\n`);
    if (validation.tasks.length === 0) io.stdout(`${file}: arbetsboken har inga blad.\n\n`);
    totals.error += validation.stats.error;
    totals.warning += validation.stats.warning;
    totals.info += validation.stats.info;
  }
  const unreadable = files.filter((f) => "error" in f).length;
  io.stdout(
    `Totalt: ${count(files.length, "fil", "filer")}, ${countsText(totals)}${unreadable > 0 ? `; ${count(unreadable, "fil kunde", "filer kunde")} inte läsas` : ""}.\n`,
  );
}

export const validateCommand: CliCommand = {
  name: "validate",
  aliases: ["kontrollera"],
  summary: "Kontrollera uppföljningar (.xlsx): status, slutdatum, kommentarer, datum och uppdrag.",
  help: [
    "Användning: uppfoljning validate <fil.xlsx> [fler filer…] [--json] [--cutoff ÅÅÅÅ-MM-DD] [--profile fil.json]",
    "",
    "  --json                    skriv resultatet som JSON",
    "  --cutoff <ÅÅÅÅ-MM-DD>     avstämningsdatum (annars rapportens eget, eller periodens sista dag)",
    "  --profile <fil.json>      en egen vokabulärprofil (annars standardprofilen)",
    "",
    "Slutkod: 0 = inga fel, 1 = fel hittades, 2 = en fil kunde inte läsas eller argumenten var felaktiga.",
  ].join("\n"),
  options: {
    json: { type: "boolean" },
    cutoff: { type: "string" },
    profile: { type: "string" },
  },
  async run({ values, positionals, io, cwd }) {
    if (positionals.length === 0)
      throw new UsageError(
        "Ange minst en fil som ska kontrolleras, t.ex. uppfoljning validate rapport.xlsx.",
        "validate",
      );
    const cutoff = parseCutoff(values.cutoff);
    const profile = await loadProfileOption(
      typeof values.profile === "string" ? values.profile : undefined,
      cwd,
    );
    const files: ValidatedFile[] = [];
    for (const input of positionals) files.push(await validateFile(input, cwd, profile, cutoff));
    if (values.json === true) await streamJson(io, { files: files.map(fileJson) });
    else printTable(io, files);
    for (const file of files) if ("error" in file) io.stderr(`Fel: ${file.error}\n`);
    return exitCode(files);
  },
};
