/**
 * The row limit and the inflate check of count-rows.ts on hand-made zips: namespaced row tags,
 * tags split across inflate chunks, stored and deflated parts, and a directory that lies about
 * a part's size (a disguised zip bomb) — caught while streaming, before ExcelJS.
 */
import * as zlib from "node:zlib";
import { assertRowLimit, readZipDirectory } from "../../src/workbook/file";
import { WorkbookError } from "../../src/core/port";

interface Part {
  name: string;
  text: string;
  store?: boolean;
  /** Declare this uncompressed size instead of the real one. */
  declared?: number;
}

function zipOf(parts: Part[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = Buffer.from(part.text, "utf8");
    const body = part.store ? data : zlib.deflateRawSync(data);
    const name = Buffer.from(part.name, "utf8");
    const size = part.declared ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(part.store ? 0 : 8, 8);
    local.writeUInt32LE(zlib.crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(part.store ? 0 : 8, 10);
    entry.writeUInt32LE(zlib.crc32(data), 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(entry, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

async function check(bytes: Uint8Array, maxRows: number): Promise<WorkbookError | null> {
  try {
    await assertRowLimit(bytes, readZipDirectory(bytes), maxRows);
    return null;
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
}

const rows = (n: number, tag = "row") =>
  `<sheetData>${Array.from({ length: n }, (_, i) => `<${tag} r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></${tag}>`).join("")}</sheetData>`;

describe("assertRowLimit", () => {
  it("counts rows over all worksheets, deflated or stored, and stops past the limit", async () => {
    const bytes = zipOf([
      { name: "xl/worksheets/sheet1.xml", text: rows(30) },
      { name: "xl/worksheets/sheet2.xml", text: rows(30), store: true },
      { name: "xl/sharedStrings.xml", text: rows(1000) }, // not a worksheet: not counted
    ]);
    expect(await check(bytes, 60)).toBeNull();
    const error = await check(bytes, 59);
    expect(error?.code).toBe("too-large");
    expect(error?.message).toMatch(/^Arbetsboken har fler än 59 rader/);
  });

  it("counts namespaced tags and self-closing rows, not <rows> or </row> or <c r=…>", async () => {
    const text = `<x:sheetData><x:row r="1"/><row/><row\n r="3"></row><rows/><rowBreaks/><c r="row"/></x:sheetData>`;
    const bytes = zipOf([{ name: "xl/worksheets/sheet1.xml", text }]);
    expect(await check(bytes, 3)).toBeNull();
    expect((await check(bytes, 2))?.code).toBe("too-large");
  });

  it("counts a tag split between inflate chunks once (a large sheet inflates in many chunks)", async () => {
    const n = 40_000; // well over one 64 KB chunk of XML
    const bytes = zipOf([{ name: "xl/worksheets/sheet1.xml", text: rows(n) }]);
    expect(await check(bytes, n)).toBeNull();
    expect((await check(bytes, n - 1))?.code).toBe("too-large");
  });

  it("refuses a part that inflates to more than its directory declares (a disguised bomb)", async () => {
    const bytes = zipOf([
      {
        name: "xl/worksheets/sheet1.xml",
        text: "<sheetData>" + "A".repeat(200_000) + "</sheetData>",
        declared: 1000,
      },
    ]);
    const error = await check(bytes, 200_000);
    expect(error?.code).toBe("corrupt");
    expect(error?.message).toMatch(/xl\/worksheets\/sheet1\.xml går inte att packa upp/);
  });

  it("refuses a worksheet whose deflate data is garbage as corrupt", async () => {
    const bytes = zipOf([{ name: "xl/worksheets/sheet1.xml", text: rows(5) }]);
    const entry = readZipDirectory(bytes)[0]!;
    const start = entry.localHeaderOffset + 30 + "xl/worksheets/sheet1.xml".length;
    bytes.fill(0xff, start, start + entry.compressedSize);
    expect((await check(bytes, 100))?.code).toBe("corrupt");
  });
});
