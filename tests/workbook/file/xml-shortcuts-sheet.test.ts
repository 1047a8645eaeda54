/**
 * The sheet reader's shortcuts for cells and rows (src/workbook/file/xlsx/xml-sheet-reader.ts)
 * against the general tokenizer: every sheet is read twice, as written and with an empty comment
 * before each start tag (general-path.ts), and both reads must give the same grid or error. The
 * plain reads are checked to take the shortcuts.
 */
import { SheetXmlReader, MAIN_NS } from "../../../src/workbook/file/xlsx/xml-sheet-reader";
import { readSheet, type SheetRead } from "../../../src/workbook/file/xlsx/read-sheet";
import { DEFAULT_READ_LIMITS, ReadBudget } from "../../../src/workbook/file/xlsx/budget";
import { generalOnly, withoutPosition } from "./general-path";

const STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";

type Outcome = { read: SheetRead } | { error: string };

function outcome(read: () => SheetRead): Outcome {
  try {
    return { read: read() };
  } catch (error) {
    return { error: `${(error as Error).name}: ${withoutPosition(error)}` };
  }
}

const STRINGS = ["noll", "ett", "", "tre & fyra"];
const FORMATS = [undefined, undefined, "yyyy-mm-dd", "0.00%", "General"];

function sheetOutcome(xml: string): Outcome {
  const ctx = {
    strings: STRINGS,
    formats: FORMATS,
    date1904: false,
    budget: new ReadBudget(DEFAULT_READ_LIMITS),
  };
  return outcome(() => readSheet(xml, "Blad1", "xl/worksheets/sheet1.xml", ctx));
}

function worksheet(sheetData: string, ns = MAIN_NS): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}" xmlns:x="${MAIN_NS}"><sheetData>${sheetData}</sheetData></worksheet>`;
}

/** Reads the sheet both ways; returns the plain read and how many cells the shortcut took. */
function bothWays(xml: string): { plain: Outcome; shortcuts: number } {
  const spy = jest.spyOn(SheetXmlReader.prototype, "fastCell");
  let plain: Outcome;
  let shortcuts: number;
  try {
    plain = sheetOutcome(xml);
    shortcuts = spy.mock.results.filter((r) => r.value === true).length;
  } finally {
    spy.mockRestore();
  }
  const general = sheetOutcome(generalOnly(xml));
  expect(plain).toEqual(general);
  return { plain, shortcuts };
}

const row = (cells: string, attrs = ' r="1"') => `<row${attrs}>${cells}</row>`;
/** A worksheet with these rows, read both ways. */
const rowsBothWays = (rows: string) => bothWays(worksheet(rows));

