/**
 * `consolidate <files…> -o summary.xlsx [--json] [--html report.html]`: the kommungemensam summary
 * (SPEC §7–§8). Every file is read first; the output is written only then, and an unreadable
 * file is listed in Källor with its reason instead of stopping the run.
 * Exit 0 when every source was read, 2 when some could not be (the output is still written).
 */
import * as path from "node:path";
import { writeSummaryHtml } from "../../core/consolidate/html";
import type { Profile } from "../../core/profile/schema";
import { concatBytes } from "../../core/bytes";
import type { Summary } from "../../core/consolidate/model";
import { consolidateSources, writeSummary } from "../../core/workflow/consolidation";
import { readPreviousPeriod, withComparison } from "../../core/workflow/previous-period";
import { printComparison } from "./consolidate-changes";
import { FileWorkbook } from "../../workbook/file";
import type { CliCommand } from "../command";
import { EXIT_OK, EXIT_UNREADABLE, UsageError } from "../errors";
import {
  assertSeparateOutputs,
  assertWritable,
  openWorkbook,
  resolvePath,
  workbookBytes,
  writeBytes,
} from "../files";
import type { CliIo } from "../io";
import { categoryCounts, count, writeJson } from "../output";
import { loadProfileOption } from "../profile";

/** A progress bar only pays off when reading takes a while. */
const PROGRESS_FROM_FILES = 4;
/** The HTML report is encoded in texts of about this many characters. */
const HTML_BATCH = 1 << 16;

/**
 * The HTML report's UTF-8 bytes, encoded as it is written, a batch of rows at a time: the
 * report of 50 × 500 activities is 3 MB, and building it as one string meant copying it whole
 * twice (joining, then flattening to encode it) besides encoding it (README, performance).
 */
export function summaryHtmlBytes(summary: Summary, profile: Profile): Uint8Array {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let pending = "";
  writeSummaryHtml(summary, profile, {
    text: (html) => {
      pending += html;
      if (pending.length >= HTML_BATCH) {
        pieces.push(encoder.encode(pending));
        pending = "";
      }
    },
  });
  pieces.push(encoder.encode(pending));
  return concatBytes(pieces);
}

export function summaryJson(summary: Summary) {
  return {
    generatedAt: summary.generatedAt,
    totals: summary.totals,
    byOrganisation: summary.byOrganisation,
    coverage: summary.coverage,
    deviations: summary.deviations,
    sources: summary.sources,
    conservation: summary.conservation,
    warnings: summary.warnings,
    submission: summary.submission,
    ...(summary.comparison ? { comparison: summary.comparison } : {}),
  };
}

function printSummary(io: CliIo, summary: Summary, outputs: string[]): void {
  const { totals } = summary;
  io.stdout(
    `Sammanställning av ${count(summary.sources.length, "källa", "källor")}: ${count(totals.activities, "aktivitet", "aktiviteter")}\n`,
  );
  for (const org of summary.byOrganisation) {
    const parts = categoryCounts(org.byCategory);
    io.stdout(`  ${org.organisation}: ${org.activities}${parts ? ` (${parts})` : ""}\n`);
  }
  io.stdout(`Avvikelser: ${summary.deviations.length}\n`);
  io.stdout(
    `Radbalans: ${summary.conservation.tableRows} rader = ${summary.conservation.sourceTotal} aktiviteter i källorna${summary.conservation.ok ? " ✓" : " – STÄMMER INTE"}\n`,
  );
  for (const warning of summary.warnings) io.stdout(`Obs: ${warning}\n`);
  if (summary.comparison) printComparison(io, summary.comparison);
  for (const source of summary.sources.filter((s) => s.status === "error"))
    io.stdout(`Kunde inte läsas: ${source.file} – ${source.error}\n`);
  for (const output of outputs) io.stdout(`Skrev ${output}\n`);
}

