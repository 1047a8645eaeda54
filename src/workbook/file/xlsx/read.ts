/**
 * A direct reader of .xlsx cell values: the workbook's sheets as the core's grids, without
 * building ExcelJS's object model (several times faster and leaner; consolidation reads dozens
 * of files). It reads what read-grid.ts reads from ExcelJS, with ExcelJS's own rules for number
 * formats and dates, so both give the same grid.
 *
 * It understands the SpreadsheetML that Excel, LibreOffice and ExcelJS write. Anything else —
 * namespace prefixes, shared or array formulas, hyperlinks, inline dates, CDATA — throws
 * UnsupportedXlsx, and the caller reads the file with ExcelJS instead.
 */
import { strFromU8 } from "fflate";
import defaultNumFormats from "exceljs/lib/xlsx/defaultnumformats.js";
import type { Cell, Grid, MergedArea } from "../../../core/grid";
import { parseAddress, parseRange } from "../../../core/grid";
import type { SheetInfo } from "../../port";
import { tooManyRows } from "../count-rows";
import { readZipDirectory, type ZipEntry } from "../inspect-bytes";
import { UnsupportedXlsx } from "./errors";
import { unzipParts } from "./unzip";

export { UnsupportedXlsx };
import { decodeOoxmlEscapes, scalarCell, type Scalar } from "../read-grid";

export interface XlsxSheet extends SheetInfo {
  grid: Grid;
}

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (_, name: string) =>
    name[0] === "#"
      ? String.fromCodePoint(
          name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10),
        )
      : NAMED[name]!,
  );
}

const ATTRIBUTE = /([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tag.matchAll(ATTRIBUTE)) found[m[1]!] = decodeEntities(m[2] ?? m[3] ?? "");
  return found;
}

interface Element {
  /** The start tag's attribute text. */
  attrs: string;
  /** The content; null for an empty-element tag (<c r="A1"/>). */
  inner: string | null;
  start: number;
  end: number;
}

/** Where the start tag opened at `from` ends: its ">", skipping quoted values (which may hold ">"). */
function tagEnd(xml: string, from: number, limit: number): number {
  let quote = 0;
  for (let i = from; i < limit; i++) {
    const ch = xml.charCodeAt(i);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return i;
  }
  return -1;
}

/**
 * The elements `name` in xml[from, to), by position: every search starts where the last one
 * ended, so the time is linear in the text whatever it holds (regular expressions with lazy
 * quantifiers can take quadratic time on a crafted file). A tag that does not close is refused.
 */
function* elements(xml: string, name: string, from = 0, to = xml.length): Generator<Element> {
  const open = `<${name}`;
  const close = `</${name}>`;
  let at = xml.indexOf(open, from);
  while (at >= 0 && at < to) {
    const next = xml.charCodeAt(at + open.length);
    // <c also starts <col and <cfRule: only a name that ends here counts.
    if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10) {
      at = xml.indexOf(open, at + open.length);
      continue;
    }
    const end = tagEnd(xml, at + open.length, to);
    if (end < 0) throw new UnsupportedXlsx(`an unfinished <${name}> tag`);
    if (xml.charCodeAt(end - 1) === 47 /* / */) {
      yield { attrs: xml.slice(at + open.length, end - 1), inner: null, start: at, end: end + 1 };
      at = xml.indexOf(open, end + 1);
      continue;
    }
    const closing = xml.indexOf(close, end + 1);
    if (closing < 0 || closing + close.length > to)
      throw new UnsupportedXlsx(`<${name}> without </${name}>`);
    yield {
      attrs: xml.slice(at + open.length, end),
      inner: xml.slice(end + 1, closing),
      start: at,
      end: closing + close.length,
    };
    at = xml.indexOf(open, closing + close.length);
  }
}

function first(xml: string, name: string): Element | undefined {
  for (const element of elements(xml, name)) return element;
  return undefined;
}

/**
 * One attribute of a start tag's attribute text; a fast path for the tags of every cell, with
 * the general parse where quoting or white space is unusual.
 */
function attribute(tag: string, name: string): string | undefined {
  if (tag.includes("'") || tag.includes("\n") || tag.includes("\t")) return attributes(tag)[name];
  const key = ` ${name}="`;
  const at = tag.indexOf(key);
  if (at < 0) return undefined;
  const value = tag.slice(at + key.length, tag.indexOf('"', at + key.length));
  return value.includes("&") ? decodeEntities(value) : value;
}

