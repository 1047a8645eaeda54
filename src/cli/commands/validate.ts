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
import { countFindings, ValidationInputError, type FindingCounts } from "../../core/validate";
import { checkWorkbook } from "../../core/workflow/workbook";
import { workbookStampState } from "../../core/workflow/submission";
import { WorkbookError } from "../../core/port";
import type { CliCommand } from "../command";
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, UsageError } from "../errors";
import { openWorkbook, resolvePath } from "../files";
import type { CliIo } from "../io";
import { clip, columnWidths, count, streamJson } from "../output";
import { loadProfileOption } from "../profile";

export interface ValidatedReport {
  sheet: string;
  organisation: string | null;
  findings: Finding[];
  counts: FindingCounts;
  /** The submission stamp compared with the sheet as it is now. */
  stamp: StampState;
}

export interface ValidatedFile {
  file: string;
  reports: ValidatedReport[];
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
    const check = await checkWorkbook(port, { profile, file, ...(cutoff ? { cutoff } : {}) });
    const stamp = await workbookStampState(
      port,
      check.reports.map((r) => r.report),
    );
    const reports: ValidatedReport[] = check.reports.map(({ report, findings }) => ({
      sheet: report.sheet,
      organisation: report.organisation,
      findings,
      counts: countFindings(findings),
      stamp,
    }));
    return { file, reports, failures: check.failures };
  } catch (error) {
    // Unreadable files and impossible dates in a file's header are this file's problem, not the run's.
    if (
      error instanceof WorkbookError ||
      error instanceof CliError ||
      error instanceof ValidationInputError
    ) {
      return { file, reports: [], failures: [], error: error.message };
    }
    throw error;
  }
}

function exitCode(files: readonly ValidatedFile[]): number {
  if (files.some((f) => f.error !== undefined)) return EXIT_UNREADABLE;
  const errors = files.some(
    (f) => f.reports.length === 0 || f.reports.some((r) => r.counts.error > 0),
  );
  return errors ? EXIT_FINDINGS : EXIT_OK;
}

function countsText(counts: FindingCounts): string {
  return [
    count(counts.error, "fel", "fel"),
    count(counts.warning, "varning", "varningar"),
    `${counts.info} info`,
  ].join(", ");
}

function printTable(io: CliIo, files: readonly ValidatedFile[]): void {
  for (const file of files) {
    if (file.error !== undefined) {
      io.stdout(`${file.file}: kunde inte läsas – ${file.error}\n\n`);
      continue;
    }
    for (const report of file.reports) {
      io.stdout(
        `${file.file} – blad "${report.sheet}"${report.organisation ? ` (${report.organisation})` : ""}: ${countsText(report.counts)}; stämpel: ${stampStateLabel(report.stamp)}\n`,
      );
      if (report.findings.length === 0) {
        io.stdout("  Inga anmärkningar.\n\n");
        continue;
      }
      const rows = report.findings.map((f) => [
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
    for (const failure of file.failures) {
      if (file.reports.length === 0)
        io.stdout(`${file.file} – blad "${failure.sheet}": ${failure.message}\n\n`);
    }
    if (file.reports.length === 0 && file.failures.length === 0)
      io.stdout(`${file.file}: arbetsboken har inga blad.\n\n`);
  }
  const totals = files
    .flatMap((f) => f.reports)
    .reduce(
      (sum, r) => ({
        error: sum.error + r.counts.error,
        warning: sum.warning + r.counts.warning,
        info: sum.info + r.counts.info,
      }),
      {
        error: 0,
        warning: 0,
        info: 0,
      },
    );
  const unreadable = files.filter((f) => f.error !== undefined).length;
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
    if (values.json === true) await streamJson(io, { files });
    else printTable(io, files);
    for (const file of files) if (file.error !== undefined) io.stderr(`Fel: ${file.error}\n`);
    return exitCode(files);
  },
};
