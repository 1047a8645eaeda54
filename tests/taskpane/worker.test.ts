/**
 * The pane's Web Worker protocol (issue 16), both ends over a real MessageChannel in Node: the
 * file is opened, structured and checked on the worker's side; the pane gets PaneServices, the
 * stages of the opening, call progress, and can cancel.
 */
import { reportTasks } from "../../src/core/validate/validation-report";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { fixtureBytes } from "../../src/cli/commands/examples";
import { loadSeedFixture } from "../fixtures/seeds/format";
import { serveServices } from "../../src/taskpane/worker/serve";
import { OpenCancelled, openInWorker, type WorkerLike } from "../../src/taskpane/worker/client";
import type { Endpoint, OpenStage } from "../../src/taskpane/worker/protocol";

const channels: MessagePort[] = [];
afterEach(() => {
  for (const port of channels.splice(0)) port.close();
});

/** A worker made of one end of a channel; terminate closes it, as Worker.terminate stops the worker. */
function channelWorker(options?: Parameters<typeof serveServices>[1]): { worker: WorkerLike; terminated: () => boolean } {
  const { port1, port2 } = new MessageChannel();
  channels.push(port1, port2);
  serveServices(port1 as unknown as Endpoint, options);
  let terminated = false;
  const worker: WorkerLike = {
    postMessage: (message, transfer) => port2.postMessage(message, transfer as never),
    addEventListener: (type, listener) => port2.addEventListener(type, listener as never),
    terminate: () => {
      terminated = true;
      port2.close();
    },
  };
  return { worker, terminated: () => terminated };
}

describe("opening a workbook in the worker", () => {
  it("reports each stage, then serves check, consolidate (with progress) and export from the worker", async () => {
    const bytes = await fixtureBytes(loadSeedFixture("kof-2020-delar"));
    const stages: OpenStage[] = [];
    const { worker } = channelWorker();
    const services = await openInWorker(worker, "kof.xlsx", bytes.slice(), { onProgress: (stage) => stages.push(stage) });
    expect(stages).toEqual(["read", "structure", "profile"]);
    expect(services).toMatchObject({ mode: "standalone", workbookName: "kof.xlsx" });

    const check = await services.check({ lang: "sv" });
    expect(reportTasks(check)[0]!.findings.some((f) => f.rule === "status.ambiguous")).toBe(true);

    const progress: [number, number][] = [];
    const other = await fixtureBytes(loadSeedFixture("vss-2023-delar"));
    const summary = await services.consolidate(
      { sheets: [reportTasks(check)[0]!.report.sheet], files: [{ name: "vss.xlsx", bytes: async () => other }] },
      (done, total) => progress.push([done, total]),
    );
    expect(summary.sources.map((s) => s.file)).toEqual(["kof.xlsx", "vss.xlsx"]);
    expect(progress.at(-1)).toEqual([2, 2]);

    const download = await services.exportWorkbook!("rattad");
    expect(download.fileName).toBe("kof-rattad.xlsx");
    expect(Array.from(download.bytes.slice(0, 2))).toEqual([0x50, 0x4b]);
  });

  it("stamps with the page's clock, not the worker's (a worker has a Date of its own)", async () => {
    const { worker } = channelWorker();
    const services = await openInWorker(worker, "an.xlsx", await fixtureBytes(loadSeedFixture("an-2024-delar")));
    const pageTime = Date.parse("2024-09-16T07:30:00Z");
    // The page side reads its clock once, when it sends the call.
    jest.spyOn(Date, "now").mockReturnValueOnce(pageTime);
    const outcome = await services.stamp("sv");
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(new Date(outcome.stamp.time).getTime()).toBe(pageTime);
  });

  it("a file that cannot be read: the Swedish reason, and the worker is stopped", async () => {
    const { worker, terminated } = channelWorker();
    await expect(openInWorker(worker, "x.xlsx", new TextEncoder().encode("inte en arbetsbok"))).rejects.toThrow(/Excel|[åäö]/);
    expect(terminated()).toBe(true);
  });

  it("cancel: the opening stops, the worker is terminated", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { worker, terminated } = channelWorker({
      open: async (bytes) => {
        await held;
        const { FileWorkbook } = await import("../../src/workbook/file");
        return FileWorkbook.open(bytes);
      },
    });
    const controller = new AbortController();
    const opening = openInWorker(worker, "kof.xlsx", await fixtureBytes(loadSeedFixture("kof-2020-delar")), { signal: controller.signal });
    controller.abort();
    await expect(opening).rejects.toBeInstanceOf(OpenCancelled);
    expect(terminated()).toBe(true);
    release();
  });
});
