/**
 * A direct reader of .xlsx cell values: the workbook's sheets as the core's grids, without
 * building ExcelJS's object model (several times faster and leaner; consolidation reads dozens
 * of files). It gives the grid read-grid.ts gives from ExcelJS, with ExcelJS's own rules for
 * number formats and dates (workbook/spec/cell-values.ts) — and reads as Excel does where ExcelJS
 * cannot: namespace prefixes, CDATA, cells without addresses, UTF-16 parts, parts anywhere the
 * relationships point.
 *
 * The parts are found through the package's relationships (not by assumed paths), decoded in
 * their declared encoding (part-text.ts) and read with an XML tokenizer (xml-reader.ts). A part
 * that is not well-formed XML, holds a DOCTYPE, or is in another encoding is refused with a
 * WorkbookError; so is a workbook over the read budget (budget.ts). What ExcelJS reads
 * differently from this reader throws UnsupportedXlsx, and the caller reads the file with
 * ExcelJS instead — only after the whole workbook has passed the budget and the checks.
 */
import defaultNumFormats from "exceljs/lib/xlsx/defaultnumformats.js";
import { decodeOoxmlEscapes } from "../../spec/cell-values";
import { WorkbookError, type SheetInfo } from "../../../core/port";
import type { Grid } from "../../../core/grid";
import { readZipDirectory, type ZipEntry } from "../inspect-bytes";
import { DEFAULT_READ_LIMITS, ReadBudget, type ReadLimits } from "./budget";
import { UnsupportedXlsx } from "./errors";
import { partText } from "./part-text";
import { isMain, itemText, readSheet, type SheetContext } from "./read-sheet";
import { unzipEntry, type NativeInflate } from "./unzip";
import { DoctypeError, EOF, OPEN, XmlError } from "./xml-reader";
import { SheetXmlReader } from "./xml-sheet-reader";

export { UnsupportedXlsx };

export interface XlsxSheet extends SheetInfo {
  grid: Grid;
}

export interface ReadOptions {
  entries?: readonly ZipEntry[];
  /** Rows over all sheets (DEFAULT_MAX_ROWS in count-rows.ts when opened through FileWorkbook). */
  maxRows?: number;
  limits?: Partial<ReadLimits>;
  /** Inflate and UTF-8 decoding: the platform's (Node's in the CLI), or FFLATE_INFLATE (unzip-fflate.ts). */
  native: NativeInflate;
}

const RELS_NS = ["http://schemas.openxmlformats.org/package/2006/relationships"];
const R_NS = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** A package's parts by name (OPC names compare case-insensitively), unpacked and decoded on request. */
class Package {
  private readonly byName = new Map<string, ZipEntry>();
  private xmlChars = 0;

  constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
    private readonly budget: ReadBudget,
    private readonly native: NativeInflate,
  ) {
    for (const entry of entries) this.byName.set(entry.name.toLowerCase(), entry);
  }

  /** The part's text, or null when the package has no such part. */
  text(path: string): string | null {
    const entry = this.byName.get(path.toLowerCase());
    if (!entry) return null;
    this.xmlChars += entry.uncompressedSize;
    this.budget.xmlChars(this.xmlChars); // before unpacking: a character takes at least one byte
    const bytes = unzipEntry(this.bytes, entry, this.native);
    return partText(bytes, path, this.native.decodeUtf8);
  }

  /** The relationships of part `path` ("" for the package's own), targets resolved to part names. */
  relationships(path: string): Relationship[] {
    const slash = path.lastIndexOf("/");
    const folder = path.slice(0, slash + 1);
    const relsPath = `${folder}_rels/${path.slice(slash + 1)}.rels`;
    const xml = this.text(relsPath);
    if (xml === null) return [];
    const found: Relationship[] = [];
    read(xml, relsPath, (x) => {
      if (x.local !== "Relationship" || !RELS_NS.includes(x.ns)) return;
      const [id, type, target] = [x.attr("Id"), x.attr("Type"), x.attr("Target")];
      if (id && type && target && x.attr("TargetMode") !== "External")
        found.push({ id, type, target: resolve(folder, target) });
    });
    return found;
  }
}

