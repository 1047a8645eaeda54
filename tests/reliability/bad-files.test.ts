/**
 * The bad-file corpus through the file adapter and the workflow (SPEC §9): every unreadable file
 * is refused before ExcelJS parses it, with its own Swedish message; every readable one is read
 * without a crash, nothing in it is lost, and its problems come back as findings.
 * Time is bounded by jest's timeout, memory by a generous ceiling far under what parsing the
 * huge files would take (the million-row file costs ExcelJS about 1.4 GB).
 */
import { failedTasks, reportTasks, type ReportTask } from "../../src/core/validate/validation-report";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { worksheetToGrid } from "../../src/workbook/file/read-grid";
import { FileWorkbook, DEFAULT_MAX_ROWS } from "../../src/workbook/file";
import { WorkbookError } from "../../src/core/port";
import { standardProfile } from "../../src/core/profile/load";
import { accountCells } from "../../src/core/structure";
import { checkWorkbook, readWorkbook } from "../../src/core/workflow";
import { buildCorpus, readCorpus, type CorpusEntry } from "./corpus";

const corpus = readCorpus();
let dir: string;
beforeAll(() => {
  dir = buildCorpus(); // a few seconds the first time, then cached in the temp folder
});

function bytesOf(entry: CorpusEntry): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(dir, entry.file)));
}

async function openError(bytes: Uint8Array): Promise<WorkbookError> {
  try {
    await FileWorkbook.open(bytes);
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw new Error(`expected a WorkbookError, got ${String(error)}`, { cause: error });
  }
  throw new Error("expected FileWorkbook.open to refuse the file");
}

const MEMORY_CEILING = 300 * 1024 * 1024;

