/**
 * The direct reader's unpacking (src/workbook/file/xlsx/unzip.ts): a part is held to the size
 * the zip directory declares, whether it is unpacked in one go or piece by piece.
 */
import { deflateRawSync } from "node:zlib";
import { readZipDirectory } from "../../../src/workbook/file";
import { NODE_INFLATE } from "../../../src/cli/files";
import { unzipEntry, type NativeInflate } from "../../../src/workbook/file/xlsx/unzip";
import { WorkbookError } from "../../../src/core/port";
import { buildZip } from "./zip-builder";
import { FFLATE_INFLATE } from "../../../src/workbook/file/xlsx/unzip-fflate";

const text = (rows: number) => "<row><c><v>1</v></c></row>".repeat(rows);

function zipOf(content: string, declaredSize?: number): Uint8Array {
  return buildZip([
    {
      name: "xl/worksheets/sheet1.xml",
      data: deflateRawSync(Buffer.from(content)),
      declaredSize: declaredSize ?? Buffer.byteLength(content),
      deflated: true,
    },
  ]);
}

/** The CLI's own: node:zlib in one piece of the declared size, bounded by what the data can give. */
const NODE: NativeInflate = NODE_INFLATE;

// 2,000 rows deflate to a few hundred bytes (unpacked in one go); 2,000,000 rows to a few
// hundred kilobytes, which could inflate to more than the one-go limit (unpacked piece by piece).
// Both with fflate (the browser) and with node:zlib (the CLI).
describe.each([
  [2_000, "fflate"],
  [2_000_000, "fflate"],
  [2_000, "node:zlib"],
  [2_000_000, "node:zlib"],
])("a part of %d rows (%s)", (rows, how) => {
  function unpack(bytes: Uint8Array): Record<string, Uint8Array> {
    const [entry] = readZipDirectory(bytes);
    return { [entry!.name]: unzipEntry(bytes, entry!, how === "node:zlib" ? NODE : FFLATE_INFLATE) };
  }

  it("unpacks to exactly its content when the directory tells the truth", () => {
    const content = text(rows);
    const parts = unpack(zipOf(content));
    expect(Buffer.from(parts["xl/worksheets/sheet1.xml"]!).toString()).toBe(content);
  });

  it("is refused as corrupt when it unpacks beyond what the directory declares", () => {
    const bytes = zipOf(text(rows), 1_000);
    expect(() => unpack(bytes)).toThrow(WorkbookError);
    expect(() => unpack(bytes)).toThrow(/sheet1\.xml går inte att packa upp/);
  });
});

// The CLI asks node:zlib for the part in one piece of its declared size, capped by what the
// data can inflate to: a directory that overstates a size gets no buffer of that size, and the
// part is refused as corrupt (a part is exactly its declared size).
describe.each([2_000, 2_000_000])(
  "a part of %d rows whose directory overstates its size (node:zlib)",
  (rows) => {
    it("is refused as corrupt", () => {
      const content = text(rows);
      for (const declared of [content.length + 1, content.length * 10, 0xfffffff0]) {
        const bytes = zipOf(content, declared);
        const [entry] = readZipDirectory(bytes);
        expect(() => unzipEntry(bytes, entry!, NODE)).toThrow(/sheet1\.xml går inte att packa upp/);
      }
    });
  },
);

describe("the CLI's UTF-8 decoding", () => {
  const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

  it("gives TextDecoder's string for ASCII (read as Latin-1) and for any other UTF-8", () => {
    // Every code point of the BMP but the surrogates, and the astral planes sampled.
    const codePoints = [
      ...Array.from({ length: 0xd800 }, (_, i) => i),
      ...Array.from({ length: 0x10000 - 0xe000 }, (_, i) => 0xe000 + i),
      ...Array.from({ length: 0x1000 }, (_, i) => 0x10000 + i * 0xff),
      0x10ffff,
    ];
    const all = String.fromCodePoint(...codePoints);
    for (const text of [
      '<c r="A1" s="1" t="s"><v>17</v></c>',
      "Förvaltning",
      "● 😀",
      "\ufeffa\ufeff",
      all,
      "",
    ]) {
      const bytes = new TextEncoder().encode(text);
      expect(NODE.decodeUtf8(bytes)).toBe(strict.decode(bytes));
      expect(NODE.decodeUtf8(bytes)).toBe(text);
    }
  });

  it("refuses bytes that are not UTF-8, ASCII around them or not", () => {
    for (const bytes of [[0x3c, 0x61, 0x3e, 0xe5, 0x3c], [0xff], [0xc3], [0xed, 0xa0, 0x80]])
      expect(() => NODE.decodeUtf8(new Uint8Array(bytes))).toThrow();
  });
});
