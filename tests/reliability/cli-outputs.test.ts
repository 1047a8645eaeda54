/**
 * Outputs are written safely (issue 14): whole or not at all (a temporary file renamed into
 * place), never over a source or over each other whatever --force says, and nothing a workbook
 * holds reaches the terminal as a control sequence.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { bufferIo, terminalSafe } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { samePath, writeBytes } from "../../src/cli/files";
import { FileWorkbook } from "../../src/workbook/file";
import { reportSpec } from "./report-spec";

let work: string;

async function writeReport(file: string, organisation: string): Promise<void> {
  const port = FileWorkbook.create();
  await port.writeSheets([reportSpec(organisation)]);
  fs.writeFileSync(path.join(work, file), await port.save());
}

async function run(...argv: string[]) {
  const io = bufferIo();
  const code = await main(argv, io, work);
  return { code, out: io.out, err: io.err };
}

beforeEach(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "uppfoljning-outputs-"));
  await writeReport("a.xlsx", "Socialförvaltningen");
  await writeReport("b.xlsx", "Kulturförvaltningen");
});

afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

describe("consolidate refuses outputs that would destroy something, even with --force", () => {
  it("an output that is one of the inputs: refused, the source untouched", async () => {
    const before = fs.readFileSync(path.join(work, "a.xlsx"));
    const result = await run("consolidate", "a.xlsx", "b.xlsx", "-o", "./a.xlsx", "--force");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/är en av filerna som läses/);
    expect(fs.readFileSync(path.join(work, "a.xlsx")).equals(before)).toBe(true);
  });

  it("the workbook and the HTML report at the same path: refused, nothing written", async () => {
    const result = await run(
      "consolidate",
      "a.xlsx",
      "b.xlsx",
      "-o",
      "ut.xlsx",
      "--html",
      "ut.xlsx",
      "--force",
    );
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Två utfiler har samma namn/);
    expect(fs.existsSync(path.join(work, "ut.xlsx"))).toBe(false);
  });

  it("a link to an input counts as the input", () => {
    fs.symlinkSync(path.join(work, "a.xlsx"), path.join(work, "länk.xlsx"));
    expect(samePath(path.join(work, "länk.xlsx"), path.join(work, "a.xlsx"))).toBe(true);
    expect(samePath(path.join(work, "b.xlsx"), path.join(work, "a.xlsx"))).toBe(false);
  });
});

describe("writing an output", () => {
  it("replaces the previous file whole and leaves no temporary file behind", async () => {
    const target = path.join(work, "ut.xlsx");
    fs.writeFileSync(target, "gammal");
    writeBytes(target, new TextEncoder().encode("ny"), { force: true });
    expect(fs.readFileSync(target, "utf8")).toBe("ny");
    expect(fs.readdirSync(work).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps the previous file when the new one cannot be put in place", () => {
    const target = path.join(work, "mapp");
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, "kvar.txt"), "kvar");
    // Refused before anything is written: a folder is no output file, even with --force.
    expect(() => writeBytes(target, new TextEncoder().encode("ny"), { force: true })).toThrow(
      /är en mapp/,
    );
    expect(fs.readFileSync(path.join(target, "kvar.txt"), "utf8")).toBe("kvar");
    expect(fs.readdirSync(work).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});

describe("text from a workbook never reaches the terminal as a control sequence", () => {
  it("an organisation name with escape sequences is printed with them made visible", async () => {
    await writeReport("c.xlsx", "Skol\u001b[2J\u001b]0;titel\u0007förvaltningen\u009b31m");
    const result = await run("consolidate", "a.xlsx", "c.xlsx", "-o", "ut.xlsx");
    expect(result.code).toBe(0);
    expect(result.out).toContain("Skol\\u001b[2J\\u001b]0;titel\\u0007förvaltningen\\u009b31m");
    // eslint-disable-next-line no-control-regex
    expect(result.out + result.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it("JSON output still parses to the exact text", () => {
    const text = "a\u001b[2Jb\u0085c\u009bd";
    expect(JSON.parse(terminalSafe(JSON.stringify({ text })))).toEqual({ text });
  });
});

describe("a reader that stops early", () => {
  it("`structure x.xlsx | head -1`: the closed pipe ends the run quietly, no stack trace", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn(
      process.execPath,
      [path.join(__dirname, "run-cli.cjs"), "structure", "a.xlsx"],
      {
        cwd: work,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    child.stdout.destroy(); // the reader is gone before the first line is written
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(err).toBe("");
    expect(code).toBe(0);
  }, 20_000);
});
