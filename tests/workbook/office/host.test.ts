/** @jest-environment jsdom */
/**
 * Where the pane runs, from Office.onReady's info.host, with no fixed race (src/workbook/host.ts).
 * The old start-up raced onReady against 2.5 s and stayed standalone for good when Excel answered
 * later; watchHost switches.
 */
import { hostFromReadyInfo, isExcelOnTheWeb, watchHost, type HostInfo, type OfficeLike } from "../../../src/workbook/host";

/** Manual timers: run them when the test says time has passed. */
function clock() {
  const pending: { run: () => void; at: number }[] = [];
  let now = 0;
  return {
    setTimer: (run: () => void, ms: number) => {
      const timer = { run, at: now + ms };
      pending.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => pending.splice(pending.indexOf(timer as (typeof pending)[0]), 1),
    advance(ms: number) {
      now += ms;
      for (const timer of pending.filter((t) => t.at <= now)) {
        pending.splice(pending.indexOf(timer), 1);
        timer.run();
      }
    },
  };
}

function deferredOffice() {
  let answer: (info: { host: unknown; platform: unknown }) => void = () => undefined;
  const office: OfficeLike = { onReady: () => new Promise((resolve) => (answer = resolve)) };
  return { office, answer: (host: string | null, platform: string | null = null) => answer({ host, platform }) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("host from Office.onReady", () => {
  it("reads info.host: Excel, another Office host, or none", () => {
    expect(hostFromReadyInfo({ host: "Excel", platform: "OfficeOnline" })).toEqual({ kind: "excel", host: "Excel", platform: "OfficeOnline" });
    expect(isExcelOnTheWeb(hostFromReadyInfo({ host: "Excel", platform: "OfficeOnline" }))).toBe(true);
    expect(hostFromReadyInfo({ host: "Word", platform: "PC" }).kind).toBe("other-office");
    expect(hostFromReadyInfo({ host: null, platform: null }).kind).toBe("standalone");
    expect(hostFromReadyInfo(undefined).kind).toBe("standalone");
  });

  it("switches to Excel when Office answers after the fallback (no 2.5 s race)", async () => {
    const timers = clock();
    const { office, answer } = deferredOffice();
    const seen: HostInfo["kind"][] = [];
    watchHost({ office: () => office, onHost: (info) => seen.push(info.kind), ...timers });
    expect(seen).toEqual([]);
    timers.advance(2500);
    expect(seen).toEqual(["standalone"]);
    answer("Excel", "OfficeOnline");
    await flush();
    expect(seen).toEqual(["standalone", "excel"]);
  });

  it("waits for Office's answer, then stays in Excel (the fallback does not take it back)", async () => {
    const timers = clock();
    const { office, answer } = deferredOffice();
    const seen: HostInfo["kind"][] = [];
    watchHost({ office: () => office, onHost: (info) => seen.push(info.kind), ...timers });
    answer("Excel", "PC");
    await flush();
    timers.advance(10_000);
    expect(seen).toEqual(["excel"]);
  });

  it("shows standalone at once without office.js, and switches when it loads late", async () => {
    const timers = clock();
    const { office, answer } = deferredOffice();
    const script: { loaded?: OfficeLike } = {};
    const seen: HostInfo["kind"][] = [];
    watchHost({ office: () => script.loaded, onHost: (info) => seen.push(info.kind), ...timers });
    expect(seen).toEqual(["standalone"]);
    script.loaded = office;
    timers.advance(500);
    answer("Excel", "Mac");
    await flush();
    expect(seen).toEqual(["standalone", "excel"]);
  });

  it("a plain browser tab with office.js stays standalone", async () => {
    const timers = clock();
    const { office, answer } = deferredOffice();
    const seen: HostInfo["kind"][] = [];
    watchHost({ office: () => office, onHost: (info) => seen.push(info.kind), ...timers });
    answer(null);
    await flush();
    timers.advance(3000);
    expect(seen).toEqual(["standalone"]);
  });
});