/** A relationship target against the folder of its source part (RFC 3986 dot segments). */
function resolve(folder: string, target: string): string {
  let path = target.startsWith("/") ? target.slice(1) : folder + target;
  try {
    path = decodeURIComponent(path);
  } catch {
    // not percent-encoded after all
  }
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

function ofType(rels: Relationship[], type: string): Relationship | undefined {
  return rels.find((rel) => rel.type.endsWith(`/${type}`));
}

/** Runs `onOpen` at every start tag of a part, turning XML errors into the user's message. */
function read(xml: string, part: string, onOpen: (x: SheetXmlReader) => void): void {
  // The sheet's reader everywhere, so the tokenizer's code sees one kind of object.
  const x = new SheetXmlReader(xml);
  try {
    for (let token = x.next(); token !== EOF; token = x.next()) if (token === OPEN) onOpen(x);
  } catch (error) {
    throw xmlProblem(error, part);
  }
}

function xmlProblem(error: unknown, part: string): unknown {
  if (error instanceof DoctypeError)
    return new WorkbookError(
      `Arbetsboken kan inte läsas: delen ${part} har en DOCTYPE-deklaration, vilket en Excel-arbetsbok aldrig har (den kan användas för att överbelasta eller läcka data). Öppna filen i Excel och spara den igen.`,
      "unsupported",
    );
  if (error instanceof XmlError)
    return new WorkbookError(
      `Filen är skadad eller ofullständig (delen ${part} är inte giltig XML: ${error.message}). Öppna den i Excel och spara den igen.`,
      "corrupt",
    );
  return error;
}

/** The shared-string table's texts, as ExcelJS shows them. */
export function sharedStrings(xml: string | null, part: string, budget: ReadBudget): string[] {
  const strings: string[] = [];
  if (xml === null) return strings;
  read(xml, part, (x) => {
    if (x.local !== "si" || !isMain(x.ns)) return;
    budget.sharedStrings(strings.length + 1);
    strings.push(decodeOoxmlEscapes(itemText(x)));
    // The plain items that follow, without a token each (xml-sheet-reader.ts).
    for (let text = x.fastNextItem(); text !== undefined; text = x.fastNextItem()) {
      budget.sharedStrings(strings.length + 1);
      strings.push(decodeOoxmlEscapes(text));
    }
  });
  return strings;
}

/** The number format code of each cellXfs entry (undefined for General), as ExcelJS resolves it. */
function cellFormats(xml: string | null, part: string): (string | undefined)[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  // Only <numFmts>/<numFmt> and <cellXfs>/<xf> directly under the root count: a <dxf> holds
  // number formats of conditional formats, <cellStyleXfs> the styles' own.
  let section = "";
  read(xml, part, (x) => {
    if (!isMain(x.ns)) return;
    if (x.depth === 2) section = x.local;
    else if (x.depth !== 3) return;
    else if (section === "numFmts" && x.local === "numFmt") {
      const [id, code] = [x.attr("numFmtId"), x.attr("formatCode")];
      if (id !== undefined && code !== undefined) custom.set(Number(id), code);
    } else if (section === "cellXfs" && x.local === "xf")
      xfIds.push(Number(x.attr("numFmtId") ?? 0));
  });
  return xfIds.map((id) => {
    if (!id) return undefined;
    const builtIn = defaultNumFormats[id]?.f;
    return custom.get(id) ?? (typeof builtIn === "string" ? builtIn : undefined);
  });
}

interface SheetEntry extends SheetInfo {
  path: string | undefined;
}

function workbookSheets(
  xml: string,
  part: string,
  rels: Relationship[],
): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let root = true;
  read(xml, part, (x) => {
    if (root && (x.local !== "workbook" || !isMain(x.ns)))
      throw new UnsupportedXlsx(`${part} has no <workbook>`);
    root = false;
    if (!isMain(x.ns)) return;
    if (x.local === "workbookPr") date1904 = /^(1|true)$/.test(x.attr("date1904") ?? "");
    else if (x.local === "sheet") {
      const relId = R_NS.map((ns) => x.attrNs(ns, "id")).find((id) => id !== undefined);
      const rel = rels.find((r) => r.id === relId);
      const state = x.attr("state");
      sheets.push({
        name: x.attr("name") ?? "",
        visibility: state === "hidden" || state === "veryHidden" ? state : "visible",
        path: rel && rel.type.endsWith("/worksheet") ? rel.target : undefined,
      });
    }
  });
  return { sheets, date1904 };
}

/**
 * Every worksheet of the workbook, in tab order, with its grid. Over the budget (rows, cells,
 * merged cells, strings, characters) is refused with a WorkbookError before the thing over it
 * is built.
 */
export function readXlsx(bytes: Uint8Array, options: ReadOptions): XlsxSheet[] {
  const limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  if (options.maxRows !== undefined) limits.maxRows = options.maxRows;
  const budget = new ReadBudget(limits);
  const pkg = new Package(
    bytes,
    options.entries ?? readZipDirectory(bytes),
    budget,
    options.native,
  );

  const workbookPath = ofType(pkg.relationships(""), "officeDocument")?.target ?? "xl/workbook.xml";
  const workbook = pkg.text(workbookPath);
  if (workbook === null) throw new UnsupportedXlsx("no workbook part");
  const rels = pkg.relationships(workbookPath);
  const { sheets, date1904 } = workbookSheets(workbook, workbookPath, rels);

  const stringsPath = ofType(rels, "sharedStrings")?.target;
  const stylesPath = ofType(rels, "styles")?.target;
  const ctx: SheetContext = {
    strings: stringsPath ? sharedStrings(pkg.text(stringsPath), stringsPath, budget) : [],
    formats: stylesPath ? cellFormats(pkg.text(stylesPath), stylesPath) : [],
    date1904,
    budget,
  };

  let unsupported: string | undefined;
  const read: XlsxSheet[] = [];
  for (const { name, visibility, path } of sheets) {
    if (!path) continue; // a chart sheet or dialog sheet: no cells
    const xml = pkg.text(path);
    if (xml === null) {
      // Let ExcelJS decide, but only after the other sheets have passed the budget.
      unsupported ??= `missing part ${path}`;
      continue;
    }
    try {
      const sheet = readSheet(xml, name, path, ctx);
      unsupported ??= sheet.unsupported;
      read.push({ name, visibility, grid: sheet.grid });
    } catch (error) {
      throw xmlProblem(error, path);
    }
  }
  if (unsupported) throw new UnsupportedXlsx(unsupported);
  return read;
}
