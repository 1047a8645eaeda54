/**
 * The app's use cases over a WorkbookPort: read, structure, check, insert. The task pane and the
 * CLI both call these, so a workbook is handled the same way in Excel and on the command line.
 * Everything is computed first and written at the end (nothing half-written).
 */
import type { Finding, RegisterEntry, Report, ReportMeta } from "../model";
import type { Grid } from "../grid";
import type { Profile } from "../profile/schema";
import { standardProfile } from "../profile/standard-profile";
import { structureGrid, structureSheets } from "../structure/structure";
import type { StructureResult, StructureSuccess } from "../structure/report";
import { validateReport } from "../validate";
import { buildValidationReport, type CheckedSheet, type ValidationReport } from "../validate/validation-report";
import {
  DEFAULT_TEMPLATE_SHEET,
  TABLE_HEADER_ROW,
  templateColumn,
  PROFILE_SETTING,
  REGISTER_SHEET,
  TABLE_NAME,
  TEMPLATE_COLUMNS,
  buildTemplateSheets,
  emptyMeta,
} from "../template";
import { COVERAGE_TITLE, SUMMARY_SHEET_NAMES } from "../consolidate/sheets";
import type { Lang } from "../i18n";
import { SETTINGS_SHEET, type WorkbookPort } from "../port";
import { CHANGE_LOG_SHEET } from "../fix/changelog";

/** Sheets the add-in writes itself: never read as a förvaltning's report. */
const OWN_SHEETS = new Set<string>([SETTINGS_SHEET, CHANGE_LOG_SHEET, ...SUMMARY_SHEET_NAMES.filter((n) => n !== REGISTER_SHEET)]);

export interface WorkbookReading {
  grids: Grid[];
  results: StructureResult[];
  register: RegisterEntry[];
}

/**
 * Reads every sheet that could hold a report (and the register) and structures them: the sheets
 * a user can see or unhide, not the add-in's own (settings, lists, change log, summary).
 */
export async function readWorkbook(port: WorkbookPort, options: { profile: Profile; file?: string }): Promise<WorkbookReading> {
  const sheets = await port.listSheets();
  const names = sheets.filter((s) => s.visibility !== "veryHidden" && !OWN_SHEETS.has(s.name)).map((s) => s.name);
  const grids: Grid[] = [];
  for (const name of names) {
    const grid = await port.readSheet(name);
    // A summary's coverage sheet named "Uppdrag" lists uppdrag too, but it is no register.
    if (!isSummaryCoverage(grid)) grids.push(grid);
  }
  const results = structureSheets(grids, { profile: options.profile, file: options.file });
  const register = firstRegister(results);
  return { grids, results, register };
}

/** The coverage sheet a summary wrote (its title in A1), as opposed to a register sheet. */
export function isSummaryCoverage(grid: Grid): boolean {
  return grid.rows[0]?.[0]?.text === COVERAGE_TITLE;
}

function firstRegister(results: StructureResult[]): RegisterEntry[] {
  for (const result of results) if (result.ok && result.register.length > 0) return result.register;
  return [];
}

/**
 * Report details given outside the sheet (the pane's Inställningar): they count as the report's
 * own where the sheet leaves them empty, so "Rapporten saknar förvaltning" goes once they are filled in.
 */
export type GivenMeta = Partial<Pick<ReportMeta, "organisation" | "board" | "year" | "period">>;

export function withGivenMeta(report: Report, given: GivenMeta | undefined): Report {
  if (!given) return report;
  const filled = { ...report };
  let changed = false;
  for (const key of ["organisation", "board", "year", "period"] as const) {
    const value = given[key];
    if ((report[key] === null || report[key] === "") && value !== undefined && value !== null && value !== "") {
      (filled as Record<string, unknown>)[key] = value;
      changed = true;
    }
  }
  return changed ? filled : report;
}

export interface CheckOptions {
  profile: Profile;
  cutoff?: string;
  lang?: Lang;
  file?: string;
  meta?: GivenMeta;
}

/** Structures and validates every report sheet of a workbook: its validation report. */
export async function checkWorkbook(port: WorkbookPort, options: CheckOptions): Promise<ValidationReport> {
  const reading = await readWorkbook(port, options);
  return checkReading(reading, options);
}

/** A report sheet written by "Infoga mall" or by structuring: the standard table at its place. */
export function isTemplateReport(report: Report): boolean {
  const columns = report.columns ?? {};
  return (
    report.headerRow === TABLE_HEADER_ROW &&
    columns.perspective === templateColumn("perspective") &&
    columns.status === templateColumn("status") &&
    columns.comment === templateColumn("comment")
  );
}

/**
 * The reports a workbook submits: its standard template sheets when it has any (the sheet a
 * förvaltning filled in before structuring stays as a source, not a second report), else every
 * activity sheet.
 */
export function reportsInForce(results: readonly StructureResult[]): StructureSuccess[] {
  const reports = results.filter((r): r is StructureSuccess => r.ok);
  const templates = reports.filter((r) => isTemplateReport(r.report));
  return templates.length > 0 ? templates : reports;
}

/**
 * The validation report of a workbook already read: a task per report sheet in force and per
 * sheet that could not be structured, in the workbook's order.
 */
