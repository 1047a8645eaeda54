/**
 * The .xlsx container where the platform has no native deflate (the browser): fflate's zip,
 * each part compressed as it is written. A module of its own, loaded only on that path, so that
 * the CLI (zip.ts with node:zlib) never loads fflate (about 12 ms of CPU at start-up).
 */
import { Zip, ZipDeflate } from "fflate";
import { concatBytes } from "../../../core/bytes";
import { PartBytes } from "./part-bytes";
import type { XlsxZip } from "./zip";

export class FflateZipWriter implements XlsxZip {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private failure: Error | null = null;
  private done = false;

  constructor(private readonly mtime: Date) {
    // fflate calls back synchronously for ZipDeflate parts.
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.failure = error;
      else this.chunks.push(chunk);
      if (final) this.done = true;
    });
  }

  part(path: string): PartBytes {
    // Level 1: sheets of generated XML compress almost as well (about 10% larger) in a third of the time.
    const file = new ZipDeflate(path, { level: 1 });
    file.mtime = this.mtime;
    this.zip.add(file);
    return new PartBytes((bytes, final) => file.push(bytes, final));
  }

  add(path: string, text: string): void {
    const part = this.part(path);
    part.text(text);
    part.end();
  }

  finish(): Uint8Array {
    this.zip.end();
    if (this.failure) throw this.failure;
    if (!this.done) throw new Error("The zip was not completed.");
    return concatBytes(this.chunks);
  }
}
