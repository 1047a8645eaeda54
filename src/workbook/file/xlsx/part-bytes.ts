/**
 * A part's XML encoded as it is written, into buffers handed on a piece at a time (to be
 * compressed): a sheet row's text is encoded when the row is done, so the strings of a
 * 25,000-row sheet are never gathered, joined and encoded at the end, and none outlives its row
 * (README, performance).
 */

/** Where a part's XML goes. */
export interface XmlOut {
  /** Any text, as UTF-8. */
  text(text: string): void;
}

/** Bytes handed on at a time: large pieces deflate well; small ones are not held long. */
const PIECE_BYTES = 1 << 18;
/** A part starts in a small buffer that grows to a piece: most parts (relationships, styles) are small. */
const FIRST_BYTES = 1 << 12;
/** The longest row placeRow takes: one text() would place without splitting it. */
export const MAX_ROW_BYTES = Math.floor((PIECE_BYTES - 4) / 3);

export class PartBytes implements XmlOut {
  /**
   * The buffer being filled and how much of it is used, open to writers of bytes (sheet rows,
   * row-bytes.ts): after `reserve(n)`, bytes go into `buffer` from `used`, and `used` is moved
   * past them before any other call; each row ends with placeRow.
   */
  buffer = new Uint8Array(FIRST_BYTES);
  used = 0;
  private readonly encoder = new TextEncoder();

  /** @param sink receives each piece (a buffer of its own, never written again) and, last, the final one. */
  constructor(private readonly sink: (piece: Uint8Array, final: boolean) => void) {}

  /**
   * Makes room for `bytes` more (at most a piece): grows the buffer up to a piece, or hands it on
   * when that would pass a piece (a buffer grown past a piece by a row of bytes counts as a piece).
   */
  private room(bytes: number): void {
    const needed = this.used + bytes;
    if (needed > PIECE_BYTES) {
      this.flush();
    } else if (needed > this.buffer.length) {
      const larger = new Uint8Array(Math.min(PIECE_BYTES, Math.max(2 * this.buffer.length, needed)));
      larger.set(this.buffer.subarray(0, this.used));
      this.buffer = larger;
    }
  }

  /**
   * Makes room for `bytes` more in `buffer` from `used`, handing nothing on: a row written as
   * bytes is placed in its piece when it is done (placeRow), as text() would have placed it.
   */
  reserve(bytes: number): void {
    const needed = this.used + bytes;
    if (needed <= this.buffer.length) return;
    const larger = new Uint8Array(Math.max(Math.min(PIECE_BYTES, 2 * this.buffer.length), needed));
    larger.set(this.buffer.subarray(0, this.used));
    this.buffer = larger;
  }

  /**
   * A row just written as bytes, from `start` to `used` (at most MAX_ROW_BYTES): starts a new
   * piece with it where text() would have (text() makes room for 3 bytes a character, so a row
   * that might not fit starts a new piece). The pieces, and so the compressed part, are the same
   * as if the row had been written as text.
   */
  placeRow(start: number): void {
    if (start === 0 || start + 3 * (this.used - start) <= PIECE_BYTES) return;
    const row = this.buffer.slice(start, this.used);
    this.used = start;
    this.flush();
    this.buffer.set(row);
    this.used = row.length;
  }

  /** Any text, through TextEncoder, in as many pieces as it takes. */
  text(text: string): void {
    let rest = text;
    for (;;) {
      // Up to 3 bytes a UTF-16 unit (a surrogate pair is 4 bytes for 2 units).
      this.room(Math.min(3 * rest.length, PIECE_BYTES - 4));
      const end = Math.min(this.buffer.length, PIECE_BYTES);
      const { read, written } = this.encoder.encodeInto(rest, this.buffer.subarray(this.used, end));
      this.used += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.flush();
    }
  }

  private flush(): void {
    if (this.used === 0) return;
    this.sink(this.buffer.subarray(0, this.used), false);
    // A part that filled a piece is a large one: the next buffer is a whole piece at once.
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
