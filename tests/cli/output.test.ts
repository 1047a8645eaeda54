/** The CLI's JSON output in pieces: the same text as JSON.stringify, never one string of the whole. */
import { bufferIo } from "../../src/cli/io";
import { columnWidths, jsonPieces, streamJson, writeJson } from "../../src/cli/output";

const awkward = {
  files: [
    {
      file: 'rapport\n"2020".xlsx',
      reports: [
        {
          sheet: "Uppföljning",
          organisation: null,
          findings: [
            { rule: "due.missing", message: "rad 1\nrad 2", fix: undefined, at: new Date(0) },
            { rule: "x", nested: { list: [1, [2, []], {}], empty: {} } },
          ],
          counts: { error: 1, warning: 0, info: 0 },
          skipped: undefined,
          fn: () => 1,
        },
      ],
      failures: [],
      sparse: [undefined, null, Number.NaN, -0, "\u2028"],
    },
  ],
  empty: [],
};

describe("jsonPieces", () => {
  it("joins to exactly JSON.stringify(value, null, 2)", () => {
    for (const value of [awkward, [], {}, "text", 3, null, [[[]]], { a: { b: [{ c: [] }] } }])
      expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value, null, 2));
  });

  it("hands stdout pieces of at most about 64 KB, with the same text", async () => {
    const many = {
      files: [
        {
          file: "stor.xlsx",
          findings: Array.from({ length: 20_000 }, (_, i) => ({
            rule: "r",
            message: `anmärkning ${i}`,
          })),
        },
      ],
    };
    const io = bufferIo();
    const pieces: string[] = [];
    io.stdout = (text) => void pieces.push(text);
    await streamJson(io, many);
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(70 * 1024);
    expect(pieces.join("")).toBe(`${JSON.stringify(many, null, 2)}\n`);

    const sync = bufferIo();
    writeJson(sync, many);
    expect(sync.out).toBe(`${JSON.stringify(many, null, 2)}\n`);
  });
});

describe("columnWidths", () => {
  it("measures 200,000 rows (spreading them into Math.max overflows the stack)", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`C${i}`, "fel", "due.missing"]);
    expect(columnWidths([["Cell", "Allvar", "Regel"], ...rows], 3)).toEqual([7, 6, 11]);
  });
});
