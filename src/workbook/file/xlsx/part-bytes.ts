/**
 * A part's XML written straight into bytes, piece by piece. A large sheet is mostly markup,
 * references and numbers (its texts are in the shared strings), so it is written byte by byte
 * instead of as hundreds of thousands of small strings that would be concatenated, joined and
 * encoded (and collected) before compression: writing the 25,000-row summary sheet went from
 * about 180 to 40 ms (README, performance).
 */

/** Where a part's XML goes; `text` takes any text, `ascii` and `uint` only what their names say. */
export interface XmlOut {
  /** Any text, as UTF-8. */
  text(text: string): void;
  /** Text of ASCII characters only (markup, cell references, number formats of numbers). */
  ascii(text: string): void;
  /** A non-negative integer in decimal. */
  uint(value: number): void;
  /** ASCII markup already encoded (made once, written many times). */
  bytes(bytes: Uint8Array): void;
}

/** Bytes handed on at a time: large pieces deflate well; small ones are not held long. */
const PIECE_BYTES = 1 << 18;
/** Shorter texts are copied by a loop; longer ones by TextEncoder (one call costs more than a short copy). */
const SHORT_TEXT = 64;

export class PartBytes implements XmlOut {
  private buffer = new Uint8Array(PIECE_BYTES);
  private used = 0;
  private readonly encoder = new TextEncoder();

  /** @param sink receives each piece (a buffer of its own, never written again) and, last, the final one. */
  constructor(private readonly sink: (piece: Uint8Array, final: boolean) => void) {}

  ascii(text: string): void {
    const length = text.length;
    if (this.used + length > PIECE_BYTES) this.flush();
    if (length > PIECE_BYTES) {
      this.text(text);
      return;
    }
    const buffer = this.buffer;
    let at = this.used;
    for (let i = 0; i < length; i++) buffer[at++] = text.charCodeAt(i);
    this.used = at;
  }

  uint(value: number): void {
    if (!(value >= 0 && value < 2 ** 31) || value % 1 !== 0) {
      this.ascii(String(value));
      return;
    }
    if (this.used + 10 > PIECE_BYTES) this.flush();
    let digits = 1;
    for (let rest = value; rest >= 10; rest = (rest / 10) | 0) digits++;
    const buffer = this.buffer;
    let at = this.used + digits;
    this.used = at;
    do {
      buffer[--at] = 48 + (value % 10);
      value = (value / 10) | 0;
    } while (value > 0);
  }

  bytes(bytes: Uint8Array): void {
    const length = bytes.length;
    if (this.used + length > PIECE_BYTES) {
      this.flush();
      if (length > PIECE_BYTES) {
        this.sink(bytes.slice(), false);
        return;
      }
    }
    this.buffer.set(bytes, this.used);
    this.used += length;
  }

  text(text: string): void {
    const length = text.length;
    if (length <= SHORT_TEXT) {
      // Up to 3 bytes a UTF-16 unit (a surrogate pair is 4 bytes for 2 units).
      if (this.used + 3 * length > PIECE_BYTES) this.flush();
      const buffer = this.buffer;
      let at = this.used;
      for (let i = 0; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0x80) {
          this.used = at;
          this.encodeFrom(text, i);
          return;
        }
        buffer[at++] = code;
      }
      this.used = at;
      return;
    }
    this.encodeFrom(text, 0);
  }

  /** The rest of `text` from `start`, through TextEncoder, in as many pieces as it takes. */
  private encodeFrom(text: string, start: number): void {
    let rest = start === 0 ? text : text.slice(start);
    for (;;) {
      if (PIECE_BYTES - this.used < 4) this.flush();
      const { read, written } = this.encoder.encodeInto(rest, this.buffer.subarray(this.used));
      this.used += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.flush();
    }
  }

  private flush(): void {
    if (this.used === 0) return;
    this.sink(this.buffer.subarray(0, this.used), false);
    this.buffer = new Uint8Array(PIECE_BYTES);
    this.used = 0;
  }

  /** Hands on what is left as the final piece (empty when nothing is). */
  end(): void {
    this.sink(this.buffer.subarray(0, this.used), true);
    this.buffer = new Uint8Array(0);
    this.used = 0;
  }
}
