/**
 * The .xlsx container: a zip written part by part, each part compressed while it is generated
 * instead of being held whole in memory. With the platform's deflate (the CLI's node:zlib) the
 * container is written here (PKWARE's APPNOTE.TXT, 4.3): a local header, the deflated data and a
 * data descriptor per part, then the central directory: the layout fflate's Zip writes, byte for
 * byte, without loading fflate (about 12 ms of CPU at start-up). Without one, zip-fflate.ts.
 */
import { concatBytes } from "../../../core/bytes";
import { PartBytes } from "./part-bytes";
import {
  DEFLATE,
  ZIP_CENTRAL_HEADER,
  ZIP_DATA_DESCRIPTOR,
  ZIP_END_OF_DIRECTORY,
  ZIP_LOCAL_HEADER,
} from "./zip-format";

/**
 * Compression the platform offers natively, several times faster than fflate's JavaScript
 * (the CLI passes node:zlib's). Each piece of a part is compressed on its own and flushed to a
 * byte boundary, so the pieces join into one deflate stream (as pigz does).
 */
export interface NativeDeflate {
  /** Raw deflate of one piece: sync-flushed, or finished (last block) when `final`. */
  deflateRawPiece(data: Uint8Array, final: boolean): Uint8Array;
  /** CRC-32 of `data`, continuing from `previous` (0 to start). */
  crc32(data: Uint8Array, previous: number): number;
}

/** Where writeXlsx puts the parts, in order: one part open at a time. */
export interface XlsxZip {
  /** A part written in pieces of bytes (part-bytes.ts), each compressed as it is full. */
  part(path: string): PartBytes;
  add(path: string, text: string): void;
  finish(): Uint8Array;
}

/** Version 2.0: deflate (APPNOTE 4.4.3.2). */
const VERSION = 20;
/** Bit 3: CRC and sizes follow the data (the part is compressed as it is written). */
const FLAG_DESCRIPTOR = 0x0008;
/** Bit 11: the name is UTF-8. */
const FLAG_UTF8 = 0x0800;
/** The largest size, offset and count without ZIP64 (APPNOTE 4.4.8, 4.4.22). */
const MAX_U32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

/** A zip field's MS-DOS date and time (time in the low 16 bits), in local time as fflate writes it. */
function dosDateTime(date: Date): number {
  const year = date.getFullYear() - 1980;
  if (year < 0 || year > 119) throw new RangeError("A zip's dates go from 1980 to 2099.");
  return (
    ((year << 25) |
      ((date.getMonth() + 1) << 21) |
      (date.getDate() << 16) |
      (date.getHours() << 11) |
      (date.getMinutes() << 5) |
      (date.getSeconds() >> 1)) >>>
    0
  );
}

function tooLarge(): Error {
  return new Error(
    "Arbetsboken blir för stor för en .xlsx-fil (över 4 GB eller 65 535 delar). Dela upp den.",
  );
}

interface WrittenPart {
  name: Uint8Array;
  flags: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

export class ZipWriter implements XlsxZip {
  private readonly chunks: Uint8Array[] = [];
  private readonly parts: WrittenPart[] = [];
  private readonly encoder = new TextEncoder();
  private readonly when: number;
  private offset = 0;
  private open = false;

  constructor(
    mtime: Date,
    private readonly native: NativeDeflate,
  ) {
    this.when = dosDateTime(mtime);
  }

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.offset += bytes.length;
    if (this.offset > MAX_U32) throw tooLarge();
  }

  part(path: string): PartBytes {
    if (this.open) throw new Error("One zip part is written at a time.");
    if (this.parts.length >= MAX_ENTRIES) throw tooLarge();
    this.open = true;
    const name = this.encoder.encode(path);
    const part: WrittenPart = {
      name,
      flags: FLAG_DESCRIPTOR | (name.length !== path.length ? FLAG_UTF8 : 0),
      crc: 0,
      compressed: 0,
      size: 0,
      offset: this.offset,
    };
    // CRC and sizes are zero here: they come in the data descriptor (APPNOTE 4.4.4).
    const header = new Uint8Array(30 + name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, ZIP_LOCAL_HEADER, true);
    view.setUint16(4, VERSION, true);
    view.setUint16(6, part.flags, true);
    view.setUint16(8, DEFLATE, true);
    view.setUint32(10, this.when, true);
    view.setUint16(26, name.length, true);
    header.set(name, 30);
    this.push(header);
    return new PartBytes((piece, final) => {
      part.crc = this.native.crc32(piece, part.crc);
      part.size += piece.length;
      const deflated = this.native.deflateRawPiece(piece, final);
      part.compressed += deflated.length;
      if (part.size > MAX_U32) throw tooLarge();
      this.push(deflated);
      if (final) this.endPart(part);
    });
  }

  private endPart(part: WrittenPart): void {
    const descriptor = new Uint8Array(16);
    const view = new DataView(descriptor.buffer);
    view.setUint32(0, ZIP_DATA_DESCRIPTOR, true);
    view.setUint32(4, part.crc, true);
    view.setUint32(8, part.compressed, true);
    view.setUint32(12, part.size, true);
    this.push(descriptor);
    this.parts.push(part);
    this.open = false;
  }

  add(path: string, text: string): void {
    const part = this.part(path);
    part.text(text);
    part.end();
  }

  finish(): Uint8Array {
    if (this.open) throw new Error("The zip was not completed.");
    const size = this.parts.reduce((n, part) => n + 46 + part.name.length, 0);
    const directory = new Uint8Array(size + 22);
    const view = new DataView(directory.buffer);
    let at = 0;
    for (const part of this.parts) {
      view.setUint32(at, ZIP_CENTRAL_HEADER, true);
      view.setUint16(at + 4, VERSION, true); // made by: MS-DOS (0), version 2.0
      view.setUint16(at + 6, VERSION, true);
      view.setUint16(at + 8, part.flags, true);
      view.setUint16(at + 10, DEFLATE, true);
      view.setUint32(at + 12, this.when, true);
      view.setUint32(at + 16, part.crc, true);
      view.setUint32(at + 20, part.compressed, true);
      view.setUint32(at + 24, part.size, true);
      view.setUint16(at + 28, part.name.length, true);
      view.setUint32(at + 42, part.offset, true);
      directory.set(part.name, at + 46);
      at += 46 + part.name.length;
    }
    if (this.offset + size > MAX_U32) throw tooLarge();
    view.setUint32(at, ZIP_END_OF_DIRECTORY, true);
    view.setUint16(at + 8, this.parts.length, true);
    view.setUint16(at + 10, this.parts.length, true);
    view.setUint32(at + 12, size, true);
    view.setUint32(at + 16, this.offset, true);
    this.chunks.push(directory);
    return concatBytes(this.chunks);
  }
}
