/**
 * The bad-file corpus through the command line (SPEC §8–§9), in-process: `validate` exits 2 with
 * the file's Swedish message for every file that cannot be read, and 0/1 with findings for the
 * rest; `consolidate` over the good seed reports plus every bad file carries on: every good
 * source is consolidated, every bad one is listed with status "error" and its reason, and the
 * summary workbook is written and reopens.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { bufferIo } from "../../src/cli/io";
import { FileWorkbook } from "../../src/workbook/file";
import { loadSeedFixtures } from "../fixtures/seeds/format";
import { fixtureSpec } from "../core/fix/support";
import { buildCorpus, readCorpus } from "./corpus";

const corpus = readCorpus();
let corpusDir: string;
let work: string;

beforeAll(() => {
  corpusDir = buildCorpus();
  work = fs.mkdtempSync(path.join(os.tmpdir(), "uppfoljning-reliability-cli-"));
  for (const entry of corpus)
    fs.copyFileSync(path.join(corpusDir, entry.file), path.join(work, entry.file));
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const io = bufferIo();
  const code = await main(argv, io, work);
  return { code, out: io.out, err: io.err };
}

describe.each(corpus.map((entry) => [entry.file, entry] as const))("validate %s", (file, entry) => {
  it(`exits ${entry.exitCode}${entry.readable ? " with findings" : " with its Swedish message"}`, async () => {
    const { code, out, err } = await run("validate", file);
    expect(code).toBe(entry.exitCode);
    if (entry.readable) {
      expect(err).toBe("");
      expect(out).toMatch(/\d+ fel/);
    } else {
      // One line on stderr, the file named first, then the message; no stack trace.
      const line = err.trim();
      expect(line.split("\n")).toHaveLength(1);
      expect(line.startsWith(`Fel: ${file}: `)).toBe(true);
      expect(line.slice(`Fel: ${file}: `.length)).toMatch(new RegExp(entry.message));
    }
  });
});

interface SourceJson {
  file: string;
  status: "ok" | "error";
  error?: string;
  activities: number;
  counted: boolean;
  duplicateOf: { file: string } | null;
}

describe("consolidate over the seed reports and the whole bad-file corpus", () => {
  const seeds = loadSeedFixtures().map(({ fixture }) => fixture);
  let result: Awaited<ReturnType<typeof run>>;
  let json: {
    totals: { activities: number };
    sources: SourceJson[];
    conservation: { ok: boolean };
  };

  beforeAll(async () => {
    for (const fixture of seeds) {
      const port = FileWorkbook.create();
      await port.writeSheets([fixtureSpec(fixture.id)]);
      fs.writeFileSync(path.join(work, `${fixture.id}.xlsx`), await port.save());
    }
    const files = [
      ...seeds.map((fixture) => `${fixture.id}.xlsx`),
      ...corpus.map((entry) => entry.file),
    ];
    result = await run("consolidate", ...files, "-o", "sammanstallning.xlsx", "--json");
    json = JSON.parse(result.out);
  });

  it("exits 2 (some files could not be read) but still writes the summary", () => {
    expect(result.code).toBe(2);
    expect(fs.existsSync(path.join(work, "sammanstallning.xlsx"))).toBe(true);
  });

  it("consolidates every seed report with all its activities", () => {
    for (const fixture of seeds) {
      const sources = json.sources.filter((s) => s.file === `${fixture.id}.xlsx`);
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.every((s) => s.status === "ok")).toBe(true);
      expect(sources.reduce((sum, s) => sum + s.activities, 0)).toBe(
        fixture.expected.activities.length,
      );
    }
  });

  it("lists every unreadable file with status error and its Swedish reason, and reads the readable bad files", () => {
    for (const entry of corpus) {
      const sources = json.sources.filter((s) => s.file === entry.file);
      expect(sources.length).toBeGreaterThan(0);
      if (entry.readable) {
        expect(sources.map((s) => s.status)).toEqual(sources.map(() => "ok"));
        expect(sources.reduce((sum, s) => sum + s.activities, 0)).toBe(entry.activities);
      } else {
        expect(sources).toHaveLength(1);
        expect(sources[0]!.status).toBe("error");
        expect(sources[0]!.activities).toBe(0);
        expect(sources[0]!.error).toMatch(new RegExp(entry.message.replace(/^\^/, "")));
      }
    }
  });

  it("keeps the row balance: the long table has one row per activity of the sources", async () => {
    expect(json.conservation.ok).toBe(true);
    // A variant that reads exactly like another file is the same report: left out as a duplicate.
    const leftOut = json.sources.filter((s) => !s.counted);
    expect(leftOut.every((s) => s.duplicateOf !== null || s.status === "error")).toBe(true);
    const total = json.sources.filter((s) => s.counted).reduce((sum, s) => sum + s.activities, 0);
    expect(json.totals.activities).toBe(total);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(work, "sammanstallning.xlsx"));
    const long = workbook.getWorksheet("Alla aktiviteter")!;
    expect(long.actualRowCount - 1).toBe(total);
    const sources = workbook.getWorksheet("Källor")!;
    const listed = new Set<string>();
    sources.eachRow((row) =>
      row.eachCell((cell) => typeof cell.value === "string" && listed.add(cell.value)),
    );
    for (const entry of corpus) expect(listed).toContain(entry.file);
  });

  it("cuts the 100 000-character texts to Excel's cell limit in the summary, saying so", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(work, "sammanstallning.xlsx"));
    const texts: string[] = [];
    workbook
      .getWorksheet("Alla aktiviteter")!
      .eachRow((row) =>
        row.eachCell((cell) => typeof cell.value === "string" && texts.push(cell.value)),
      );
    const cut = texts.filter((text) => text.endsWith("[avkortad, 100000 tecken i källan]"));
    expect(cut).toHaveLength(2); // the activity and the comment
    for (const text of cut) expect(text.length).toBeLessThanOrEqual(32_767);
    expect(texts.every((text) => text.length <= 32_767)).toBe(true);
  });
});
