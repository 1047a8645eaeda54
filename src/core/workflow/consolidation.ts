/**
 * Consolidation as a use case: read every source first (all or nothing), then compute the
 * summary, then write it. One unreadable source never stops the others: it gets its reason.
 */
import type { Profile } from "../profile/schema";
import type { RegisterEntry } from "../model";
// The modules themselves, not the barrel: it brings the summary's zod schemas.
import { assertConservation, consolidate, type ConsolidationInput } from "../consolidate/consolidate";
import { buildSummarySheets } from "../consolidate/sheets";
import type { Summary } from "../consolidate/model";
import { fitSheetTexts } from "../consolidate/cell-text-limit";
import { REGISTER_SHEET } from "../template";
import { isSummaryCoverage, type GivenMeta } from "./workbook";
import type { WorkbookPort } from "../port";
import { reportHash } from "../stamp/stamp";
import { contentShape } from "../stamp/canonical";
import { checkWorkbook } from "./workbook";
import { failedTasks, reportTasks } from "../validate/validation-report";
import { workbookStampState } from "./submission";

export interface ConsolidationSource {
  /** A file name, or "Blad X" for a sheet in the open workbook. */
  file: string;
  open: () => Promise<WorkbookPort>;
  /** Only these sheets (template sheets the user picked); all report sheets when absent. */
  sheets?: string[];
  /** How the source was checked elsewhere (the pane's Kontrollera): the same cut-off and details, so one report has one count. */
  check?: { cutoff?: string; meta?: GivenMeta };
}

export interface ConsolidationRun {
  profile: Profile;
  now: Date;
  register?: RegisterEntry[];
  /** Source keys of duplicates to count anyway (core/consolidate/duplicates.ts). */
  countDuplicates?: readonly string[];
  onProgress?: (done: number, total: number, file: string) => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : "Okänt fel vid läsning.";
}

/**
 * Gives a content hash to every report that shares its shape (canonical.ts) with another: only
 * those can be the same content (duplicates.ts). A report alone in its shape, as each of fifty
 * förvaltningar's is, is not hashed: SHA-256 of 25,000 activities' content costs about 100 ms.
 */
async function hashPossibleTwins(inputs: ConsolidationInput[]): Promise<void> {
  const byShape = new Map<string, number[]>();
  inputs.forEach((input, i) => {
    if (!input.ok) return;
    const shape = contentShape(input.report);
    const same = byShape.get(shape);
    if (same) same.push(i);
    else byShape.set(shape, [i]);
  });
  for (const indices of byShape.values()) {
    if (indices.length < 2) continue;
    for (const i of indices) {
      const input = inputs[i]!;
      if (!input.ok) continue;
      try {
        inputs[i] = { ...input, contentHash: await reportHash(input.report) };
      } catch (error) {
        // No Web Crypto: the source is listed with the reason, as any source that cannot be read.
        inputs[i] = { file: input.file, ok: false, error: messageOf(error) };
      }
    }
  }
}

export async function readSources(sources: readonly ConsolidationSource[], run: ConsolidationRun): Promise<ConsolidationInput[]> {
  const inputs: ConsolidationInput[] = [];
  let done = 0;
  for (const [index, source] of sources.entries()) {
    try {
      const port = await source.open();
      const validation = await checkWorkbook(port, { profile: run.profile, file: source.file, ...source.check });
      const tasks = reportTasks(validation);
      const picked = tasks.filter((task) => !source.sheets || source.sheets.includes(task.sheet));
      const stamp = await workbookStampState(port, tasks.map((task) => task.report));
      if (picked.length === 0) {
        const why = failedTasks(validation).map((task) => task.message).join(" ") || "Ingen aktivitetstabell hittades.";
        inputs.push({ file: source.file, ok: false, error: why });
      }
      for (const task of picked) {
        inputs.push({
          file: source.file,
          ok: true,
          report: task.report,
          stats: task.stats,
          stamp,
          rowsRead: task.rowsRead,
          register: validation.register,
          workbook: index,
        });
      }
    } catch (error) {
      inputs.push({ file: source.file, ok: false, error: messageOf(error) });
    }
    run.onProgress?.(++done, sources.length, source.file);
  }
  // The duplicate check compares content, not file names (core/consolidate/duplicates.ts).
  await hashPossibleTwins(inputs);
  return inputs;
}

export async function consolidateSources(sources: readonly ConsolidationSource[], run: ConsolidationRun): Promise<Summary> {
  const inputs = await readSources(sources, run);
  return consolidate(inputs, {
    register: run.register ?? [],
    profile: run.profile,
    now: run.now,
    countDuplicates: run.countDuplicates,
  });
}

/**
 * Writes the five summary sheets in one go, replacing earlier ones. In a workbook with an
 * "Uppdrag" sheet of its own (the template's register, or a förvaltning's own list of uppdrag as
 * in AN 2024) the coverage sheet is named "Uppdragstäckning", so that sheet is never
 * overwritten; only an earlier summary's coverage sheet is replaced. Texts longer than Excel's cell limit are cut with a
 * marker (cell-text-limit.ts) so one odd source cannot stop the write.
 */
export async function writeSummary(port: WorkbookPort, summary: Summary, profile: Profile): Promise<string[]> {
  // Enforced, not only shown: a summary whose counts disagree is never written (ConservationError).
  assertConservation(summary);
  const sheets = buildSummarySheets(summary, profile).map(fitSheetTexts);
  const existing = await port.listSheets();
  const hasRegister =
    existing.some((s) => s.name === REGISTER_SHEET) && !isSummaryCoverage(await port.readSheet(REGISTER_SHEET));
  if (hasRegister) {
    for (const sheet of sheets) if (sheet.name === REGISTER_SHEET) sheet.name = "Uppdragstäckning";
  }
  await port.writeSheets(sheets);
  return sheets.map((s) => s.name);
}
