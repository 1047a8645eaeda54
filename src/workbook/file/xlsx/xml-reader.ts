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
 * The sheet reader's shortcuts for the commonest forms of a sheet are in xml-sheet-reader.ts.
 */

import {
  decodeReferences,
  internUri,
  isSpace,
  knownNamespaces,
  parseCellRef,
  REF_ROW_SPAN,
} from "./xml-chars";
import { AttributeList } from "./xml-attributes";

export const EOF = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;

/** Deeper than any part Excel writes by far; a bound so a crafted part cannot grow the stacks without end. */
export const MAX_DEPTH = 1000;

export class XmlError extends Error {
  constructor(what: string, at: number) {
    super(`${what} (tecken ${at})`);
    this.name = "XmlError";
  }
}

/** The DOCTYPE refusal, told apart from other XML errors so its message can say why. */
export class DoctypeError extends Error {}

export { knownNamespaces, parseCellRef, REF_ROW_SPAN };

export class XmlReader extends AttributeList {
  protected at = 0;
  /** After OPEN: the element's local name (interned) and namespace URI ("" for none). */
  local = "";
  ns = "";
  /** Open elements, counting the current one after OPEN. */
  depth = 0;
  protected pendingClose = false;
  private textStart = 0;
  private textEnd = 0;
  private textRaw = false;

  /** Where each open element's name starts and ends, by depth: grown as deep as a part goes (a few levels; a reader per part). */
  protected openStart = new Int32Array(16);
  protected openEnd = new Int32Array(16);
  protected defaultNs = "";
  /** Declarations to undo when the element at `depth` closes: depth, prefix, previous URI. */
  protected readonly undo: [number, string, string | undefined][] = [];
  private readonly names = new Map<number, string>();
  private rootSeen = false;

  constructor(xml: string) {
    super(xml);
  }

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
      // No call for a name character: the compiler does not inline (bin/uppfoljning.js).
      if ((ch <= 32 && isSpace(ch)) || ch === 62 || ch === 47) break;
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
      while (i < xml.length && xml.charCodeAt(i) <= 32 && isSpace(xml.charCodeAt(i))) {
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
        if ((c <= 32 && isSpace(c)) || c === 61 || c === 62 || c === 47) break;
        if (c === 58) aColon = i;
        else if (c === 60 || c === 34 || c === 39) this.fail("ogiltigt attributnamn");
      }
      const aEnd = i;
      if (aEnd === aStart) this.fail("ogiltigt attributnamn");
      while (i < xml.length && xml.charCodeAt(i) <= 32 && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== 61) this.fail("attribut utan värde");
      i++;
      while (i < xml.length && xml.charCodeAt(i) <= 32 && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== 34 && quote !== 39) this.fail("attributvärde utan citattecken");
      const vStart = i + 1;
      // One pass to the closing quote, noting what the value holds: most values are a few
      // characters ("A1", "1"), where a call to indexOf and a second loop cost more than the scan.
      let vEnd = vStart;
      let work = 0;
      let lessThan = false;
      for (; vEnd < xml.length; vEnd++) {
        const c = xml.charCodeAt(vEnd);
        if (c === quote) break;
        if (c === 60) lessThan = true;
        else if (c === 38 || c === 9 || c === 10 || c === 13) work = 1;
      }
      if (vEnd === xml.length) this.fail("ett attributvärde tar aldrig slut");
      if (lessThan) this.fail("< i ett attributvärde");
      this.addAttribute(count, aStart, aEnd, aColon, vStart, vEnd, work);
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
    if (this.depth === this.openStart.length) this.growDepth();
    this.openStart[this.depth] = start + 1;
    this.openEnd[this.depth] = nameEnd;
    for (let k = 0; k < count; k++) {
      const nameStart = this.nameStart[k]!;
      // Most names do not start with "x": told without the call.
      if (xml.charCodeAt(nameStart) === 120 && xml.startsWith("xmlns", nameStart)) this.declare(k);
    }
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

  private growDepth(): void {
    const size = Math.min(this.openStart.length * 2, MAX_DEPTH + 1);
    const [starts, ends] = [new Int32Array(size), new Int32Array(size)];
    starts.set(this.openStart);
    ends.set(this.openEnd);
    [this.openStart, this.openEnd] = [starts, ends];
  }

  private endTag(start: number): number {
    const xml = this.xml;
    // An end tag is short ("</c>"): a loop rather than a call to indexOf.
    let end = start + 2;
    while (end < xml.length && xml.charCodeAt(end) !== 62) end++;
    if (end === xml.length) this.fail("en sluttagg tar aldrig slut");
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

  protected closeScope(): void {
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

  /** Element names repeat: one string per distinct name, found by a hash of its characters. */
  private intern(start: number, end: number, hash: number): string {
    // An int32 key: hash * 64 was a heap number, allocated and hashed as a double per tag.
    const key = (Math.imul(hash, 64) + (end - start)) | 0;
    const known = this.names.get(key);
    if (known !== undefined && known.length === end - start && this.xml.startsWith(known, start))
      return known;
    const name = this.xml.slice(start, end);
    this.names.set(key, name);
    return name;
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
    return decodeReferences(this.xml, start, end, false, (what) => this.fail(what));
  }

  /** Skips the rest of the element just opened, children and all. */
  skipElement(): void {
    const depth = this.depth;
    while (this.depth >= depth) if (this.next() === EOF) return;
  }

  /** The text content of the element just opened (its text and CDATA, children's included). */
  textContent(): string {
    if (this.pendingClose) {
      this.next();
      return "";
    }
    // The common case, <v>12</v>: plain text straight up to this element's end tag.
    const xml = this.xml;
    const start = this.at;
    const lt = xml.indexOf("<", start);
    if (lt > start && xml.charCodeAt(lt + 1) === 47 /* / */) {
      // The text is needed anyway; searching it (a slice, not a copy, when long) is the engine's
      // loop, not one in JavaScript over every character of a shared string's text.
      const text = xml.slice(start, lt);
      if (!text.includes("&") && !text.includes("\r")) {
        this.endTag(lt);
        return text;
      }
    }
    const depth = this.depth;
    let text = "";
    for (;;) {
      const token = this.next();
      if (token === TEXT) text += this.text();
      else if (token === CLOSE && this.depth < depth) return text;
      else if (token === EOF) return text;
    }
  }
}
