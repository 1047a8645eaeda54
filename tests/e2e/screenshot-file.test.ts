/** The screenshot writer's PNG comparison, on the committed screenshots themselves. */
import * as fs from "node:fs";
import * as path from "node:path";
import { deflateSync } from "node:zlib";
import { decodePng, looksTheSame } from "./support/screenshot-file";

const SCREENSHOTS = path.resolve(__dirname, "../../docs/screenshots");

/** A tiny RGB PNG (filter 0 on every row), enough to check the decoder against known pixels. */
function encodePng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number],
): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, "ascii"), data, Buffer.alloc(4)]); // CRC is not checked
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const rows = [];
  for (let y = 0; y < height; y++) {
    rows.push(Buffer.from([0]));
    for (let x = 0; x < width; x++) rows.push(Buffer.from(pixel(x, y)));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("screenshot comparison", () => {
  it("decodes known pixels", () => {
    const bitmap = decodePng(encodePng(3, 2, (x, y) => [x * 10, y * 20, 255]))!;
    expect(bitmap).toMatchObject({ width: 3, height: 2, channels: 3 });
    expect([...bitmap.pixels]).toEqual([
      0, 0, 255, 10, 0, 255, 20, 0, 255, 0, 20, 255, 10, 20, 255, 20, 20, 255,
    ]);
  });

  it("decodes Chromium's filtered PNGs: every committed screenshot, and tells a one-shade corner from a real change", () => {
    const files = fs.readdirSync(SCREENSHOTS).filter((name) => name.endsWith(".png"));
    expect(files).toEqual(
      expect.arrayContaining([
        "mall.png",
        "kontrollera.png",
        "inlamning.png",
        "sammanstall.png",
        "installningar.png",
      ]),
    );
    const mall = decodePng(fs.readFileSync(path.join(SCREENSHOTS, "mall.png")))!;
    expect(mall.width).toBe(420);
    // The page background is white; the decoder must reproduce it through the row filters.
    expect([...mall.pixels.subarray(mall.pixels.length - 3)]).toEqual([255, 255, 255]);
    const shade = { ...mall, pixels: Buffer.from(mall.pixels) };
    shade.pixels[1000] = shade.pixels[1000]! ^ 1;
    expect(looksTheSame(mall, shade)).toBe(true);
    const changed = { ...mall, pixels: Buffer.from(mall.pixels) };
    changed.pixels.fill(0, 0, 4000);
    expect(looksTheSame(mall, changed)).toBe(false);
  });
});
