/**
 * The XML tokenizer of the direct reader (src/workbook/file/xlsx/xml-reader.ts) and the
 * decoding of a part's bytes (part-text.ts), against XML 1.0 and Namespaces in XML: what a
 * conforming parser reads, it reads the same; what one must refuse, it refuses.
 */
import { partText, strictUtf8 } from "../../../src/workbook/file/xlsx/part-text";
import {
  CLOSE,
  DoctypeError,
  EOF,
  OPEN,
  parseCellRef,
  REF_ROW_SPAN,
  TEXT,
  XmlError,
  XmlReader,
} from "../../../src/workbook/file/xlsx/xml-reader";
import { WorkbookError } from "../../../src/core/port";

/** Every token as a line: "<ns|local a=v …>", "</>" or the text. */
function tokens(xml: string, attrs: string[] = []): string[] {
  const x = new XmlReader(xml);
  const out: string[] = [];
  for (let t = x.next(); t !== EOF; t = x.next()) {
    if (t === OPEN) {
      const shown = attrs.map((a) => `${a}=${x.attr(a) ?? "-"}`).join(" ");
      out.push(`<${x.ns}|${x.local}${shown ? ` ${shown}` : ""}>`);
    } else if (t === CLOSE) out.push("</>");
    else if (t === TEXT) out.push(x.text());
  }
  return out;
}

const NS = "urn:main";

describe("XmlReader", () => {
  it("reads elements nested up to 1,000 deep, each closed by its own name, and refuses deeper", () => {
    const nested = (depth: number) =>
      `${Array.from({ length: depth }, (_, i) => `<e${i}>`).join("")}${Array.from({ length: depth }, (_, i) => `</e${depth - 1 - i}>`).join("")}`;
    const read = tokens(nested(1000));
    expect(read.length).toBe(2000);
    expect(read[999]).toBe("<|e999>");
    expect(() => tokens(`${nested(1000).replace("</e999>", "</e998>")}`)).toThrow(XmlError);
    expect(() => tokens(nested(1001))).toThrow(XmlError);
  });

  it("skips comments and processing instructions wherever they are", () => {
    expect(
      tokens(
        `<?xml version="1.0"?><!-- före --><a xmlns="${NS}"><!--<b>x</b>--><?pi <b>?>t<!-- -->u</a><!-- efter -->`,
      ),
    ).toEqual([`<${NS}|a>`, "t", "u", "</>"]);
  });

  it("reads CDATA as text, without decoding references in it", () => {
    expect(tokens("<a><![CDATA[<b>&amp;]]></a>")).toEqual(["<|a>", "<b>&amp;", "</>"]);
  });

  it("reads attributes with either quote, white space around =, in any order", () => {
    const read = tokens(`<a  t = 's'\n\tr="B2" s\t=\r\n"3" />`, ["r", "s", "t"]);
    expect(read).toEqual(["<|a r=B2 s=3 t=s>", "</>"]);
  });

  it("resolves namespace prefixes to URIs, not by the prefix's text", () => {
    const xml = `<x:a xmlns:x="${NS}" xmlns:y="urn:other"><x:b/><y:b/><b xmlns="${NS}"/><x:c xmlns:x="urn:third"/></x:a>`;
    expect(tokens(xml)).toEqual([
      `<${NS}|a>`,
      `<${NS}|b>`,
      "</>",
      "<urn:other|b>",
      "</>",
      `<${NS}|b>`,
      "</>",
      "<urn:third|c>",
      "</>",
      "</>",
    ]);
    const x = new XmlReader(`<a xmlns:r="urn:rel" xmlns:q="urn:rel" q:id="rId7"/>`);
    x.next();
    expect(x.attrNs("urn:rel", "id")).toBe("rId7");
    expect(x.attr("id")).toBeUndefined(); // an unprefixed attribute has no namespace
  });

  it("refuses an undeclared prefix", () => {
    expect(() => tokens("<x:a/>")).toThrow(XmlError);
  });

  it("decodes entity and character references, and normalises line ends and attribute white space", () => {
    expect(
      tokens(
        `<a v="1&#10;2\t3&amp;&#x41;">&lt;&gt;&quot;&apos;&amp;&#229;&#x1F600;\r\nslut\r</a>`,
        ["v"],
      ),
    ).toEqual(["<|a v=1\n2 3&A>", "<>\"'&å😀\nslut\n", "</>"]);
  });

  it("refuses undefined entities, illegal characters by reference and a DOCTYPE", () => {
    expect(() => tokens("<a>&nbsp;</a>")).toThrow(XmlError);
    expect(() => tokens("<a>&#0;</a>")).toThrow(XmlError);
    expect(() => tokens("<a>&#xD800;</a>")).toThrow(XmlError);
    expect(() => tokens('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>')).toThrow(DoctypeError);
  });

  it("refuses what is not well-formed", () => {
    for (const xml of [
      "<a><b></a></b>",
      "<a>",
      "<a></a><b/>",
      '<a x="1" x="2"/>',
      "<a x=1/>",
      '<a x="<"/>',
      "text<a/>",
      "<a><!-- never closed</a>",
      "",
    ])
      expect(() => tokens(xml)).toThrow(XmlError);
  });

  it("says why: a value or an end tag that never ends, a < inside a value", () => {
    expect(() => tokens('<a x="1/>')).toThrow(/attributvärde tar aldrig slut/);
    // No closing quote at all: that is the reason, whatever the value holds on the way.
    expect(() => tokens('<a x="<1/>')).toThrow(/attributvärde tar aldrig slut/);
    expect(() => tokens("<a x='<'/>")).toThrow(/< i ett attributvärde/);
    expect(() => tokens('<a x="1" y="2 > 1 & <"/>')).toThrow(/< i ett attributvärde/);
    expect(() => tokens("<a></a")).toThrow(/sluttagg tar aldrig slut/);
  });

  it("reads an element's text as written, references decoded and line ends normalised", () => {
    const content = (xml: string) => {
      const x = new XmlReader(xml);
      x.next();
      return x.textContent();
    };
    expect(content("<v>12</v>")).toBe("12");
    expect(content("<t>a long text without anything to decode in it</t>")).toBe("a long text without anything to decode in it");
    expect(content("<t>A &amp; B &lt;C&gt;</t>")).toBe("A & B <C>");
    expect(content("<t>rad 1\r\nrad 2\rrad 3</t>")).toBe("rad 1\nrad 2\nrad 3");
    expect(content("<t/>")).toBe("");
  });

  it("reads a cell address from the characters, inside Excel's sheet only", () => {
    const ref = (s: string) => {
      const v = parseCellRef(s, 0, s.length);
      return v < 0 ? null : [Math.floor(v / REF_ROW_SPAN), v % REF_ROW_SPAN];
    };
    expect(ref("A1")).toEqual([1, 1]);
    expect(ref("$XFD$1048576")).toEqual([16_384, 1_048_576]);
    expect(ref("ab12")).toEqual([28, 12]);
    for (const bad of ["XFE1", "A1048577", "A0", "1A", "A", "A1B", "", "ABCD1"])
      expect(ref(bad)).toBeNull();
  });
});

