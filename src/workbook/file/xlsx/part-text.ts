/**
 * A part's bytes → its text, in the encoding the part declares (XML 1.0 §4.3.3 and appendix F):
 * a byte-order mark or the first bytes say UTF-8 or UTF-16, and the XML declaration's
 * `encoding` must agree. UTF-8 and UTF-16 are what every XML processor must read and what
 * Office writes; anything else, and bytes that are not valid in their encoding, are refused
 * with a message instead of being decoded into replacement characters.
 */
import { WorkbookError } from "../../../core/port";

export type Utf8Decoder = (bytes: Uint8Array) => string;

/** The portable decoder: TextDecoder that throws on invalid UTF-8 instead of inserting U+FFFD. */
export const strictUtf8: Utf8Decoder = (bytes) =>
  new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);

function refuse(part: string, detail: string): WorkbookError {
  return new WorkbookError(
    `Arbetsboken kan inte läsas: delen ${part} ${detail}. Öppna filen i Excel och spara den igen som Excel-arbetsbok (.xlsx).`,
    "unsupported",
  );
}

/** The `encoding` of an XML declaration at the start of `head` (already decoded), or undefined. */
function declaredEncoding(head: string): string | undefined {
  if (!head.startsWith("<?xml")) return undefined;
  const end = head.indexOf("?>");
  const declaration = end < 0 ? head : head.slice(0, end);
  return /\sencoding\s*=\s*(?:"([^"]*)"|'([^']*)')/
    .exec(declaration)
    ?.slice(1)
    .find((v) => v !== undefined);
}

function utf16(bytes: Uint8Array, part: string, littleEndian: boolean): string {
  try {
    return new TextDecoder(littleEndian ? "utf-16le" : "utf-16be", {
      fatal: true,
      ignoreBOM: true,
    }).decode(bytes);
  } catch {
    throw refuse(part, "är inte giltig UTF-16");
  }
}

export function partText(bytes: Uint8Array, part: string, decodeUtf8: Utf8Decoder): string {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  let text: string;
  let family: "utf-8" | "utf-16";
  if (b0 === 0xff && b1 === 0xfe) {
    text = utf16(bytes.subarray(2), part, true);
    family = "utf-16";
  } else if (b0 === 0xfe && b1 === 0xff) {
    text = utf16(bytes.subarray(2), part, false);
    family = "utf-16";
  } else if (b0 === 0x3c && b1 === 0x00) {
    text = utf16(bytes, part, true);
    family = "utf-16";
  } else if (b0 === 0x00 && b1 === 0x3c) {
    text = utf16(bytes, part, false);
    family = "utf-16";
  } else {
    const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
    // The declaration is ASCII: read it before trusting the rest to be UTF-8.
    // One call for the 200 bytes: a string added to character by character cost more than
    // the regular expression and was built for each of a run's several hundred parts.
    const head = String.fromCharCode.apply(null, body.subarray(0, 200) as unknown as number[]);
    const declared = declaredEncoding(head)?.toLowerCase();
    if (declared !== undefined && declared !== "utf-8" && declared !== "utf8")
      throw refuse(part, `är kodad som ${declaredEncoding(head)}; bara UTF-8 och UTF-16 läses`);
    try {
      text = decodeUtf8(body);
    } catch {
      throw refuse(part, "är inte giltig UTF-8 (felaktiga byte)");
    }
    family = "utf-8";
  }
  if (family === "utf-16") {
    const declared = declaredEncoding(text.slice(0, 200))?.toLowerCase();
    if (declared !== undefined && !/^utf-?16(le|be)?$/.test(declared))
      throw refuse(part, `säger sig vara kodad som ${declared} men är UTF-16`);
  }
  return text;
}
