/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import { PANE_REQUEST_KEY, REQUEST_TTL_MS, takePaneRequest, writePaneRequest } from "../../src/taskpane/pane-request";

const manifest = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");

describe("ribbon commands", () => {
  afterEach(() => {
    delete (globalThis as unknown as { Office?: unknown }).Office;
    localStorage.clear();
    jest.resetModules();
  });

  it("every ribbon button opens the pane: the manifest has no function command to call a handler", () => {
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(manifest).not.toMatch(/ExecuteFunction/);
  });

  it("the function file initialises Office and registers no handler that could never run", async () => {
    const associate = jest.fn();
    const onReady = jest.fn(async () => ({ host: "Excel", platform: "PC" }));
    (globalThis as unknown as { Office: unknown }).Office = { onReady, actions: { associate } };
    await import("../../src/commands/commands");
    expect(onReady).toHaveBeenCalled();
    expect(associate).not.toHaveBeenCalled();
  });

  it("ignores stale or malformed pane requests", () => {
    writePaneRequest(localStorage, { view: "kontrollera", check: true }, 1_000);
    expect(takePaneRequest(localStorage, 1_000 + REQUEST_TTL_MS + 1)).toBeNull();
    localStorage.setItem(PANE_REQUEST_KEY, "{not json");
    expect(takePaneRequest(localStorage)).toBeNull();
    expect(PANE_REQUEST_KEY).toBeTruthy();
  });
});
