/**
 * The pane's own settings: the report details used by "Infoga mall", the cut-off used by
 * "Kontrollera", and the language. Remembered in the browser's storage for the add-in's origin
 * (never sent anywhere); the workbook keeps the profile.
 */
import type { Period, ReportMeta } from "../core/model";
import type { UiLang } from "./i18n";
import { isValidIsoDate } from "../core/parse/period";

export interface PaneSettings {
  organisation: string;
  board: string;
  year: string;
  period: Period | "";
  contact: string;
  /** ISO date or "" (derived from year and period). */
  cutoff: string;
  lang: UiLang;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  organisation: "",
  board: "",
  year: "",
  period: "",
  contact: "",
  cutoff: "",
  lang: "sv",
};

const STORAGE_KEY = "uppfoljning.pane.settings";
export const PERIODS: readonly Period[] = ["tertial1", "delar", "helar"];

export function isValidYear(year: string): boolean {
  return year === "" || /^\d{4}$/.test(year.trim());
}

export function isValidCutoff(cutoff: string): boolean {
  return cutoff === "" || isValidIsoDate(cutoff);
}

/** The details as the template's metadata; empty fields stay out so the template's defaults apply. */
export function toReportMeta(settings: PaneSettings): Partial<ReportMeta> {
  const meta: Partial<ReportMeta> = {};
  const text = (value: string) => (value.trim() === "" ? null : value.trim());
  if (text(settings.organisation)) meta.organisation = text(settings.organisation);
  if (text(settings.board)) meta.board = text(settings.board);
  if (text(settings.contact)) meta.contact = text(settings.contact);
  if (isValidYear(settings.year) && settings.year.trim() !== "") meta.year = Number(settings.year.trim());
  if (settings.period) meta.period = settings.period;
  if (settings.cutoff && isValidCutoff(settings.cutoff)) meta.cutoff = settings.cutoff;
  return meta;
}

/** The details the check and the stamp take as the report's own where the sheet has none. */
export function givenMeta(settings: PaneSettings): Pick<Partial<ReportMeta>, "organisation" | "board" | "year" | "period"> {
  const { organisation, board, year, period } = toReportMeta(settings);
  return {
    ...(organisation ? { organisation } : {}),
    ...(board ? { board } : {}),
    ...(year ? { year } : {}),
    ...(period ? { period } : {}),
  };
}

/**
 * Settings filled from a structured or checked report's header: only fields the user left empty,
 * so nothing typed in Inställningar is overwritten. Returns the same object when nothing changes.
 */
export function prefillSettings(settings: PaneSettings, meta: Partial<ReportMeta>): PaneSettings {
  const next = { ...settings };
  let changed = false;
  const fill = (key: "organisation" | "board" | "year" | "contact", value: string | number | null | undefined) => {
    if (settings[key].trim() === "" && value !== null && value !== undefined && String(value).trim() !== "") {
      next[key] = String(value).trim();
      changed = true;
    }
  };
  fill("organisation", meta.organisation);
  fill("board", meta.board);
  fill("year", meta.year);
  fill("contact", meta.contact);
  if (settings.period === "" && meta.period) {
    next.period = meta.period;
    changed = true;
  }
  return changed ? next : settings;
}

export function loadSettings(): PaneSettings {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!stored) return DEFAULT_SETTINGS;
    const parsed = JSON.parse(stored) as Partial<PaneSettings>;
    const merged = {
      ...DEFAULT_SETTINGS,
      ...Object.fromEntries(Object.entries(parsed).filter(([key, value]) => key in DEFAULT_SETTINGS && typeof value === "string")),
    } as PaneSettings;
    if (merged.lang !== "sv" && merged.lang !== "en") merged.lang = "sv";
    if (merged.period !== "" && !PERIODS.includes(merged.period)) merged.period = "";
    return merged;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function storeSettings(settings: PaneSettings): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage may be disabled (private mode, locked-down Office); the settings then last for the session.
  }
}
