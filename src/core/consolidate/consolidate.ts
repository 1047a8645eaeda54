/**
 * Reports of all förvaltningar → one summary (SPEC §7). Pure: the caller reads every source first,
 * so the summary is computed only when all inputs are in (all or nothing).
 */
import type { Activity, RegisterEntry, Report, StatusCategory } from "../model";
import type { Profile } from "../profile/schema";
import { emptyCounts, type CategoryCounts } from "./category-counts";
import type {
  CoverageRow,
  Deviation,
  LongRow,
  OrganisationSummary,
  SourceSummary,
  StampState,
  Summary,
} from "./model";
import { STATUS_CATEGORIES } from "../model-lists";
import { PERIOD_LABELS } from "../template/layout";
import type { FindingCounts } from "../validate/validation-report";
import { submissionOverview } from "./submission";
import { countedAnywayRemark, duplicateWarning, findDuplicateSources, keptRemark, leftOutRemark, sourceKey } from "./duplicates";

export type ConsolidationInput =
  | {
      file: string;
      ok: true;
      report: Report;
      /** The report's counts from its validation (its task's stats): Källor shows them. */
      stats: FindingCounts;
      stamp: StampState;
      rowsRead: number;
      /** Register entries the source itself carries (its "Uppdrag" sheet or numbered list). */
      register?: RegisterEntry[];
      /**
       * SHA-256 of the report's canonical content: two sources with the same hash are one report.
       * Absent for a report no other can equal (readSources hashes only reports of one shape).
       */
      contentHash?: string;
      /** The workbook the report was read from (readSources' source index); the file name when absent. */
      workbook?: number;
    }
  | { file: string; ok: false; sheet?: string | null; error: string };

export interface ConsolidateOptions {
  /** The register of strategic assignments; merged with the registers found in the sources. */
  register: RegisterEntry[];
  profile: Profile;
  now: Date;
  /** Source keys (duplicates.ts sourceKey) of duplicates the user wants counted anyway. */
  countDuplicates?: readonly string[];
}

/** Thrown when the long table and the sources disagree: a wrong summary is never written. */
export class ConservationError extends Error {
  constructor(
    readonly sourceTotal: number,
    readonly tableRows: number,
  ) {
    super(
      `Radbalansen stämmer inte: källorna har ${sourceTotal} aktiviteter men sammanställningen ${tableRows}. Ingenting skrevs.`,
    );
    this.name = "ConservationError";
  }
}

const ON_TRACK: ReadonlySet<StatusCategory> = new Set(["done", "ongoing", "not_applicable"]);

const DEVIATION_REASONS: Partial<Record<StatusCategory, string>> = {
  delayed: "Försenad",
  cancelled: "Genomförs inte",
  postponed: "Flyttad",
  ambiguous: "Oklar status",
  missing: "Status saknas",
};

export function organisationName(report: Report, file: string): string {
  return report.organisation ?? report.board ?? file;
}

