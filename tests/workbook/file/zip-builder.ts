/**
 * A minimal zip writer for tests (stored or pre-deflated entries, CRC left 0): enough to build archives whose
 * central directory says what a test needs, such as a declared size far beyond the real one.
 */
export interface TestZipEntry {
  name: string;
  data: Uint8Array;
  /** Overrides the uncompressed size written to the central directory (a zip bomb's claim). */
  declaredSize?: number;
  /** `data` is raw deflate data (method 8); `declaredSize` is then the size it claims unpacked. */
  deflated?: boolean;
}

export function buildZip(entries: TestZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, entry.deflated ? 8 : 0, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, entry.declaredSize ?? entry.data.length, true);
    local.setUint16(26, name.length, true);
    chunks.push(new Uint8Array(local.buffer), name, entry.data);

    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(10, entry.deflated ? 8 : 0, true);
    header.setUint32(20, entry.data.length, true);
    header.setUint32(24, entry.declaredSize ?? entry.data.length, true);
    header.setUint16(28, name.length, true);
    header.setUint32(42, offset, true);
    central.push(new Uint8Array(header.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const centralSize = central.reduce((sum, c) => sum + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const parts = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The first bytes of an OLE2 compound file, plus a directory entry name in UTF-16LE when given. */
export function oleFile(streamName?: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  if (streamName) {
    Array.from(streamName).forEach((ch, i) => {
      bytes[1024 + i * 2] = ch.charCodeAt(0);
      bytes[1024 + i * 2 + 1] = 0;
    });
  }
  return bytes;
}
