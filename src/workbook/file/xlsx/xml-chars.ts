/**
 * The character-level rules of the XML tokenizer (xml-reader.ts): white space, legal characters,
 * entity and character references with line-end and attribute-value normalisation (XML 1.0
 * §2.2, §2.11, §3.3.3, §4.1), namespace URIs kept as one string each, and Excel's cell
 * references read from the characters.
 */

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function isSpace(ch: number): boolean {
  return ch === 32 || ch === 10 || ch === 9 || ch === 13;
}

function legalChar(cp: number): boolean {
  return (
    cp === 9 ||
    cp === 10 ||
    cp === 13 ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/**
 * Namespace URIs as one string object each, so that comparing an element's namespace with a
 * constant is a pointer comparison, not 60 characters per element.
 */
const URIS = new Map<string, string>();

export function internUri(uri: string): string {
  const known = URIS.get(uri);
  if (known !== undefined) return known;
  if (URIS.size < 100) URIS.set(uri, uri);
  return uri;
}

/** Registers the URIs a caller compares with, so the namespaces read are those very strings. */
export function knownNamespaces(...uris: string[]): void {
  for (const uri of uris) URIS.set(uri, uri);
}

/** References decoded in xml[start, end); attribute values also have their white space normalised. */
export function decodeReferences(
  xml: string,
  start: number,
  end: number,
  attribute: boolean,
  fail: (what: string) => never,
): string {
  let out = "";
  let from = start;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c === 13) {
      out += xml.slice(from, i) + (attribute ? " " : "\n");
      if (xml.charCodeAt(i + 1) === 10) i++;
      from = i + 1;
    } else if (attribute && (c === 9 || c === 10)) {
      out += xml.slice(from, i) + " ";
      from = i + 1;
    } else if (c === 38) {
      const semi = xml.indexOf(";", i + 1);
      if (semi < 0 || semi >= end || semi - i > 12) fail("en ogiltig referens (&)");
      const name = xml.slice(i + 1, semi);
      let replacement = NAMED_ENTITIES[name];
      if (replacement === undefined) {
        if (name.charCodeAt(0) !== 35 /* # */) fail(`entiteten &${name}; är inte definierad`);
        const hex = name.charCodeAt(1) === 120; /* x */
        const digits = name.slice(hex ? 2 : 1);
        if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits))
          fail(`ogiltig teckenreferens &${name};`);
        const cp = parseInt(digits, hex ? 16 : 10);
        if (!legalChar(cp)) fail(`teckenreferensen &${name}; är inget tillåtet tecken`);
        replacement = String.fromCodePoint(cp);
      }
      out += xml.slice(from, i) + replacement;
      i = semi;
      from = semi + 1;
    }
  }
  return out + xml.slice(from, end);
}

/** Rows and columns as Excel numbers them: column * 2^21 + row (both fit: 16,384 and 1,048,576). */
export const REF_ROW_SPAN = 2_097_152;
/**
 * REF_ROW_SPAN for use in this module's per-cell code: in the CommonJS the CLI runs, an exported
 * const is read as a property of `exports`, assigned twice (declared, then set), which the
 * compiler does not fold into a constant; a module-local binding it does.
 */
const ROW_SPAN = REF_ROW_SPAN;

/** "$AB$12" in s[start, end) → column * 2^21 + row; -1 when not a reference inside Excel's sheet. */
export function parseCellRef(s: string, start: number, end: number): number {
  let i = start;
  if (s.charCodeAt(i) === 36) i++;
  let col = 0;
  const colStart = i;
  for (; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === colStart || i - colStart > 3 || col > 16_384) return -1;
  if (s.charCodeAt(i) === 36) i++;
  const rowStart = i;
  let row = 0;
  for (; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
    if (row > 1_048_576) return -1;
  }
  if (i === rowStart || row < 1) return -1;
  return col * ROW_SPAN + row;
}