export function consolidate(inputs: readonly ConsolidationInput[], options: ConsolidateOptions): Summary {
  const rows: LongRow[] = [];
  const sources: SourceSummary[] = [];
  const deviations: Deviation[] = [];
  const organisations: string[] = [];
  const byOrganisation = new Map<string, CategoryCounts>();
  const byPerspective: Record<string, CategoryCounts> = {};
  const totalsByCategory = emptyCounts();
  let sourceTotal = 0;
  const duplicateOf = duplicatesByIndex(inputs);
  const countAnyway = new Set(options.countDuplicates ?? []);
  const warnings: string[] = [];

  for (const [index, input] of inputs.entries()) {
    if (!input.ok) {
      sources.push({
        file: input.file,
        sheet: input.sheet ?? null,
        organisation: null,
        year: null,
        period: null,
        rowsRead: 0,
        activities: 0,
        errors: 0,
        warnings: 0,
        stamp: "not_validated",
        status: "error",
        error: input.error,
        remarks: [],
        counted: false,
        duplicateOf: null,
      });
      continue;
    }
    const { report } = input;
    const organisation = organisationName(report, input.file);
    const duplicate = duplicateOf.get(index);
    const counted = !duplicate || countAnyway.has(sourceKey(input.file, report.sheet));
    const source: SourceSummary = {
      file: input.file,
      sheet: report.sheet,
      organisation,
      year: report.year,
      period: report.period,
      rowsRead: input.rowsRead,
      activities: report.activities.length,
      errors: input.stats.error,
      warnings: input.stats.warning,
      stamp: input.stamp,
      status: "ok",
      remarks: report.activities.length === 0 ? ["Inga aktiviteter hittades i källan."] : [],
      counted,
      duplicateOf: duplicate ?? null,
    };
    sources.push(source);
    if (duplicate) {
      source.remarks.unshift(counted ? countedAnywayRemark(duplicate, duplicate.reason) : leftOutRemark(duplicate, duplicate.reason));
      if (!counted) {
        warnings.push(duplicateWarning({ file: input.file, sheet: report.sheet, kept: duplicate }));
        continue;
      }
    }
    if (!byOrganisation.has(organisation)) {
      organisations.push(organisation);
      byOrganisation.set(organisation, emptyCounts());
    }
    const orgCounts = byOrganisation.get(organisation)!;
    sourceTotal += report.activities.length;
    for (const activity of report.activities) {
      const category = activity.status.category;
      orgCounts[category]++;
      totalsByCategory[category]++;
      const perspective = activity.perspective ?? "(utan perspektiv)";
      (byPerspective[perspective] ??= emptyCounts())[category]++;
      rows.push({
        organisation,
        board: report.board,
        year: report.year,
        period: report.period,
        activity,
        file: input.file,
      });
      const reason = deviationReason(activity, report.cutoff);
      if (reason) deviations.push(toDeviation(activity, organisation, input.file, reason));
    }
  }

  remarkKeptSources(sources);
  warnings.push(...mixedPeriodWarnings(sources));
  const register = mergeRegisters(options.register, inputs);
  if (register.length === 0) {
    warnings.push(
      "Inget uppdragsregister (blad \"Uppdrag\") fanns: täckningen visar bara de uppdragsnummer som aktiviteterna hänvisar till.",
    );
  }
  const summary: Summary = {
    generatedAt: options.now.toISOString(),
    organisations,
    totals: { activities: rows.length, byCategory: totalsByCategory, byPerspective },
    byOrganisation: organisations.map((organisation) => organisationSummary(organisation, byOrganisation.get(organisation)!)),
    coverage: coverageRows(register, organisations, rows),
    deviations,
    rows,
    sources,
    conservation: { sourceTotal, tableRows: rows.length, ok: sourceTotal === rows.length },
    warnings,
    submission: submissionOverview(sources, options.profile.forvaltningar),
  };
  assertConservation(summary);
  return summary;
}

/** The activities a source adds to the summary: none for one left out as a duplicate or unread. */
export function countedActivities(source: SourceSummary): number {
  return source.counted ? source.activities : 0;
}

export function assertConservation(summary: Summary): void {
  const fromSources = summary.sources.reduce((sum, source) => sum + countedActivities(source), 0);
  const fromCategories = STATUS_CATEGORIES.reduce((sum, category) => sum + summary.totals.byCategory[category], 0);
  if (fromSources !== summary.rows.length || fromCategories !== summary.rows.length || !summary.conservation.ok) {
    throw new ConservationError(fromSources, summary.rows.length);
  }
}

function deviationReason(activity: Activity, cutoff: string | null): string | null {
  const category = activity.status.category;
  const listed = DEVIATION_REASONS[category];
  if (listed) return listed;
  if (category === "not_started" && cutoff && activity.due.end && activity.due.end < cutoff) {
    return "Ej påbörjad efter slutdatum";
  }
  return null;
}

function toDeviation(activity: Activity, organisation: string, file: string, reason: string): Deviation {
  return {
    organisation,
    goal: activity.goal,
    activity: activity.activity,
    due: activity.due.raw,
    status: activity.status.label ?? activity.status.raw,
    category: activity.status.category,
    comment: activity.comment,
    reason,
    file,
    sheet: activity.source.sheet,
    row: activity.source.row,
  };
}

/** Green when at least 80 % of activities are on track (done, ongoing, not applicable), yellow from 60 %. */
function organisationSummary(organisation: string, counts: CategoryCounts): OrganisationSummary {
  const activities = STATUS_CATEGORIES.reduce((sum, category) => sum + counts[category], 0);
  const shares = Object.fromEntries(
    STATUS_CATEGORIES.map((category) => [category, activities === 0 ? 0 : counts[category] / activities]),
  ) as Record<StatusCategory, number>;
  const onTrack = STATUS_CATEGORIES.filter((category) => ON_TRACK.has(category)).reduce(
    (sum, category) => sum + shares[category],
    0,
  );
  const light = activities === 0 ? "grey" : onTrack >= 0.8 ? "green" : onTrack >= 0.6 ? "yellow" : "red";
  return { organisation, activities, byCategory: counts, shares, light };
}

