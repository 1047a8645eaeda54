/**
 * The string-item shortcuts (src/workbook/file/xlsx/xml-sheet-reader.ts) against the general
 * tokenizer: every table is read twice, as written and with an empty comment before each start
 * tag (general-path.ts), and both reads must give the same texts or error. The plain reads are
 * checked to take the shortcuts.
 */
import { EOF, OPEN } from "../../../src/workbook/file/xlsx/xml-reader";
import { SheetXmlReader, MAIN_NS } from "../../../src/workbook/file/xlsx/xml-sheet-reader";
import { itemText } from "../../../src/workbook/file/xlsx/read-sheet";
import { DEFAULT_READ_LIMITS, ReadBudget } from "../../../src/workbook/file/xlsx/budget";
import { sharedStrings } from "../../../src/workbook/file/xlsx/read";
import { generalOnly, withoutPosition } from "./general-path";

describe("the string item shortcut", () => {
  /** Every <si>'s text through itemText, as the shared-string table is read. */
  function items(xml: string): string[] | string {
    const x = new SheetXmlReader(xml);
    const out: string[] = [];
    try {
      for (let t = x.next(); t !== EOF; t = x.next())
        if (t === OPEN && x.local === "si") out.push(itemText(x));
    } catch (error) {
      return withoutPosition(error);
    }
    return out;
  }

  function bothWays(sis: string, ns = MAIN_NS): { plain: string[] | string; shortcuts: number } {
    const xml = `<sst xmlns="${ns}" xmlns:x="${MAIN_NS}">${sis}</sst>`;
    const spy = jest.spyOn(SheetXmlReader.prototype, "fastItem");
    let plain: string[] | string;
    let shortcuts: number;
    try {
      plain = items(xml);
      shortcuts = spy.mock.results.filter((r) => r.value !== undefined).length;
    } finally {
      spy.mockRestore();
    }
    expect(plain).toEqual(items(generalOnly(xml)));
    return { plain, shortcuts };
  }

  it("reads plain items through the shortcut, as the general path does", () => {
    const { plain, shortcuts } = bothWays(
      `<si><t>Aktivitet</t></si><si><t xml:space="preserve"> två  rader\n● här </t></si><si><t></t></si><si><t>a > b</t></si>`,
    );
    expect(shortcuts).toBe(4);
    expect(plain).toEqual(["Aktivitet", " två  rader\n● här ", "", "a > b"]);
  });

  it("gives what the general path gives for everything else", () => {
    for (const si of [
      `<si><t>A &amp; B &lt;C&gt;</t></si>`,
      `<si><t>rad 1\r\nrad 2</t></si>`,
      `<si><t><![CDATA[<b>&amp;]]></t></si>`,
      `<si><t/></si>`,
      `<si><r><t>rik </t></r><r><rPr><b/></rPr><t>text</t></r></si>`,
      `<si><t>bas</t><rPh sb="0" eb="1"><t>fonetisk</t></rPh><phoneticPr fontId="1"/></si>`,
      `<si><t>ett</t><t>två</t></si>`,
      `<si><t xml:space='preserve'>x</t></si>`,
      `<si><t xml:space="default">x</t></si>`,
      `<si><t >x</t></si>`,
      `<si><t>x</t ></si>`,
      `<si><t>x</t></si >`,
      `<x:si><t>x</t></x:si>`,
      `<x:si><x:t>x</x:t></x:si>`,
      `<si xmlns="urn:other"><t>x</t></si>`,
      `<si><t xmlns="urn:other">x</t></si>`,
      `<si/>`,
      `<si></si>`,
    ])
      bothWays(si);
    bothWays(`<si><t>annan</t></si>`, "urn:other");
  });

  it("refuses what the general path refuses, with the same message", () => {
    for (const si of [
      `<si><t>x</t></sx>`,
      `<si><t>x</t></s>`,
      `<si><t>x</t></sii>`,
      `<si><t>x</u></si>`,
      `<si><t>x &bogus;</t></si>`,
      `<si><t>x</t>`,
      `<si><t>x`,
    ]) {
      const { plain } = bothWays(si);
      expect(typeof plain).toBe("string");
    }
  });
});

