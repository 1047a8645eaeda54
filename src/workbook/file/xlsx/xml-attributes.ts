/**
 * The attributes of the XML tokenizer's current start tag (xml-reader.ts): positions in typed
 * arrays, reused from tag to tag, and a string made only when a value is asked for — most tags
 * of a sheet are asked for one or two attributes, a cell address is read from the characters.
 */
import { decodeReferences, parseCellRef } from "./xml-chars";

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

export abstract class AttributeList {
  protected attrCount = 0;
  protected nameStart = new Int32Array(16);
  protected nameEnd = new Int32Array(16);
  /** Position of the ":" in the attribute name, or -1. */
  protected nameColon = new Int32Array(16);
  protected valueStart = new Int32Array(16);
  protected valueEnd = new Int32Array(16);
  /** Whether the value needs decoding (a reference or white space to normalise). */
  protected valueWork = new Uint8Array(16);

  /** Prefixes in scope → namespace URIs. */
  protected readonly prefixes = new Map<string, string>([
    ["xml", XML_NS],
    ["xmlns", XMLNS_NS],
  ]);

  constructor(protected readonly xml: string) {}

  abstract fail(what: string): never;

  /** Records attribute `count` of the current start tag; the same name twice is not well-formed. */
  protected addAttribute(
    count: number,
    aStart: number,
    aEnd: number,
    aColon: number,
    vStart: number,
    vEnd: number,
    work: number,
  ): void {
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
  }

  protected sameChars(a: number, b: number, length: number): boolean {
    const xml = this.xml;
    for (let i = 0; i < length; i++)
      if (xml.charCodeAt(a + i) !== xml.charCodeAt(b + i)) return false;
    return true;
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
    return decodeReferences(this.xml, start, end, true, (what) => this.fail(what));
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
}