function duplicatesByIndex(inputs: readonly ConsolidationInput[]): Map<number, NonNullable<SourceSummary["duplicateOf"]>> {
  const candidates = inputs.map((input) =>
    input.ok
      ? {
          file: input.file,
          workbook: input.workbook,
          sheet: input.report.sheet,
          organisation: input.report.organisation ?? input.report.board,
          year: input.report.year,
          period: input.report.period,
          contentHash: input.contentHash,
          stamp: input.stamp,
        }
      : null,
  );
  const byIndex = new Map<number, NonNullable<SourceSummary["duplicateOf"]>>();
  for (const duplicate of findDuplicateSources(candidates)) {
    const kept = candidates[duplicate.keptIndex]!;
    byIndex.set(duplicate.index, { file: kept.file, sheet: kept.sheet, reason: duplicate.reason });
  }
  return byIndex;
}

/** The counted source of a duplicate group names the copies, so Källor reads the same from both ends. */
function remarkKeptSources(sources: SourceSummary[]): void {
  for (const kept of sources) {
    const copies = sources.filter(
      (s) => s !== kept && s.duplicateOf && s.duplicateOf.file === kept.file && s.duplicateOf.sheet === kept.sheet && !kept.duplicateOf,
    );
    if (copies.length > 0) kept.remarks.push(keptRemark(copies));
  }
}

function mixedPeriodWarnings(sources: SourceSummary[]): string[] {
  const warnings: string[] = [];
  const ok = sources.filter((source) => source.status === "ok");
  const years = [...new Set(ok.map((source) => source.year ?? "okänt år"))];
  const periods = [...new Set(ok.map((source) => (source.period ? PERIOD_LABELS[source.period] : "okänd period")))];
  if (years.length > 1) warnings.push(`Källorna gäller olika år: ${years.join(", ")}.`);
  if (periods.length > 1) warnings.push(`Källorna gäller olika perioder: ${periods.join(", ")}.`);
  return warnings;
}

function mergeRegisters(given: RegisterEntry[], inputs: readonly ConsolidationInput[]): RegisterEntry[] {
  const byNumber = new Map<string, RegisterEntry>();
  const fromSources = inputs.flatMap((input) => (input.ok ? (input.register ?? []) : []));
  for (const entry of [...given, ...fromSources]) {
    if (byNumber.has(`${entry.year ?? ""}|${entry.number ?? entry.text}`)) continue;
    if (entry.scope !== "kommungemensamt") continue;
    byNumber.set(`${entry.year ?? ""}|${entry.number ?? entry.text}`, entry);
  }
  return [...byNumber.values()].sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
}

/** Every kommungemensamt uppdrag × every organisation; register-less references get rows of their own. */
function coverageRows(register: RegisterEntry[], organisations: string[], rows: LongRow[]): CoverageRow[] {
  type Cell = CoverageRow["cells"][number]["activities"];
  const byNumber = new Map<number, Map<string, Cell>>();
  for (const row of rows) {
    for (const ref of row.activity.assignmentRefs) {
      if (ref.number === null || (ref.scope !== "kommungemensamt" && ref.scope !== "unspecified")) continue;
      const byOrganisation = byNumber.get(ref.number) ?? new Map<string, Cell>();
      byNumber.set(ref.number, byOrganisation);
      const cell = byOrganisation.get(row.organisation) ?? [];
      byOrganisation.set(row.organisation, cell);
      cell.push({
        activity: row.activity.activity,
        category: row.activity.status.category,
        status: row.activity.status.label ?? row.activity.status.raw,
      });
    }
  }
  const entries: { number: number | null; text: string }[] = register.map((entry) => ({ number: entry.number, text: entry.text }));
  const known = new Set(entries.map((entry) => entry.number));
  for (const row of rows) {
    for (const ref of row.activity.assignmentRefs) {
      if (ref.scope === "kommungemensamt" && ref.number !== null && !known.has(ref.number)) {
        known.add(ref.number);
        entries.push({ number: ref.number, text: "(finns inte i registret)" });
      }
    }
  }
  entries.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
  return entries.map((entry) => ({
    number: entry.number,
    text: entry.text,
    cells: organisations.map((organisation) => ({
      organisation,
      activities: (entry.number === null ? undefined : byNumber.get(entry.number)?.get(organisation)) ?? [],
    })),
  }));
}
