/** @jest-environment jsdom */
import { PANE_REQUEST_KEY, REQUEST_TTL_MS, takePaneRequest, writePaneRequest } from "../../src/taskpane/pane-request";

function installOffice(sharedRuntime: boolean) {
  const showAsTaskpane = jest.fn(async () => undefined);
  const associate = jest.fn();
  (globalThis as unknown as { Office: unknown }).Office = {
    onReady: (callback?: () => void) => {
      callback?.();
      return Promise.resolve({ host: "Excel", platform: "PC" });
    },
    actions: { associate },
    addin: { showAsTaskpane },
    context: { requirements: { isSetSupported: (name: string) => sharedRuntime && name === "SharedRuntime" } },
  };
  return { showAsTaskpane, associate };
}

describe("ribbon commands", () => {
  afterEach(() => {
    delete (globalThis as unknown as { Office?: unknown }).Office;
    localStorage.clear();
    jest.resetModules();
  });

  it("registers the three handlers named in the manifest's function file", async () => {
    const { associate } = installOffice(false);
    await import("../../src/commands/commands");
    expect(associate.mock.calls.map((call) => call[0])).toEqual(["visaPanel", "kontrollera", "sammanstall"]);
  });

  it("Kontrollera leaves a check request for the pane and shows it where a shared runtime exists", async () => {
    const { showAsTaskpane } = installOffice(true);
    const { runCommand } = await import("../../src/commands/commands");
    const event = { completed: jest.fn() };
    await runCommand("kontrollera", event);
    expect(showAsTaskpane).toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalled();
    expect(takePaneRequest(localStorage)).toMatchObject({ view: "kontrollera", check: true });
    expect(localStorage.getItem(PANE_REQUEST_KEY)).toBeNull();
  });

  it("without a shared runtime it only completes (the ShowTaskpane URL carries ?view=)", async () => {
    const { showAsTaskpane } = installOffice(false);
    const { runCommand } = await import("../../src/commands/commands");
    const event = { completed: jest.fn() };
    await runCommand("sammanstall", event);
    expect(showAsTaskpane).not.toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalled();
  });

  it("ignores stale or malformed requests", () => {
    writePaneRequest(localStorage, { view: "kontrollera", check: true }, 1_000);
    expect(takePaneRequest(localStorage, 1_000 + REQUEST_TTL_MS + 1)).toBeNull();
    localStorage.setItem(PANE_REQUEST_KEY, "{not json");
    expect(takePaneRequest(localStorage)).toBeNull();
  });
});
