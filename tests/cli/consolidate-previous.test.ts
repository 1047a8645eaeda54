/**
 * `consolidate --previous`: KOF 2020 helår (tests/fixtures/period) against its delår report, given
 * as the report itself and as the summary workbook written for delår. Both find the same changes.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCliIn } from "./run-cli";
import { helarXlsx } from "../fixtures/period/load";
import { fixtureBytes } from "../../src/cli/commands/examples";
import { FileWorkbook } from "../../src/workbook/file";
import { PeriodComparisonSchema } from "../../src/core/consolidate";
import { loadSeedFixture } from "../fixtures/seeds/format";

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "uppfoljning-previous-"));
  fs.writeFileSync(path.join(dir, "kof-2020-delar.xlsx"), await fixtureBytes(loadSeedFixture("kof-2020-delar")));
  fs.writeFileSync(path.join(dir, "kof-2020-helar.xlsx"), await helarXlsx());
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (...argv: string[]) => runCliIn(dir, ...argv);

function counts(json: string) {
  const comparison = PeriodComparisonSchema.parse(JSON.parse(json).comparison);
  return comparison.organisations.map((o) => ({
    organisation: o.organisation,
    statusChanges: o.statusChanges.length,
    new: o.new.map((a) => a.activity),
    vanished: o.vanished.map((a) => a.activity.slice(0, 40)),
    fuzzy: o.fuzzy.length,
    ties: o.ties.length,
  }));
}

const EXPECTED = [
  {
    organisation: "Kultur- och fritidsförvaltningen",
    statusChanges: 7,
    new: ["Genomföra en översyn av lokalkostnader inom nämndens verksamheter"],
    vanished: ["Utveckla befintlig stödstruktur för EU-f"],
    fuzzy: 2,
    ties: 0,
  },
];

describe("uppfoljning consolidate --previous", () => {
  it("against last period's report: JSON with the comparison, the Förändringar sheet and the HTML section", async () => {
    const { code, out } = await run("consolidate", "kof-2020-helar.xlsx", "--previous", "kof-2020-delar.xlsx", "--json");
    expect(code).toBe(0);
    expect(counts(out)).toEqual(EXPECTED);

    const text = await run("consolidate", "kof-2020-helar.xlsx", "--previous", "kof-2020-delar.xlsx", "-o", "helar.xlsx", "--html", "helar.html");
    expect(text.out).toMatch(/Kultur- och fritidsförvaltningen: 7 ändrade status, 1 nya, 1 försvunna, \d+ överförda/);
    expect(text.out).toMatch(/Pågående → Flyttad: Utveckla Friluftsmuseet Gamla Linköping/);
    const workbook = await FileWorkbook.open(new Uint8Array(fs.readFileSync(path.join(dir, "helar.xlsx"))));
    const sheet = await workbook.readSheet("Förändringar");
    const kinds = sheet.rows.map((row) => row[1]?.text);
    expect(kinds.filter((k) => k === "Ändrad status")).toHaveLength(7);
    expect(kinds.filter((k) => k === "Ny")).toHaveLength(1);
    expect(kinds.filter((k) => k === "Försvunnen utan att vara klar")).toHaveLength(1);
    const html = fs.readFileSync(path.join(dir, "helar.html"), "utf8");
    expect(html).toContain('id="forandringar"');
    expect(html.match(/data-change="status"/g)).toHaveLength(7);
  });

  it("against last period's summary workbook: the same changes", async () => {
    expect((await run("consolidate", "kof-2020-delar.xlsx", "-o", "delar-sammanstallning.xlsx")).code).toBe(0);
    const { code, out } = await run("consolidate", "kof-2020-helar.xlsx", "--previous", "delar-sammanstallning.xlsx", "--json");
    expect(code).toBe(0);
    expect(counts(out)).toEqual(EXPECTED);
  });

  it("an unreadable previous file is a warning and exit 2 (a file could not be read), the summary is still made", async () => {
    fs.writeFileSync(path.join(dir, "trasig.xlsx"), "inte en arbetsbok");
    const { code, out } = await run("consolidate", "kof-2020-helar.xlsx", "--previous", "trasig.xlsx", "--json");
    expect(code).toBe(2);
    expect(JSON.parse(out).warnings.join(" ")).toMatch(/^.*Förra perioden: trasig\.xlsx/);
  });
});
