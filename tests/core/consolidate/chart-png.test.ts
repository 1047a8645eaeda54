/** The chart PNG for the Word chapter: a valid PNG (chunk CRCs, IHDR, inflatable IDAT) whose bars have the category colours. */
import { unzlibSync } from "fflate";
import { renderBarChartPng } from "../../../src/core/consolidate/chart-png/bar-chart";
import { crc32 } from "../../../src/core/consolidate/chart-png/raster";
import { CATEGORY_BAR_COLOURS } from "../../../src/core/consolidate";
import { seedSummary } from "../../taskpane/seed-data";
import { standardProfile } from "../../../src/core/profile/load";

function chunks(png: Uint8Array): { type: string; data: Uint8Array; crcOk: boolean }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const typed = png.subarray(at + 4, at + 8 + length);
    out.push({ type: new TextDecoder().decode(typed.subarray(0, 4)), data: typed.subarray(4), crcOk: crc32(typed) === view.getUint32(at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

it("encodes a valid PNG with one bar per organisation in the category colours", () => {
  const summary = seedSummary();
  const image = renderBarChartPng(summary, standardProfile);
  expect(Array.from(image.png.subarray(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const parts = chunks(image.png);
  expect(parts.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
  expect(parts.every((c) => c.crcOk)).toBe(true);
  const ihdr = new DataView(parts[0]!.data.buffer, parts[0]!.data.byteOffset);
  expect([ihdr.getUint32(0), ihdr.getUint32(4)]).toEqual([image.width, image.height]);
  const raw = unzlibSync(parts[1]!.data);
  expect(raw.length).toBe(image.height * (image.width * 3 + 1));
  const colours = new Set<string>();
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = y * (image.width * 3 + 1) + 1 + x * 3;
      colours.add(`#${[raw[i]!, raw[i + 1]!, raw[i + 2]!].map((v) => v.toString(16).padStart(2, "0")).join("")}`.toUpperCase());
    }
  }
  const present = Object.entries(CATEGORY_BAR_COLOURS).filter(([category]) => summary.totals.byCategory[category as keyof typeof summary.totals.byCategory] > 0);
  for (const [, colour] of present) expect(colours).toContain(colour.toUpperCase());
  // Text is drawn: the dark ink colour is there.
  expect(colours).toContain("#201F1E");
});