describe("partText", () => {
  const part = "xl/sharedStrings.xml";
  const decl = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?><a>å</a>`;

  it("reads UTF-8 with and without a byte-order mark", () => {
    expect(partText(Buffer.from(decl("UTF-8")), part, strictUtf8)).toBe(decl("UTF-8"));
    expect(partText(Buffer.from(`\ufeff${decl("utf-8")}`), part, strictUtf8)).toBe(decl("utf-8"));
  });

  it("reads UTF-16 in either byte order, with a mark or from the first character", () => {
    const text = decl("UTF-16");
    const le = Buffer.from(text, "utf16le");
    const be = Buffer.from(le).swap16();
    expect(partText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]), part, strictUtf8)).toBe(text);
    expect(partText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), part, strictUtf8)).toBe(text);
    expect(partText(le, part, strictUtf8)).toBe(text);
    expect(partText(be, part, strictUtf8)).toBe(text);
  });

  it("refuses other encodings and invalid bytes, naming the part", () => {
    const latin1 = Buffer.from(decl("ISO-8859-1"), "latin1");
    expect(() => partText(latin1, part, strictUtf8)).toThrow(WorkbookError);
    expect(() => partText(latin1, part, strictUtf8)).toThrow(
      /sharedStrings\.xml är kodad som ISO-8859-1/,
    );
    const invalid = Buffer.from("<a>\xe5</a>", "latin1"); // å in Latin-1: not UTF-8
    expect(() => partText(invalid, part, strictUtf8)).toThrow(/inte giltig UTF-8/);
    const mismatch = Buffer.from(decl("UTF-8"), "utf16le");
    expect(() => partText(mismatch, part, strictUtf8)).toThrow(/UTF-16/);
  });
});