export function checkReading(reading: WorkbookReading, options: CheckOptions): ValidationReport {
  const sheets: CheckedSheet[] = [];
  const inForce = new Set(reportsInForce(reading.results));
  for (const result of reading.results) {
    if (!result.ok) {
      sheets.push({ sheet: result.sheet, message: result.message });
      continue;
    }
    if (!inForce.has(result)) continue;
    const grid = reading.grids.find((g) => g.sheet === result.report.sheet);
    const report = withGivenMeta(result.report, options.meta);
    const findings: Finding[] = validateReport(report, {
      profile: options.profile,
      register: reading.register.length > 0 ? reading.register : undefined,
      cutoff: options.cutoff,
      grid,
      lang: options.lang,
    });
    sheets.push({ sheet: report.sheet, report, findings, rowsRead: result.stats.rowsRead });
  }
  return buildValidationReport(sheets, reading.register);
}

/** Sheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, " ").trim().slice(0, 31) || "Blad";
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Inserts an empty standard template (and the Uppdrag sheet when the workbook has none). */
export async function insertTemplate(
  port: WorkbookPort,
  options: { meta?: Partial<ReportMeta>; profile: Profile; register?: RegisterEntry[] },
): Promise<{ sheet: string }> {
  const taken = new Set((await port.listSheets()).map((s) => s.name));
  const sheet = safeSheetName(DEFAULT_TEMPLATE_SHEET, taken);
  const meta = { ...emptyMeta(options.profile.id), ...options.meta, profile: options.profile.id };
  const specs = buildTemplateSheets({ meta, activities: [], profile: options.profile, register: options.register ?? [], sheetName: sheet });
  await port.writeSheets(taken.has(REGISTER_SHEET) ? specs.filter((s) => s.name !== REGISTER_SHEET) : specs);
  return { sheet };
}

/**
 * Structures one sheet into a new standard template sheet next to it; the source sheet is never
 * touched. The structuring report says what was read, inferred and not placed.
 */
export async function structureSheetIntoTemplate(
  port: WorkbookPort,
  sourceSheet: string,
  options: { profile: Profile; file?: string; lang?: Lang },
): Promise<{ sheet: string | null; result: StructureResult }> {
  const sheets = await port.listSheets();
  const taken = new Set(sheets.map((s) => s.name));
  const others = sheets.filter((s) => s.name !== sourceSheet && s.visibility === "visible" && !OWN_SHEETS.has(s.name));
  const grids = [await port.readSheet(sourceSheet)];
  // A register on another sheet (the template's "Uppdrag") is read too, so references resolve.
  if (others.some((s) => s.name === REGISTER_SHEET)) grids.push(await port.readSheet(REGISTER_SHEET));
  const structureOptions = { profile: options.profile, file: options.file, lang: options.lang };
  // A sheet without an activity table (a register, say) gets the engine's own "no header" message.
  const result =
    structureSheets(grids, structureOptions).find((r) => (r.ok ? r.report.sheet : r.sheet) === sourceSheet) ??
    structureGrid(grids[0]!, structureOptions);
  if (!result.ok) return { sheet: null, result };
  const sheet = safeSheetName(`${sourceSheet} (mall)`, taken);
  const { report, register } = result;
  // Table and header-cell names are workbook-wide: next to a template already there (the last
  // period's sheet, structured), the new one gets a numbered table and no header-cell names, as
  // buildTemplateWorkbook does for its second sheet.
  const earlier = await templateSheetCount(port, others.map((s) => s.name).filter((name) => name !== REGISTER_SHEET));
  const naming = earlier === 0 ? {} : { tableName: `${TABLE_NAME}${earlier + 1}`, defineNames: false };
  const specs = buildTemplateSheets({ meta: report, activities: report.activities, profile: options.profile, register, sheetName: sheet, ...naming });
  await port.writeSheets(taken.has(REGISTER_SHEET) ? specs.filter((s) => s.name !== REGISTER_SHEET) : specs);
  return { sheet, result };
}

/** How many of the sheets are standard templates (their header row is the template's, at its row). */
async function templateSheetCount(port: WorkbookPort, names: readonly string[]): Promise<number> {
  const titles = TEMPLATE_COLUMNS.map((column) => column.title);
  let count = 0;
  for (const name of names) {
    const header = (await port.readSheet(name)).rows[TABLE_HEADER_ROW - 1] ?? [];
    if (titles.every((title, i) => header[i]?.text.trim() === title)) count++;
  }
  return count;
}

/** The profile stored in the workbook, or the standard profile when none (or an invalid one) is stored. */
export async function loadProfile(port: WorkbookPort): Promise<{ profile: Profile; problem?: string }> {
  const stored = await port.getSetting(PROFILE_SETTING);
  if (!stored) return { profile: standardProfile };
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return { profile: standardProfile, problem: "Den sparade profilen är inte giltig JSON; standardprofilen används." };
  }
  const { parseProfile } = await import("../profile/load");
  const parsed = parseProfile(json);
  return parsed.ok
    ? { profile: parsed.profile }
    : { profile: standardProfile, problem: `Den sparade profilen är ogiltig (${parsed.errors.join("; ")}); standardprofilen används.` };
}

export async function saveProfile(port: WorkbookPort, profile: Profile): Promise<void> {
  await port.setSetting(PROFILE_SETTING, JSON.stringify(profile));
}
