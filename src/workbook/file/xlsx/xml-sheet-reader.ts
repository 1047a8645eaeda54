/**
 * The XML tokenizer (xml-reader.ts) with shortcuts for the forms that make up nearly all of a
 * worksheet and its string table as Excel, ExcelJS and LibreOffice write them:
 *
 *   <c r="B12" s="1" t="s"><v>17</v></c>, <c r="B13" s="1"/>   (fastCell)
 *   </row><row r="13" spans="1:6" …>   (fastRow)
 *   <si><t>text</t></si>, <si><t xml:space="preserve">text</t></si>   (fastItem, fastNextItem)
 *
 * A shortcut reads the element straight from the characters and consumes it only when it is
 * exactly such a form; anything else — another attribute, a reference to decode, a carriage
 * return, white space inside a tag, a comment, CDATA, a prefix, a namespace declaration, an
 * invalid address — leaves the reader where it was, and the general tokenizer reads it (and
 * refuses it when it is not well-formed). A shortcut taken gives what the general reader gives
 * (tests/workbook/file/xml-shortcuts-*.test.ts compare the two on tricky inputs).
 *
 * Why: per cell, the general reader makes a token for each of four tags, records and searches
 * attributes, interns names and keeps a depth stack — most of the time spent reading a sheet, in
 * calls the compiler does not inline (bin/uppfoljning.js).
 */
import { parseCellRef } from "./xml-chars";
import { MAX_DEPTH, XmlReader } from "./xml-reader";

/** Excel's last row. */
const MAX_ROW = 1_048_576;

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";

/** A <t> that keeps its white space, as Excel writes one whose text needs it. */
const PRESERVED_T = '<t xml:space="preserve">';

export class SheetXmlReader extends XmlReader {
  /** After fastCell: the cell's address as parseCellRef gives it (column * 2^21 + row). */
  cellAddress = 0;
  /** After fastCell: its t attribute ("n" when it has none). */
  cellType = "n";
  /** After fastCell: its s attribute (0 when it has none). */
  cellStyle = 0;
  /** After fastCell: where the text of its <v> starts and ends in the part; -1 when it has no <v>. */
  rawStart = -1;
  rawEnd = -1;
  /** After fastCell: the <v> text as a number when it is one to nine digits, else -1. */
  rawDigits = -1;

