/**
 * What docs/limits.md says about `npm audit` rests on this: the product reaches ExcelJS only
 * through its in-memory reader and writer (JSZip), never through the streaming reader/writer
 * (unzipper, tmp, archiver) or the CSV module (fast-csv). `npm audit` itself needs the registry,
 * so it is a documented manual step, not a test.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? files(path.join(dir, e.name))
        : /\.tsx?$/.test(e.name)
          ? [path.join(dir, e.name)]
          : [],
    );
}

it("uses neither ExcelJS's streaming API nor its CSV module, nor their dependencies directly", () => {
  const offenders = files(path.join(ROOT, "src")).flatMap((file) => {
    const text = fs.readFileSync(file, "utf8");
    return /\.stream\.xlsx\b|WorkbookReader|WorkbookWriter|\.csv\.(read|write|load)|from\s+["'](unzipper|tmp|archiver|fast-csv|jszip)["']/.test(
      text,
    )
      ? [path.relative(ROOT, file)]
      : [];
  });
  expect(offenders).toEqual([]);
});

it("docs/limits.md lists every file of the bad-file corpus and the audit policy", () => {
  const doc = fs.readFileSync(path.join(ROOT, "docs/limits.md"), "utf8");
  const corpus = JSON.parse(
    fs.readFileSync(path.join(ROOT, "tests/fixtures/bad/corpus.json"), "utf8"),
  ) as { files: { file: string }[] };
  for (const { file } of corpus.files) expect(doc).toContain(`\`${file}\``);
  expect(doc).toMatch(/npm audit --omit=dev/);
  expect(doc).toMatch(/200 000/);
});
