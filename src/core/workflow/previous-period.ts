/**
 * The previous period for "Jämförelse med förra perioden": a summary workbook written earlier
 * (its "Alla aktiviteter" sheet) or the förvaltningar's reports of that period, read like the
 * current ones (duplicates counted once). Then compared with the current summary.
 */
import type { Profile } from "../profile/schema";
import { consolidate } from "../consolidate/consolidate";
import type { Summary } from "../consolidate/model";
import { comparePeriods, periodActivitiesFromRows, type PeriodActivity } from "../consolidate/period-changes";
import { LONG_TABLE_SHEET, periodActivitiesFromLongTable } from "../consolidate/previous-period";
import { readSources, type ConsolidationSource } from "./consolidation";

export interface PreviousPeriod {
  activities: PeriodActivity[];
  sources: string[];
  /** Swedish: sources of the previous period that could not be read. */
  problems: string[];
}

export async function readPreviousPeriod(sources: readonly ConsolidationSource[], options: { profile: Profile; now: Date }): Promise<PreviousPeriod> {
  const activities: PeriodActivity[] = [];
  const problems: string[] = [];
  const reports: ConsolidationSource[] = [];
  for (const source of sources) {
    try {
      const port = await source.open();
      const sheets = await port.listSheets();
      const fromSummary = sheets.some((s) => s.name === LONG_TABLE_SHEET)
        ? periodActivitiesFromLongTable(await port.readSheet(LONG_TABLE_SHEET), options.profile)
        : null;
      if (fromSummary) activities.push(...fromSummary);
      else reports.push({ ...source, open: async () => port });
    } catch (error) {
      problems.push(`${source.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (reports.length > 0) {
    const inputs = await readSources(reports, { profile: options.profile, now: options.now });
    for (const input of inputs) if (!input.ok) problems.push(`${input.file}: ${input.error}`);
    const summary = consolidate(inputs, { register: [], profile: options.profile, now: options.now });
    activities.push(...periodActivitiesFromRows(summary.rows));
  }
  return { activities, sources: sources.map((s) => s.file), problems };
}

/** The summary with its comparison to the previous period attached (the sheet, HTML, Word and JSON read it there). */
export function withComparison(summary: Summary, previous: PreviousPeriod): Summary {
  const comparison = comparePeriods(previous.activities, periodActivitiesFromRows(summary.rows), previous.sources);
  const warnings = previous.problems.map((problem) => `Förra perioden: ${problem}`);
  return { ...summary, comparison, warnings: [...summary.warnings, ...warnings] };
}
