/**
 * The direct reader's unpacking (src/workbook/file/xlsx/unzip.ts): a part is held to the size
 * the zip directory declares, whether it is unpacked in one go or piece by piece.
 */
import { deflateRawSync } from "node:zlib";
import { readZipDirectory } from "../../../src/workbook/file";
import { inflateRawSync } from "node:zlib";
import { unzipEntry, type NativeInflate } from "../../../src/workbook/file/xlsx/unzip";
import { WorkbookError } from "../../../src/core/port";
import { buildZip } from "./zip-builder";

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

const NODE: NativeInflate = {
  inflateRaw: (data, size) => inflateRawSync(data, { maxOutputLength: Math.max(1, size) }),
  decodeUtf8: (bytes) => Buffer.from(bytes).toString(),
};

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
    return { [entry!.name]: unzipEntry(bytes, entry!, how === "node:zlib" ? NODE : undefined) };
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
