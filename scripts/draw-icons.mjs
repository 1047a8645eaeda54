#!/usr/bin/env node
// Draws the add-in's icons into assets/ as PNG files, using only Node built-ins (zlib for the
// PNG's deflate stream). Shapes are described in a unit square and rasterised with 4×4
// supersampling, so every size is drawn crisp rather than scaled from a bitmap.
//
//   icon-{16,32,64,80}.png          the add-in: a sheet whose rows carry traffic-light statuses
//   kontrollera-{16,32,80}.png      a check mark in a green disc
//   sammanstall-{16,32,80}.png      a bar chart (the consolidated summary)
//
// Usage: node scripts/draw-icons.mjs [outDir=assets]
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

const SUPERSAMPLE = 4;

const COLORS = {
  blue: [0x1f, 0x5f, 0x8b],
  white: [0xff, 0xff, 0xff],
  green: [0x10, 0x7c, 0x41],
  amber: [0xf2, 0xb1, 0x1c],
  red: [0xc4, 0x31, 0x4b],
  line: [0xc8, 0xd8, 0xe6],
};

// --- shapes: each is (x, y) -> boolean in unit coordinates --------------------------------

function roundedRect(x0, y0, x1, y1, radius) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + radius), x1 - radius);
    const cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
}

function disc(cx, cy, r) {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r ** 2;
}

/** A line segment with round caps. */
function stroke(ax, ay, bx, by, width) {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  return (x, y) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared));
    return (x - (ax + t * dx)) ** 2 + (y - (ay + t * dy)) ** 2 <= (width / 2) ** 2;
  };
}

// --- icons: lists of [shape, color], painted in order ---------------------------------------

function uppfoljningIcon() {
  const layers = [[roundedRect(0.04, 0.04, 0.96, 0.96, 0.16), COLORS.blue]];
  const statuses = [COLORS.green, COLORS.amber, COLORS.red];
  statuses.forEach((color, row) => {
    const y = 0.27 + row * 0.23;
    layers.push([disc(0.27, y, 0.085), color]);
    layers.push([stroke(0.45, y, 0.76, y, 0.1), COLORS.white]);
  });
  return layers;
}

function kontrolleraIcon() {
  return [
    [disc(0.5, 0.5, 0.47), COLORS.green],
    [stroke(0.27, 0.52, 0.43, 0.68, 0.12), COLORS.white],
    [stroke(0.43, 0.68, 0.74, 0.34, 0.12), COLORS.white],
  ];
}

function sammanstallIcon() {
  return [
    [roundedRect(0.04, 0.04, 0.96, 0.96, 0.16), COLORS.blue],
    [roundedRect(0.2, 0.55, 0.36, 0.8, 0.03), COLORS.white],
    [roundedRect(0.42, 0.38, 0.58, 0.8, 0.03), COLORS.white],
    [roundedRect(0.64, 0.2, 0.8, 0.8, 0.03), COLORS.amber],
  ];
}

// --- rasterising and PNG encoding ----------------------------------------------------------

/** RGBA pixels, straight (non-premultiplied) alpha. */
export function rasterise(layers, size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          let color = null;
          for (const [inside, layerColor] of layers) if (inside(x, y)) color = layerColor;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) {
        pixels[offset] = Math.round(r / a);
        pixels[offset + 1] = Math.round(g / a);
        pixels[offset + 2] = Math.round(b / a);
        pixels[offset + 3] = Math.round((255 * a) / samples);
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export function encodePng(pixels, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // compression, filter and interlace methods stay 0
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0])); // filter type: none
    rows.push(pixels.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const ICONS = [
  { name: "icon", layers: uppfoljningIcon(), sizes: [16, 32, 64, 80] },
  { name: "kontrollera", layers: kontrolleraIcon(), sizes: [16, 32, 80] },
  { name: "sammanstall", layers: sammanstallIcon(), sizes: [16, 32, 80] },
];

const outDir = process.argv[2] ?? "assets";
mkdirSync(outDir, { recursive: true });
for (const icon of ICONS) {
  for (const size of icon.sizes) {
    const file = path.join(outDir, `${icon.name}-${size}.png`);
    writeFileSync(file, encodePng(rasterise(icon.layers, size), size));
    console.log(`wrote ${file}`);
  }
}
