/**
 * What the pane's views can do, as one interface. The views never touch Excel.* or ExcelJS:
 * they call PaneServices, which wraps the core workflow around a WorkbookPort (OfficeWorkbook
 * inside Excel, FileWorkbook in standalone mode). Tests pass a fake.
 *
 * The workflow (core + zod) and the file adapter (ExcelJS) are loaded with dynamic import() on
 * first use, so the pane's initial bundle holds only React, Fluent UI and this shell.
 */
import type { Finding, ReportMeta } from "../core/model";
import type { MappedField, Profile } from "../core/profile/schema";
import type { MappingProposal } from "../core/structure";
import type { ProfileResult } from "../core/profile/load";
import type { StructureResult } from "../core/structure/report";
import type { StampState, Summary } from "../core/consolidate/model";
import type { Lang } from "../core/i18n/types";
import type { Stamp } from "../core/stamp/stamp";
import type { WorkbookPort } from "../core/port";
import type { SkippedCell } from "../core/fix/plan";
import type { ValidationReport } from "../core/validate/validation-report";
import type * as CoreWorkflow from "../core/workflow";
import type { ConsolidationSource } from "../core/workflow/consolidation";
import type { MarksBySheet } from "../core/workflow/marks";

export type { StampState, Summary } from "../core/consolidate/model";
export type { StructureResult } from "../core/structure/report";
export type { Finding, ReportMeta } from "../core/model";
export type { Profile } from "../core/profile/schema";
export type { SkippedCell } from "../core/fix/plan";

export interface LoadedProfile {
  profile: Profile;
  problem?: string;
}

export type HostMode = "excel" | "standalone";

export interface TemplateSheetInfo {
  name: string;
  isTemplate: boolean;
}

/** What Kontrollera gets back: the workbook's validation report (core/validate/validation-report.ts). */
export type { ValidationReport } from "../core/validate/validation-report";

export interface ApplyOutcome {
  applied: number;
  skipped: SkippedCell[];
  planId: string;
}

export interface RevertOutcome {
  reverted: number;
  skipped: SkippedCell[];
  /** Swedish, e.g. when there was nothing to undo. */
  message?: string;
}

export type StampOutcome = { ok: true; stamp: Stamp; message?: string } | { ok: false; message: string; errors: number };

/** An .xlsx the user picked (or an example): its name and a way to read its bytes. */
export interface PickedFile {
  name: string;
  bytes: () => Promise<Uint8Array>;
}

/** A result offered as a download in standalone mode. */
export interface DownloadFile {
  fileName: string;
  bytes: Uint8Array;
  mimeType: string;
}

export interface ConsolidateRequest {
  /** Template sheets of the open workbook to include. */
  sheets: string[];
  files: PickedFile[];
  /** Duplicates to count anyway, by source key (core/consolidate/duplicates.ts); none by default. */
  countDuplicates?: string[];
}

/** Report details from Inställningar: they count where the sheet leaves its own empty. */
export type GivenMeta = Partial<Pick<ReportMeta, "organisation" | "board" | "year" | "period">>;

export interface CheckOptions {
  /** ISO date; null/undefined = derived from year and period. */
  cutoff?: string | null;
  lang: Lang;
  meta?: GivenMeta;
}

