/**
 * The direct reader's inflate and UTF-8 decoding where the platform gives none faster (the
 * browser): fflate and TextDecoder. A module of its own, loaded only on that path, so that the
 * CLI, which reads with node:zlib, never loads fflate (about 12 ms of CPU at start-up).
 */
import { Inflate, inflateSync } from "fflate";
import { strictUtf8 } from "./part-text";
import { MAX_EXPANSION, type NativeInflate } from "./unzip";

/** A part that cannot inflate to more than this is unpacked in one go (the common case: fast). */
const ONE_GO_LIMIT = 64 * 1024 * 1024;
/** Compressed bytes pushed at a time otherwise: one piece inflates to at most about 64 MB. */
const PIECE = 64 * 1024;

/** Raw deflate data → at most `size` bytes; throws when it is corrupt or inflates to more. */
function inflateBounded(data: Uint8Array, size: number): Uint8Array {
  if (data.length * MAX_EXPANSION <= ONE_GO_LIMIT) {
    // One byte more than declared: a part that fills it inflates beyond its claim.
    const out = inflateSync(data, { out: new Uint8Array(size + 1) });
    if (out.length > size) throw new Error("inflates beyond its declared size");
    return out;
  }
  const out = new Uint8Array(size);
  let used = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow || used + chunk.length > out.length) {
      overflow = true;
      return;
    }
    out.set(chunk, used);
    used += chunk.length;
  });
  for (let at = 0; at < data.length && !overflow; at += PIECE)
    inflater.push(data.subarray(at, at + PIECE), at + PIECE >= data.length);
  if (overflow) throw new Error("inflates beyond its declared size");
  return out.subarray(0, used);
}

export const FFLATE_INFLATE: NativeInflate = { inflateRaw: inflateBounded, decodeUtf8: strictUtf8 };
