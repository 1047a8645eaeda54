/**
 * Where the pane runs — inside Excel, another Office host, or a plain browser tab — decided from
 * what Office.onReady reports (`info.host`, learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in),
 * with no fixed race: the standalone pane may show first when Office.js is slow or absent, and
 * the pane switches to Excel as soon as Office answers "Excel", however late.
 */
export type HostKind = "excel" | "other-office" | "standalone";

export interface HostInfo {
  kind: HostKind;
  /** Office's host name ("Excel", "Word", …) or null outside Office. */
  host: string | null;
  /** Office's platform ("PC", "Mac", "OfficeOnline", …) or null outside Office. */
  platform: string | null;
}

export const STANDALONE: HostInfo = { kind: "standalone", host: null, platform: null };

/** What Office.onReady resolved with → where we run. */
export function hostFromReadyInfo(info: { host?: unknown; platform?: unknown } | null | undefined): HostInfo {
  const host = typeof info?.host === "string" && info.host !== "" ? info.host : null;
  if (host === null) return STANDALONE;
  const platform = typeof info?.platform === "string" ? info.platform : null;
  return { kind: host.toLowerCase() === "excel" ? "excel" : "other-office", host, platform };
}

/** True in Excel on the web, where every round trip is slowest. */
export function isExcelOnTheWeb(info: HostInfo): boolean {
  return info.kind === "excel" && info.platform === "OfficeOnline";
}

export interface OfficeLike {
  onReady(): Promise<{ host?: unknown; platform?: unknown }>;
}

export interface HostWatchOptions {
  /** Reads window.Office now (office.js may load late). */
  office: () => OfficeLike | undefined;
  /** Called with the first decision and again only when it changes (standalone → Excel). */
  onHost: (info: HostInfo) => void;
  /** Show the standalone pane when Office has not answered by then; a later "Excel" still switches. */
  fallbackMs?: number;
  /** Look for a late office.js this often, this long. */
  pollMs?: number;
  pollForMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Watches for the host; returns a stop function. */
export function watchHost(options: HostWatchOptions): () => void {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const timers: unknown[] = [];
  let decided: HostInfo | null = null;
  let attached = false;
  let stopped = false;

  const decide = (info: HostInfo): void => {
    if (stopped) return;
    if (decided && (decided.kind === info.kind || decided.kind !== "standalone")) return; // never back out of Office
    decided = info;
    options.onHost(info);
  };
  const attach = (office: OfficeLike): void => {
    attached = true;
    office.onReady().then(
      (info) => decide(hostFromReadyInfo(info)),
      () => decide(STANDALONE),
    );
  };

  const office = options.office();
  if (office) {
    attach(office);
    timers.push(setTimer(() => decide(STANDALONE), options.fallbackMs ?? 2500));
  } else {
    decide(STANDALONE);
    const pollMs = options.pollMs ?? 500;
    let waited = 0;
    const poll = (): void => {
      if (stopped || attached) return;
      const late = options.office();
      if (late) return attach(late);
      waited += pollMs;
      if (waited < (options.pollForMs ?? 30_000)) timers.push(setTimer(poll, pollMs));
    };
    timers.push(setTimer(poll, pollMs));
  }
  return () => {
    stopped = true;
    timers.forEach(clearTimer);
  };
}

