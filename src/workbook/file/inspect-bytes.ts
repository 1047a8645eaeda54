/**
 * Checks on the raw bytes of a would-be .xlsx, before any unzipping: size, format (zip vs. the old
 * OLE2 .xls, or an encrypted package, which is also OLE2), and the zip's central directory, so a
 * zip bomb is refused from its declared sizes instead of being inflated. No dependencies.
 */
import { WorkbookError } from "../../core/port";
import { readZipDirectory, type ZipEntry } from "./xlsx/unzip";

export { readZipDirectory, type ZipEntry };

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 500 * 1024 * 1024;

export interface ByteLimits {
  maxBytes?: number;
  maxUncompressedBytes?: number;
  /** Rows over all worksheets (count-rows.ts); DEFAULT_MAX_ROWS when absent. */
  maxRows?: number;
}

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = 0x04034b50;

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
