/**
 * Unpacking the parts the direct reader needs, held to what the zip directory declares: the
 * byte checks have bounded the declared sizes, and a part that inflates beyond its declared
 * size (a directory that lies, as a disguised zip bomb's does) is stopped within a piece and
 * refused as corrupt, instead of being inflated to the end.
 */
import { Inflate, inflateSync } from "fflate";
import { WorkbookError } from "../../port";
import type { ZipEntry } from "../inspect-bytes";
import { UnsupportedXlsx } from "./errors";
import type { Utf8Decoder } from "./part-text";

/**
 * The platform's own inflate and UTF-8 decoding, where it has faster ones than fflate and
 * TextDecoder (Node's zlib and Buffer#toString, given by the CLI: 3–6 × faster on large parts).
 */
export interface NativeInflate {
  /** Raw deflate data → at most `size` bytes; throws when the data is corrupt or inflates to more. */
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  /** Throws on bytes that are not valid UTF-8. */
  decodeUtf8: Utf8Decoder;
}

export function corruptSheet(name: string): WorkbookError {
  return new WorkbookError(
    `Filen är skadad eller ofullständig (delen ${name} går inte att packa upp). Öppna den i Excel och spara den igen.`,
    "corrupt",
  );
}

/** An entry's stored (compressed) bytes, after its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (at + 30 > bytes.length) throw corruptSheet(entry.name);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw corruptSheet(entry.name);
  return bytes.subarray(start, start + entry.compressedSize);
}

const STORED = 0;
const DEFLATE = 8;
/** Deflate's largest expansion: no stream inflates to more than this many times its size. */
const MAX_EXPANSION = 1032;
/** A part that cannot inflate to more than this is unpacked in one go (the common case: fast). */
const ONE_GO_LIMIT = 64 * 1024 * 1024;
/** Compressed bytes pushed at a time otherwise: one piece inflates to at most about 64 MB. */
const PIECE = 64 * 1024;

function inflateBounded(data: Uint8Array, entry: ZipEntry): Uint8Array {
  if (data.length * MAX_EXPANSION <= ONE_GO_LIMIT) {
    let out: Uint8Array;
    try {
      // One byte more than declared: a part that fills it inflates beyond its claim.
      out = inflateSync(data, { out: new Uint8Array(entry.uncompressedSize + 1) });
    } catch {
      throw corruptSheet(entry.name);
    }
    if (out.length > entry.uncompressedSize) throw corruptSheet(entry.name);
    return out;
  }
  const out = new Uint8Array(entry.uncompressedSize);
  let size = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow || size + chunk.length > out.length) {
      overflow = true;
      return;
    }
    out.set(chunk, size);
    size += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && !overflow; at += PIECE)
      inflater.push(data.subarray(at, at + PIECE), at + PIECE >= data.length);
  } catch {
    throw corruptSheet(entry.name);
  }
  if (overflow) throw corruptSheet(entry.name);
  return out.subarray(0, size);
}

/** One entry's bytes, unpacked within its declared size. */
export function unzipEntry(bytes: Uint8Array, entry: ZipEntry, native?: NativeInflate): Uint8Array {
  const data = entryData(bytes, entry);
  if (entry.method === STORED) {
    if (data.length !== entry.uncompressedSize) throw corruptSheet(entry.name);
    return data;
  }
  if (entry.method !== DEFLATE) throw new UnsupportedXlsx(`compression method ${entry.method}`);
  if (!native) return inflateBounded(data, entry);
  let out: Uint8Array;
  try {
    out = native.inflateRaw(data, entry.uncompressedSize);
  } catch {
    throw corruptSheet(entry.name);
  }
  if (out.length !== entry.uncompressedSize) throw corruptSheet(entry.name);
  return out;
}
