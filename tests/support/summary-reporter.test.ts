/**
 * The closing summary: tests over a third of their timeout are listed (the timeout found in the
 * source as jest would apply it), and the line CI reads stays last.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SummaryReporter = require("./summary-reporter");

const SOURCE = `jest.setTimeout(12_000);
describe("group", () => {
  it("own timeout", async () => {}, 60_000);
  it.each([1, 2])("table %i", async () => {}, 90_000);
  it("file timeout", async () => {});
});
`;
const PLAIN = `it("configured timeout", () => {});\n`;

let dir = "";
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "summary-reporter-"));
  fs.writeFileSync(path.join(dir, "timed.test.ts"), SOURCE);
  fs.writeFileSync(path.join(dir, "plain.test.ts"), PLAIN);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const test = (fullName: string, line: number, duration: number) => ({
  fullName,
  duration,
  location: { line, column: 3 },
});

function run(): string {
  const results = {
    numPassedTests: 6,
    numFailedTests: 0,
    numPendingTests: 1,
    numTodoTests: 0,
    testResults: [
      {
        testFilePath: path.join(dir, "timed.test.ts"),
        testResults: [
          test("group own timeout", 3, 21_000), // over 60 s / 3
          test("group own timeout", 3, 19_000), // under 60 s / 3 (a retry's duration, say)
          test("group table 1", 4, 29_000), // under 90 s / 3
          test("group table 2", 4, 31_000), // over 90 s / 3
          test("group file timeout", 5, 4_500), // over 12 s / 3
        ],
      },
      {
        testFilePath: path.join(dir, "plain.test.ts"),
        testResults: [test("configured timeout", 1, 10_500), test("configured timeout", 1, 900)],
      },
    ],
  };
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    new SummaryReporter({ rootDir: dir, testTimeout: 30_000 }).onRunComplete(new Set(), results);
  } finally {
    spy.mockRestore();
  }
  return written.join("");
}

describe("summary reporter", () => {
  it("lists each test over a third of the timeout it ran under, closest to its timeout first", () => {
    const listed = run()
      .split("\n")
      .filter((line) => line.startsWith("  "));
    expect(listed).toEqual([
      "  4.5 s of 12.0 s  timed.test.ts › group file timeout",
      "  21.0 s of 60.0 s  timed.test.ts › group own timeout",
      "  10.5 s of 30.0 s  plain.test.ts › configured timeout",
      "  31.0 s of 90.0 s  timed.test.ts › group table 2",
    ]);
  });

  it("ends with the line CI reads", () => {
    expect(run().trimEnd().split("\n").at(-1)).toBe("jest: 6 passed, 0 failed, 1 skipped");
  });
});