/** A part's text with line ends normalised as an XML parser does; null when the part is absent. */
function partText(files: Record<string, Uint8Array>, path: string): string | null {
  const bytes = files[path];
  if (!bytes) return null;
  const text = strFromU8(bytes);
  if (text.includes("<![CDATA[")) throw new UnsupportedXlsx(`CDATA in ${path}`);
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** The root element must be unprefixed (the default namespace), as this reader matches names. */
function requireRoot(xml: string, root: string, path: string): void {
  if (!new RegExp(`<${root}[\\s>]`).test(xml))
    throw new UnsupportedXlsx(`${path} has no <${root}>`);
}

/** Texts of <t> elements, leaving out phonetic runs (<rPh>), as ExcelJS does. */
function runText(xml: string): string {
  let visible = xml;
  if (xml.includes("<rPh")) {
    visible = "";
    let kept = 0;
    for (const phonetic of elements(xml, "rPh")) {
      visible += xml.slice(kept, phonetic.start);
      kept = phonetic.end;
    }
    visible += xml.slice(kept);
  }
  let text = "";
  for (const t of elements(visible, "t")) text += t.inner ?? "";
  return text;
}

function sharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  requireRoot(xml, "sst", "sharedStrings.xml");
  const strings: string[] = [];
  for (const si of elements(xml, "si"))
    strings.push(decodeOoxmlEscapes(decodeEntities(runText(si.inner ?? ""))));
  return strings;
}

/** The number format code of each cellXfs entry (undefined for General), as ExcelJS resolves it. */
function cellFormats(xml: string | null): (string | undefined)[] {
  if (xml === null) return [];
  requireRoot(xml, "styleSheet", "styles.xml");
  const custom = new Map<number, string>();
  for (const numFmt of elements(xml, "numFmt")) {
    const a = attributes(numFmt.attrs);
    if (a.numFmtId !== undefined && a.formatCode !== undefined)
      custom.set(Number(a.numFmtId), a.formatCode);
  }
  const xfs = first(xml, "cellXfs")?.inner ?? "";
  return [...elements(xfs, "xf")].map((xf) => {
    const id = Number(attributes(xf.attrs).numFmtId ?? 0);
    if (!id) return undefined;
    const builtIn = defaultNumFormats[id]?.f;
    return custom.get(id) ?? (typeof builtIn === "string" ? builtIn : undefined);
  });
}

/** ExcelJS's test for a date format (it turns such numbers into dates itself). */
function excelJsDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** ExcelJS's serial-to-date conversion (read-grid.ts then takes the ISO day of it). */
function excelJsToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** A cell's <v> as ExcelJS gives it for type `type`, so read-grid.ts turns both into the same Cell. */
function excelJsValue(
  type: string,
  raw: string,
  format: string | undefined,
  date1904: boolean,
): Scalar {
  switch (type) {
    case "str":
      // ExcelJS decodes the XML entities of a text value once more.
      return decodeEntities(decodeEntities(raw));
    case "b":
      return parseInt(raw, 10) !== 0;
    case "e":
      return { error: decodeEntities(raw) } as Scalar;
    case "n": {
      const value = parseFloat(raw);
      // ExcelJS turns a number in what it takes for a date format into a Date itself.
      return excelJsDateFormat(format) ? excelJsToDate(value, date1904) : value;
    }
    default:
      throw new UnsupportedXlsx(`cell type "${type}"`);
  }
}

interface Context {
  strings: string[];
  formats: (string | undefined)[];
  date1904: boolean;
}

/** The content of the first element `name`; "" when it is empty, undefined when absent. */
function elementText(inner: string, name: string): string | undefined {
  const element = first(inner, name);
  return element ? (element.inner ?? "") : undefined;
}

/** One <c> element's cell; null when it shows nothing. */
function readCell(tag: string, inner: string, ctx: Context): Cell | null {
  const type = attribute(tag, "t") ?? "n";
  // ExcelJS ignores style 0 (its "no style").
  const s = attribute(tag, "s");
  const style = s ? Number(s) : 0;
  const format = style ? ctx.formats[style] : undefined;
  // Most cells hold just <v>…</v>.
  const raw =
    inner.startsWith("<v>") && inner.endsWith("</v>") && inner.indexOf("<", 3) === inner.length - 4
      ? inner.slice(3, -4)
      : elementText(inner, "v");

  const formulaTag = inner.includes("<f") ? first(inner, "f") : undefined;
  if (formulaTag) {
    const formulaType = attributes(formulaTag.attrs).t;
    if (formulaType === "shared" || formulaType === "array" || !formulaTag.inner)
      throw new UnsupportedXlsx("a shared, array or empty formula");
    const formula = decodeEntities(formulaTag.inner).replace(/^=/, "");
    const shown = raw
      ? scalarCell(excelJsValue(type, raw, format, ctx.date1904), format, ctx.date1904)
      : null;
    // A formula with no cached result (never calculated) still shows as an empty text cell.
    return { ...(shown ?? { kind: "text", text: "", value: "" }), formula };
  }

  if (type === "inlineStr") {
    const is = elementText(inner, "is");
    return is === undefined ? null : scalarCell(decodeEntities(runText(is)), format, ctx.date1904);
  }
  if (raw === undefined) return null;
  if (type === "s") {
    // Shared strings are decoded already (entities and escapes, once).
    const text = ctx.strings[parseInt(raw, 10)];
    if (text === undefined) throw new UnsupportedXlsx("a shared string out of range");
    return text === "" ? null : { kind: "text", text, value: text };
  }
  return scalarCell(excelJsValue(type, raw, format, ctx.date1904), format, ctx.date1904);
}

