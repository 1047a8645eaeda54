/**
 * The worker's side: opens the file, runs the services on it, answers calls. Kept apart from the
 * worker entry (pane-worker.ts) so the tests can serve over a MessagePort in Node.
 */
import { createPaneServices, openFileWorkbook, type PaneServices, type PickedFile } from "../services";
import { errorMessage } from "../useTask";
import { OPTIONAL_REMOTE_METHODS, type Endpoint, type FromWorker, type RemoteMethod, type ToWorker } from "./protocol";

export interface ServeOptions {
  open?: (bytes: Uint8Array) => ReturnType<typeof openFileWorkbook>;
}

export function serveServices(endpoint: Endpoint, options: ServeOptions = {}): void {
  const open = options.open ?? openFileWorkbook;
  let services: PaneServices | null = null;
  /** The page's clock at its latest call (protocol.ts); the worker's own until the first. */
  let pageNow: number | null = null;
  const send = (message: FromWorker) => endpoint.postMessage(message);

  async function onOpen(name: string, bytes: Uint8Array): Promise<void> {
    try {
      send({ kind: "progress", stage: "read" });
      const port = await open(bytes);
      const opened = createPaneServices({
        mode: "standalone",
        port,
        workbookName: name,
        now: () => new Date(pageNow ?? Date.now()),
      });
      // Structure and check once while the progress bar shows: the views ask for both at once
      // after opening, and the profile and the sheets are then read.
      send({ kind: "progress", stage: "structure" });
      await opened.listTemplateSheets();
      send({ kind: "progress", stage: "profile" });
      await opened.loadProfile();
      services = opened;
      const optional = OPTIONAL_REMOTE_METHODS.filter((key) => opened[key] !== undefined);
      send({ kind: "opened", name, optional });
    } catch (error) {
      send({ kind: "openFailed", message: errorMessage(error) });
    }
  }

  async function onCall(id: number, method: RemoteMethod, args: unknown[]): Promise<void> {
    try {
      if (!services) throw new Error("Öppna en arbetsbok först.");
      let callArgs = args;
      if (method === "consolidate") {
        // Files arrive as bytes (a function cannot cross to the worker); progress goes back.
        const [request] = args as [{ sheets: string[]; files: { name: string; bytes: Uint8Array }[]; countDuplicates?: string[] }];
        const files: PickedFile[] = request.files.map((file) => ({ name: file.name, bytes: async () => file.bytes }));
        callArgs = [{ ...request, files }, (done: number, total: number) => send({ kind: "callProgress", id, done, total })];
      }
      const target = services[method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
      if (!target) throw new Error("Finns inte i den här versionen.");
      const value = await target(...callArgs);
      send({ kind: "result", id, value });
    } catch (error) {
      send({ kind: "error", id, message: errorMessage(error) });
    }
  }

  endpoint.addEventListener("message", (event: MessageEvent) => {
    const message = event.data as ToWorker;
    if (message.kind === "open") void onOpen(message.name, message.bytes);
    else {
      pageNow = message.at;
      void onCall(message.id, message.method, message.args);
    }
  });
}