describe("the sheet reader's cell shortcut", () => {
  it("reads the common forms through the shortcut, as the general path does", () => {
    const { plain, shortcuts } = rowsBothWays(
      row(
        `<c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1"/><c r="C1" t="s"><v>3</v></c>` +
          `<c r="D1"><v>1.5</v></c><c r="E1" s="2"><v>45000</v></c><c r="F1" s="3"><v>0.25</v></c>` +
          `<c r="G1" t="b"><v>1</v></c><c r="H1" t="e"><v>#N/A</v></c><c r="I1" t="str"><v>a &gt; b</v></c>` +
          `<c r="J1" t="s"><v>2</v></c><c r="K1" t="s"><v>007</v></c><c r="L1" s="4"><v>-3</v></c>`,
      ) + row(`<c r="A2" t="s"><v>1</v></c>`, ' r="2"'),
    );
    expect(shortcuts).toBeGreaterThanOrEqual(10);
    expect(
      "read" in plain && plain.read.grid.rows.map((r) => r.map((c) => c?.text ?? null)),
    ).toEqual([
      [
        "noll",
        null,
        "tre & fyra",
        "1.5",
        "2023-03-15",
        "25 %",
        "SANT",
        "#N/A",
        "a > b",
        null,
        null,
        "-3",
      ],
      ["ett"],
    ]);
  });

  it("gives what the general path gives for attributes in any order, quoting and spacing", () => {
    const cases = [
      `<c t="s" s="1" r="B3"><v>1</v></c>`,
      `<c r='B3' t='s'><v>1</v></c>`,
      `<c  r="B3"\n\tt="s" ><v>1</v></c>`,
      `<c r = "B3" t="s"><v>1</v></c>`,
      `<c r="B3" t="s"/><c r="C3" t="s"></c>`,
      `<c r="B3" t="s" ><v>1</v></c >`,
      `<c r="$B$3" t="s"><v>1</v></c>`,
      `<c r="b3" t="s"><v>1</v></c>`,
      `<c r="B3" cm="1" t="s"><v>1</v></c>`,
      `<c r="B3" s="01" t="s"><v>1</v></c>`,
      `<c r="B3" s=" 2"><v>45000</v></c>`,
      `<c r="B3" s="x"><v>45000</v></c>`,
      `<c r="B3" s="1234567890"><v>5</v></c>`,
      `<c r="B3"><v>5</v></c><c><v>6</v></c><c t="s"><v>0</v></c>`,
      `<c r="B3" t="s">\n  <v>1</v>\n</c>`,
      `\n  <c r="B3" t="s"><v>1</v></c>\n  <c r="C3" t="s"><v>0</v></c>\n`,
    ];
    for (const cells of cases) rowsBothWays(row(cells, ' r="3"'));
  });

  it("reads values the shortcut leaves to the general path the same: references, CDATA, CR, odd digits", () => {
    const cases = [
      `<c r="A1" t="str"><v>a&amp;b</v></c>`,
      `<c r="A1" t="str"><v>rad 1\r\nrad 2</v></c>`,
      `<c r="A1" t="s"><v><![CDATA[1]]></v></c>`,
      `<c r="A1" t="str"><v><![CDATA[<b>&amp;]]></v></c>`,
      `<c r="A1" t="s"><v/></c>`,
      `<c r="A1"><v/></c>`,
      `<c r="A1" t="s"><v></v></c>`,
      `<c r="A1" t="s"><v> 1</v></c>`,
      `<c r="A1" t="s"><v>1 </v></c>`,
      `<c r="A1" t="s"><v>1e0</v></c>`,
      `<c r="A1" t="s"><v>12345678901</v></c>`,
      `<c r="A1" t="s"><v>4</v></c>`,
      `<c r="A1" t="s"><v>&#49;</v></c>`,
      `<c r="A1" t="inlineStr"><is><t>inline</t></is></c>`,
      `<c r="A1" t="inlineStr"><is><r><t>rik </t></r><r><rPr><b/></rPr><t xml:space="preserve">text</t></r><rPh><t>x</t></rPh></is></c>`,
      `<c r="A1" t="inlineStr"/>`,
      `<c r="A1"><f>1+1</f><v>2</v></c>`,
      `<c r="A1" t="s"><v>1</v><extLst/></c>`,
      `<c r="A1" t="n&#x73;"><v>1</v></c>`,
      `<c r="A1" t="x"><v>1</v></c>`,
    ];
    for (const cells of cases) rowsBothWays(row(cells));
  });

  it("reads prefixed and other-namespace cells as the general path does", () => {
    rowsBothWays(row(`<x:c r="A1" t="s"><x:v>1</x:v></x:c><c r="B1" t="s"><x:v>0</x:v></c>`));
    bothWays(
      `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r="1"><c r="A1" t="s"><v>1</v></c><x:c r="B1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    );
    rowsBothWays(row(`<c r="A1" t="s"><v>1</v></c>`, ` r="1" xmlns="urn:other"`));
    rowsBothWays(row(`<c xmlns="urn:other" r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c>`));
    const strict = bothWays(worksheet(row(`<c r="A1" t="s"><v>1</v></c>`), STRICT_NS));
    expect(strict.shortcuts).toBe(1);
    expect("read" in strict.plain && strict.plain.read.grid.rows).toEqual([
      [{ kind: "text", text: "ett", value: "ett" }],
    ]);
  });

  it("refuses what the general path refuses, with the same message", () => {
    const cases = [
      `<c r="A1" r="B1"><v>1</v></c>`,
      `<c r="A1" t="s" t="s"><v>1</v></c>`,
      `<c r="A1"t="s"><v>1</v></c>`,
      `<c r="A1" t="s><v>1</v></c>`,
      `<c r="A1" t="<"><v>1</v></c>`,
      `<c r="A1"/ >`,
      `<c r="A1"><v>1</v></row>`,
      `<c r="A1"><v>1</x></c>`,
      `<c r="A1"><v>1</v></cc>`,
      `<c r="A1"><v>1</v>`,
      `<c r="XFE1"><v>1</v></c>`,
      `<c r="A0"/>`,
      `<c r="A1048577"/>`,
      `<c r="A1 "/>`,
      `<c r="A1&#10;"/>`,
      `<c r="A1" t="s"><v>1&bogus;</v></c>`,
    ];
    for (const cells of cases) expect(rowsBothWays(row(cells)).plain).toHaveProperty("error");
    // A part that ends inside a cell.
    for (const end of [
      `<c r="A1" t="s"><v>1</v></c`,
      `<c r="A1" t="s"><v>1`,
      `<c r="A1" t="s"`,
      `<c r="A1"`,
    ])
      bothWays(`<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1">${end}`);
  });

  it("holds the cell budget on the shortcut too", () => {
    const { plain, shortcuts } = rowsBothWays(
      row(`<c r="A1" t="s"><v>1</v></c><c r="XFD1" t="s"><v>1</v></c>`) +
        row(`<c r="A1048576" t="s"><v>1</v></c>`, ""),
    );
    expect(shortcuts).toBe(3);
    expect(plain).toHaveProperty("error");
  });
});

