/**
 * How a ribbon command asks the pane to show a view (and, for Kontrollera, to check at once)
 * when the pane may already be open: a small request in the add-in origin's localStorage. The
 * pane reads it at start and listens for the `storage` event; with a shared runtime the command
 * then calls Office.addin.showAsTaskpane(). Plain ShowTaskpane buttons use ?view= instead.
 */
export const PANE_REQUEST_KEY = "uppfoljning.pane.request";

export interface PaneRequest {
  view: string;
  check: boolean;
  /** Epoch ms; requests older than REQUEST_TTL_MS are ignored (a stale one must not re-run). */
  at: number;
}

export const REQUEST_TTL_MS = 30_000;

export function writePaneRequest(storage: Storage | undefined, request: Omit<PaneRequest, "at">, now = Date.now()): void {
  try {
    storage?.setItem(PANE_REQUEST_KEY, JSON.stringify({ ...request, at: now }));
  } catch {
    // Storage disabled: the pane still opens, on its default view.
  }
}

/** The pending request, consumed (removed) so it acts once. */
export function takePaneRequest(storage: Storage | undefined, now = Date.now()): PaneRequest | null {
  try {
    const raw = storage?.getItem(PANE_REQUEST_KEY);
    if (!raw) return null;
    storage?.removeItem(PANE_REQUEST_KEY);
    const parsed = JSON.parse(raw) as Partial<PaneRequest>;
    if (typeof parsed.view !== "string" || typeof parsed.at !== "number" || now - parsed.at > REQUEST_TTL_MS) return null;
    return { view: parsed.view, check: parsed.check === true, at: parsed.at };
  } catch {
    return null;
  }
}
