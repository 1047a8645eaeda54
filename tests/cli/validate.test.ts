/**
 * `uppfoljning validate` in-process: seed fixtures written as .xlsx files to a temp folder,
 * exit codes of SPEC §8, the readable table and the JSON.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferIo } from "../../src/cli/io";
import { FileWorkbook } from "../../src/workbook/file";
import { planFixes } from "../../src/core/fix";
import { applyFixPlan } from "../../src/core/workflow";
import { standardProfile as profile } from "../../src/core/profile/load";
import { validateReport } from "../../src/core/validate";
import { fixtureSpecs, structured } from "../core/fix/support";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "uppfoljning-validate-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const io = bufferIo();
  const code = await main(argv, io, dir);
  return { code, out: io.out, err: io.err };
}

async function seedFile(id: string): Promise<string> {
  const port = FileWorkbook.create();
  await port.writeSheets(fixtureSpecs(id));
  const name = `${id}.xlsx`;
  fs.writeFileSync(path.join(dir, name), await port.save());
  return name;
}

interface JsonOut {
  files: {
    file: string;
    error?: string;
    reports: {
      sheet: string;
      counts: { error: number; warning: number; info: number };
      stamp: string;
      findings: {
        rule: string;
        cell: string;
        severity: string;
        message: string;
        fix?: { newValue: string };
      }[];
    }[];
  }[];
}

describe("validate", () => {
  it("exits 1 when a report has errors and prints a table with cell, severity, rule and message (KOF 2020)", async () => {
    const kof = await seedFile("kof-2020-delar");
    const { code, out, err } = await run("validate", kof);
    expect(err).toBe("");
    expect(code).toBe(1);
    expect(out).toContain(
      'kof-2020-delar.xlsx – blad "Uppföljning" (Kultur- och fritidsförvaltningen): 1 fel, 8 varningar, 4 info; stämpel: Ej validerad',
    );
    expect(out).toMatch(/ {2}Cell +Allvar +Regel +Meddelande\n/);
    expect(out).toMatch(
      / {2}D20 +fel +status\.ambiguous +Cellen anger flera statusar \(”Pågående och genomfört”\)/,
    );
    expect(out).toMatch(
      / {2}C31 +varning +due\.missing +Aktiviteten ”Uppdrag till samtliga nämnder/,
    );
    expect(out).toContain("Totalt: 1 fil, 1 fel, 8 varningar, 4 info.");
  });

  it("exits 0 without errors and gives JSON per file and sheet (VSS 2023)", async () => {
    const vss = await seedFile("vss-2023-delar");
    const { code, out } = await run("validate", vss, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out) as JsonOut;
    expect(json.files).toHaveLength(1);
    const [report] = json.files[0]!.reports;
    expect(report).toMatchObject({ sheet: "Uppföljning", stamp: "not_validated" });
    expect(report!.counts.error).toBe(0);
    expect(report!.findings.find((f) => f.cell === "D12")).toMatchObject({
      rule: "status.noncanonical",
      severity: "warning",
      fix: { newValue: "Ej genomfört" },
    });
  });

  it("--cutoff moves the avstämningsdatum: per 30 april 2020 BUN's Delrapport 2 is not yet overdue", async () => {
    const bun = await seedFile("bun-2020-helar");
    const overdue = async (...extra: string[]) =>
      (
        JSON.parse((await run("validate", bun, "--json", ...extra)).out) as JsonOut
      ).files[0]!.reports[0]!.findings.filter((f) => f.rule === "overdue.ongoing").map(
        (f) => f.cell,
      );
    expect(await overdue()).toEqual(["D31", "D60", "D66", "D67", "D69"]);
    expect(await overdue("--cutoff", "2020-04-30")).toEqual([]);
  });

  it("an impossible or malformed --cutoff is exit 2 with a Swedish message", async () => {
    const kof = await seedFile("kof-2020-delar");
    expect(await run("validate", kof, "--cutoff", "2020-02-30")).toMatchObject({
      code: 2,
      out: "",
      err: 'Fel: Avstämningsdatumet "2020-02-30" finns inte i kalendern. Ange ett giltigt datum, till exempel 2020-08-31.\n',
    });
    expect((await run("validate", kof, "--cutoff", "31/8")).err).toContain(
      "ska skrivas ÅÅÅÅ-MM-DD",
    );
  });

  it("a bad --profile is exit 2 with the field named", async () => {
    const kof = await seedFile("kof-2020-delar");
    fs.writeFileSync(path.join(dir, "profil.json"), JSON.stringify({ id: "x", färg: "blå" }));
    const { code, err } = await run("validate", kof, "--profile", "profil.json");
    expect(code).toBe(2);
    expect(err).toMatch(/^Fel: Profilen profil\.json är ogiltig: /);
    expect((await run("validate", kof, "--profile", "saknas.json")).code).toBe(2);
  });

  it("an unreadable file is exit 2, and the other files are still validated", async () => {
    const vss = await seedFile("vss-2023-delar");
    fs.writeFileSync(path.join(dir, "trasig.xlsx"), "det här är ingen arbetsbok");
    const { code, out, err } = await run("validate", vss, "trasig.xlsx", "saknas.xlsx", "--json");
    expect(code).toBe(2);
    const json = JSON.parse(out) as JsonOut;
    expect(json.files.map((f) => [f.file, f.error === undefined, f.reports.length])).toEqual([
      ["vss-2023-delar.xlsx", true, 1],
      ["trasig.xlsx", false, 0],
      ["saknas.xlsx", false, 0],
    ]);
    expect(err.split("\n").filter(Boolean)).toHaveLength(2);
    expect(err).toContain("Filen finns inte");
  });

  it("a workbook without an activity table is exit 1", async () => {
    const port = FileWorkbook.create();
    await port.writeSheets([
      {
        name: "Blad1",
        cells: [
          { row: 1, col: 1, value: "Budget 2020" },
          { row: 2, col: 1, value: 1200 },
        ],
      },
    ]);
    fs.writeFileSync(path.join(dir, "budget.xlsx"), await port.save());
    const { code, out } = await run("validate", "budget.xlsx");
    expect(code).toBe(1);
    expect(out).toContain('budget.xlsx – blad "Blad1"');
  });

  it("after fixes were applied, the change log sheet is not read as a report or register", async () => {
    const port = FileWorkbook.create();
    await port.writeSheets(fixtureSpecs("vss-2023-delar"));
    const { report, register, grid } = await structured(port, "Uppföljning");
    const plan = planFixes(validateReport(report, { profile, register, grid }), {
      rules: ["status.noncanonical"],
    });
    await applyFixPlan(port, plan, new Date(2023, 8, 12));
    fs.writeFileSync(path.join(dir, "rättad.xlsx"), await port.save());
    const { code, out } = await run("validate", "rättad.xlsx", "--json");
    expect(code).toBe(0);
    const [file] = (JSON.parse(out) as JsonOut & { files: { failures: unknown[] }[] }).files;
    expect(file!.reports.map((r) => r.sheet)).toEqual(["Uppföljning"]);
    expect(file!.failures).toEqual([]);
    const findings = file!.reports[0]!.findings;
    expect(findings.filter((f) => f.rule === "status.noncanonical")).toEqual([]);
    expect(findings.filter((f) => f.rule === "assignment.uncovered")).toHaveLength(1);
  });

  it("without files: usage error, exit 2", async () => {
    expect(await run("validate")).toMatchObject({
      code: 2,
      err: expect.stringContaining("Ange minst en fil"),
    });
  });
});
