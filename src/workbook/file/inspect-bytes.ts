/**
 * Checks on the raw bytes of a would-be .xlsx, before any unzipping: size, format (zip vs. the old
 * OLE2 .xls, or an encrypted package, which is also OLE2), and the zip's central directory, so a
 * zip bomb is refused from its declared sizes instead of being inflated. No dependencies.
 */
import { WorkbookError } from "../port";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 500 * 1024 * 1024;

export interface ByteLimits {
  maxBytes?: number;
  maxUncompressedBytes?: number;
  /** Rows over all worksheets (count-rows.ts); DEFAULT_MAX_ROWS when absent. */
  maxRows?: number;
}

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflate. */
  method: number;
  /** Where the entry's local header starts (its data follows the header). */
  localHeaderOffset: number;
}

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_CENTRAL_HEADER = 0x02014b50;
const ZIP_END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** An OLE2 compound file holding an encrypted OOXML package has a stream named "EncryptionInfo" (UTF-16LE in the directory). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * A CSV (or other delimited text) renamed .xlsx: the start decodes as UTF-8 without control
 * characters other than tab and line breaks, and has a line break and a separator.
 */
function looksLikeDelimitedText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(
      head.length < bytes.length ? head.subarray(0, lastCompleteChar(head)) : head,
    );
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return false;
  return /[\r\n]/.test(text) && /[;,\t]/.test(text);
}

/** Where the last whole UTF-8 character of a cut-off sample ends. */
function lastCompleteChar(bytes: Uint8Array): number {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte
    if (byte >= 0xc0) end -= back; // a lead byte whose character may be cut
    break;
  }
  return end;
}

/**
 * A Word document or a PowerPoint presentation renamed .xlsx: same zip package, other main part
 * (ECMA-376 Part 1 §11.3.10 word/document.xml, §13.3.6 ppt/presentation.xml). Say what it is.
 */
function otherOfficeFile(names: ReadonlySet<string>): string | null {
  const kind = names.has("word/document.xml")
    ? "ett Word-dokument (.docx)"
    : names.has("ppt/presentation.xml")
      ? "en PowerPoint-presentation (.pptx)"
      : null;
  return kind === null
    ? null
    : `Det här är ${kind}, inte en Excel-arbetsbok, fast filnamnet slutar på .xlsx. Välj rapportens Excel-fil (.xlsx) i stället.`;
}

function corrupt(detail: string): WorkbookError {
  return new WorkbookError(
    `Filen är skadad eller ofullständig (${detail}). Öppna den i Excel och spara den igen.`,
    "corrupt",
  );
}

/** Reads the central directory (the zip's table of contents at its end). Throws "corrupt" on a truncated zip. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));

  // The end-of-directory record is in the last 22 + 65,535 (comment) bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === ZIP_END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw corrupt("zip-arkivets innehållsförteckning saknas");

  let count = u16(end + 10);
  let directorySize = u32(end + 12);
  let directoryOffset = u32(end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(locator) !== ZIP64_END_LOCATOR) throw corrupt("zip64-posten saknas");
    const zip64End = u64(locator + 8);
    if (zip64End + 56 > bytes.length || u32(zip64End) !== ZIP64_END_OF_DIRECTORY)
      throw corrupt("zip64-posten är ogiltig");
    count = u64(zip64End + 32);
    directorySize = u64(zip64End + 40);
    directoryOffset = u64(zip64End + 48);
  }
  if (directoryOffset + directorySize > bytes.length)
    throw corrupt("innehållsförteckningen pekar utanför filen");

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== ZIP_CENTRAL_HEADER)
      throw corrupt("en post i innehållsförteckningen är trasig");
    let compressedSize = u32(at + 20);
    let uncompressedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const method = u16(at + 10);
    let localHeaderOffset = u32(at + 42);
    if (at + 46 + nameLength + extraLength > bytes.length)
      throw corrupt("en post i innehållsförteckningen är trasig");
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));

    // Zip64 sizes live in the extra field (id 1), in this order, only for the fields set to 0xFFFFFFFF.
    if (
      uncompressedSize === 0xffffffff ||
      compressedSize === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      let extra = at + 46 + nameLength;
      const extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd) {
        const id = u16(extra);
        const size = u16(extra + 2);
        if (id === 0x0001) {
          let field = extra + 4;
          if (uncompressedSize === 0xffffffff && field + 8 <= extraEnd) {
            uncompressedSize = u64(field);
            field += 8;
          }
          if (compressedSize === 0xffffffff && field + 8 <= extraEnd) {
            compressedSize = u64(field);
            field += 8;
          }
          if (localHeaderOffset === 0xffffffff && field + 8 <= extraEnd)
            localHeaderOffset = u64(field);
          break;
        }
        extra += 4 + size;
      }
    }
    if (
      localHeaderOffset !== 0xffffffff &&
      (localHeaderOffset + 30 > bytes.length || u32(localHeaderOffset) !== ZIP_LOCAL_HEADER)
    ) {
      throw corrupt("en del av arkivet saknas");
    }
    entries.push({ name, compressedSize, uncompressedSize, method, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses what must not reach the xlsx reader, with a Swedish message a user can act on.
 * Returns the zip's entries when the bytes look like an .xlsx package.
 */
export function inspectXlsxBytes(bytes: Uint8Array, limits: ByteLimits = {}): ZipEntry[] {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxUncompressed = limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;

  if (bytes.length > maxBytes) {
    throw new WorkbookError(
      `Filen är för stor (${megabytes(bytes.length)}); gränsen är ${megabytes(maxBytes)}. Dela upp arbetsboken eller ta bort bilder och onödiga blad.`,
      "too-large",
    );
  }
  if (bytes.length === 0)
    throw new WorkbookError("Filen är tom. Den är inte en Excel-arbetsbok (.xlsx).", "not-xlsx");

  if (startsWith(bytes, OLE2_MAGIC)) {
    if (hasUtf16Name(bytes, "EncryptionInfo")) {
      throw new WorkbookError(
        "Arbetsboken är lösenordsskyddad (krypterad) och kan inte läsas. Ta bort lösenordet i Excel (Arkiv > Info > Skydda arbetsbok) och försök igen.",
        "encrypted",
      );
    }
    throw new WorkbookError(
      "Filen är i det gamla .xls-formatet. Öppna den i Excel och spara den som .xlsx (Excel-arbetsbok), och försök igen.",
      "unsupported",
    );
  }

  if (
    bytes.length < 4 ||
    new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) !== ZIP_LOCAL_HEADER
  ) {
    if (looksLikeDelimitedText(bytes)) {
      throw new WorkbookError(
        "Filen är en textfil (CSV eller liknande) med fel filändelse, inte en Excel-arbetsbok (.xlsx). Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx), och försök igen.",
        "not-xlsx",
      );
    }
    throw new WorkbookError(
      "Filen är inte en Excel-arbetsbok (.xlsx). Spara den som Excel-arbetsbok och försök igen.",
      "not-xlsx",
    );
  }

  const entries = readZipDirectory(bytes);
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > maxUncompressed) {
    throw new WorkbookError(
      `Arbetsboken blir för stor uppackad (${megabytes(total)}); gränsen är ${megabytes(maxUncompressed)}. Filen kan vara skadad eller konstruerad för att överbelasta.`,
      "too-large",
    );
  }
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) {
    throw new WorkbookError(
      otherOfficeFile(names) ??
        "Filen är ett zip-arkiv men inte en Excel-arbetsbok (.xlsx): arbetsbokens delar saknas.",
      "not-xlsx",
    );
  }
  return entries;
}
