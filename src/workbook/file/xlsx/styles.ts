/**
 * styles.xml for the direct writer: each distinct cell format becomes one cellXfs record (fonts,
 * fills and number formats shared), each distinct conditional-format look one dxf.
 */
import type { SpecCellStyle } from "../../../core/sheetspec";
import { argb } from "../../spec/formulas";
import { MAIN_NS, XML_DECLARATION, xmlAttr } from "./xml";

/** A cell's look: SpecCellStyle, also for range number formats and wrapping columns. */
export type CellFormat = SpecCellStyle;

/** Excel's built-in number formats that need no numFmt record. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;
const DEFAULT_FONT_SIZE = 11;

function fontXml(format: CellFormat): string {
  return (
    "<font>" +
    (format.bold ? "<b/>" : "") +
    (format.italic ? "<i/>" : "") +
    `<sz val="${format.fontSize ?? DEFAULT_FONT_SIZE}"/>` +
    (format.fontColor ? `<color rgb="${argb(format.fontColor)}"/>` : '<color theme="1"/>') +
    '<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
  );
}

function fillXml(colour: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(colour)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** Interns XML fragments: the same fragment gets the same index. */
class Pool {
  private readonly index = new Map<string, number>();
  constructor(readonly items: string[]) {
    items.forEach((item, i) => this.index.set(item, i));
  }
  id(item: string): number {
    let id = this.index.get(item);
    if (id === undefined) {
      id = this.items.push(item) - 1;
      this.index.set(item, id);
    }
    return id;
  }
}

export class StyleBook {
  private readonly fonts = new Pool([fontXml({})]);
  private readonly fills = new Pool([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly xfs = new Pool([
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ]);
  private readonly dxfs = new Pool([]);
  private readonly customFormats = new Map<string, number>();
  /** Cell formats already turned into an xf, by their key, so a large table costs one lookup per cell. */
  private readonly byKey = new Map<string, number>();

  /** The cellXfs index of a format; 0 (the default look) for an empty one. */
  xfId(format: CellFormat): number {
    const key = `${format.bold ? "b" : ""}|${format.italic ? "i" : ""}|${format.fontColor ?? ""}|${format.fontSize ?? ""}|${format.fill ?? ""}|${format.wrap ? "w" : ""}|${format.numberFormat ?? ""}`;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.xfs.id(this.xfXml(format));
      this.byKey.set(key, id);
    }
    return id;
  }

  /** A conditional format's look: fill (and font colour). */
  dxfId(fill: string, fontColor?: string): number {
    const font = fontColor ? `<font><color rgb="${argb(fontColor)}"/></font>` : "";
    return this.dxfs.id(
      `<dxf>${font}<fill><patternFill><bgColor rgb="${argb(fill)}"/></patternFill></fill></dxf>`,
    );
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.customFormats.size;
      this.customFormats.set(code, id);
    }
    return id;
  }

  private xfXml(format: CellFormat): string {
    const hasFont =
      !!format.bold || !!format.italic || !!format.fontColor || format.fontSize !== undefined;
    const fontId = hasFont ? this.fonts.id(fontXml(format)) : 0;
    const fillId = format.fill ? this.fills.id(fillXml(format.fill)) : 0;
    const numFmtId = format.numberFormat ? this.numFmtId(format.numberFormat) : 0;
    const applied =
      (hasFont ? ' applyFont="1"' : "") +
      (format.fill ? ' applyFill="1"' : "") +
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      (format.wrap ? ' applyAlignment="1"' : "");
    const alignment = format.wrap ? '<alignment vertical="top" wrapText="1"/>' : "";
    return `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applied}${alignment ? `>${alignment}</xf>` : "/>"}`;
  }

  toXml(): string {
    const list = (tag: string, items: string[]) =>
      `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const numFmts = [...this.customFormats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`,
    );
    return (
      XML_DECLARATION +
      `<styleSheet xmlns="${MAIN_NS}">` +
      (numFmts.length ? list("numFmts", numFmts) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs.items) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}
