/** Reading and writing files for commands, with Swedish one-line errors (exit 2). */
import { isAscii, isUtf8, transcode } from "node:buffer";
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { FileWorkbook, MAX_EXPANSION, type NativeDeflate, type NativeInflate } from "../workbook/file";
import { WorkbookError } from "../core/port";
import { CliError } from "./errors";

export function resolvePath(cwd: string, file: string): string {
  return path.resolve(cwd, file);
}

export function readBytes(file: string): Uint8Array {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new CliError(`${file} är en mapp, inte en fil.`);
    return new Uint8Array(fs.readFileSync(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`Filen finns inte: ${file}`);
    if (code === "EACCES" || code === "EPERM")
      throw new CliError(`Filen kan inte läsas (behörighet saknas): ${file}`);
    throw new CliError(`Filen kan inte läsas: ${file}`);
  }
}

export function readText(file: string): string {
  return new TextDecoder().decode(readBytes(file));
}

/** Opens an .xlsx; WorkbookErrors get the file name in front. */
export async function openWorkbook(file: string): Promise<FileWorkbook> {
  const bytes = readBytes(file);
  try {
    return await FileWorkbook.open(bytes, { native: NODE_INFLATE });
  } catch (error) {
    if (error instanceof WorkbookError)
      throw new WorkbookError(`${path.basename(file)}: ${error.message}`, error.code);
    throw error;
  }
}

/**
 * Whether two paths name the same file: the same resolved path (compared without case where
 * the file system ignores it), or, for files that exist, the same device and inode (links).
 */
export function samePath(a: string, b: string): boolean {
  const [x, y] = [path.resolve(a), path.resolve(b)];
  if (x === y) return true;
  if (process.platform === "win32" || process.platform === "darwin")
    if (x.toLowerCase() === y.toLowerCase()) return true;
  try {
    const [s, t] = [fs.statSync(x), fs.statSync(y)];
    return s.dev === t.dev && s.ino === t.ino;
  } catch {
    return false;
  }
}

/**
 * Refuses outputs that would overwrite an input or each other — whatever --force says: a
 * summary written over a source report, or the HTML report over the workbook, loses data.
 */
export function assertSeparateOutputs(
  inputs: readonly string[],
  outputs: readonly (string | null)[],
): void {
  const targets = outputs.filter((o): o is string => o !== null);
  targets.forEach((target, i) => {
    const input = inputs.find((file) => samePath(file, target));
    if (input !== undefined)
      throw new CliError(
        `Utfilen ${target} är en av filerna som läses. Ange en annan utfil; källan skrivs aldrig över.`,
      );
    if (targets.slice(0, i).some((other) => samePath(other, target)))
      throw new CliError(`Två utfiler har samma namn: ${target}. Ange olika filer.`);
  });
}

/**
 * Refuses an output that is a folder (whatever --force says: a folder is never replaced by a
 * file) or an existing file without --force. Checked before the work, so nothing is half done.
 */
export function assertWritable(file: string, force: boolean): void {
  if (!fs.existsSync(file)) return;
  if (fs.statSync(file).isDirectory())
    throw new CliError(`Utfilen ${file} är en mapp. Ange ett filnamn, inte en mapp.`);
  if (!force) throw new CliError(`Filen finns redan: ${file}. Ange --force för att skriva över den.`);
}

/**
 * Writes the file whole or not at all: into a temporary file in the same folder, renamed into
 * place once written, so a full disk or a crash never leaves a half-written file where the
 * previous one was.
 */
export function writeBytes(
  file: string,
  bytes: Uint8Array,
  options: { force?: boolean } = {},
): void {
  assertWritable(file, options.force === true);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, file);
  } catch (error) {
    // Where the folder could not be made there is no temporary file either (rm would fail too).
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      /* nothing was written */
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR" || code === "EEXIST")
      throw new CliError(`Filen kan inte skrivas: ${file}. En del av sökvägen är en fil, inte en mapp.`);
    if (code === "EACCES" || code === "EPERM")
      throw new CliError(`Filen kan inte skrivas (behörighet saknas): ${file}`);
    if (code === "EBUSY")
      throw new CliError(`Filen är öppen i ett annat program: ${file}. Stäng den och försök igen.`);
    throw new CliError(`Filen kan inte skrivas: ${file}`);
  }
}

/** The largest output piece asked of zlib at once; a larger part comes in pieces of this size. */
const MAX_PIECE = 64 * 1024 * 1024;

/**
 * node:zlib's inflate, held to the declared size by maxOutputLength, and Buffer#toString for
 * UTF-8 after Node's own validity check: 3–6 × faster than fflate and TextDecoder on large parts.
 */
export const NODE_INFLATE: NativeInflate = {
  inflateRaw: (data, size) =>
    zlib.inflateRawSync(data, {
      maxOutputLength: Math.max(1, size),
      // The part in one piece (zlib's default is 16 KB pieces joined by Buffer.concat), one byte
      // over its declared size so that a part that fills it is not asked again; never more than
      // the data can inflate to, so a directory that overstates a size allocates nothing for it.
      chunkSize: Math.max(64, Math.min(size, data.length * MAX_EXPANSION, MAX_PIECE) + 1),
    }),
  decodeUtf8: (bytes) => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // ASCII (a sheet's XML, its text being in the string table) is the same string read as
    // Latin-1: a copy, where UTF-8 decoding looks at every byte again (a third less time).
    if (isAscii(buffer)) return buffer.toString("latin1");
    if (!isUtf8(buffer)) throw new Error("invalid UTF-8");
    // Other UTF-8 (a string table): transcoded to UTF-16 by Node's SIMD converter, then copied
    // into the string — half the time of Buffer#toString's decoder on Swedish text.
    if (typeof transcode === "function")
      return transcode(buffer, "utf8", "utf16le").toString("utf16le");
    return buffer.toString("utf8");
  },
};

/** node:zlib's deflate and CRC-32 (crc32 is in Node from 20.15); fflate's own where missing. */
export const NODE_DEFLATE: NativeDeflate | undefined =
  typeof zlib.crc32 === "function"
    ? {
        // Level 1: generated sheet XML compresses almost as well, several times faster.
        deflateRawPiece: (data, final) =>
          zlib.deflateRawSync(data, {
            level: 1,
            finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
          }),
        crc32: (data, previous) => zlib.crc32(data, previous),
      }
    : undefined;

/** The workbook's .xlsx bytes, compressed by Node. */
export function workbookBytes(workbook: FileWorkbook): Promise<Uint8Array> {
  return workbook.save(NODE_DEFLATE ? { deflate: NODE_DEFLATE } : {});
}
