/**
 * Conservation through the command line: were consolidation ever to lose a row (simulated by
 * wrapping consolidate() so its summary drops one), `consolidate -o` exits 2 with the Swedish
 * balance message and writes no summary file.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Summary } from "../../src/core/consolidate/model";
import { fixtureBytes } from "../../src/cli/commands/examples";
import { main } from "../../src/cli/main";
import { bufferIo } from "../../src/cli/io";
import { loadSeedFixture } from "../fixtures/seeds/format";

jest.mock("../../src/core/consolidate/consolidate", () => {
  const actual = jest.requireActual("../../src/core/consolidate/consolidate");
  return {
    ...actual,
    consolidate: (...args: unknown[]) => {
      const summary = actual.consolidate(...args) as Summary;
      return { ...summary, rows: summary.rows.slice(1) };
    },
  };
});

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "uppfoljning-conservation-"));
  fs.writeFileSync(
    path.join(dir, "kof.xlsx"),
    await fixtureBytes(loadSeedFixture("kof-2020-delar")),
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("consolidate exits 2, says the balance is off and writes no summary", async () => {
  const io = bufferIo();
  const code = await main(["consolidate", "kof.xlsx", "-o", "sammanstallning.xlsx"], io, dir);
  expect(code).toBe(2);
  expect(io.err).toMatch(
    /Radbalansen stämmer inte: källorna har \d+ aktiviteter men sammanställningen \d+\. Ingenting skrevs\./,
  );
  expect(fs.existsSync(path.join(dir, "sammanstallning.xlsx"))).toBe(false);
});
