/** `demo`: the README's main job, run in-process into temporary folders. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferIo } from "../../src/cli/io";
import { FileWorkbook } from "../../src/workbook/file";
import { loadSeedFixtures } from "../fixtures/seeds/format";

let dir: string;
let result: { code: number; out: string; err: string };
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "uppfoljning-demo-"));
  const io = bufferIo();
  const code = await main(["demo", "-o", "ut", "--examples", "exempel"], io, dir);
  result = { code, out: io.out, err: io.err };
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("uppfoljning demo", () => {
  it("exits 0 and writes the examples, the summary workbook and the HTML report", async () => {
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const examples = fs.readdirSync(path.join(dir, "exempel")).sort();
    expect(examples).toEqual(
      expect.arrayContaining([
        "kof-2020-delar.xlsx",
        "mall-delar.xlsx",
        "mall-helar.xlsx",
        "mall-tertial1.xlsx",
      ]),
    );
    const workbook = await FileWorkbook.open(
      new Uint8Array(fs.readFileSync(path.join(dir, "ut", "sammanstallning.xlsx"))),
    );
    expect((await workbook.listSheets()).map((s) => s.name)).toEqual(
      expect.arrayContaining([
        "Sammanställning",
        "Uppdrag",
        "Avvikelser",
        "Alla aktiviteter",
        "Källor",
      ]),
    );
    expect(fs.readFileSync(path.join(dir, "ut", "sammanstallning.html"), "utf8")).toContain('class="bar-row"');
    expect(result.out).toContain(path.join("ut", "sammanstallning.xlsx"));
    expect(result.out).toContain(path.join("ut", "sammanstallning.html"));
  });

  it("prints one findings row per example and consolidates exactly the seed reports' activities", () => {
    const fixtures = loadSeedFixtures().map((f) => f.fixture);
    for (const fixture of fixtures) {
      const row = result.out
        .split("\n")
        .find((line) => line.trim().startsWith(`${fixture.id}.xlsx`));
      expect(row).toBeDefined();
      // The activities column is the first number on the row.
      expect(Number(/\.xlsx\s+(\d+)/.exec(row!)?.[1])).toBe(fixture.expected.activities.length);
    }
    const total = fixtures.reduce((sum, f) => sum + f.expected.activities.length, 0);
    expect(result.out).toContain(
      `Radbalans: ${total} rader i Alla aktiviteter = ${total} aktiviteter i källorna ✓`,
    );
    expect(result.out).toMatch(/mall-delar\.xlsx\s+0\s/);
  });

  it("overwrites its own output when run again", async () => {
    const io = bufferIo();
    expect(await main(["demo", "-o", "ut", "--examples", "exempel"], io, dir)).toBe(0);
  });
});
