/**
 * A pull tokenizer for the XML of an .xlsx part: a complete XML 1.0 + Namespaces reader for
 * what a well-formed part can hold — comments, processing instructions, CDATA, any attribute
 * quoting and white space, namespace prefixes (resolved to URIs), entity and character
 * references, line-end and attribute-value normalisation. A DOCTYPE is refused (no entity
 * expansion, ever), and anything not well-formed throws XmlError.
 *
 * Why not saxes (which ExcelJS uses): it calls back with a fresh object per tag and per
 * attribute; the reader of a 40,000-row sheet asks only for a few attributes of most tags, so
 * this one keeps attribute positions in typed arrays and makes a string only on request, and
 * reads a cell address straight from the characters (no substring, no regular expression).
 */

export const EOF = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
/** Deeper than any part Excel writes by far; a bound so a crafted part cannot grow the stacks without end. */
const MAX_DEPTH = 1000;

export class XmlError extends Error {
  constructor(what: string, at: number) {
    super(`${what} (tecken ${at})`);
    this.name = "XmlError";
  }
}

/** The DOCTYPE refusal, told apart from other XML errors so its message can say why. */
export class DoctypeError extends Error {}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function isSpace(ch: number): boolean {
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

function internUri(uri: string): string {
  const known = URIS.get(uri);
  if (known !== undefined) return known;
  if (URIS.size < 100) URIS.set(uri, uri);
  return uri;
}

/** Registers the URIs a caller compares with, so the namespaces read are those very strings. */
export function knownNamespaces(...uris: string[]): void {
  for (const uri of uris) URIS.set(uri, uri);
}

export class XmlReader {
  private at = 0;
  /** After OPEN: the element's local name (interned) and namespace URI ("" for none). */
  local = "";
  ns = "";
  /** Open elements, counting the current one after OPEN. */
  depth = 0;
  private pendingClose = false;
  private textStart = 0;
  private textEnd = 0;
  private textRaw = false;

  private attrCount = 0;
  private nameStart = new Int32Array(16);
  private nameEnd = new Int32Array(16);
  /** Position of the ":" in the attribute name, or -1. */
  private nameColon = new Int32Array(16);
  private valueStart = new Int32Array(16);
  private valueEnd = new Int32Array(16);
  /** Whether the value needs decoding (a reference or white space to normalise). */
  private valueWork = new Uint8Array(16);

  private readonly openStart = new Int32Array(MAX_DEPTH + 1);
  private readonly openEnd = new Int32Array(MAX_DEPTH + 1);
  private defaultNs = "";
  private readonly prefixes = new Map<string, string>([
    ["xml", XML_NS],
    ["xmlns", XMLNS_NS],
  ]);
  /** Declarations to undo when the element at `depth` closes: depth, prefix, previous URI. */
  private readonly undo: [number, string, string | undefined][] = [];
  private readonly names = new Map<number, string>();
  private rootSeen = false;

  constructor(private readonly xml: string) {}

  fail(what: string): never {
    throw new XmlError(what, this.at);
  }

  /** The next token: OPEN, CLOSE, TEXT or EOF. An empty-element tag gives OPEN then CLOSE. */
  next(): number {
    const xml = this.xml;
    if (this.pendingClose) {
      this.pendingClose = false;
      this.closeScope();
      return CLOSE;
    }
    for (;;) {
      const start = this.at;
      if (start >= xml.length) {
        if (this.depth > 0) this.fail("dokumentet tar slut inuti ett element");
        if (!this.rootSeen) this.fail("dokumentet saknar rotelement");
        return EOF;
      }
      if (xml.charCodeAt(start) !== 60 /* < */) {
        let end = xml.indexOf("<", start);
        if (end < 0) end = xml.length;
        this.at = end;
        if (this.depth === 0) {
          for (let i = start; i < end; i++)
            if (!isSpace(xml.charCodeAt(i))) this.fail("text utanför rotelementet");
          continue;
        }
        this.textStart = start;
        this.textEnd = end;
        this.textRaw = false;
        return TEXT;
      }
      const ch = xml.charCodeAt(start + 1);
      if (ch === 47 /* / */) return this.endTag(start);
      if (ch === 63 /* ? */) {
        const end = xml.indexOf("?>", start + 2);
        if (end < 0) this.fail("en processinstruktion tar aldrig slut");
        this.at = end + 2;
        continue;
      }
      if (ch === 33 /* ! */) {
        if (xml.startsWith("<!--", start)) {
          const end = xml.indexOf("-->", start + 4);
          if (end < 0) this.fail("en kommentar tar aldrig slut");
          this.at = end + 3;
          continue;
        }
        if (xml.startsWith("<![CDATA[", start)) {
          if (this.depth === 0) this.fail("CDATA utanför rotelementet");
          const end = xml.indexOf("]]>", start + 9);
          if (end < 0) this.fail("ett CDATA-avsnitt tar aldrig slut");
          this.textStart = start + 9;
          this.textEnd = end;
          this.textRaw = true;
          this.at = end + 3;
          return TEXT;
        }
        if (xml.startsWith("<!DOCTYPE", start)) throw new DoctypeError();
        this.fail("okänd deklaration");
      }
      return this.startTag(start);
    }
  }

