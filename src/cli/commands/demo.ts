/**
 * `demo [-o mapp] [--examples mapp]`: the README's main job. Renders the example workbooks
 * (the seed reports as their förvaltningar filled them in, plus clean templates), structures and
 * validates every one of them, prints a findings table, consolidates the seed reports and writes
 * out/sammanstallning.xlsx and out/sammanstallning.html. Everything is regenerated (overwritten),
 * so the demo can be run again and again on a fresh clone.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { renderSummaryHtml, type Summary } from "../../core/consolidate";
import { standardProfile } from "../../core/profile/load";
import { checkWorkbook, consolidateSources, writeSummary } from "../../core/workflow";
import {
  allFindings,
  failedTasks,
  reportTasks,
  type ValidationReport,
} from "../../core/validate/validation-report";
import { FileWorkbook } from "../../workbook/file";
import type { CliCommand } from "../command";
import { CliError, EXIT_OK, UsageError } from "../errors";
import { openWorkbook, resolvePath, workbookBytes, writeBytes } from "../files";
import type { CliIo } from "../io";
import { categoryCounts, count } from "../output";
import { renderExamples } from "./examples";

/** lib/cli/commands/ and src/cli/commands/ both sit three folders below the package root. */
const PACKAGE_ROOT = path.resolve(__dirname, "..", "..", "..");
const FIXTURE_DIR = path.join(PACKAGE_ROOT, "examples", "seeds");
/** The clean templates are examples too, but have nothing to consolidate. */
const TEMPLATE_PREFIX = "mall-";
const TOP_RULES = 3;

export interface ExampleCheck {
  file: string;
  activities: number;
  errors: number;
  warnings: number;
  infos: number;
  /** The most frequent rules, most frequent first. */
  topRules: { rule: string; count: number }[];
  /** Sheets without an activity table, or why the file could not be read. */
  problems: string[];
}

export function summariseCheck(file: string, validation: ValidationReport): ExampleCheck {
  const byRule = new Map<string, number>();
  for (const finding of allFindings(validation))
    byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
  const topRules = [...byRule]
    .map(([rule, n]) => ({ rule, count: n }))
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule))
    .slice(0, TOP_RULES);
  const { stats } = validation;
  return {
    file,
    activities: stats.activities,
    errors: stats.error,
    warnings: stats.warning,
    infos: stats.info,
    topRules,
    problems:
      reportTasks(validation).length === 0 ? failedTasks(validation).map((task) => task.message) : [],
  };
}

/** A plain text table: the last column is left free so long rule lists never get cut. */
export function findingsTable(checks: readonly ExampleCheck[]): string {
  const header = ["Fil", "Aktiviteter", "Fel", "Varningar", "Info", "Vanligaste regler"];
  const rows = checks.map((c) => [
    c.file,
    String(c.activities),
    String(c.errors),
    String(c.warnings),
    String(c.infos),
    c.problems.length > 0
      ? c.problems.join(" ")
      : c.topRules.map((r) => `${r.rule} ×${r.count}`).join(", ") || "–",
  ]);
  const sum = (pick: (c: ExampleCheck) => number) =>
    String(checks.reduce((s, c) => s + pick(c), 0));
  const total = [
    "Totalt",
    sum((c) => c.activities),
    sum((c) => c.errors),
    sum((c) => c.warnings),
    sum((c) => c.infos),
    "",
  ];
  const all = [header, ...rows, total];
  const widths = header.map((_, i) =>
    all.reduce((width, row) => Math.max(width, row[i]!.length), 0),
  );
  const numeric = (i: number) => i >= 1 && i <= 4;
  const line = (row: string[]) =>
    `  ${row
      .map((cell, i) =>
        i === row.length - 1
          ? cell
          : numeric(i)
            ? cell.padStart(widths[i]!)
            : cell.padEnd(widths[i]!),
      )
      .join("  ")
      .trimEnd()}\n`;
  const rule = `  ${widths.map((w, i) => "─".repeat(i === widths.length - 1 ? Math.max(w, 17) : w)).join("  ")}\n`;
  return [line(header), rule, ...rows.map(line), rule, line(total)].join("");
}

