/**
 * The zip container written with the platform's deflate (src/workbook/file/xlsx/zip.ts): read
 * back by our reader, by fflate and by ExcelJS; CRCs and sizes; empty, many and large parts;
 * the same bytes as fflate's Zip (which wrote it before) around the same compressed data; and a
 * clear refusal past what a zip without ZIP64 holds (APPNOTE.TXT 4.4.8, 4.4.22).
 */
import ExcelJS from "exceljs";
import { Zip, unzipSync, type ZipInputFile } from "fflate";
import { NODE_DEFLATE, NODE_INFLATE, workbookBytes } from "../../../src/cli/files";
import { concatBytes } from "../../../src/core/bytes";
import { FileWorkbook, readZipDirectory } from "../../../src/workbook/file";
import { unzipEntry } from "../../../src/workbook/file/xlsx/unzip";
import { FFLATE_INFLATE } from "../../../src/workbook/file/xlsx/unzip-fflate";
import { ZipWriter, type NativeDeflate } from "../../../src/workbook/file/xlsx/zip";

const deflate: NativeDeflate = NODE_DEFLATE!;
const when = new Date(2026, 11, 6, 11, 30, 58);

/** Pseudo-random text that compresses poorly: many deflate pieces in one part. */
function noise(length: number, seed: number): string {
  let state = seed;
  let out = "";
  while (out.length < length) {
    state = (state * 1103515245 + 12345) >>> 0;
    out += (state >>> 8).toString(36);
  }
  return out.slice(0, length);
}

const PARTS: [string, string][] = [
  ["[Content_Types].xml", "<Types/>"],
  ["empty.xml", ""],
  ["xl/worksheets/sheet1.xml", noise(3_000_000, 1)],
  ["xl/å/bladet.xml", "<ä>örn</ä>"],
  ["repeated.xml", "<row/>".repeat(200_000)],
];

/** Each part's pieces as the writer compressed them, for fflateContainer to compress the same. */
type Pieces = Uint8Array[][];

function written(parts: [string, string][], pieces: Pieces = []): Uint8Array {
  const recording: NativeDeflate = {
    crc32: deflate.crc32,
    deflateRawPiece(piece, final) {
      pieces.at(-1)!.push(piece.slice());
      return deflate.deflateRawPiece(piece, final);
    },
  };
  const zip = new ZipWriter(when, recording);
  for (const [name, text] of parts) {
    pieces.push([]);
    zip.add(name, text);
  }
  return zip.finish();
}

/** The container as fflate's Zip wrote it around node:zlib's data (the writer before this one). */
function fflateContainer(parts: [string, string][], pieces: Pieces): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  parts.forEach(([name], p) => {
    const file = { filename: name, compression: 8, mtime: when, crc: 0, size: 0 } as ZipInputFile;
    zip.add(file);
    pieces[p]!.forEach((piece, i) => {
      const final = i === pieces[p]!.length - 1;
      file.crc = deflate.crc32(piece, file.crc);
      file.size += piece.length;
      file.ondata!(null, deflate.deflateRawPiece(piece, final), final);
    });
  });
  zip.end();
  return concatBytes(chunks);
}

/** The CRC-32 the central directory states for `name`. */
function statedCrc(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  for (let at = view.getUint32(end + 16, true); at < end;) {
    const nameLength = view.getUint16(at + 28, true);
    if (Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString() === name)
      return view.getUint32(at + 16, true);
    at += 46 + nameLength;
  }
  throw new Error(`no ${name}`);
}

describe("the zip writer with node:zlib", () => {
  const bytes = written(PARTS);

  it("is read back by fflate's unzipSync, every part with its content", () => {
    const parts = unzipSync(bytes);
    expect(Object.keys(parts)).toEqual(PARTS.map(([name]) => name));
    for (const [name, text] of PARTS) expect(Buffer.from(parts[name]!).toString()).toBe(text);
  });

  it("is read back by our reader with either inflate, each part's CRC-32 and size stated", () => {
    const entries = readZipDirectory(bytes);
    expect(entries.map((e) => e.name)).toEqual(PARTS.map(([name]) => name));
    entries.forEach((entry, i) => {
      const data = Buffer.from(PARTS[i]![1]);
      expect(entry.uncompressedSize).toBe(data.length);
      expect(statedCrc(bytes, entry.name)).toBe(deflate.crc32(data, 0));
      for (const inflate of [NODE_INFLATE, FFLATE_INFLATE])
        expect(Buffer.from(unzipEntry(bytes, entry, inflate)).equals(data)).toBe(true);
    });
  });

  it("writes fflate's container byte for byte around the same compressed data", () => {
    const pieces: Pieces = [];
    const own = written(PARTS, pieces);
    expect(pieces[2]!.length).toBeGreaterThan(5); // the 3 MB part in many pieces
    expect(Buffer.from(own).equals(Buffer.from(fflateContainer(PARTS, pieces)))).toBe(true);
    const many = Array.from({ length: 1_000 }, (_, i): [string, string] => [`p/${i}.xml`, `${i}`]);
    const manyPieces: Pieces = [];
    const manyBytes = written(many, manyPieces);
    expect(Buffer.from(manyBytes).equals(Buffer.from(fflateContainer(many, manyPieces)))).toBe(
      true,
    );
    expect(Object.keys(unzipSync(manyBytes))).toHaveLength(1_000);
  });

  it("writes an .xlsx that ExcelJS loads (its unzip checks each part's CRC)", async () => {
    const workbook = FileWorkbook.create();
    await workbook.writeSheets([
      {
        name: "Blad",
        cells: [
          { row: 1, col: 1, value: "Åtgärd" },
          { row: 2, col: 2, value: 42 },
        ],
      },
    ]);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(Buffer.from(await workbookBytes(workbook)));
    expect(excel.getWorksheet("Blad")!.getCell("A1").value).toBe("Åtgärd");
    expect(excel.getWorksheet("Blad")!.getCell("B2").value).toBe(42);
  });

  it("refuses clearly a zip over 4 GB, and more than 65,535 parts", () => {
    // A stand-in deflate giving 64 MB for each piece (one buffer, never copied before finish).
    const huge = new Uint8Array(64 * 1024 * 1024);
    const big = new ZipWriter(when, { crc32: () => 0, deflateRawPiece: () => huge });
    const part = big.part("big.xml");
    const row = "x".repeat(1 << 16);
    expect(() => {
      for (let i = 0; i < 4 * 70; i++) part.text(row);
    }).toThrow(/för stor för en \.xlsx-fil/);

    const tiny = new Uint8Array(2);
    const many = new ZipWriter(when, { crc32: () => 0, deflateRawPiece: () => tiny });
    for (let i = 0; i < 0xffff; i++) many.add(`${i}`, "");
    expect(() => many.add("one more", "")).toThrow(/för stor för en \.xlsx-fil/);
  });
});
