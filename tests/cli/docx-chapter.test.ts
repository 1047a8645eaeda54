/**
 * `consolidate --docx`: the Word chapter of the five seed reports (with a comparison to KOF's
 * delår). Checked in its XML (built-in heading, caption and table styles, the chart as a PNG) and
 * converted by LibreOffice (`soffice --headless --convert-to pdf`) without errors; skipped with a
 * message only where soffice is not installed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { runCliIn } from "./run-cli";
import { helarXlsx } from "../fixtures/period/load";
import { fixtureBytes } from "../../src/cli/commands/examples";
import { loadSeedFixture } from "../fixtures/seeds/format";

const SEEDS = ["kof-2020-delar", "vss-2023-delar", "an-2024-delar", "bun-2020-helar", "ks-2018-delar"];
let dir: string;
let files: Record<string, Uint8Array>;

function hasSoffice(): boolean {
  return spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "uppfoljning-docx-"));
  for (const id of SEEDS) fs.writeFileSync(path.join(dir, `${id}.xlsx`), await fixtureBytes(loadSeedFixture(id)));
  fs.writeFileSync(path.join(dir, "kof-2020-helar.xlsx"), await helarXlsx());
  const { code, err } = await runCliIn(dir, "consolidate", "kof-2020-helar.xlsx", ...SEEDS.slice(1).map((id) => `${id}.xlsx`), "--previous", "kof-2020-delar.xlsx", "--docx", "kapitel.docx");
  expect(err).toBe("");
  expect(code).toBe(0);
  files = unzipSync(new Uint8Array(fs.readFileSync(path.join(dir, "kapitel.docx"))));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the Word chapter", () => {
  it("uses Word's built-in heading, caption and table styles, with the table style defined by theme colours", () => {
    const document = strFromU8(files["word/document.xml"]!);
    const styles = strFromU8(files["word/styles.xml"]!);
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(document).toContain('<w:pStyle w:val="Heading3"/>');
    expect(document).toContain('<w:pStyle w:val="Caption"/>');
    expect(document).toContain('<w:tblStyle w:val="GridTable4-Accent1"/>');
    expect(styles).toMatch(/<w:style w:type="table" w:styleId="GridTable4-Accent1"><w:name w:val="Grid Table 4 Accent 1"\/>/);
    expect(styles).toContain('w:themeFill="accent1"');
    for (const text of ["Aktiviteter per förvaltning och status", "Avvikelser (", "Förändringar sedan förra perioden", "Kultur- och fritidsförvaltningen", "Pågående", "Flyttad"]) {
      expect(document).toContain(text);
    }
  });

  it("embeds the chart as a PNG image", () => {
    const media = Object.keys(files).filter((name) => name.startsWith("word/media/"));
    expect(media).toHaveLength(1);
    const png = files[media[0]!]!;
    expect(Array.from(png.subarray(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(strFromU8(files["word/document.xml"]!)).toContain("<pic:pic");
  });

  const soffice = hasSoffice();
  const conversion = soffice ? it : it.skip;
  if (!soffice) console.warn("soffice (LibreOffice) is not installed: the PDF conversion of the Word chapter is skipped.");
  conversion(
    "LibreOffice converts it to PDF without errors, with the chart in it",
    () => {
      // A profile of its own, so a LibreOffice already running for someone else does not take the job.
      const profile = `file://${path.join(dir, "lo-profile")}`;
      const result = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, path.join(dir, "kapitel.docx")], {
        encoding: "utf8",
        // A cold start with a new profile takes a few seconds; a hung soffice fails here, well inside jest's timeout.
        timeout: 20_000,
      });
      expect(result.status).toBe(0);
      expect(result.stderr).not.toMatch(/error/i);
      const pdf = fs.readFileSync(path.join(dir, "kapitel.pdf"));
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      // The chart survives as an image XObject.
      expect(pdf.toString("latin1")).toMatch(/\/Subtype\s*\/Image/);
      // Keep the tool's name in the test output when it works, for the record.
      expect(execFileSync("soffice", ["--version"], { encoding: "utf8" })).toMatch(/LibreOffice/);
    },
  );
});
