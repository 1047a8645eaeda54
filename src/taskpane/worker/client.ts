/**
 * The pane's side of the worker: opens a file in a Web Worker and hands back PaneServices that
 * run there. The page stays responsive while a large file is read, structured and checked; the
 * progress callback reports each stage and an AbortSignal cancels (the worker is stopped).
 */
import type { ConsolidateRequest, PaneServices } from "../services";
import { OPTIONAL_REMOTE_METHODS, REMOTE_METHODS, type Endpoint, type FromWorker, type OpenStage, type RemoteMethod } from "./protocol";

export interface OpenProgress {
  onProgress?: (stage: OpenStage) => void;
  signal?: AbortSignal;
}

/** A worker, or in the tests one end of a MessageChannel; terminate stops it. */
export interface WorkerLike extends Endpoint {
  terminate(): void;
}

export class OpenCancelled extends Error {
  constructor() {
    super("Öppnandet avbröts.");
    this.name = "OpenCancelled";
  }
}

export function openInWorker(worker: WorkerLike, name: string, bytes: Uint8Array, options: OpenProgress = {}): Promise<PaneServices> {
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; onProgress?: (done: number, total: number) => void }>();
  let opened: { resolve: (services: PaneServices) => void; reject: (error: Error) => void } | null = null;

  function call(method: RemoteMethod, args: unknown[], onProgress?: (done: number, total: number) => void): Promise<unknown> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ kind: "call", id, method, args, at: Date.now() });
    });
  }

  function proxy(optional: readonly string[]): PaneServices {
    const services: Record<string, unknown> = { mode: "standalone", workbookName: name };
    for (const method of REMOTE_METHODS) {
      if ((OPTIONAL_REMOTE_METHODS as readonly string[]).includes(method) && !optional.includes(method)) continue;
      services[method] = (...args: unknown[]) => call(method, args);
    }
    services.consolidate = async (request: ConsolidateRequest, onProgress: (done: number, total: number) => void) => {
      const files = await Promise.all(request.files.map(async (file) => ({ name: file.name, bytes: await file.bytes() })));
      return call("consolidate", [{ ...request, files }], onProgress);
    };
    return services as unknown as PaneServices;
  }

  worker.addEventListener("message", (event: MessageEvent) => {
    const message = event.data as FromWorker;
    switch (message.kind) {
      case "progress":
        options.onProgress?.(message.stage);
        return;
      case "opened":
        opened?.resolve(proxy(message.optional));
        opened = null;
        return;
      case "openFailed":
        opened?.reject(new Error(message.message));
        opened = null;
        worker.terminate();
        return;
      case "callProgress":
        pending.get(message.id)?.onProgress?.(message.done, message.total);
        return;
      case "result":
      case "error": {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.kind === "result") waiting?.resolve(message.value);
        else waiting?.reject(new Error(message.message));
      }
    }
  });

  return new Promise<PaneServices>((resolve, reject) => {
    opened = { resolve, reject };
    options.signal?.addEventListener("abort", () => {
      worker.terminate();
      opened?.reject(new OpenCancelled());
      opened = null;
    });
    worker.postMessage({ kind: "open", name, bytes }, [bytes.buffer]);
  });
}
