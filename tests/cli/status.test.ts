/**
 * `status` on real seed reports written as .xlsx, stamped with the real "Klar för inlämning" use
 * case, one edited after stamping: states, the expected list from --profile, JSON and exit codes.
 */
import { reportTasks } from "../../src/core/validate/validation-report";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCliIn } from "./run-cli";
import { fixtureBytes } from "../../src/cli/commands/examples";
import { FileWorkbook } from "../../src/workbook/file";
import { checkWorkbook, stampWorkbook } from "../../src/core/workflow";
import { standardProfile } from "../../src/core/profile/load";
import { address } from "../../src/core/grid";
import { SubmissionOverviewSchema } from "../../src/core/consolidate";
import { loadSeedFixture } from "../fixtures/seeds/format";

let dir: string;

async function stamped(id: string, edit: boolean): Promise<Uint8Array> {
  const workbook = await FileWorkbook.open(await fixtureBytes(loadSeedFixture(id)));
  const result = await stampWorkbook(workbook, { profile: standardProfile });
  if (!result.ok) throw new Error(`${id} could not be stamped: ${result.message}`);
  if (edit) {
    // After stamping, one status is changed in the sheet: what a late edit looks like.
    const { report } = reportTasks(await checkWorkbook(workbook, { profile: standardProfile }))[0]!;
    const first = report.activities.find((a) => a.status.raw.trim() !== "")!;
    const grid = await workbook.readSheet(report.sheet);
    const col = grid.rows[first.source.row - 1]!.findIndex((cell) => cell?.text === first.status.raw) + 1;
    expect(col).toBeGreaterThan(0);
    await workbook.updateCells([{ sheet: report.sheet, cell: address(first.source.row, col), value: "Ej påbörjad" }]);
  }
  return workbook.save();
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "uppfoljning-status-"));
  fs.mkdirSync(path.join(dir, "inkommet"));
  fs.writeFileSync(path.join(dir, "inkommet", "vss.xlsx"), await stamped("vss-2023-delar", false));
  fs.writeFileSync(path.join(dir, "inkommet", "an.xlsx"), await stamped("an-2024-delar", true));
  fs.writeFileSync(path.join(dir, "inkommet", "kof.xlsx"), await fixtureBytes(loadSeedFixture("kof-2020-delar")));
  fs.copyFileSync(path.join(dir, "inkommet", "vss.xlsx"), path.join(dir, "vss-kopia.xlsx"));
  fs.writeFileSync(path.join(dir, "trasig.xlsx"), fs.readFileSync(path.join(dir, "inkommet", "kof.xlsx")).subarray(0, 1500));
  const profile = {
    ...standardProfile,
    forvaltningar: ["Verksamhetsstöd och service", "Vård- och omsorgsförvaltningen", "Kultur- och fritidsförvaltningen", "Barn- och ungdomsförvaltningen"],
  };
  fs.writeFileSync(path.join(dir, "profil.json"), JSON.stringify(profile));
  fs.writeFileSync(path.join(dir, "bara-vss.json"), JSON.stringify({ ...standardProfile, forvaltningar: ["Verksamhetsstöd och service"] }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (...argv: string[]) => runCliIn(dir, ...argv);

describe("uppfoljning status", () => {
  it("a folder of received reports against the profile's list: every state, the duplicate, exit 1", async () => {
    const { code, out } = await run("status", "inkommet", "vss-kopia.xlsx", "--profile", "profil.json");
    expect(code).toBe(1);
    expect(out).toMatch(/^Inlämning: 1 av 4 förväntade förvaltningar har lämnat in en stämplad rapport; 1 saknas\.\n/);
    expect(out).toMatch(/Verksamhetsstöd och service +Inlämnad och stämplad +vss\.xlsx/);
    expect(out).toMatch(/Vård- och omsorgsförvaltningen +Ändrad efter stämpling +an\.xlsx/);
    expect(out).toMatch(/Kultur- och fritidsförvaltningen +Fel i rapporten \(1 fel\) +kof\.xlsx/);
    expect(out).toMatch(/Barn- och ungdomsförvaltningen +Saknas/);
    expect(out).toMatch(/Samma rapport två gånger:\n {2}vss-kopia\.xlsx: räknas inte, samma innehåll som vss\.xlsx/);
  });

  it("--json gives the overview; exit 0 when every expected report is in and stamped", async () => {
    const { code, out } = await run("status", "inkommet/vss.xlsx", "--profile", "bara-vss.json", "--json");
    expect(code).toBe(0);
    const overview = SubmissionOverviewSchema.parse(JSON.parse(out));
    expect(overview.complete).toBe(true);
    expect(overview.rows).toEqual([{ organisation: "Verksamhetsstöd och service", expected: true, state: "stamped", errors: 0, sources: [{ file: "vss.xlsx", sheet: expect.any(String) }] }]);
  });

  it("an unreadable file: listed with its reason, exit 2", async () => {
    const { code, out } = await run("status", "inkommet/vss.xlsx", "trasig.xlsx", "--profile", "bara-vss.json");
    expect(code).toBe(2);
    expect(out).toMatch(/Kunde inte läsas:\n {2}trasig\.xlsx – /);
  });

  it("a report sent in another spreadsheet format is named as unreadable, not silently missing", async () => {
    fs.mkdirSync(path.join(dir, "fel-format"));
    fs.writeFileSync(path.join(dir, "fel-format", "vss.xlsx"), fs.readFileSync(path.join(dir, "inkommet", "vss.xlsx")));
    // The old binary format starts with the OLE compound-file signature.
    fs.writeFileSync(path.join(dir, "fel-format", "bun.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    fs.writeFileSync(path.join(dir, "fel-format", "~$vss.xlsx"), "lock");
    fs.writeFileSync(path.join(dir, "fel-format", "läsmig.txt"), "inte en rapport");
    const { code, out } = await run("status", "fel-format", "--profile", "bara-vss.json");
    expect(code).toBe(2);
    expect(out).toMatch(/Kunde inte läsas:\n {2}bun\.xls – .*\.xls-formatet/);
    expect(out).not.toContain("~$vss.xlsx");
    expect(out).not.toContain("läsmig.txt");
  });
});