  private startTag(start: number): number {
    const xml = this.xml;
    if (this.depth === 0 && this.rootSeen) this.fail("mer än ett rotelement");
    let i = start + 1;
    let colon = -1;
    let hash = 0;
    for (; i < xml.length; i++) {
      const ch = xml.charCodeAt(i);
      if (isSpace(ch) || ch === 62 || ch === 47) break;
      if (ch === 58) colon = i;
      else if (ch === 60 || ch === 61 || ch === 34 || ch === 39) this.fail("ogiltigt elementnamn");
      hash = (hash * 31 + ch) | 0;
    }
    const nameEnd = i;
    if (nameEnd === start + 1) this.fail("ett element utan namn");
    // Attributes.
    let count = 0;
    for (;;) {
      let spaced = false;
      while (i < xml.length && isSpace(xml.charCodeAt(i))) {
        i++;
        spaced = true;
      }
      if (i >= xml.length) this.fail("en tagg tar aldrig slut");
      const ch = xml.charCodeAt(i);
      if (ch === 62 || ch === 47) break;
      if (!spaced) this.fail("attribut utan mellanrum före");
      const aStart = i;
      let aColon = -1;
      for (; i < xml.length; i++) {
        const c = xml.charCodeAt(i);
        if (isSpace(c) || c === 61 || c === 62 || c === 47) break;
        if (c === 58) aColon = i;
        else if (c === 60 || c === 34 || c === 39) this.fail("ogiltigt attributnamn");
      }
      const aEnd = i;
      if (aEnd === aStart) this.fail("ogiltigt attributnamn");
      while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== 61) this.fail("attribut utan värde");
      i++;
      while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== 34 && quote !== 39) this.fail("attributvärde utan citattecken");
      const vStart = i + 1;
      const vEnd = xml.indexOf(quote === 34 ? '"' : "'", vStart);
      if (vEnd < 0) this.fail("ett attributvärde tar aldrig slut");
      let work = 0;
      for (let j = vStart; j < vEnd; j++) {
        const c = xml.charCodeAt(j);
        if (c === 60) this.fail("< i ett attributvärde");
        if (c === 38 || c === 9 || c === 10 || c === 13) work = 1;
      }
      if (count === this.nameStart.length) this.growAttributes();
      for (let k = 0; k < count; k++)
        if (
          this.nameEnd[k]! - this.nameStart[k]! === aEnd - aStart &&
          this.sameChars(aStart, this.nameStart[k]!, aEnd - aStart)
        )
          this.fail("samma attribut två gånger");
      this.nameStart[count] = aStart;
      this.nameEnd[count] = aEnd;
      this.nameColon[count] = aColon;
      this.valueStart[count] = vStart;
      this.valueEnd[count] = vEnd;
      this.valueWork[count] = work;
      count++;
      i = vEnd + 1;
    }
    this.attrCount = count;
    const selfClosing = xml.charCodeAt(i) === 47;
    if (selfClosing && xml.charCodeAt(i + 1) !== 62) this.fail("'/' utan '>'");
    this.at = selfClosing ? i + 2 : i + 1;

