/**
 * The byte writer under the .xlsx parts: whatever texts go in, the pieces joined are exactly the
 * UTF-8 of the same text written as one string, across piece boundaries and buffer growth (a
 * character of 2–4 bytes, a surrogate pair, a text longer than a piece).
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
  it("writes many short texts as the UTF-8 of the same string", () => {
    const parts: string[] = [];
    const { bytes } = collect((out) => {
      for (let i = 0; i < 20_000; i++) {
        out.text(`<c r="B${i * 37}">`);
        parts.push(`<c r="B${i * 37}">`);
        const text = i % 3 === 0 ? `Förvaltning ${i} – ålder` : i % 3 === 1 ? `plain ${i}` : `emoji 😀 ${i} 中文`;
        out.text(text);
        parts.push(text);
      }
    });
    expect(bytes.equals(Buffer.from(parts.join(""), "utf8"))).toBe(true);
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
