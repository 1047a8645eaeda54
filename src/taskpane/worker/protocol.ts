/**
 * Messages between the pane and its Web Worker (standalone mode). The worker holds the opened
 * workbook and runs the services there, so reading, structuring and validating a large file never
 * block the page; the pane sees the same PaneServices through a proxy (client.ts).
 */
import type { PaneServices } from "../services";

/** The optional PaneServices methods: proxied only when the worker's services have them. */
export const OPTIONAL_REMOTE_METHODS = [
  "exportWorkbook",
  "exportSummary",
  "clearMarks",
  "previewColumns",
  "saveColumnMapping",
  "exportChapter",
] as const satisfies readonly (keyof PaneServices)[];
export type OptionalRemoteMethod = (typeof OPTIONAL_REMOTE_METHODS)[number];

/** The PaneServices methods called through the worker (plain data in, plain data out). */
export const REMOTE_METHODS = [
  "listTemplateSheets",
  "insertTemplate",
  "structureSheet",
  "check",
  "applyFixes",
  "revertLastFixes",
  "select",
  "stamp",
  "readStampState",
  "consolidate",
  "writeSummary",
  "loadProfile",
  "saveProfile",
  "parseProfileText",
  ...OPTIONAL_REMOTE_METHODS,
] as const satisfies readonly (keyof PaneServices)[];
export type RemoteMethod = (typeof REMOTE_METHODS)[number];

/** The stages of opening a file, in order: what the progress bar shows. */
export const OPEN_STAGES = ["read", "structure", "profile"] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];

export type ToWorker =
  | { kind: "open"; name: string; bytes: Uint8Array }
  /**
   * `at`: the page's clock when it called. The worker's Date is the machine's own; the page's is
   * the one the user sees (and the one a test fixes), so stamps and change logs take the page's.
   */
  | { kind: "call"; id: number; method: RemoteMethod; args: unknown[]; at: number };

export type FromWorker =
  | { kind: "progress"; stage: OpenStage }
  | { kind: "opened"; name: string; optional: OptionalRemoteMethod[] }
  | { kind: "openFailed"; message: string }
  | { kind: "result"; id: number; value: unknown }
  | { kind: "error"; id: number; message: string }
  | { kind: "callProgress"; id: number; done: number; total: number };

/** What both ends need of a Worker / worker scope (a MessagePort in the tests). */
export interface Endpoint {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}
