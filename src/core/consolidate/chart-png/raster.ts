/**
 * A small RGB raster with rectangles and bitmap text, encoded as PNG (signature, IHDR, one IDAT
 * deflated with fflate's zlib, IEND; PNG spec, W3C 2003, §5 and §11). Pure: works in the pane and
 * the CLI without a canvas.
 */
import { zlibSync } from "fflate";
import { GLYPH_ADVANCE, GLYPH_HEIGHT, glyph } from "./font";
import { concatBytes } from "../../bytes";

export type Rgb = readonly [number, number, number];

export function hexColour(hex: string): Rgb {
  const value = Number.parseInt(hex.replace("#", ""), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export class Raster {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb = [255, 255, 255],
  ) {
    this.pixels = new Uint8Array(width * height * 3);
    this.fillRect(0, 0, width, height, background);
  }

  fillRect(x: number, y: number, w: number, h: number, colour: Rgb): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let py = y0; py < y1; py++) {
      for (let px = x0; px < x1; px++) {
        const i = (py * this.width + px) * 3;
        this.pixels[i] = colour[0];
        this.pixels[i + 1] = colour[1];
        this.pixels[i + 2] = colour[2];
      }
    }
  }

  /** Text with its top-left at (x, y), each font pixel drawn as scale × scale. */
  text(x: number, y: number, text: string, colour: Rgb, scale: number): void {
    [...text].forEach((ch, i) => {
      for (const [gx, gy] of glyph(ch)) this.fillRect(x + (i * GLYPH_ADVANCE + gx) * scale, y + gy * scale, scale, scale, colour);
    });
  }

  static textWidth(text: string, scale: number): number {
    return [...text].length * GLYPH_ADVANCE * scale;
  }

  static textHeight(scale: number): number {
    return GLYPH_HEIGHT * scale;
  }

  toPng(): Uint8Array {
    const stride = this.width * 3 + 1;
    const raw = new Uint8Array(stride * this.height);
    for (let y = 0; y < this.height; y++) {
      raw[y * stride] = 0; // filter type None
      raw.set(this.pixels.subarray(y * this.width * 3, (y + 1) * this.width * 3), y * stride + 1);
    }
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, this.width);
    view.setUint32(4, this.height);
    header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, adaptive filtering, no interlace
    return concatBytes([
      new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk("IHDR", header),
      chunk("IDAT", zlibSync(raw, { level: 9 })),
      chunk("IEND", new Uint8Array(0)),
    ]);
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concatBytes([new TextEncoder().encode(type), data]);
  const out = new Uint8Array(4 + typed.length + 4);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(typed, 4);
  view.setUint32(4 + typed.length, crc32(typed));
  return out;
}

