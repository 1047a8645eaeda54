/**
 * The one place that talks to `@microsoft/office-js-helpers`: where are we running (inside Excel,
 * another Office host, or a plain browser tab), and the helper that re-creates a sheet. Nothing
 * else in the app imports office-js-helpers, so swapping it out touches this file only.
 *
 * The helpers library reads `window.Office` lazily (only when `Utilities.host` is read), so
 * importing this module is safe in Node (CLI, jest); every function here guards against a missing
 * `window`/`Office` and answers "standalone" there.
 */
import { ExcelUtilities, HostType, Utilities } from "@microsoft/office-js-helpers";

export type HostKind = "excel" | "other-office" | "standalone";

export interface HostInfo {
  kind: HostKind;
  /** The helpers' host name ("EXCEL", "WORD", … or "WEB" outside Office). */
  host: string;
  /** "PC", "MAC", "OFFICE_ONLINE", "IOS", or null outside Office. */
  platform: string | null;
}

function officeIsLoaded(): boolean {
  return typeof window !== "undefined" && typeof (window as unknown as { Office?: unknown }).Office !== "undefined";
}

/** Where the pane runs. Call after Office.onReady; before that the helpers cannot tell. */
export function detectHost(): HostInfo {
  if (!officeIsLoaded()) return { kind: "standalone", host: HostType.WEB, platform: null };
  let host: string;
  let platform: string | null;
  try {
    host = Utilities.host;
    platform = Utilities.platform ?? null;
  } catch {
    // Office.js present but not initialised (e.g. the page opened in a browser tab).
    return { kind: "standalone", host: HostType.WEB, platform: null };
  }
  const kind: HostKind = host === HostType.EXCEL ? "excel" : host === HostType.WEB ? "standalone" : "other-office";
  return { kind, host, platform };
}

/** True when the Excel JavaScript API can be used (inside Excel, on any platform). */
export function isInsideExcel(): boolean {
  return detectHost().kind === "excel";
}

/** True in Excel on the web, where every round trip is slowest (a reason to batch even harder). */
export function isExcelOnTheWeb(): boolean {
  const info = detectHost();
  return info.kind === "excel" && info.platform === "OFFICE_ONLINE";
}

/**
 * Re-create a sheet from scratch (deleting one of the same name) and return it, through the
 * helpers' `ExcelUtilities.forceCreateSheet`. It syncs on its own (twice), so the Office adapter
 * does NOT use it inside its batched `writeSheets` — that inlines the same add-then-delete
 * pattern to keep a fixed number of syncs for any number of sheets. Use this for one-off sheets
 * outside a batch (e.g. a scratch sheet from the UI).
 */
export function recreateSheet(workbook: Excel.Workbook, name: string): Promise<Excel.Worksheet> {
  return ExcelUtilities.forceCreateSheet(workbook, name);
}
