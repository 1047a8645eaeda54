/**
 * Row conservation is enforced, not only shown (issue 9): a summary whose counts disagree makes
 * writeSummary fail loudly with a ConservationError, and nothing at all reaches the workbook
 * (a spying port records every call).
 */
import { fixtureBytes } from "../../src/cli/commands/examples";
import { ConservationError, type Summary } from "../../src/core/consolidate";
import { standardProfile } from "../../src/core/profile/load";
import { consolidateSources, writeSummary } from "../../src/core/workflow";
import { FileWorkbook } from "../../src/workbook/file";
import type { WorkbookPort } from "../../src/core/port";
import { loadSeedFixtures } from "../fixtures/seeds/format";

const WRITES = ["writeSheets", "updateCells", "appendRows", "setSetting", "setMarks"] as const;

/** A port over an empty file workbook that records which methods were called. */
function spyingPort(): { port: WorkbookPort; calls: string[] } {
  const inner = FileWorkbook.create();
  const calls: string[] = [];
  const port = new Proxy(inner, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.push(String(key));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as WorkbookPort;
  return { port, calls };
}

let summary: Summary;
beforeAll(async () => {
  const fixtures = loadSeedFixtures().map(({ fixture }) => fixture);
  const files = await Promise.all(
    fixtures.map(async (fixture) => ({
      file: `${fixture.id}.xlsx`,
      bytes: await fixtureBytes(fixture),
    })),
  );
  summary = await consolidateSources(
    files.map(({ file, bytes }) => ({ file, open: () => FileWorkbook.open(bytes) })),
    { profile: standardProfile, now: new Date("2026-11-25T10:00:00Z") },
  );
});

function tampered(change: (copy: Summary) => void): Summary {
  const copy = structuredClone(summary);
  change(copy);
  return copy;
}

describe("writeSummary enforces row conservation", () => {
  it("writes the five sheets of a summary whose counts agree (the spy sees the write)", async () => {
    expect(summary.conservation.ok).toBe(true);
    expect(summary.rows.length).toBeGreaterThan(100);
    const { port, calls } = spyingPort();
    await writeSummary(port, summary, standardProfile);
    expect(calls.filter((c) => c === "writeSheets")).toHaveLength(1);
  });

  it.each([
    ["a row lost from the long table", (s: Summary) => void s.rows.pop()],
    ["a row counted twice", (s: Summary) => void s.rows.push(s.rows[0]!)],
    ["a source claiming one activity more", (s: Summary) => void (s.sources[0]!.activities += 1)],
    ["category totals that do not add up", (s: Summary) => void (s.totals.byCategory.done += 1)],
    ["the shown balance marked as failed", (s: Summary) => void (s.conservation.ok = false)],
  ])("fails loudly and writes nothing on %s", async (_what, change) => {
    const { port, calls } = spyingPort();
    const wrong = tampered(change);
    const failure = writeSummary(port, wrong, standardProfile);
    await expect(failure).rejects.toBeInstanceOf(ConservationError);
    await expect(failure).rejects.toThrow(
      /^Radbalansen stämmer inte: källorna har \d+ aktiviteter men sammanställningen \d+\. Ingenting skrevs\.$/,
    );
    for (const write of WRITES) expect(calls).not.toContain(write);
    expect(await port.listSheets()).toEqual([]);
  });
});