export interface PaneServices {
  readonly mode: HostMode;
  /** The open workbook's name in standalone mode ("" inside Excel); null when none is open. */
  readonly workbookName: string | null;
  listTemplateSheets(): Promise<TemplateSheetInfo[]>;
  insertTemplate(meta: Partial<ReportMeta>): Promise<{ sheet: string }>;
  /** `sheet` is the new template sheet, null when the source could not be structured; notes in `lang`. */
  structureSheet(sourceSheet: string, lang?: Lang): Promise<{ sheet: string | null; result: StructureResult }>;
  check(options: CheckOptions): Promise<ValidationReport>;
  applyFixes(findings: Finding[], lang?: Lang): Promise<ApplyOutcome>;
  revertLastFixes(lang?: Lang): Promise<RevertOutcome>;
  select(sheet: string, cell: string): Promise<void>;
  stamp(lang?: Lang, meta?: GivenMeta): Promise<StampOutcome>;
  readStampState(meta?: GivenMeta): Promise<StampState>;
  consolidate(request: ConsolidateRequest, onProgress: (done: number, total: number) => void): Promise<Summary>;
  /** Writes the five summary sheets into the open workbook (inside Excel). */
  writeSummary(summary: Summary): Promise<void>;
  /** The profile in force; `problem` (Swedish) when a stored profile was invalid and the standard one is used. */
  loadProfile(): Promise<LoadedProfile>;
  saveProfile(profile: Profile): Promise<void>;
  /** Parses a profile file's text; Swedish errors on anything wrong. */
  parseProfileText(text: string): Promise<ProfileResult>;
  /** "Rensa markeringar": removes the add-in's marks of the last check (or of every sheet). */
  clearMarks?: () => Promise<void>;
  /** "Vilken kolumn är vad?": a sheet's header row, first rows and the structurer's guess per column. */
  previewColumns?: (sheet: string) => Promise<MappingProposal>;
  /** Saves a column mapping in the workbook's profile (replacing one of the same shape); structuring uses it from then on. */
  saveColumnMapping?: (headers: readonly string[], fields: readonly MappedField[]) => Promise<void>;
  /** Live re-validation (Excel only): calls back when the template table changes; resolves to an unsubscribe. */
  watchTemplate?: (onChange: () => void) => Promise<() => Promise<void>>;
  /** Standalone only: the open workbook as a download named "<name>-<suffix>.xlsx". */
  exportWorkbook?: (suffix: string) => Promise<DownloadFile>;
  /** Standalone only: the summary as its own workbook ("sammanstallning.xlsx"). */
  exportSummary?: (summary: Summary) => Promise<DownloadFile>;
  /** The summary as a chapter for Word ("kapitel.docx"); docx is loaded on first use. */
  exportChapter?: (summary: Summary) => Promise<DownloadFile>;
}

/**
 * The workflow functions the services are built from, typed by src/core/workflow itself (a
 * type-only import: the workflow stays in its own chunk, loaded by loadWorkflow).
 */
export type Workflow = Pick<
  typeof CoreWorkflow,
  | "listTemplateSheets"
  | "insertTemplate"
  | "structureSheetIntoTemplate"
  | "checkWorkbook"
  | "applyFixes"
  | "revertLastFixes"
  | "stampWorkbook"
  | "readStampState"
  | "consolidateSources"
  | "writeSummary"
  | "loadProfile"
  | "saveProfile"
  | "markFindings"
  | "applyMarks"
  | "withoutCells"
  | "clearMarks"
>;

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const SUMMARY_FILE_NAME = "sammanstallning.xlsx";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const CHAPTER_FILE_NAME = "kapitel.docx";

const NO_WORKBOOK = "Öppna en arbetsbok först.";

/** The core workflow, in its own chunk. */
export async function loadWorkflow(): Promise<Workflow> {
  const module: Workflow = await import("../core/workflow");
  return module;
}

/** A workbook that can be saved as bytes (FileWorkbook). */
export interface SavableWorkbook extends WorkbookPort {
  save(): Promise<Uint8Array>;
}

/** A workbook whose template table can be watched (OfficeWorkbook). */
export interface WatchableWorkbook extends WorkbookPort {
  watchTable(table: string, onChange: () => void, options?: { debounceMs?: number }): Promise<() => Promise<void>>;
}

export interface ServiceOptions {
  mode: HostMode;
  port: WorkbookPort | null;
  /** Standalone: the opened file's name. */
  workbookName?: string | null;
  workflow?: () => Promise<Workflow>;
  /** Opens a picked .xlsx as a port (defaults to FileWorkbook, loaded on demand). */
  openFile?: (bytes: Uint8Array) => Promise<WorkbookPort>;
  /** A new empty workbook for the standalone summary download. */
  createWorkbook?: () => Promise<SavableWorkbook>;
  now?: () => Date;
}