describe("the sheet reader's shortcut from row to row", () => {
  // Cells without addresses: each lands in the row it is read in.
  const cells = `<c t="s"><v>0</v></c><c s="1"/><c t="s"><v>1</v></c>`;
  const rowsOf = (...starts: string[]) => starts.map((start) => `${start}${cells}</row>`).join("");

  it("reads plain rows through it, as the general path does", () => {
    const spy = jest.spyOn(SheetXmlReader.prototype, "fastRow");
    try {
      const cell = (r: number) => `<c r="A${r}" t="s"><v>${r % 2}</v></c><c r="B${r}" s="1"/>`;
      const { plain } = rowsBothWays(
        `<row r="1" spans="1:6" x:dyDescent="0.25">${cell(1)}</row>` +
          `<row r="2">${cell(2)}</row>` +
          `\n  <row  r='4'\n\tht="20" customHeight="1" >${cell(4)}</row>` +
          `<row spans="1:2" r="5" undeclared:prefix="ok">${cell(5)}</row>`,
      );
      expect(spy.mock.results.filter((r) => r.value > 0).map((r) => r.value)).toEqual([2, 4, 5]);
      expect("read" in plain && plain.read.grid.rows.map((r) => r[0]?.text)).toEqual([
        "ett",
        "noll",
        undefined,
        "noll",
        "ett",
      ]);
    } finally {
      spy.mockRestore();
    }
  });

  it("leaves any other row to the general path, with the same grid or error", () => {
    const others = [
      `<row>`,
      `<row r="0">`,
      `<row r="1048577">`,
      `<row r=" 3">`,
      `<row r="03">`,
      `<row r="3 ">`,
      `<row r="1234567890">`,
      `<row r="3" r="4">`,
      `<row r="3" s="1" s="2">`,
      `<row r="3"s="1">`,
      `<row r="3" s=1>`,
      `<row r="3" s="1>`,
      `<row r="3" a="<">`,
      `<row r="3" a="&amp;">`,
      `<row r="&#51;">`,
      `<row r="3" xmlns="urn:other">`,
      `<row r="3" xmlns:y="urn:y">`,
      `<row r="3"/><row r="4">`,
      `<rows r="3">`,
      `<x:row r="3">`,
      `<row r="3"><!-- -->`,
      `text<row r="3">`,
    ];
    for (const other of others) {
      rowsBothWays(rowsOf(`<row r="1">`, other, `<row r="9">`));
      rowsBothWays(rowsOf(`<row r="1" xmlns:y="urn:y">`, other));
    }
    // End tags the shortcut does not take, or that do not match.
    for (const between of [
      `</row ><row r="2">`,
      `</rox><row r="2">`,
      `</row><row r="2"`,
      `</row><row r="2`,
    ])
      rowsBothWays(`<row r="1">${cells}${between}${cells}</row>`);
    rowsBothWays(`<row r="1"><foo>${cells}</foo></row><row r="2">${cells}</row>`);
    // A prefix a row declared is out of scope in the next.
    const { plain } = rowsBothWays(
      `<row r="1" xmlns:y="urn:y">${cells}</row><row r="2"><y:foo/>${cells}</row>`,
    );
    expect(plain).toEqual({ error: expect.stringMatching(/prefixet "y"/) });
  });
});
