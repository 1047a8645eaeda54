/**
 * The real worker, bundled by webpack as a chunk of its own (webpack 5 recognises
 * `new Worker(new URL(…, import.meta.url))`). Apart from client.ts because import.meta is ES module
 * syntax: webpack compiles the pane as ES2020 modules, while tsc and jest see CommonJS.
 */
import { openInWorker, type OpenProgress, type WorkerLike } from "./client";
import type { PaneServices } from "../services";

export function startPaneWorker(): WorkerLike {
  // @ts-expect-error TS1343: import.meta is fine in the ES2020 modules webpack builds (webpack.config.js).
  return new Worker(new URL("./pane-worker.ts", import.meta.url), { name: "uppfoljning" });
}

let current: WorkerLike | null = null;

/** Opens a picked file in a new worker; the previous workbook's worker stops once the new one is open. */
export async function openWorkbookInWorker(name: string, bytes: Uint8Array, options?: OpenProgress): Promise<PaneServices> {
  const worker = startPaneWorker();
  const services = await openInWorker(worker, name, bytes, options);
  current?.terminate();
  current = worker;
  return services;
}