/** A cell address or range of the file, or UnsupportedXlsx. */
function area<T>(text: string, parse: (text: string) => T): T {
  try {
    return parse(text);
  } catch {
    throw new UnsupportedXlsx(`the address "${text}"`);
  }
}

function parseMerges(xml: string): MergedArea[] {
  return [...elements(xml, "mergeCell")]
    .map((mergeCell) => area(attributes(mergeCell.attrs).ref ?? "", parseRange))
    .sort((x, y) => x.top - y.top || x.left - y.left);
}

function parseSheet(name: string, xml: string, ctx: Context): Grid {
  requireRoot(xml, "worksheet", name);
  if (/<hyperlink\s/.test(xml)) throw new UnsupportedXlsx("hyperlinks");
  const merges = parseMerges(xml);
  const covered = new Set<string>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);

  const rows: (Cell | null)[][] = [];
  const data = first(xml, "sheetData");
  if (!data) throw new UnsupportedXlsx(`${name} has no <sheetData>`);
  for (const c of elements(data.inner ?? "", "c")) {
    const tag = c.attrs;
    const { row, col } = area(attribute(tag, "r") ?? "", parseAddress);
    if (covered.size > 0 && covered.has(`${row}:${col}`)) continue;
    const cell = readCell(tag, c.inner ?? "", ctx);
    if (!cell) continue;
    const cells = (rows[row - 1] ??= []);
    cells[col - 1] = cell;
  }
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells) rows[r] = [];
    else for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
  }
  return { sheet: name, rows, merges };
}

/** The parts cell values come from: workbook, its relationships, strings, styles, worksheets. */
const NEEDED_PART =
  /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/;
const WORKSHEET_REL = /\/relationships\/worksheet$/;

function resolveTarget(target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

/** <row> start tags in a worksheet's text. */
function countRows(xml: string): number {
  let count = 0;
  for (let at = xml.indexOf("<row"); at >= 0; at = xml.indexOf("<row", at + 4)) {
    const next = xml.charCodeAt(at + 4);
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10) count++;
  }
  return count;
}

/**
 * Every worksheet of the workbook, in tab order, with its grid. More rows than `maxRows` over
 * all sheets is refused (a WorkbookError) before any grid is built; the parts are unpacked
 * into buffers of the sizes the zip directory declares, which the byte checks have bounded.
 */
export function readXlsx(
  bytes: Uint8Array,
  options: { entries?: readonly ZipEntry[]; maxRows?: number } = {},
): XlsxSheet[] {
  const maxRows = options.maxRows ?? Infinity;
  const entries = options.entries ?? readZipDirectory(bytes);
  const files = unzipParts(bytes, entries, (name) => NEEDED_PART.test(name));
  const workbook = partText(files, "xl/workbook.xml");
  const rels = partText(files, "xl/_rels/workbook.xml.rels");
  if (workbook === null || rels === null) throw new UnsupportedXlsx("no workbook part");
  requireRoot(workbook, "workbook", "workbook.xml");

  const targets = new Map<string, string>();
  for (const relationship of elements(rels, "Relationship")) {
    const a = attributes(relationship.attrs);
    if (a.Id && a.Target && WORKSHEET_REL.test(a.Type ?? ""))
      targets.set(a.Id, resolveTarget(a.Target));
  }
  const workbookPr = first(workbook, "workbookPr");
  const date1904 = /^(1|true)$/.test(
    workbookPr ? (attributes(workbookPr.attrs).date1904 ?? "") : "",
  );
  const ctx: Context = {
    strings: sharedStrings(partText(files, "xl/sharedStrings.xml")),
    formats: cellFormats(partText(files, "xl/styles.xml")),
    date1904,
  };

  const parts: { name: string; visibility: SheetInfo["visibility"]; xml: string }[] = [];
  let rows = 0;
  for (const sheet of elements(workbook, "sheet")) {
    const a = attributes(sheet.attrs);
    const relId = Object.entries(a).find(([key]) => /^\w+:id$/.test(key))?.[1];
    const path = relId ? targets.get(relId) : undefined;
    if (!path) continue; // a chart sheet or dialog sheet: no cells
    const xml = partText(files, path);
    if (xml === null) throw new UnsupportedXlsx(`missing part ${path}`);
    rows += countRows(xml);
    if (rows > maxRows) throw tooManyRows(maxRows);
    const visibility = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
    parts.push({ name: a.name ?? "", visibility, xml });
  }
  return parts.map(({ name, visibility, xml }) => ({
    name,
    visibility,
    grid: parseSheet(name, xml, ctx),
  }));
}
