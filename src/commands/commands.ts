/**
 * The ribbon's function file. The manifest's buttons are ShowTaskpane actions whose URL carries
 * ?view=kontrollera / ?view=sammanstall (works on every platform without a shared runtime; the
 * pane runs the check itself when opened on Kontrollera). These ExecuteFunction handlers exist
 * for hosts with a shared runtime (SharedRuntime 1.1): they leave a request for the pane, which
 * picks it up even when it is already open, and show the pane with Office.addin.showAsTaskpane().
 * Kept free of React and the core so the function file stays tiny.
 */
import { writePaneRequest } from "../taskpane/pane-request";

type CommandName = "visaPanel" | "kontrollera" | "sammanstall";

const REQUESTS: Record<CommandName, { view: string; check: boolean }> = {
  visaPanel: { view: "mall", check: false },
  kontrollera: { view: "kontrollera", check: true },
  sammanstall: { view: "sammanstall", check: false },
};

interface AddinWithTaskpane {
  showAsTaskpane?: () => Promise<void>;
}

function sharedRuntimeSupported(): boolean {
  try {
    return Office.context.requirements.isSetSupported("SharedRuntime", "1.1");
  } catch {
    return false;
  }
}

export async function runCommand(name: CommandName, event: { completed: () => void }): Promise<void> {
  try {
    writePaneRequest(globalThis.localStorage, REQUESTS[name]);
    const addin = (Office as unknown as { addin?: AddinWithTaskpane }).addin;
    if (sharedRuntimeSupported() && typeof addin?.showAsTaskpane === "function") {
      await addin.showAsTaskpane();
    }
  } catch {
    // Nothing to report from a function file: the pane shows its own errors when opened.
  } finally {
    event.completed();
  }
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => {
    for (const name of Object.keys(REQUESTS) as CommandName[]) {
      Office.actions.associate(name, (event: Office.AddinCommands.Event) => void runCommand(name, event));
    }
  });
}
