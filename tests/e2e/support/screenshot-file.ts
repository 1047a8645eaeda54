/**
 * Writes a screenshot into docs/screenshots/ only when it really changed. Chromium's software
 * rasteriser antialiases a rounded corner one shade differently from run to run; rewriting the
 * committed PNGs for that would leave every `npm test` with a dirty git tree.
 */
import * as fs from "node:fs";
import { inflateSync } from "node:zlib";

interface Bitmap {
  width: number;
  height: number;
  channels: number;
  pixels: Buffer;
}

/** Decodes the PNGs Chromium writes: 8-bit RGB or RGBA, not interlaced. Anything else: null. */
export function decodePng(bytes: Buffer): Bitmap | null {
  let offset = 8;
  let header: Buffer | null = null;
  const data: Buffer[] = [];
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("ascii", offset + 4, offset + 8);
    const chunk = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") header = chunk;
    if (type === "IDAT") data.push(chunk);
    offset += 12 + length;
  }
  if (!header || header[8] !== 8 || header[12] !== 0 || (header[9] !== 2 && header[9] !== 6))
    return null;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const channels = header[9] === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(data));
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      let value = raw[y * (stride + 1) + 1 + x]!;
      if (filter === 1) value += left;
      else if (filter === 2) value += up;
      else if (filter === 3) value += (left + up) >> 1;
      else if (filter === 4) {
        const estimate = left + up - upLeft;
        const [a, b, c] = [
          Math.abs(estimate - left),
          Math.abs(estimate - up),
          Math.abs(estimate - upLeft),
        ];
        value += a <= b && a <= c ? left : b <= c ? up : upLeft;
      }
      pixels[y * stride + x] = value & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** Same picture to the eye: same size, no channel more than 8 levels off, under 0.5 % of bytes off. */
export function looksTheSame(a: Bitmap, b: Bitmap): boolean {
  if (a.width !== b.width || a.height !== b.height || a.channels !== b.channels) return false;
  let differing = 0;
  for (let i = 0; i < a.pixels.length; i++) {
    const delta = Math.abs(a.pixels[i]! - b.pixels[i]!);
    if (delta > 8) return false;
    if (delta > 0) differing++;
  }
  return differing <= a.pixels.length * 0.005;
}

/** Writes png to file unless the file already holds the same picture; returns whether it wrote. */
export function writeScreenshotIfChanged(file: string, png: Buffer): boolean {
  if (fs.existsSync(file)) {
    const before = decodePng(fs.readFileSync(file));
    const after = decodePng(png);
    if (before && after && looksTheSame(before, after)) return false;
  }
  fs.writeFileSync(file, png);
  return true;
}
