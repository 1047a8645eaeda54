/**
 * A row limit, checked before ExcelJS sees the file. ExcelJS builds every row in memory: a
 * sheet of 1,000,000 one-number rows (a 5 MB file, well under the byte limits) costs it about
 * 30 s and 1.4 GB. So the worksheets are inflated here as a stream and their <row> elements
 * counted, stopping as soon as the limit is passed: constant memory, a fraction of a second.
 *
 * The inflated size is also held to what the zip directory declares, so a directory that lies
 * about its sizes (a disguised zip bomb) is caught here and not inside ExcelJS.
 *
 * Uses DecompressionStream("deflate-raw") (browsers and Node ≥ 20); where it is missing the
 * check is skipped and only the byte limits hold.
 */
import { WorkbookError } from "../../core/port";
import type { ZipEntry } from "./inspect-bytes";
import { corruptSheet, entryData, inflateStream } from "./xlsx/unzip";

export { corruptSheet, entryData };

/** Rows over all worksheets of one workbook; reports have hundreds, not hundreds of thousands. */
export const DEFAULT_MAX_ROWS = 200_000;

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
const STORED = 0;
const DEFLATE = 8;

export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

export function tooManyRows(maxRows: number): WorkbookError {
  return new WorkbookError(
    `Arbetsboken har fler än ${thousands(maxRows)} rader, vilket är gränsen. Ta bort tomma eller överflödiga rader, eller dela upp arbetsboken, och försök igen.`,
    "too-large",
  );
}

/**
 * Counts <row> start tags (with or without a namespace prefix) across chunks: a small state
 * machine, so a tag split between two chunks is still counted once.
 */
class RowTagCounter {
  count = 0;
  private state = 0; // 0 idle, 1 after "<" or "prefix:", 2 "r", 3 "ro", 4 "row", 5 inside another name

  feed(chunk: Uint8Array): void {
    let state = this.state;
    let count = this.count;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte === 0x3c /* < */) {
        state = 1;
        continue;
      }
      if (state === 0) continue;
      if (byte === 0x3a /* : */ && state >= 2) {
        state = 1;
        continue;
      }
      const nameChar =
        (byte >= 0x61 && byte <= 0x7a) ||
        (byte >= 0x41 && byte <= 0x5a) ||
        (byte >= 0x30 && byte <= 0x39) ||
        byte === 0x5f ||
        byte === 0x2d ||
        byte === 0x2e;
      if (state === 4 && !nameChar) {
        if (
          byte === 0x20 ||
          byte === 0x09 ||
          byte === 0x0a ||
          byte === 0x0d ||
          byte === 0x3e ||
          byte === 0x2f
        )
          count++;
        state = 0;
      } else if (state === 1) state = byte === 0x72 /* r */ ? 2 : nameChar ? 5 : 0;
      else if (state === 2) state = byte === 0x6f /* o */ ? 3 : nameChar ? 5 : 0;
      else if (state === 3) state = byte === 0x77 /* w */ ? 4 : nameChar ? 5 : 0;
      else state = nameChar ? 5 : 0;
    }
    this.state = state;
    this.count = count;
  }
}

/** Throws a Swedish "too-large" WorkbookError when the worksheets together hold more than maxRows rows. */
export async function assertRowLimit(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  maxRows: number = DEFAULT_MAX_ROWS,
): Promise<void> {
  if (typeof DecompressionStream === "undefined" || typeof Blob === "undefined") return;
  const counter = new RowTagCounter();
  for (const entry of entries) {
    if (!WORKSHEET_PART.test(entry.name)) continue;
    const data = entryData(bytes, entry);
    if (entry.method === STORED) counter.feed(data);
    else if (entry.method === DEFLATE) {
      await inflateStream(data, entry, (chunk) => {
        counter.feed(chunk);
        return counter.count <= maxRows;
      });
    } else continue; // ExcelJS refuses other methods itself
    if (counter.count > maxRows) throw tooManyRows(maxRows);
  }
}
