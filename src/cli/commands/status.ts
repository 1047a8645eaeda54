/**
 * `status <files or folders…> [--profile p.json] [--json]`: the submission overview (who is in,
 * stamped, changed after stamping, with errors, missing) for the consolidator chasing reports.
 * Exit 0 when every expected report is in and stamped, 1 otherwise, 2 when a file could not be read.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { submissionHeadline, submissionStateText, type Summary } from "../../core/consolidate";
import { consolidateSources } from "../../core/workflow/consolidation";
import type { CliCommand } from "../command";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, UsageError } from "../errors";
import { openWorkbook, resolvePath } from "../files";
import type { CliIo } from "../io";
import { writeJson } from "../output";
import { loadProfileOption } from "../profile";

/**
 * Files a report may arrive as in the inbox: .xlsx and the spreadsheet formats it is sent in by
 * mistake (.xls, .xlsb, .ods, .csv, …). These are read too, so the wrong format is named under
 * *Kunde inte läsas* with what to do, instead of the organisation silently showing as *Saknas*.
 */
const SPREADSHEET_FILE = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|xlt|ods|fods|csv|tsv|numbers)$/i;

/** A folder stands for the spreadsheet files directly in it (the consolidator's inbox), in name order. */
export function expandInputs(cwd: string, inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    const full = resolvePath(cwd, input);
    if (!fs.existsSync(full) || !fs.statSync(full).isDirectory()) return [full];
    return fs
      .readdirSync(full)
      // "~$rapport.xlsx" is the lock file Excel keeps beside a file that is open.
      .filter((name) => SPREADSHEET_FILE.test(name) && !name.startsWith("~$"))
      .sort((a, b) => a.localeCompare(b, "sv"))
      .map((name) => path.join(full, name));
  });
}

function printOverview(io: CliIo, summary: Summary): void {
  const overview = summary.submission;
  io.stdout(`Inlämning: ${submissionHeadline(summary)}\n`);
  const width = Math.max(12, ...overview.rows.map((row) => row.organisation.length));
  const line = (row: (typeof overview.rows)[number]) =>
    `  ${row.organisation.padEnd(width)}  ${submissionStateText(row).padEnd(28)}  ${row.sources.map((s) => s.file).join(", ")}\n`;
  for (const row of overview.rows.filter((r) => r.expected || !overview.hasExpectedList)) io.stdout(line(row));
  const unexpected = overview.rows.filter((row) => !row.expected && overview.hasExpectedList);
  if (unexpected.length > 0) {
    io.stdout("Inte i profilens lista:\n");
    for (const row of unexpected) io.stdout(line(row));
  }
  if (overview.duplicates.length > 0) {
    io.stdout("Samma rapport två gånger:\n");
    for (const d of overview.duplicates)
      io.stdout(`  ${d.file}: ${d.counted ? "räknas ändå" : "räknas inte"}, samma ${d.reason === "content" ? "innehåll" : "förvaltning, år och period"} som ${d.duplicateOf.file}\n`);
  }
  if (overview.unreadable.length > 0) {
    io.stdout("Kunde inte läsas:\n");
    for (const u of overview.unreadable) io.stdout(`  ${u.file} – ${u.error}\n`);
  }
}

export const statusCommand: CliCommand = {
  name: "status",
  aliases: ["inlamning", "inlämning"],
  summary: "Visa vilka förvaltningar som lämnat in, om rapporten är stämplad och vilka som saknas.",
  help: [
    "Användning: uppfoljning status <filer.xlsx eller mappar…> [--profile p.json] [--json]",
    "",
    "  --profile <fil.json>   profilen; dess lista \"forvaltningar\" säger vilka som ska lämna in",
    "  --json                 skriv översikten som JSON på standard ut",
    "",
    "Läge per förvaltning: Inlämnad och stämplad, Ändrad efter stämpling, Inlämnad utan stämpel,",
    "Fel i rapporten (antal fel), Saknas. Dubbletter och oväntade förvaltningar visas för sig.",
    "Slutkod: 0 = alla förväntade har lämnat in stämplade rapporter, 1 = inte alla, 2 = någon fil kunde inte läsas.",
  ].join("\n"),
  options: {
    json: { type: "boolean" },
    profile: { type: "string" },
  },
  async run({ values, positionals, io, cwd }) {
    if (positionals.length === 0) throw new UsageError("Ange filerna eller mappen med inlämnade rapporter.", "status");
    const profile = await loadProfileOption(typeof values.profile === "string" ? values.profile : undefined, cwd);
    const files = expandInputs(cwd, positionals);
    const summary = await consolidateSources(
      files.map((file) => ({ file: path.basename(file), open: () => openWorkbook(file) })),
      { profile, now: new Date() },
    );
    if (values.json === true) writeJson(io, summary.submission);
    else printOverview(io, summary);
    if (summary.submission.unreadable.length > 0) return EXIT_UNREADABLE;
    return summary.submission.complete ? EXIT_OK : EXIT_FINDINGS;
  },
};