  /**
   * Reads the next cell when it is in the common form (after white space, if any): a <c> with
   * r and optionally s (digits) and t, empty or holding one <v> of plain text. True when it was
   * read (the fields above hold it); false, having consumed nothing, for anything else.
   */
  fastCell(): boolean {
    // ready(2), written out: this runs per cell, and the compiler does not inline.
    const ns = this.defaultNs;
    if (
      this.pendingClose ||
      this.depth === 0 ||
      this.depth + 2 > MAX_DEPTH ||
      (ns !== MAIN_NS && ns !== STRICT_MAIN_NS)
    )
      return false;
    const xml = this.xml;
    const end = xml.length;
    let i = this.at;
    let c = 0;
    // Plain loops, no isSpace: the compiler does not inline (bin/uppfoljning.js).
    for (; i < end; i++) {
      c = xml.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    }
    if (i + 3 >= end || c !== 60 || xml.charCodeAt(i + 1) !== 99 /* c */) return false;
    i += 2;
    let seen = 0;
    let ref = -1;
    let style = 0;
    let type = "n";
    for (;;) {
      let spaced = false;
      for (; i < end; i++) {
        c = xml.charCodeAt(i);
        if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
        spaced = true;
      }
      if (i + 2 >= end) return false;
      if (c === 62 /* > */ || c === 47 /* / */) break;
      // Only r, s and t, each once, "=" straight after the name.
      const bit = c === 114 ? 1 : c === 115 ? 2 : c === 116 ? 4 : 0;
      if (!spaced || bit === 0 || (seen & bit) !== 0 || xml.charCodeAt(i + 1) !== 61) return false;
      seen |= bit;
      const quote = xml.charCodeAt(i + 2);
      if (quote !== 34 && quote !== 39) return false;
      const from = i + 3;
      let to = from;
      for (; to < end; to++) {
        const v = xml.charCodeAt(to);
        if (v === quote) break;
        // "<" is an error, a reference or a tab / line end needs decoding: the general reader's.
        if (v === 60 || v === 38 || v === 9 || v === 10 || v === 13) return false;
      }
      if (to >= end) return false;
      if (bit === 1) {
        ref = parseCellRef(xml, from, to);
        if (ref < 0) return false;
      } else if (bit === 2) {
        if (to === from || to - from > 9) return false;
        style = 0;
        for (let k = from; k < to; k++) {
          const d = xml.charCodeAt(k) - 48;
          if (d < 0 || d > 9) return false;
          style = style * 10 + d;
        }
      } else type = to - from === 1 && xml.charCodeAt(from) === 115 ? "s" : xml.slice(from, to);
      i = to + 1;
    }
    if (ref < 0) return false; // no address: it follows the cell before, the general path's rule
    let rawStart = -1;
    let rawEnd = -1;
    // The tags compared by character codes, not String#startsWith: that is a builtin call here
    // (it first checks for a RegExp argument), and was the costliest line of this function.
    if (c === 47) {
      if (xml.charCodeAt(i + 1) !== 62) return false;
      i += 2;
    } else if (i + 4 >= end || xml.charCodeAt(i + 1) !== 60) {
      return false;
    } else if (xml.charCodeAt(i + 2) === 47) {
      // "</c>"
      if (xml.charCodeAt(i + 3) !== 99 || xml.charCodeAt(i + 4) !== 62) return false;
      i += 5;
    } else {
      // "<v>", plain text, "</v></c>"
      if (xml.charCodeAt(i + 2) !== 118 || xml.charCodeAt(i + 3) !== 62) return false;
      rawStart = i + 4;
      let j = rawStart;
      for (; j < end; j++) {
        const v = xml.charCodeAt(j);
        if (v === 60) break;
        if (v === 38 || v === 13) return false; // references and line ends: decoded by the general path
      }
      if (
        j + 7 >= end ||
        xml.charCodeAt(j + 1) !== 47 ||
        xml.charCodeAt(j + 2) !== 118 ||
        xml.charCodeAt(j + 3) !== 62 ||
        xml.charCodeAt(j + 4) !== 60 ||
        xml.charCodeAt(j + 5) !== 47 ||
        xml.charCodeAt(j + 6) !== 99 ||
        xml.charCodeAt(j + 7) !== 62
      )
        return false;
      rawEnd = j;
      i = j + 8;
    }
    let digits = -1;
    if (rawStart >= 0 && rawEnd > rawStart && rawEnd - rawStart <= 9) {
      digits = 0;
      for (let k = rawStart; k < rawEnd; k++) {
        const d = xml.charCodeAt(k) - 48;
        if (d < 0 || d > 9) {
          digits = -1;
          break;
        }
        digits = digits * 10 + d;
      }
    }
    this.cellAddress = ref;
    this.cellType = type;
    this.cellStyle = style;
    this.rawStart = rawStart;
    this.rawEnd = rawEnd;
    this.rawDigits = digits;
    this.at = i;
    return true;
  }

  /** After fastCell: the text of the cell's <v>. */
  rawText(): string {
    return this.xml.slice(this.rawStart, this.rawEnd);
  }

  /**
   * Whether a shortcut may open `levels` elements here: not just after an empty-element tag,
   * inside the root, within the depth bound, and where unprefixed elements are SpreadsheetML's.
   */
  private ready(levels: number): boolean {
    const ns = this.defaultNs;
    return (
      !this.pendingClose &&
      this.depth > 0 &&
      this.depth + levels <= MAX_DEPTH &&
      (ns === MAIN_NS || ns === STRICT_MAIN_NS)
    );
  }

  /**
   * Whether `text` is at `at`, compared by character codes: String#startsWith is a builtin call
   * that first checks for a RegExp argument, costlier than this loop for a short tag.
   */
  private has(at: number, text: string): boolean {
    const xml = this.xml;
    if (at < 0 || at + text.length > xml.length) return false;
    for (let k = 0; k < text.length; k++)
      if (xml.charCodeAt(at + k) !== text.charCodeAt(k)) return false;
    return true;
  }

  /** Where the white space from `at` ends. */
  private skipSpace(at: number): number {
    const xml = this.xml;
    let i = at;
    for (; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    }
    return i;
  }