    if (this.depth >= MAX_DEPTH) this.fail(`element nästlade djupare än ${MAX_DEPTH} nivåer`);
    this.depth++;
    this.rootSeen = true;
    this.openStart[this.depth] = start + 1;
    this.openEnd[this.depth] = nameEnd;
    for (let k = 0; k < count; k++)
      if (xml.startsWith("xmlns", this.nameStart[k]!)) this.declare(k);
    if (colon < 0) {
      this.ns = this.defaultNs;
      this.local = this.intern(start + 1, nameEnd, hash);
    } else {
      const prefix = xml.slice(start + 1, colon);
      const uri = this.prefixes.get(prefix);
      if (uri === undefined) this.fail(`prefixet "${prefix}" är inte deklarerat`);
      this.ns = uri;
      this.local = xml.slice(colon + 1, nameEnd);
    }
    this.pendingClose = selfClosing;
    return OPEN;
  }

  private endTag(start: number): number {
    const xml = this.xml;
    const end = xml.indexOf(">", start + 2);
    if (end < 0) this.fail("en sluttagg tar aldrig slut");
    if (this.depth === 0) this.fail("en sluttagg utan starttagg");
    let nameEnd = end;
    while (nameEnd > start + 2 && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
    const openStart = this.openStart[this.depth]!;
    const length = this.openEnd[this.depth]! - openStart;
    if (nameEnd - (start + 2) !== length || !this.sameChars(start + 2, openStart, length))
      this.fail("sluttaggen matchar inte starttaggen");
    this.at = end + 1;
    this.closeScope();
    return CLOSE;
  }

  private sameChars(a: number, b: number, length: number): boolean {
    const xml = this.xml;
    for (let i = 0; i < length; i++)
      if (xml.charCodeAt(a + i) !== xml.charCodeAt(b + i)) return false;
    return true;
  }

  private closeScope(): void {
    const undo = this.undo;
    while (undo.length > 0 && undo[undo.length - 1]![0] === this.depth) {
      const [, prefix, previous] = undo.pop()!;
      if (prefix === "") this.defaultNs = previous ?? "";
      else if (previous === undefined) this.prefixes.delete(prefix);
      else this.prefixes.set(prefix, previous);
    }
    this.depth--;
  }

  private declare(k: number): void {
    const start = this.nameStart[k]!;
    const end = this.nameEnd[k]!;
    let prefix: string;
    if (end === start + 5) prefix = "";
    else if (this.nameColon[k] === start + 5) prefix = this.xml.slice(start + 6, end);
    else return; // a name like "xmlnsfoo" is an ordinary attribute
    const uri = internUri(this.value(k));
    if (prefix === "") {
      this.undo.push([this.depth, "", this.defaultNs]);
      this.defaultNs = uri;
    } else {
      if (uri === "") this.fail("ett prefix kan inte avdeklareras");
      this.undo.push([this.depth, prefix, this.prefixes.get(prefix)]);
      this.prefixes.set(prefix, uri);
    }
  }

  private growAttributes(): void {
    const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.nameStart = grow(this.nameStart);
    this.nameEnd = grow(this.nameEnd);
    this.nameColon = grow(this.nameColon);
    this.valueStart = grow(this.valueStart);
    this.valueEnd = grow(this.valueEnd);
    this.valueWork = grow(this.valueWork);
  }

  /** Element names repeat: one string per distinct name, found by a hash of its characters. */
  private intern(start: number, end: number, hash: number): string {
    const key = hash * 64 + (end - start);
    const known = this.names.get(key);
    if (known !== undefined && known.length === end - start && this.xml.startsWith(known, start))
      return known;
    const name = this.xml.slice(start, end);
    this.names.set(key, name);
    return name;
  }

  /** The index of the unprefixed attribute `name` of the current start tag, or -1. */
  attrIndex(name: string): number {
    const xml = this.xml;
    for (let k = 0; k < this.attrCount; k++) {
      const start = this.nameStart[k]!;
      if (
        this.nameColon[k]! < 0 &&
        this.nameEnd[k]! - start === name.length &&
        xml.startsWith(name, start)
      )
        return k;
    }
    return -1;
  }

  /** The index of the attribute `name` in namespace `ns` (a prefixed attribute), or -1. */
  attrIndexNs(ns: string, name: string): number {
    const xml = this.xml;
    for (let k = 0; k < this.attrCount; k++) {
      const colon = this.nameColon[k]!;
      if (colon < 0) continue;
      const end = this.nameEnd[k]!;
      if (end - colon - 1 !== name.length || !xml.startsWith(name, colon + 1)) continue;
      if (this.prefixes.get(xml.slice(this.nameStart[k]!, colon)) === ns) return k;
    }
    return -1;
  }

  attr(name: string): string | undefined {
    const k = this.attrIndex(name);
    return k < 0 ? undefined : this.value(k);
  }

  attrNs(ns: string, name: string): string | undefined {
    const k = this.attrIndexNs(ns, name);
    return k < 0 ? undefined : this.value(k);
  }

  /** Attribute k's value, references decoded and white space normalised (XML 1.0 §3.3.3). */
  value(k: number): string {
    const start = this.valueStart[k]!;
    const end = this.valueEnd[k]!;
    if (!this.valueWork[k]) return this.xml.slice(start, end);
    return this.decode(start, end, true);
  }

  /** Whether attribute k's value is exactly `text` (no string is made). */
  valueIs(k: number, text: string): boolean {
    const start = this.valueStart[k]!;
    if (this.valueWork[k]) return this.value(k) === text;
    return this.valueEnd[k]! - start === text.length && this.xml.startsWith(text, start);
  }

  /**
   * Attribute k's value as a cell reference ("B12", "$B$12"): column * 2^21 + row, or -1 when it
   * is not one. Read from the characters: no substring, no regular expression.
   */
  cellRef(k: number): number {
    if (this.valueWork[k]) return parseCellRef(this.value(k), 0, this.value(k).length);
    return parseCellRef(this.xml, this.valueStart[k]!, this.valueEnd[k]!);
  }

  /** Attribute k's value as a non-negative integer, or -1 when it is not one. */
  intValue(k: number): number {
    const xml = this.xml;
    let start = this.valueStart[k]!;
    let end = this.valueEnd[k]!;
    if (this.valueWork[k]) return /^\s*\d+\s*$/.test(this.value(k)) ? Number(this.value(k)) : -1;
    while (start < end && xml.charCodeAt(start) === 32) start++;
    while (end > start && xml.charCodeAt(end - 1) === 32) end--;
    if (start === end || end - start > 15) return -1;
    let n = 0;
    for (let i = start; i < end; i++) {
      const d = xml.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n;
  }

  /** After TEXT: the text, references decoded and line ends normalised. */
  text(): string {
    const start = this.textStart;
    const end = this.textEnd;
    const xml = this.xml;
    let work = false;
    for (let i = start; i < end; i++) {
      const c = xml.charCodeAt(i);
      if (c === 13 || (c === 38 && !this.textRaw)) {
        work = true;
        break;
      }
    }
    if (!work) return xml.slice(start, end);
    if (this.textRaw) return xml.slice(start, end).replace(/\r\n?/g, "\n");
    return this.decode(start, end, false);
  }

  /** Skips the rest of the element just opened, children and all. */
  skipElement(): void {
    const depth = this.depth;
    while (this.depth >= depth) if (this.next() === EOF) return;
  }

  /** The text content of the element just opened (its text and CDATA, children's included). */
  textContent(): string {
    const depth = this.depth;
    let text = "";
    for (;;) {
      const token = this.next();
      if (token === TEXT) text += this.text();
      else if (token === CLOSE && this.depth < depth) return text;
      else if (token === EOF) return text;
    }
  }

  private decode(start: number, end: number, attribute: boolean): string {
    const xml = this.xml;
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
        if (semi < 0 || semi >= end || semi - i > 12) this.fail("en ogiltig referens (&)");
        const name = xml.slice(i + 1, semi);
        let replacement = NAMED_ENTITIES[name];
        if (replacement === undefined) {
          if (name.charCodeAt(0) !== 35 /* # */)
            this.fail(`entiteten &${name}; är inte definierad`);
          const hex = name.charCodeAt(1) === 120; /* x */
          const digits = name.slice(hex ? 2 : 1);
          if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits))
            this.fail(`ogiltig teckenreferens &${name};`);
          const cp = parseInt(digits, hex ? 16 : 10);
          if (!legalChar(cp)) this.fail(`teckenreferensen &${name}; är inget tillåtet tecken`);
          replacement = String.fromCodePoint(cp);
        }
        out += xml.slice(from, i) + replacement;
        i = semi;
        from = semi + 1;
      }
    }
    return out + xml.slice(from, end);
  }
}

/** Rows and columns as Excel numbers them: column * 2^21 + row (both fit: 16,384 and 1,048,576). */
export const REF_ROW_SPAN = 2_097_152;

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
  return col * REF_ROW_SPAN + row;
}
