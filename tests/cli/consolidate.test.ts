/** `consolidate` on seed fixture files: outputs, JSON, exit codes, a corrupt file among good ones. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferIo } from "../../src/cli/io";
import { fixtureBytes } from "../../src/cli/commands/examples";
import { FileWorkbook } from "../../src/workbook/file";
import { loadSeedFixture } from "../fixtures/seeds/format";
import { summaryHtmlBytes } from "../../src/cli/commands/consolidate";
import { renderSummaryHtml } from "../../src/core/consolidate/html";
import { standardProfile } from "../../src/core/profile/load";
import { seedSummary } from "../taskpane/seed-data";

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "uppfoljning-consolidate-"));
  for (const id of ["kof-2020-delar", "vss-2023-delar"]) {
    fs.writeFileSync(path.join(dir, `${id}.xlsx`), await fixtureBytes(loadSeedFixture(id)));
  }
  fs.writeFileSync(path.join(dir, "trasig.xlsx"), fs.readFileSync(path.join(dir, "kof-2020-delar.xlsx")).subarray(0, 1500));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = bufferIo();
  const code = await main(argv, io, dir);
  return { code, out: io.out, err: io.err };
}

describe("uppfoljning consolidate", () => {
  it("writes the summary workbook and a self-contained HTML report, exit 0 when every file was read", async () => {
    const { code, out } = await run("consolidate", "kof-2020-delar.xlsx", "vss-2023-delar.xlsx", "-o", "ut/s.xlsx", "--html", "ut/s.html");
    expect(code).toBe(0);
    expect(out).toMatch(/Radbalans: 61 rader = 61 aktiviteter i källorna ✓/);
    const workbook = await FileWorkbook.open(new Uint8Array(fs.readFileSync(path.join(dir, "ut/s.xlsx"))));
    expect((await workbook.listSheets()).map((s) => s.name)).toEqual(
      expect.arrayContaining(["Sammanställning", "Uppdrag", "Avvikelser", "Alla aktiviteter", "Källor"]),
    );
    const html = fs.readFileSync(path.join(dir, "ut/s.html"), "utf8");
    expect(html).toContain('class="bar-row"');
    expect(html).toContain("Kultur- och fritidsförvaltningen");
  });

  it("still writes the output with a corrupt file among good ones, names it, and exits 2", async () => {
    const { code, out } = await run("consolidate", "kof-2020-delar.xlsx", "trasig.xlsx", "vss-2023-delar.xlsx", "--json");
    expect(code).toBe(2);
    const json = JSON.parse(out);
    expect(json.sources.map((s: { file: string; status: string }) => [s.file, s.status])).toEqual([
      ["kof-2020-delar.xlsx", "ok"],
      ["trasig.xlsx", "error"],
      ["vss-2023-delar.xlsx", "ok"],
    ]);
    expect(json.totals.activities).toBe(61);
    expect(json.conservation.ok).toBe(true);
  });

  it("counts each status in the right number, and an empty template without empty brackets", async () => {
    expect((await run("template", "-o", "tom-mall.xlsx")).code).toBe(0);
    const { out } = await run("consolidate", "vss-2023-delar.xlsx", "tom-mall.xlsx", "-o", "ut/tom.xlsx");
    expect(out).toContain("Verksamhetsstöd och service: 25 (5 genomförda, 16 pågående, 1 ej påbörjad, 1 ej genomförd, 1 flyttad, 1 status saknas)");
    expect(out).not.toContain("()");
    expect(out).toMatch(/^ {2}tom-mall\.xlsx: 0$/m);
  });

  it("refuses to overwrite an existing output without --force", async () => {
    fs.writeFileSync(path.join(dir, "finns.xlsx"), "x");
    const { code, err } = await run("consolidate", "kof-2020-delar.xlsx", "-o", "finns.xlsx");
    expect(code).toBe(2);
    expect(err).toMatch(/Filen finns redan/);
  });
});

describe("the HTML report's bytes (summaryHtmlBytes)", () => {
  it("are the UTF-8 of renderSummaryHtml's string, across batches and pieces", () => {
    const seed = seedSummary();
    // A report of several megabytes: every deviation many times, with texts of 2–4 UTF-8 bytes a character.
    const deviations = Array.from({ length: 4000 }, (_, i) => {
      const d = seed.deviations[i % seed.deviations.length]!;
      return { ...d, activity: `${d.activity} – åtgärd ${i} 😀 <${i}> & "citat"` };
    });
    const summary = { ...seed, deviations };
    const expected = Buffer.from(renderSummaryHtml(summary, standardProfile), "utf8");
    expect(expected.length).toBeGreaterThan(2 * (1 << 20));
    expect(Buffer.from(summaryHtmlBytes(summary, standardProfile)).equals(expected)).toBe(true);
  });
});