export async function openFileWorkbook(bytes: Uint8Array): Promise<SavableWorkbook> {
  const { FileWorkbook } = await import("../workbook/file/file-workbook");
  return FileWorkbook.open(bytes);
}

async function createFileWorkbook(): Promise<SavableWorkbook> {
  const { FileWorkbook } = await import("../workbook/file/file-workbook");
  return FileWorkbook.create();
}

/** "Rapport 2020.xlsx" → "Rapport 2020". */
export function baseName(fileName: string): string {
  return fileName.replace(/\.xlsx$/i, "") || "arbetsbok";
}

function isSavable(port: WorkbookPort | null): port is SavableWorkbook {
  return port !== null && typeof (port as Partial<SavableWorkbook>).save === "function";
}

function isWatchable(port: WorkbookPort | null): port is WatchableWorkbook {
  return port !== null && typeof (port as Partial<WatchableWorkbook>).watchTable === "function";
}

export function createPaneServices(options: ServiceOptions): PaneServices {
  const { mode, port } = options;
  const workflow = options.workflow ?? loadWorkflow;
  const openFile = options.openFile ?? openFileWorkbook;
  const createWorkbook = options.createWorkbook ?? createFileWorkbook;
  const now = options.now ?? (() => new Date());
  const workbookName = mode === "excel" ? "" : (options.workbookName ?? null);
  let profileCache: LoadedProfile | null = null;
  /** The marks the last check set, so fixes remove theirs and "Rensa markeringar" knows the sheets. */
  let marks: MarksBySheet = new Map();
  // The open workbook's sheets are consolidated as Kontrollera last checked them (cut-off and
  // report details), so Källor and Kontrollera count the same findings.
  let lastCheck: { cutoff?: string; meta?: GivenMeta } = {};

  function requirePort(): WorkbookPort {
    if (!port) throw new Error(NO_WORKBOOK);
    return port;
  }

  async function loaded(): Promise<LoadedProfile> {
    if (profileCache) return profileCache;
    profileCache = port
      ? await (await workflow()).loadProfile(port)
      : { profile: (await import("../core/profile/load")).standardProfile };
    return profileCache;
  }

  async function profile(): Promise<Profile> {
    return (await loaded()).profile;
  }

  const services: PaneServices = {
    mode,
    workbookName,
    async listTemplateSheets() {
      if (!port) return [];
      return (await workflow()).listTemplateSheets(port, { profile: await profile() });
    },
    async insertTemplate(meta) {
      return (await workflow()).insertTemplate(requirePort(), { meta, profile: await profile() });
    },
    async structureSheet(sourceSheet, lang) {
      return (await workflow()).structureSheetIntoTemplate(requirePort(), sourceSheet, { profile: await profile(), lang });
    },
    async check({ cutoff, lang, meta }) {
      const target = requirePort();
      lastCheck = { ...(cutoff ? { cutoff } : {}), ...(meta ? { meta } : {}) };
      const wf = await workflow();
      const validation = await wf.checkWorkbook(target, { profile: await profile(), lang, meta, ...(cutoff ? { cutoff } : {}) });
      // Every finding's cell marked in the workbook; checking again replaces the marks.
      marks = await wf.markFindings(target, validation);
      return validation;
    },
    async applyFixes(findings, lang) {
      const target = requirePort();
      const wf = await workflow();
      const outcome = await wf.applyFixes(target, findings, { lang, now: now() });
      const skipped = new Set(outcome.skipped.map((s) => s.cell));
      const fixed = findings.filter((f) => f.fix && f.cell && !skipped.has(f.cell)).map((f) => ({ sheet: f.sheet, cell: f.cell }));
      const touched = new Set(fixed.map((f) => f.sheet));
      const remaining = wf.withoutCells(marks, fixed);
      const changed = new Map([...remaining].filter(([sheet]) => touched.has(sheet)));
      if (changed.size > 0) marks = new Map([...marks, ...(await wf.applyMarks(target, changed))]);
      return outcome;
    },
    async clearMarks() {
      const target = requirePort();
      const wf = await workflow();
      const sheets = marks.size > 0 ? [...marks.keys()] : (await target.listSheets()).filter((s) => s.visibility !== "veryHidden").map((s) => s.name);
      await wf.clearMarks(target, sheets);
      marks = new Map();
    },
    async revertLastFixes(lang) {
      return (await workflow()).revertLastFixes(requirePort(), { lang, now: now() });
    },
    async select(sheet, cell) {
      if (port && cell) await port.select(sheet, cell);
    },
    async stamp(lang, meta) {
      return (await workflow()).stampWorkbook(requirePort(), { profile: await profile(), lang, meta, now: now() });
    },
    async readStampState(meta) {
      return (await workflow()).readStampState(requirePort(), { profile: await profile(), meta });
    },
    async consolidate(request, onProgress) {
      const wf = await workflow();
      const sources: ConsolidationSource[] = [];
      if (request.sheets.length > 0) {
        const source = requirePort();
        sources.push({ file: workbookName || "Denna arbetsbok", open: async () => source, sheets: [...request.sheets], check: lastCheck });
      }
      for (const file of request.files) {
        sources.push({ file: file.name, open: async () => openFile(await file.bytes()) });
      }
      return wf.consolidateSources(sources, {
        profile: await profile(),
        now: now(),
        onProgress,
        countDuplicates: request.countDuplicates,
      });
    },
    async writeSummary(summary) {
      await (await workflow()).writeSummary(requirePort(), summary, await profile());
    },
    loadProfile: loaded,
    async saveProfile(next) {
      await (await workflow()).saveProfile(requirePort(), next);
      profileCache = { profile: next };
    },
    async parseProfileText(text) {
      const { profileFromText } = await import("../core/profile/load");
      return profileFromText(text);
    },
    async exportChapter(summary) {
      // docx and the chart encoder are a chunk of their own, fetched only for this download.
      const { renderChapterDocx } = await import(/* webpackChunkName: "word-chapter" */ "../core/consolidate/docx/chapter");
      return { fileName: CHAPTER_FILE_NAME, bytes: await renderChapterDocx(summary, await profile()), mimeType: DOCX_MIME };
    },
  };

  if (port) {
    const source = port;
    services.previewColumns = async (sheet) => {
      const { mappingProposal } = await import("../core/structure");
      return mappingProposal(await source.readSheet(sheet), await profile());
    };
    services.saveColumnMapping = async (headers, fields) => {
      const { addMapping } = await import("../core/structure");
      const current = await profile();
      await services.saveProfile({ ...current, columnMappings: addMapping(current.columnMappings, headers, fields) });
    };
  }

  if (mode === "excel" && isWatchable(port)) {
    const watchable = port;
    services.watchTemplate = async (onChange) => {
      const { TABLE_NAME } = await import("../core/template/layout");
      return watchable.watchTable(TABLE_NAME, () => onChange());
    };
  }

  if (mode === "standalone") {
    services.exportSummary = async (summary) => {
      const target = await createWorkbook();
      await (await workflow()).writeSummary(target, summary, await profile());
      return { fileName: SUMMARY_FILE_NAME, bytes: await target.save(), mimeType: XLSX_MIME };
    };
    if (isSavable(port)) {
      const savable = port;
      services.exportWorkbook = async (suffix) => ({
        fileName: `${baseName(workbookName ?? "arbetsbok")}-${suffix}.xlsx`,
        bytes: await savable.save(),
        mimeType: XLSX_MIME,
      });
    }
  }

  return services;
}
