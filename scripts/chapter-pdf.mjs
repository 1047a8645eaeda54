// The Word chapter end to end (README, "Kapitel för Word"): renders the example reports, writes
// out/kapitel.docx with `consolidate --docx` (KOF's helår compared with its delår), converts it
// with LibreOffice (`soffice --headless --convert-to pdf`) and renders the PDF's pages as PNG
// (pdftoppm, or Ghostscript where pdftoppm is missing) into docs/screenshots/.
// Run with `npm run chapter-pdf`; exits 1 when a step fails, and says so plainly when soffice is absent.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const out = path.join(root, "out");
const shots = path.join(root, "docs", "screenshots");

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8" });
  if (result.status !== 0) {
    process.stderr.write(`${what} misslyckades (${command} ${args.join(" ")}):\n${result.stderr || result.stdout}\n`);
    process.exit(1);
  }
  return result;
}
const has = (command, flag = "--version") => spawnSync(command, [flag], { stdio: "ignore" }).status === 0;

const cli = path.join(root, "bin", "uppfoljning.js");
run("node", [cli, "examples", "-o", "out/examples"], "Exempelfilerna");
run("node", [cli, "examples", "--fixtures", "tests/fixtures/period", "-o", "out/period"], "Helårsfixturen");
run(
  "node",
  [
    cli,
    "consolidate",
    "out/period/kof-2020-helar.xlsx",
    ...["vss-2023-delar", "an-2024-delar", "bun-2020-helar", "ks-2018-delar"].map((id) => `out/examples/${id}.xlsx`),
    "--previous",
    "out/examples/kof-2020-delar.xlsx",
    "--docx",
    "out/kapitel.docx",
    "--force",
  ],
  "Kapitlet",
);
console.log("Skrev out/kapitel.docx");

if (!has("soffice")) {
  console.log("LibreOffice (soffice) är inte installerat: PDF-konverteringen hoppas över. Installera libreoffice-writer och kör igen.");
  process.exit(0);
}
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
run("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", out, path.join(out, "kapitel.docx")], "LibreOffice");
fs.rmSync(profile, { recursive: true, force: true });
console.log("Skrev out/kapitel.pdf (LibreOffice utan fel)");

// Every page at 70 dpi into a scratch folder; the first (chart, table) and the last (change since
// last period) go to docs/screenshots/ as kapitel-word-1.png and kapitel-word-2.png.
const pages = fs.mkdtempSync(path.join(os.tmpdir(), "kapitel-pages-"));
if (has("pdftoppm", "-v")) {
  run("pdftoppm", ["-png", "-r", "70", path.join(out, "kapitel.pdf"), path.join(pages, "page")], "pdftoppm");
} else if (has("gs")) {
  run("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r70", `-sOutputFile=${path.join(pages, "page-%03d.png")}`, path.join(out, "kapitel.pdf")], "Ghostscript");
} else {
  console.log("Varken pdftoppm eller Ghostscript finns: inga skärmbilder av PDF:en.");
  process.exit(0);
}
const rendered = fs.readdirSync(pages).filter((name) => name.endsWith(".png")).sort();
fs.mkdirSync(shots, { recursive: true });
fs.copyFileSync(path.join(pages, rendered[0]), path.join(shots, "kapitel-word-1.png"));
fs.copyFileSync(path.join(pages, rendered[rendered.length - 1]), path.join(shots, "kapitel-word-2.png"));
fs.rmSync(pages, { recursive: true, force: true });
console.log(`PDF:en har ${rendered.length} sidor; skrev docs/screenshots/kapitel-word-1.png (första) och kapitel-word-2.png (sista)`);