export const consolidateCommand: CliCommand = {
  name: "consolidate",
  aliases: ["sammanstall", "sammanställ"],
  summary: "Sammanställ flera förvaltningars uppföljningar till en kommungemensam sammanställning.",
  help: [
    "Användning: uppfoljning consolidate <filer.xlsx…> -o sammanstallning.xlsx [--html rapport.html] [--docx kapitel.docx] [--previous förra.xlsx] [--json]",
    "",
    "  -o, --output <fil.xlsx>   arbetsboken med Sammanställning, Uppdrag, Avvikelser, Alla aktiviteter och Källor",
    "  --html <fil.html>         en fristående HTML-rapport med diagram",
    "  --docx <fil.docx>         sammanställningen som kapitel för Word (rubriker, tabell, diagram, avvikelser, förändringar)",
    "  --json                    skriv sammanställningen som JSON på standard ut",
    "  --profile <fil.json>      en egen vokabulärprofil (annars standardprofilen)",
    "  --previous <fil.xlsx>     förra periodens sammanställning eller rapporter (flaggan kan upprepas):",
    "                            bladet Förändringar och ett avsnitt i HTML-rapporten",
    "  --force                   skriv över befintliga utfiler",
    "",
    "Slutkod: 0 = alla filer lästes, 2 = någon fil kunde inte läsas (sammanställningen skrivs ändå; Källor säger varför).",
  ].join("\n"),
  options: {
    output: { type: "string", short: "o" },
    html: { type: "string" },
    docx: { type: "string" },
    json: { type: "boolean" },
    profile: { type: "string" },
    force: { type: "boolean" },
    previous: { type: "string", multiple: true },
  },
  async run({ values, positionals, io, cwd }) {
    if (positionals.length === 0)
      throw new UsageError("Ange minst en fil att sammanställa.", "consolidate");
    const output = typeof values.output === "string" ? resolvePath(cwd, values.output) : null;
    const html = typeof values.html === "string" ? resolvePath(cwd, values.html) : null;
    const docx = typeof values.docx === "string" ? resolvePath(cwd, values.docx) : null;
    if (!output && !html && !docx && values.json !== true)
      throw new UsageError(
        "Ange var sammanställningen ska skrivas: -o fil.xlsx, --html fil.html, --docx kapitel.docx eller --json.",
        "consolidate",
      );
    const force = values.force === true;
    const previousFiles = Array.isArray(values.previous)
      ? values.previous.filter((v): v is string => typeof v === "string")
      : [];
    assertSeparateOutputs(
      [...positionals, ...previousFiles].map((file) => resolvePath(cwd, file)),
      [output, html, docx],
    );
    for (const target of [output, html, docx]) if (target) assertWritable(target, force);
    const profile = await loadProfileOption(
      typeof values.profile === "string" ? values.profile : undefined,
      cwd,
    );

    // cli-progress draws only on a terminal (noTTYOutput: false): elsewhere it is not loaded.
    const bar =
      positionals.length >= PROGRESS_FROM_FILES && process.stderr.isTTY
        ? new (await import("cli-progress")).SingleBar({
            format: "Läser {bar} {value}/{total} {file}",
            stream: process.stderr,
            hideCursor: true,
            noTTYOutput: false,
          })
        : null;
    bar?.start(positionals.length, 0, { file: "" });
    let summary: Summary;
    try {
      summary = await consolidateSources(
        positionals.map((file) => ({
          file: path.basename(file),
          open: () => openWorkbook(resolvePath(cwd, file)),
        })),
        {
          profile,
          now: new Date(),
          onProgress: (done, _total, file) => bar?.update(done, { file }),
        },
      );
    } finally {
      bar?.stop();
    }
    const previous = previousFiles;
    let previousUnreadable = false;
    if (previous.length > 0) {
      const period = await readPreviousPeriod(
        previous.map((file) => ({ file: path.basename(file), open: () => openWorkbook(resolvePath(cwd, file)) })),
        { profile, now: new Date() },
      );
      summary = withComparison(summary, period);
      previousUnreadable = period.problems.length > 0;
    }

    const written: string[] = [];
    if (output) {
      const workbook = FileWorkbook.create();
      await writeSummary(workbook, summary, profile);
      writeBytes(output, await workbookBytes(workbook), { force: true });
      written.push(output);
    }
    if (html) {
      writeBytes(html, summaryHtmlBytes(summary, profile), { force: true });
      written.push(html);
    }
    if (docx) {
      // docx is loaded only when a chapter is asked for.
      const { renderChapterDocx } = await import("../../core/consolidate/docx/chapter");
      writeBytes(docx, await renderChapterDocx(summary, profile), { force: true });
      written.push(docx);
    }
    if (values.json === true) writeJson(io, summaryJson(summary));
    else printSummary(io, summary, written);
    // SPEC: exit 2 when a file could not be read, a --previous file too (the summary is still made).
    const unreadable = previousUnreadable || summary.sources.some((s) => s.status === "error");
    return unreadable ? EXIT_UNREADABLE : EXIT_OK;
  },
};
