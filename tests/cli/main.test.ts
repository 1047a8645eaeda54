/**
 * The CLI in-process: main() with captured output, files in a temp folder. One test spawns the
 * real bin (tests/cli/bin.test.ts).
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferIo } from "../../src/cli/io";
import { COMMANDS } from "../../src/cli/commands";
import { PROFILE_SETTING } from "../../src/core/template";
import { FileWorkbook } from "../../src/workbook/file";
import { oleFile } from "../workbook/file/zip-builder";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "uppfoljning-cli-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const io = bufferIo();
  const code = await main(argv, io, dir);
  return { code, out: io.out, err: io.err };
}

describe("help and usage", () => {
  it("lists the commands in Swedish, hiding developer commands", async () => {
    const { code, out } = await run("--hjälp");
    expect(code).toBe(0);
    expect(out).toContain("Användning: uppfoljning <kommando>");
    expect(out).toMatch(/structure\s+Läs en ifylld uppföljning/);
    expect(out).toMatch(/template\s+Skapa en tom standardmall/);
    expect(out).not.toMatch(/examples/);
  });

  it("exits 2 with the help when no command is given", async () => {
    const { code, out } = await run();
    expect(code).toBe(2);
    expect(out).toContain("Kommandon:");
  });

  it("shows a command's help", async () => {
    const { code, out } = await run("template", "--help");
    expect(code).toBe(0);
    expect(out).toContain("uppfoljning template -o mall.xlsx");
    expect((await run("help", "structure")).out).toContain("--json");
  });

  it("refuses an unknown command or flag with one Swedish line and exit 2", async () => {
    const unknown = await run("sammanställ-allt");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe("Fel: Okänt kommando: sammanställ-allt (se uppfoljning --hjälp)\n");

    const flag = await run("template", "-o", "m.xlsx", "--färg", "blå");
    expect(flag.code).toBe(2);
    expect(flag.err).toMatch(/^Fel: Okänd flagga för template: --färg/);
    expect(flag.err.trim().split("\n")).toHaveLength(1);
  });

  it("gives every command a unique name, a summary and help", async () => {
    const names = COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect(entry.summary.length).toBeGreaterThan(10);
      expect(command.help).toContain(`uppfoljning ${entry.name}`);
      // The entry lists the command without loading it: it must say what the command says.
      expect({
        name: entry.name,
        aliases: entry.aliases,
        summary: entry.summary,
        hidden: entry.hidden,
      }).toEqual({
        name: command.name,
        aliases: command.aliases,
        summary: command.summary,
        hidden: command.hidden,
      });
    }
  });
});

describe("template", () => {
  it("writes a template with the header values and the profile stored in the workbook", async () => {
    const { code, out, err } = await run(
      "template",
      "-o",
      "mall.xlsx",
      "--organisation",
      "Kultur- och fritidsförvaltningen",
      "--year",
      "2020",
      "--period",
      "delar",
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("mall.xlsx");
    const workbook = await FileWorkbook.open(
      new Uint8Array(fs.readFileSync(path.join(dir, "mall.xlsx"))),
    );
    const grid = await workbook.readSheet("Uppföljning");
    expect(grid.rows[1]?.[1]?.value).toBe("Kultur- och fritidsförvaltningen");
    expect(grid.rows[1]?.[3]?.value).toBe(2020);
    expect(grid.rows[2]?.[3]?.value).toBe("Delår per 31 augusti");
    expect(grid.rows[3]?.[3]?.value).toBe("2020-08-31");
    expect(JSON.parse((await workbook.getSetting(PROFILE_SETTING))!).id).toBe("standard");
    expect((await workbook.listSheets()).map((s) => s.name)).toEqual([
      "Uppföljning",
      "Uppdrag",
      "_uppfoljning",
    ]);
  });

  it("refuses to overwrite an existing file unless --force is given", async () => {
    fs.writeFileSync(path.join(dir, "mall.xlsx"), "viktigt");
    const refused = await run("template", "-o", "mall.xlsx");
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/finns redan/);
    expect(fs.readFileSync(path.join(dir, "mall.xlsx"), "utf8")).toBe("viktigt");
    expect((await run("template", "-o", "mall.xlsx", "--force")).code).toBe(0);
  });

  it("checks -o, --year and --period", async () => {
    expect((await run("template")).err).toMatch(/Ange filen som ska skapas med -o/);
    expect((await run("template", "-o", "m.xlsx", "--year", "20")).err).toMatch(/Ogiltigt år/);
    const period = await run("template", "-o", "m.xlsx", "--period", "vinter");
    expect(period.code).toBe(2);
    expect(period.err).toMatch(/Ogiltig period: "vinter". Välj tertial1, delar eller helar./);
    expect(fs.existsSync(path.join(dir, "m.xlsx"))).toBe(false);
  });

  it("refuses an invalid profile file with its problem", async () => {
    fs.writeFileSync(path.join(dir, "profil.json"), '{"id": "egen"');
    const { code, err } = await run("template", "-o", "m.xlsx", "--profile", "profil.json");
    expect(code).toBe(2);
    expect(err).toMatch(/^Fel: Profilen profil.json är ogiltig: Profilen är inte giltig JSON/);
  });
});

describe("structure", () => {
  /** A small sheet in an older layout: title rows, a perspective row, merged goal, Utfall with status and comment. */
  async function writeSourceWorkbook(file: string): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad1");
    sheet.getCell("A1").value = "Kultur- och fritidsförvaltningen";
    sheet.getCell("A2").value = "Uppföljning av verksamhetsplan 2020, per den 31 augusti";
    ["Nämndmål", "Aktivitet", "Slutdatum", "Status", "Kommentar"].forEach(
      (title, i) => (sheet.getCell(4, i + 1).value = title),
    );
    sheet.getCell("A5").value = "Samhälle";
    sheet.getCell("A6").value = "Ett mångfasetterat kultur-, fritids- och idrottsliv";
    sheet.mergeCells("A6:A7");
    sheet.getCell("B6").value = "Genomföra en översyn av museer";
    sheet.getCell("C6").value = "Kvartal 2";
    sheet.getCell("D6").value = "Genomfört";
    sheet.getCell("E6").value = "Utredningen presenterades 2020-05-28.";
    sheet.getCell("B7").value = "Utveckla Friluftsmuseet Gamla Linköping";
    sheet.getCell("C7").value = "Kvartal 4";
    sheet.getCell("D7").value = "Pågående";
    fs.writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  }

  it("prints the SPEC §8 JSON of the activity table", async () => {
    await writeSourceWorkbook(path.join(dir, "kof.xlsx"));
    const { code, out, err } = await run("structure", "kof.xlsx", "--json");
    expect(err).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.reports).toHaveLength(1);
    const report = json.reports[0];
    expect(report).toMatchObject({
      sheet: "Blad1",
      organisation: "Kultur- och fritidsförvaltningen",
      year: 2020,
      period: "delar",
      cutoff: "2020-08-31",
    });
    expect(report.activities).toHaveLength(2);
    expect(report.activities[0]).toMatchObject({
      perspective: "Samhälle",
      goal: "Ett mångfasetterat kultur-, fritids- och idrottsliv",
      activity: "Genomföra en översyn av museer",
      due: { raw: "Kvartal 2", kind: "quarter", value: 2, end: "2020-06-30" },
      status: { category: "done", label: "Genomfört" },
      comment: "Utredningen presenterades 2020-05-28.",
      source: { sheet: "Blad1", row: 6 },
    });
    expect(report.activities[1]).toMatchObject({
      goal: "Ett mångfasetterat kultur-, fritids- och idrottsliv",
      status: { category: "ongoing" },
    });
    expect(Array.isArray(report.notes)).toBe(true);
    expect(report.unplaced).toEqual([]);
  });

  it("prints a readable summary without --json", async () => {
    await writeSourceWorkbook(path.join(dir, "kof.xlsx"));
    const { code, out } = await run("structure", "kof.xlsx");
    expect(code).toBe(0);
    expect(out).toContain('Blad "Blad1"');
    expect(out).toContain("2 aktiviteter");
    expect(out).toMatch(/1 genomförd, 1 pågående/);
  });

  it("round-trips a template written by the template command", async () => {
    expect(
      (
        await run(
          "template",
          "-o",
          "mall.xlsx",
          "--organisation",
          "Vård- och omsorgsförvaltningen",
          "--year",
          "2023",
          "--period",
          "tertial1",
        )
      ).code,
    ).toBe(0);
    const { code, out } = await run("structure", "mall.xlsx", "--json");
    expect(code).toBe(0);
    const report = JSON.parse(out).reports.find(
      (r: { sheet: string }) => r.sheet === "Uppföljning",
    );
    expect(report).toMatchObject({
      organisation: "Vård- och omsorgsförvaltningen",
      year: 2023,
      period: "tertial1",
      cutoff: "2023-04-30",
      activities: [],
    });
  });

  it("exits 1 with a Swedish message when no sheet has an activity table", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Budget").getCell("A1").value = "Intäkter";
    fs.writeFileSync(
      path.join(dir, "budget.xlsx"),
      new Uint8Array(await workbook.xlsx.writeBuffer()),
    );
    const { code, out, err } = await run("structure", "budget.xlsx", "--json");
    expect(code).toBe(1);
    expect(JSON.parse(out).failures[0].sheet).toBe("Budget");
    expect(err).toMatch(/ingen aktivitetstabell hittades/);
  });

  it.each([
    ["a missing file", null, /Filen finns inte/],
    ["a text file", "Perspektiv;Aktivitet\n", /inte en Excel-arbetsbok/],
    ["an old .xls", "xls", /gamla \.xls-formatet/],
    ["an encrypted workbook", "encrypted", /lösenordsskyddad/],
  ])("exits 2 with one line for %s", async (_what, content, message) => {
    const file = path.join(dir, "in.xlsx");
    if (content === "xls") fs.writeFileSync(file, oleFile("Workbook"));
    else if (content === "encrypted") fs.writeFileSync(file, oleFile("EncryptionInfo"));
    else if (content !== null) fs.writeFileSync(file, content);
    const { code, out, err } = await run("structure", "in.xlsx");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  it("writes the structured activities into a new standard template with -o", async () => {
    await writeSourceWorkbook(path.join(dir, "kof.xlsx"));
    const before = fs.readFileSync(path.join(dir, "kof.xlsx"));
    const { code, out } = await run("structure", "kof.xlsx", "-o", "standard.xlsx");
    expect(code).toBe(0);
    expect(out).toContain("Standardmallen skrevs till standard.xlsx");
    expect(fs.readFileSync(path.join(dir, "kof.xlsx")).equals(before)).toBe(true);

    const again = JSON.parse((await run("structure", "standard.xlsx", "--json")).out);
    expect(again.reports).toHaveLength(1);
    expect(again.reports[0]).toMatchObject({
      sheet: "Uppföljning",
      organisation: "Kultur- och fritidsförvaltningen",
      year: 2020,
      period: "delar",
    });
    expect(
      again.reports[0].activities.map((a: { activity: string; status: { category: string } }) => [
        a.activity,
        a.status.category,
      ]),
    ).toEqual([
      ["Genomföra en översyn av museer", "done"],
      ["Utveckla Friluftsmuseet Gamla Linköping", "ongoing"],
    ]);
  });

  it("never writes the template over the file it reads", async () => {
    await writeSourceWorkbook(path.join(dir, "kof.xlsx"));
    const { code, err } = await run("structure", "kof.xlsx", "-o", "kof.xlsx", "--force");
    expect(code).toBe(2);
    expect(err).toMatch(/ny fil/);
  });

  it("asks for a file when none is given", async () => {
    const { code, err } = await run("structure");
    expect(code).toBe(2);
    expect(err).toMatch(/Ange filen som ska läsas/);
  });
});
