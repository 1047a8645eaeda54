/**
 * The pane's entry: find out where we run (inside Excel or a plain browser tab), build the
 * services for that host and render. Office.js may be absent (standalone, offline) or present
 * but never ready (the page opened outside Office): a short timeout covers both.
 *
 * ?view=kontrollera|sammanstall|… picks the first view (the ribbon buttons use it);
 * ?view=kontrollera also runs the check at once.
 */
import { createRoot } from "react-dom/client";
import { App, toViewId } from "./App";
import { createPaneServices, openFileWorkbook, type PaneServices } from "./services";
import { detectHost } from "../workbook/host";
import { loadSettings } from "./settings";
import { openWorkbookInWorker } from "./worker/start-worker";

const OFFICE_READY_TIMEOUT_MS = 2500;

function officeScriptLoaded(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

/** Resolves true once Office is ready in a host, false when there is no Office or it never gets ready. */
async function waitForOffice(): Promise<boolean> {
  if (!officeScriptLoaded()) return false;
  const ready = Office.onReady().then(
    (info) => info.host !== null && info.host !== undefined,
    () => false,
  );
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), OFFICE_READY_TIMEOUT_MS));
  return Promise.race([ready, timeout]);
}

async function excelServices(): Promise<PaneServices> {
  const { OfficeWorkbook } = await import("../workbook/office/office-workbook");
  const port = new OfficeWorkbook(undefined, {
    // Features this Excel version lacks are skipped; tell the user in the console for now.
    onNotice: (message) => console.info(message),
  });
  return createPaneServices({ mode: "excel", port });
}

function standaloneServices(): PaneServices {
  return createPaneServices({ mode: "standalone", port: null, workbookName: null });
}

async function boot(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const params = new URLSearchParams(window.location.search);
  const initialView = toViewId(params.get("view")) ?? "mall";
  const inOffice = await waitForOffice();
  const inExcel = inOffice && detectHost().kind === "excel";
  const services = inExcel ? await excelServices() : standaloneServices();

  createRoot(container).render(
    <App
      services={services}
      initialView={initialView}
      autoCheck={inExcel && initialView === "kontrollera"}
      initialSettings={loadSettings()}
      persistSettings
      openWorkbook={
        inExcel
          ? undefined
          : async (name, bytes, progress) =>
              // Reading, structuring and checking run in a Web Worker, so the page stays responsive.
              typeof Worker === "function"
                ? openWorkbookInWorker(name, bytes, progress)
                : createPaneServices({ mode: "standalone", port: await openFileWorkbook(bytes), workbookName: name })
      }
    />,
  );
}

void boot();