function memoryInUse(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

describe("the corpus manifest", () => {
  it("names each file once, with a message for every unreadable one and an exit code of 2 exactly for those", () => {
    const names = corpus.map((entry) => entry.file);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(11);
    for (const entry of corpus) {
      if (entry.readable) {
        expect(entry.code).toBeNull();
        expect(entry.exitCode).not.toBe(2);
      } else {
        expect(entry.message).not.toBe("");
        expect(entry.exitCode).toBe(2);
      }
    }
  });

  it("the generated files are small: the hostile ones are hostile by content, not by size", () => {
    for (const entry of corpus)
      expect(fs.statSync(path.join(dir, entry.file)).size).toBeLessThan(6 * 1024 * 1024);
  });
});

describe.each(
  corpus.filter((entry) => !entry.readable).map((entry) => [entry.file, entry] as const),
)("unreadable: %s", (_name, entry) => {
  it(`is refused with code ${entry.code} and its Swedish message, in bounded memory`, async () => {
    const bytes = bytesOf(entry);
    const before = memoryInUse();
    const error = await openError(bytes);
    expect(memoryInUse() - before).toBeLessThan(MEMORY_CEILING);
    expect(error.code).toBe(entry.code);
    expect(error.message).toMatch(new RegExp(entry.message));
    // A message a user can act on: a whole Swedish sentence, no stack or English reader text.
    expect(error.message).toMatch(/[.]$/);
    expect(error.message).not.toMatch(/\b(Error|undefined|null|zip end|Corrupted|End of data)\b/);
  });
});

describe("unreadable files are told apart", () => {
  it("gives every kind of unreadable file a message of its own", async () => {
    // Files refused for the same reason (the manifest gives them the same message) share it.
    const unreadable = corpus.filter((entry) => !entry.readable);
    const messages = await Promise.all(
      unreadable.map(async (entry) => (await openError(bytesOf(entry))).message),
    );
    expect(new Set(messages).size).toBe(new Set(unreadable.map((entry) => entry.message)).size);
  });

  it("the row limit is 200 000 and can be set per call", async () => {
    expect(DEFAULT_MAX_ROWS).toBe(200_000);
    const entry = corpus.find((e) => e.file === "control-chars.xlsx")!;
    await expect(FileWorkbook.open(bytesOf(entry), { maxRows: 2 })).rejects.toMatchObject({
      code: "too-large",
      message: expect.stringMatching(/fler än 2 rader/),
    });
    await expect(FileWorkbook.open(bytesOf(entry), { maxRows: 4 })).resolves.toBeInstanceOf(
      FileWorkbook,
    );
  });
});

describe.each(
  corpus.filter((entry) => entry.readable).map((entry) => [entry.file, entry] as const),
)("readable: %s", (_name, entry) => {
  it("is read and checked without a crash; nothing is lost; its problems are findings", async () => {
    const port = await FileWorkbook.open(bytesOf(entry));
    const reading = await readWorkbook(port, { profile: standardProfile, file: entry.file });
    for (const [i, result] of reading.results.entries())
      expect(accountCells(reading.grids[i]!, result)).toEqual([]);

    const check = await checkWorkbook(port, { profile: standardProfile, file: entry.file });
    expect(failedTasks(check)).toEqual([]);
    expect(reportTasks(check)).toHaveLength(1);
    const [{ report, findings }] = reportTasks(check) as [ReportTask];
    expect(report.activities).toHaveLength(entry.activities!);
    const rules = new Set(findings.map((finding) => finding.rule));
    for (const rule of entry.rules ?? []) expect(rules).toContain(rule);
  });
});

async function activitiesOf(file: string) {
  const entry = corpus.find((e) => e.file === file)!;
  const port = await FileWorkbook.open(bytesOf(entry));
  const check = await checkWorkbook(port, { profile: standardProfile, file });
  return { report: reportTasks(check)[0]!.report, findings: reportTasks(check)[0]!.findings };
}

describe("what the readable files hold comes through intact", () => {
  it("formulas: the cached results are read, the formulas reported, #REF! never taken for a status", async () => {
    const { report, findings } = await activitiesOf("formulas-ref-errors.xlsx");
    expect(report.activities.every((a) => ["#REF!", "#N/A"].includes(a.activity))).toBe(true);
    expect(
      report.activities.every(
        (a) => a.status.category === "ambiguous" || a.status.category === "missing",
      ),
    ).toBe(true);
    const formulaFindings = findings.filter((f) => f.rule === "text.formula");
    expect(formulaFindings.length).toBeGreaterThan(0);
    expect(formulaFindings[0]!.message).toMatch(/formel/);
  });

  it("100 000-character cells: the report keeps every character", async () => {
    const { report } = await activitiesOf("long-cells.xlsx");
    // Lengths, not toHaveLength: a failure must not print 100 000 characters.
    expect(report.activities[0]!.activity.length).toBe(100_000);
    expect(report.activities[0]!.comment?.length).toBe(100_000);
    expect(report.activities[1]!.activity).toBe("Ny rutin för läkemedelshantering");
  });

  it("control characters: Excel's _xHHHH_ escapes are decoded, words with soft hyphens still parse", async () => {
    const { report } = await activitiesOf("control-chars.xlsx");
    for (const activity of report.activities) {
      for (const text of [activity.goal, activity.activity, activity.comment, activity.status.raw])
        expect(text ?? "").not.toMatch(/_x[0-9A-F]{4}_/i);
    }
    expect(report.activities[0]!.activity).toBe("Införa\tdigital\u00a0signering\u0001");
    expect(report.activities[0]!.status.category).toBe("done"); // "Genomf\u00adört"
    expect(report.activities[2]!.status.category).toBe("not_started");
  });

  it("right-to-left text and emoji: every code point is kept, the sheet name too", async () => {
    const { report } = await activitiesOf("rtl-emoji.xlsx");
    expect(report.sheet).toBe("Uppföljning 📊");
    expect(report.activities.map((a) => a.activity)).toEqual([
      "تحسين الرعاية الصحية للمسنين \u202bנסיון\u202c",
      "פרויקט דיגיטלי חדש 👩‍👩‍👧‍👦",
      "Blandad text: Linköping ❤️ مرحبا שלום \u{1F9D1}\u200D\u{1F4BB}",
    ]);
    expect(report.activities.map((a) => a.status.category)).toEqual(["done", "ongoing", "delayed"]);
  });
});

describe("SpreadsheetML as other programs write it reads as the plain report does (issue 14)", () => {
  const VARIANTS = [
    "comments-and-pis.xlsx",
    "spaced-attributes.xlsx",
    "no-cell-addresses.xlsx",
    "prefixed.xlsx",
    "utf16-parts.xlsx",
    "sheet-in-subfolder.xlsx",
  ];

  it.each(VARIANTS)("%s: the same grid as ExcelJS reads from the plain report", async (file) => {
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(
      Buffer.from(bytesOf(corpus.find((e) => e.file === "plain-report.xlsx")!)),
    );
    const expected = worksheetToGrid(excel.worksheets[0]!);
    expect(expected.rows[1]!.map((cell) => cell?.text)).toEqual([
      "Förvaltning",
      "Socialförvaltningen",
    ]);
    const port = await FileWorkbook.open(bytesOf(corpus.find((e) => e.file === file)!));
    expect(await port.listSheets()).toEqual([{ name: "Uppföljning", visibility: "visible" }]);
    expect(await port.readSheet("Uppföljning")).toEqual(expected);
  });
});

describe("every corpus file is answered within 10 s and 500 MB, in a process of its own", () => {
  const CHILD = path.join(__dirname, "measure-open.cjs");

  it.each(corpus.map((entry) => [entry.file, entry] as const))(
    "%s",
    (file, entry) => {
      const out = execFileSync(process.execPath, [CHILD, path.join(dir, file)], {
        encoding: "utf8",
        timeout: 20_000,
      });
      const result = JSON.parse(out) as {
        ok: boolean;
        code?: string;
        ms: number;
        maxRssMb: number;
      };
      expect(result.ok).toBe(entry.readable);
      if (!entry.readable) expect(result.code).toBe(entry.code);
      expect(result.ms).toBeLessThan(10_000);
      expect(result.maxRssMb).toBeLessThan(500);
    },
    25_000,
  );
});
