/**
 * The byte writer under the .xlsx parts: whatever mix of texts, markup bytes and numbers goes in, the
 * pieces joined are exactly the UTF-8 of the same text written as one string, across piece
 * boundaries (a character of 2–4 bytes, a surrogate pair, a text longer than a piece).
 */
import { PartBytes } from "../../../src/workbook/file/xlsx/part-bytes";

const PIECE = 1 << 18;

function collect(write: (out: PartBytes) => void): { bytes: Buffer; pieces: Uint8Array[]; finals: boolean[] } {
  const pieces: Uint8Array[] = [];
  const finals: boolean[] = [];
  const out = new PartBytes((piece, final) => {
    pieces.push(piece);
    finals.push(final);
  });
  write(out);
  out.end();
  // Copied only now: a piece handed on must never be written again.
  return { bytes: Buffer.concat(pieces.map((p) => Buffer.from(p))), pieces, finals };
}

describe("PartBytes", () => {
  it("writes texts and numbers as the UTF-8 of the same string", () => {
    const parts: string[] = [];
    const { bytes } = collect((out) => {
      for (let i = 0; i < 20_000; i++) {
        out.text('<c r="B');
        out.uint(i * 37);
        parts.push('<c r="B', String(i * 37));
        const text = i % 3 === 0 ? `Förvaltning ${i} – ålder` : i % 3 === 1 ? `plain ${i}` : `emoji 😀 ${i} 中文`;
        out.text(text);
        parts.push(text);
      }
    });
    expect(bytes.equals(Buffer.from(parts.join(""), "utf8"))).toBe(true);
  });

  it("copies ready-made bytes, also at a piece's end and when longer than a piece", () => {
    const markup = Buffer.from('" s="3" t="s"><v>');
    const long = Buffer.alloc(PIECE + 10, 0x61);
    const { bytes } = collect((out) => {
      for (let i = 0; i < 20_000; i++) out.bytes(markup);
      out.bytes(long);
      out.text("end");
    });
    expect(bytes.equals(Buffer.concat([...Array.from({ length: 20_000 }, () => markup), long, Buffer.from("end")]))).toBe(true);
  });

  it("writes numbers as String() does: zero, large, negative and fractional ones", () => {
    const numbers = [0, 9, 10, 99, 100, 2 ** 31 - 1, 2 ** 31, 2 ** 53, -1, -0.5, 0.125, 1e21, 1_048_576];
    const { bytes } = collect((out) => {
      for (const n of numbers) {
        out.uint(n);
        out.text(",");
      }
    });
    expect(bytes.toString("utf8")).toBe(numbers.map((n) => `${String(n)},`).join(""));
  });

  it("splits multi-byte characters and surrogate pairs across pieces without damage", () => {
    for (const filler of [PIECE - 1, PIECE - 2, PIECE - 3, PIECE - 5]) {
      const text = `${"x".repeat(filler)}😀é中${"ä".repeat(PIECE)}😀`;
      const { bytes, pieces } = collect((out) => out.text(text));
      expect(pieces.length).toBeGreaterThan(2);
      expect(bytes.equals(Buffer.from(text, "utf8"))).toBe(true);
    }
  });

  it("hands on pieces no larger than a piece, only the last one final, and new buffers each time", () => {
    const { pieces, finals } = collect((out) => {
      for (let i = 0; i < 200_000; i++) out.text("<row/>");
    });
    expect(pieces.every((p) => p.length <= PIECE)).toBe(true);
    expect(finals.filter(Boolean)).toHaveLength(1);
    expect(finals[finals.length - 1]).toBe(true);
    expect(new Set(pieces.map((p) => p.buffer)).size).toBe(pieces.length);
  });

  it("ends an empty part with one empty final piece", () => {
    const { pieces, finals } = collect(() => undefined);
    expect(pieces.map((p) => p.length)).toEqual([0]);
    expect(finals).toEqual([true]);
  });
});