  /**
   * At the end of a row: when `</row>` and the next `<row r="…" …>` are in the common form (the
   * next row's attributes plain, r one to nine digits within Excel's rows, no declaration),
   * both are consumed and the new row's number returned; -1, having consumed nothing, otherwise.
   */
  fastRow(): number {
    if (!this.ready(0)) return -1;
    const depth = this.depth;
    const xml = this.xml;
    const end = xml.length;
    // The open element is an unprefixed row without declarations of its own.
    const open = this.openStart[depth]!;
    if (this.openEnd[depth]! - open !== 3 || !this.has(open, "row")) return -1;
    const undo = this.undo;
    if (undo.length > 0 && undo[undo.length - 1]![0] === depth) return -1;
    let i = this.skipSpace(this.at);
    if (!this.has(i, "</row>")) return -1;
    i = this.skipSpace(i + 6);
    if (!this.has(i, "<row")) return -1;
    const start = i;
    i += 4;
    let row = -1;
    let count = 0;
    for (;;) {
      const next = this.skipSpace(i);
      const spaced = next > i;
      i = next;
      if (i + 2 >= end) return -1;
      let c = xml.charCodeAt(i);
      if (c === 62 /* > */) break;
      if (!spaced || c === 47 /* / */) return -1; // an empty row: the general path's
      // A name: up to "=", which must follow it directly; a declaration is the general path's.
      const nameStart = i;
      for (; i < end; i++) {
        c = xml.charCodeAt(i);
        if (c === 61) break;
        if (c <= 32 || c === 62 || c === 47 || c === 60 || c === 34 || c === 39) return -1;
      }
      const nameEnd = i;
      if (nameEnd === nameStart || i + 1 >= end) return -1;
      if (this.has(nameStart, "xmlns")) return -1;
      for (let k = 0; k < count; k++)
        if (
          this.nameEnd[k]! - this.nameStart[k]! === nameEnd - nameStart &&
          this.sameChars(nameStart, this.nameStart[k]!, nameEnd - nameStart)
        )
          return -1; // the same attribute twice: refused by the general path
      if (count === this.nameStart.length) return -1;
      this.nameStart[count] = nameStart;
      this.nameEnd[count] = nameEnd;
      count++;
      const quote = xml.charCodeAt(i + 1);
      if (quote !== 34 && quote !== 39) return -1;
      const from = i + 2;
      let to = from;
      for (; to < end; to++) {
        const v = xml.charCodeAt(to);
        if (v === quote) break;
        if (v === 60 || v === 38 || v === 9 || v === 10 || v === 13) return -1;
      }
      if (to >= end) return -1;
      if (nameEnd - nameStart === 1 && xml.charCodeAt(nameStart) === 114 /* r */) {
        if (to === from || to - from > 9) return -1;
        row = 0;
        for (let k = from; k < to; k++) {
          const d = xml.charCodeAt(k) - 48;
          if (d < 0 || d > 9) return -1;
          row = row * 10 + d;
        }
      }
      i = to + 1;
    }
    // Without r, or outside Excel's rows: the general path's rule and message.
    if (row < 1 || row > MAX_ROW) return -1;
    this.openStart[depth] = start + 1;
    this.openEnd[depth] = start + 4;
    this.at = i + 1;
    return row;
  }

  /**
   * Just after the OPEN of a string item (<si>, <is>): its text when it is one plain <t> (no
   * reference, no carriage return), the item consumed to its end tag; undefined, having consumed
   * nothing, for anything else.
   */
  fastItem(): string | undefined {
    if (!this.ready(1)) return undefined;
    const text = this.plainT(this.at);
    if (text === undefined) return undefined;
    // The item's own end tag: its name as it was opened, then ">".
    const xml = this.xml;
    const nameStart = this.openStart[this.depth]!;
    const length = this.openEnd[this.depth]! - nameStart;
    const endName = this.tEnd + 2;
    if (endName + length >= xml.length || !this.has(this.tEnd, "</")) return undefined;
    if (xml.charCodeAt(endName + length) !== 62 || !this.sameChars(endName, nameStart, length))
      return undefined;
    this.at = endName + length + 1;
    this.closeScope();
    return text;
  }

  /**
   * Between the items of the string table: the next item when it is <si> holding one plain <t>
   * (white space before it allowed), consumed whole; undefined, having consumed nothing, for
   * anything else. Saves a token and a start tag per item of a table of thousands.
   */
  fastNextItem(): string | undefined {
    if (!this.ready(2)) return undefined;
    const at = this.skipSpace(this.at);
    if (!this.has(at, "<si>")) return undefined;
    const text = this.plainT(at + 4);
    if (text === undefined || !this.has(this.tEnd, "</si>")) return undefined;
    this.at = this.tEnd + 5;
    return text;
  }

  /** After plainT: where its </t> ends. */
  private tEnd = 0;

  /** `<t>text</t>` or `<t xml:space="preserve">text</t>` at `at`, its text plain: the text, or undefined. */
  private plainT(at: number): string | undefined {
    const xml = this.xml;
    let from = at;
    if (this.has(from, "<t>")) from += 3;
    else if (this.has(from, PRESERVED_T)) from += PRESERVED_T.length;
    else return undefined;
    const lt = xml.indexOf("<", from);
    if (lt < 0 || !this.has(lt, "</t>")) return undefined;
    // The text is needed anyway: searching the slice is the engine's loop (as in textContent).
    const text = xml.slice(from, lt);
    if (text.includes("&") || text.includes("\r")) return undefined;
    this.tEnd = lt + 4;
    return text;
  }
}
