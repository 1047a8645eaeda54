/**
 * The pane's entry: find out where we run (inside Excel or a plain browser tab), build the
 * services for that host and render. The host comes from Office.onReady's info.host
 * (workbook/host.ts watchHost): without Office.js the standalone pane shows at once; with it, the
 * pane waits for Office's answer, shows standalone if none comes soon, and switches to Excel
 * whenever Office answers "Excel" — a slow Excel is never stranded in standalone mode.
 *
 * ?view=kontrollera|sammanstall|… picks the first view (the ribbon buttons use it);
 * ?view=kontrollera also runs the check at once.
 */
import { createRoot } from "react-dom/client";
import { App, toViewId } from "./App";
import { createPaneServices, openFileWorkbook, type PaneServices } from "./services";
import { watchHost, type OfficeLike } from "../workbook/host";
import { loadSettings } from "./settings";
import { openWorkbookInWorker } from "./worker/start-worker";

function officeScript(): OfficeLike | undefined {
  const office = (window as unknown as { Office?: Partial<OfficeLike> }).Office;
  return typeof office?.onReady === "function" ? (office as OfficeLike) : undefined;
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

function boot(): void {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  const params = new URLSearchParams(window.location.search);
  const initialView = toViewId(params.get("view")) ?? "mall";

  const render = (inExcel: boolean, services: PaneServices): void =>
    root.render(
      <App
        key={inExcel ? "excel" : "standalone"}
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

  watchHost({
    office: officeScript,
    onHost: (info) => {
      if (info.kind === "excel") void excelServices().then((services) => render(true, services));
      else render(false, standaloneServices());
    },
  });
}

boot();