function printSummary(io: CliIo, summary: Summary): void {
  const { totals } = summary;
  io.stdout(
    `  ${count(summary.sources.length, "källa", "källor")}, ${count(totals.activities, "aktivitet", "aktiviteter")}, ${count(summary.deviations.length, "avvikelse", "avvikelser")}\n`,
  );
  const width = summary.byOrganisation.reduce(
    (width, o) => Math.max(width, o.organisation.length),
    0,
  );
  for (const org of summary.byOrganisation) {
    const parts = categoryCounts(org.byCategory);
    io.stdout(
      `  ${org.organisation.padEnd(width)}  ${String(org.activities).padStart(3)}${parts ? `  (${parts})` : ""}\n`,
    );
  }
  const { conservation } = summary;
  io.stdout(
    `  Radbalans: ${conservation.tableRows} rader i Alla aktiviteter = ${conservation.sourceTotal} aktiviteter i källorna${conservation.ok ? " ✓" : " – STÄMMER INTE"}\n`,
  );
  for (const warning of summary.warnings) io.stdout(`  Obs: ${warning}\n`);
  for (const source of summary.sources.filter((s) => s.status === "error"))
    io.stdout(`  Kunde inte läsas: ${source.file} – ${source.error}\n`);
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1).replace(".", ",")} s`;
}

export const demoCommand: CliCommand = {
  name: "demo",
  summary:
    "Visa hela flödet på exempelfilerna: kontrollera, sammanställ och skriv out/sammanstallning.xlsx och .html.",
  help: [
    "Användning: uppfoljning demo [-o mapp] [--examples mapp]",
    "",
    "Skapar exempelarbetsböckerna (förvaltningarnas uppföljningar och tomma mallar), strukturerar och",
    "kontrollerar var och en, skriver en tabell över anmärkningarna, sammanställer uppföljningarna och",
    "skriver sammanstallning.xlsx och sammanstallning.html. Befintliga filer skrivs över.",
    "",
    "  -o, --output <mapp>       var sammanställningen skrivs (standard out/ i projektet)",
    "  --examples <mapp>         var exempelfilerna skapas (standard assets/examples/ i projektet)",
    "",
    "Slutkod: 0 = klart, 2 = exempelfilerna kunde inte skapas eller läsas.",
  ].join("\n"),
  options: {
    output: { type: "string", short: "o" },
    examples: { type: "string" },
  },
  async run({ values, positionals, io, cwd }) {
    if (positionals.length > 0)
      throw new UsageError(`Oväntat argument: ${positionals[0]}.`, "demo");
    const outDir =
      typeof values.output === "string"
        ? resolvePath(cwd, values.output)
        : path.join(PACKAGE_ROOT, "out");
    const exampleDir =
      typeof values.examples === "string"
        ? resolvePath(cwd, values.examples)
        : path.join(PACKAGE_ROOT, "assets", "examples");
    if (!fs.existsSync(FIXTURE_DIR))
      throw new CliError(
        `Exemplens underlag saknas: ${FIXTURE_DIR}. Kör demot i en klon av projektet.`,
      );
    const shown = (file: string) => {
      const relative = path.relative(cwd, file);
      return relative.startsWith("..") ? file : relative;
    };
    const started = performance.now();

    io.stdout("Uppföljning – demo\n\n");
    io.stdout(`1. Skapar exempelarbetsböcker i ${shown(exampleDir)}\n`);
    const files = await renderExamples(FIXTURE_DIR, exampleDir);
    const reports = files.filter((f) => !path.basename(f).startsWith(TEMPLATE_PREFIX));
    io.stdout(
      `   ${count(reports.length, "förvaltnings uppföljning", "förvaltningars uppföljningar")} och ${count(files.length - reports.length, "tom mall", "tomma mallar")}\n\n`,
    );

    io.stdout(
      "2. Strukturerar och kontrollerar varje exempel (standardprofilen, rapportens eget avstämningsdatum)\n\n",
    );
    const checks: ExampleCheck[] = [];
    for (const file of files) {
      const workbook = await openWorkbook(file);
      checks.push(
        summariseCheck(
          path.basename(file),
          await checkWorkbook(workbook, { profile: standardProfile, file: path.basename(file) }),
        ),
      );
    }
    io.stdout(findingsTable(checks));
    io.stdout("\n   Detaljer per cell: npx uppfoljning validate assets/examples/<fil>.xlsx\n");
    io.stdout(
      "   (De tomma mallarna har ännu ingen förvaltning och inget år – därav felen meta.missing.)\n\n",
    );

    io.stdout(
      `3. Sammanställer förvaltningarnas ${count(reports.length, "uppföljning", "uppföljningar")} (mallarna tas inte med)\n\n`,
    );
    const summary = await consolidateSources(
      reports.map((file) => ({ file: path.basename(file), open: () => openWorkbook(file) })),
      { profile: standardProfile, now: new Date() },
    );
    printSummary(io, summary);

    const xlsx = path.join(outDir, "sammanstallning.xlsx");
    const html = path.join(outDir, "sammanstallning.html");
    const workbook = FileWorkbook.create();
    await writeSummary(workbook, summary, standardProfile);
    writeBytes(xlsx, await workbookBytes(workbook), { force: true });
    writeBytes(html, new TextEncoder().encode(renderSummaryHtml(summary, standardProfile)), {
      force: true,
    });

    io.stdout(`\nKlart på ${seconds(started)}. Resultat:\n`);
    const sheetNames = (await workbook.listSheets())
      .filter((sheet) => sheet.visibility === "visible")
      .map((sheet) => sheet.name);
    io.stdout(`  ${shown(xlsx)}   arbetsbok: ${sheetNames.join(", ")}\n`);
    io.stdout(`  ${shown(html)}   fristående rapport med diagram – öppna i en webbläsare\n`);
    return EXIT_OK;
  },
};