describe("the string table read with the item shortcuts", () => {
  function table(xml: string, limit = DEFAULT_READ_LIMITS.maxSharedStrings): string[] | string {
    const budget = new ReadBudget({ ...DEFAULT_READ_LIMITS, maxSharedStrings: limit });
    try {
      return sharedStrings(xml, "xl/sharedStrings.xml", budget);
    } catch (error) {
      return withoutPosition(error);
    }
  }

  function bothWays(xml: string, limit?: number): { plain: string[] | string; shortcuts: number } {
    const first = jest.spyOn(SheetXmlReader.prototype, "fastItem");
    const next = jest.spyOn(SheetXmlReader.prototype, "fastNextItem");
    let plain: string[] | string;
    let shortcuts: number;
    try {
      plain = table(xml, limit);
      shortcuts = [first, next]
        .flatMap((spy) => spy.mock.results)
        .filter((r) => r.value !== undefined).length;
    } finally {
      first.mockRestore();
      next.mockRestore();
    }
    expect(plain).toEqual(table(generalOnly(xml), limit));
    return { plain, shortcuts };
  }

  const sst = (items: string, ns = MAIN_NS) =>
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${ns}" xmlns:x="${MAIN_NS}" count="9">${items}</sst>`;

  it("reads a table of plain items through it, as the general path does", () => {
    const { plain, shortcuts } = bothWays(
      sst(
        `<si><t>ett</t></si><si><t xml:space="preserve"> två </t></si>\n  <si><t>tre_x000D_</t></si><si><t></t></si>`,
      ),
    );
    expect(shortcuts).toBe(4);
    expect(plain).toEqual(["ett", " två ", "tre\r", ""]);
  });

  it("leaves anything else to the general path, with the same texts and errors", () => {
    const items = [
      `<si><t>ett</t></si><si><r><t>rik</t></r></si><si><t>tre</t></si>`,
      `<si><t>ett</t></si><si><t>a &amp; b</t></si><si><t>c\r\nd</t></si>`,
      `<si><t>ett</t></si><!-- kommentar --><si><t>två</t></si>`,
      `<si><t>ett</t></si><x:si><t>två</t></x:si><si xmlns="urn:other"><t>tre</t></si>`,
      `<si><t>ett</t></si><si ><t>två</t></si ><si><t>tre</t></si>`,
      `<si><t>ett</t></si><si><t>två</t><t>tre</t></si>`,
      `<si><t>ett</t></si><si><t>två</t></si>text<si><t>tre</t></si>`,
      `<si><t>ett</t></si><si><t>två</t></sx>`,
      `<si><t>ett</t></si><si><t>två</t></si`,
      `<si><t>ett</t></si><si><t>två &bogus;</t></si>`,
      `<si><t>ett</t></si><sj><t>två</t></sj><si><t>tre</t></si>`,
    ];
    for (const xml of items) bothWays(sst(xml));
    bothWays(sst(`<si><t>ett</t></si><si><t>två</t></si>`, "urn:other"));
    // Items as the root: one is a document, two are not.
    expect(bothWays(`<si xmlns="${MAIN_NS}"><t>ett</t></si>`).plain).toEqual(["ett"]);
    expect(typeof bothWays(`<si xmlns="${MAIN_NS}"><t>ett</t></si><si><t>två</t></si>`).plain).toBe(
      "string",
    );
  });

  it("counts every item against the budget", () => {
    const { plain, shortcuts } = bothWays(sst(`<si><t>1</t></si>`.repeat(5)), 4);
    expect(shortcuts).toBe(5); // the fifth is read, then refused by the budget;
    expect(plain).toMatch(/fler än 4 delade texter/);
  });
});
