/**
 * Reading a zip package, in one place: its central directory (readZipDirectory), an entry's
 * stored bytes, and unpacking the parts the direct reader needs, held to what the zip directory declares: the
 * byte checks have bounded the declared sizes, and a part that inflates beyond its declared
 * size (a directory that lies, as a disguised zip bomb's does) is stopped within a piece and
 * refused as corrupt, instead of being inflated to the end.
 */
import { WorkbookError } from "../../../core/port";
import { UnsupportedXlsx } from "./errors";
import type { Utf8Decoder } from "./part-text";
import {
  DEFLATE,
  STORED,
  ZIP64_END_LOCATOR,
  ZIP64_END_OF_DIRECTORY,
  ZIP_CENTRAL_HEADER,
  ZIP_END_OF_DIRECTORY,
  ZIP_LOCAL_HEADER,
} from "./zip-format";

/**
 * The inflate and UTF-8 decoding the reader uses: the platform's own where it has faster ones
 * (Node's zlib and Buffer#toString, given by the CLI: 3–6 × faster on large parts), otherwise
 * fflate's and TextDecoder (FFLATE_INFLATE, unzip-fflate.ts, which only the paths without a native
 * one load: fflate is about 12 ms of a CLI run's start-up).
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

function corrupt(detail: string): WorkbookError {
  return new WorkbookError(
    `Filen är skadad eller ofullständig (${detail}). Öppna den i Excel och spara den igen.`,
    "corrupt",
  );
}

/** Reads the central directory (the zip's table of contents at its end). Throws "corrupt" on a truncated zip. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));

  // The end-of-directory record is in the last 22 + 65,535 (comment) bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === ZIP_END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw corrupt("zip-arkivets innehållsförteckning saknas");

  let count = u16(end + 10);
  let directorySize = u32(end + 12);
  let directoryOffset = u32(end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(locator) !== ZIP64_END_LOCATOR) throw corrupt("zip64-posten saknas");
    const zip64End = u64(locator + 8);
    if (zip64End + 56 > bytes.length || u32(zip64End) !== ZIP64_END_OF_DIRECTORY)
      throw corrupt("zip64-posten är ogiltig");
    count = u64(zip64End + 32);
    directorySize = u64(zip64End + 40);
    directoryOffset = u64(zip64End + 48);
  }
  if (directoryOffset + directorySize > bytes.length)
    throw corrupt("innehållsförteckningen pekar utanför filen");

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== ZIP_CENTRAL_HEADER)
      throw corrupt("en post i innehållsförteckningen är trasig");
    let compressedSize = u32(at + 20);
    let uncompressedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const method = u16(at + 10);
    let localHeaderOffset = u32(at + 42);
    if (at + 46 + nameLength + extraLength > bytes.length)
      throw corrupt("en post i innehållsförteckningen är trasig");
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));

    // Zip64 sizes live in the extra field (id 1), in this order, only for the fields set to 0xFFFFFFFF.
    if (
      uncompressedSize === 0xffffffff ||
      compressedSize === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      let extra = at + 46 + nameLength;
      const extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd) {
        const id = u16(extra);
        const size = u16(extra + 2);
        if (id === 0x0001) {
          let field = extra + 4;
          if (uncompressedSize === 0xffffffff && field + 8 <= extraEnd) {
            uncompressedSize = u64(field);
            field += 8;
          }
          if (compressedSize === 0xffffffff && field + 8 <= extraEnd) {
            compressedSize = u64(field);
            field += 8;
          }
          if (localHeaderOffset === 0xffffffff && field + 8 <= extraEnd)
            localHeaderOffset = u64(field);
          break;
        }
        extra += 4 + size;
      }
    }
    if (
      localHeaderOffset !== 0xffffffff &&
      (localHeaderOffset + 30 > bytes.length || u32(localHeaderOffset) !== ZIP_LOCAL_HEADER)
    ) {
      throw corrupt("en del av arkivet saknas");
    }
    entries.push({ name, compressedSize, uncompressedSize, method, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
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

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflate. */
  method: number;
  /** Where the entry's local header starts (its data follows the header). */
  localHeaderOffset: number;
}

/** Deflate's largest expansion: no stream inflates to more than this many times its size. */
export const MAX_EXPANSION = 1032;

/** One entry's bytes, unpacked within its declared size. */
export function unzipEntry(bytes: Uint8Array, entry: ZipEntry, inflate: NativeInflate): Uint8Array {
  const data = entryData(bytes, entry);
  if (entry.method === STORED) {
    if (data.length !== entry.uncompressedSize) throw corruptSheet(entry.name);
    return data;
  }
  if (entry.method !== DEFLATE) throw new UnsupportedXlsx(`compression method ${entry.method}`);
  let out: Uint8Array;
  try {
    out = inflate.inflateRaw(data, entry.uncompressedSize);
  } catch {
    throw corruptSheet(entry.name);
  }
  if (out.length !== entry.uncompressedSize) throw corruptSheet(entry.name);
  return out;
}

/**
 * Feeds the inflated entry to `onChunk` until it returns false, through DecompressionStream
 * (constant memory; count-rows.ts counts rows this way before ExcelJS reads a file).
 */
export async function inflateStream(
  data: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => boolean,
): Promise<void> {
  const reader = new Blob([data])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"))
    .getReader();
  let inflated = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      inflated += value.length;
      if (inflated > entry.uncompressedSize) throw corruptSheet(entry.name);
      if (!onChunk(value)) return;
    }
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw corruptSheet(entry.name);
  } finally {
    reader.cancel().catch(() => undefined);
  }
}
