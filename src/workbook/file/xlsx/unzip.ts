/**
 * Unpacking the parts the direct reader needs, held to what the zip directory declares: the
 * byte checks have bounded the declared sizes, and a part that inflates beyond its declared
 * size (a directory that lies, as a disguised zip bomb's does) is stopped within a piece and
 * refused as corrupt, instead of being inflated to the end.
 */
import { Inflate, inflateSync } from "fflate";
import { corruptSheet, entryData } from "../count-rows";
import type { ZipEntry } from "../inspect-bytes";
import { UnsupportedXlsx } from "./errors";

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

/** The wanted parts, by name. */
export function unzipParts(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  wanted: (name: string) => boolean,
): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    if (!wanted(entry.name)) continue;
    const data = entryData(bytes, entry);
    if (entry.method === STORED) parts[entry.name] = data;
    else if (entry.method === DEFLATE) parts[entry.name] = inflateBounded(data, entry);
    else throw new UnsupportedXlsx(`compression method ${entry.method}`);
  }
  return parts;
}
