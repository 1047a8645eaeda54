/**
 * The byte writer of plain rows (row-bytes.ts) against the cell XML as SpreadsheetML spells it,
 * built here with template strings the way the string writer does (`<v>${value}</v>`): numbers of
 * every shape (negative, -0, beyond 32 bits, fractions, exponents), booleans, texts as shared-string
 * ids (ids past 10,000 too), empty cells with and without a style, across piece boundaries.
 */
import type { SpecValue } from "../../../src/core/sheetspec";
import { columnLetter } from "../../../src/core/grid";
import { PartBytes } from "../../../src/workbook/file/xlsx/part-bytes";
import { MAX_BYTE_ROW_COLUMNS, RowBytes } from "../../../src/workbook/file/xlsx/row-bytes";
import { SharedStrings } from "../../../src/workbook/file/xlsx/sheet";
import { writeSheetData } from "../../../src/workbook/file/xlsx/sheet-data";
import { StyleBook } from "../../../src/workbook/file/xlsx/styles";

function pieces(write: (out: PartBytes) => void): Buffer[] {
  const handedOn: Buffer[] = [];
  const out = new PartBytes((piece) => handedOn.push(Buffer.from(piece)));
  write(out);
  out.end();
  return handedOn;
}

function collect(write: (out: PartBytes) => void): string {
  return Buffer.concat(pieces(write)).toString("utf8");
}

/** The cell as the string writer spells it (sheet-data.ts, valueCellXml). */
function expectedCell(ref: string, style: number, value: SpecValue, strings: Map<string, number>): string {
  const s = style ? ` s="${style}"` : "";
  if (typeof value === "string" && value !== "") {
    if (!strings.has(value)) strings.set(value, strings.size);
    return `<c r="${ref}"${s} t="s"><v>${strings.get(value)}</v></c>`;
  }
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return style ? `<c r="${ref}"${s}/>` : "";
}

function expectedRows(
  firstRow: number,
  rows: (SpecValue[] | undefined)[],
  columns: number[],
  left: number,
  styles: number[],
  strings: Map<string, number>,
): string {
  return rows
    .map((values, i) => {
      const row = firstRow + i;
      const cells = columns
        .map((col) => {
          const value = values && col >= left && col - left < values.length ? (values[col - left] ?? null) : null;
          return expectedCell(`${columnLetter(col)}${row}`, styles[col]!, value, strings);
        })
        .join("");
      return cells ? `<row r="${row}">${cells}</row>` : "";
    })
    .join("");
}

const NUMBERS = [
  0, -0, 7, -7, 10, 99, 100, 9999, 10_000, 2_147_483_647, 2_147_483_648, -2_147_483_648,
  -2_147_483_649, 1.5, -0.25, 0.1 + 0.2, 1e21, 1e-7, -1.234567890123e-300, 123_456_789_012,
  Number.MAX_SAFE_INTEGER, Number.MAX_VALUE,
];

describe("RowBytes", () => {
  it("writes numbers, booleans, texts and empty cells as the string writer spells them", () => {
    const values: SpecValue[] = [...NUMBERS, true, false, "", null, "text", "ä😀 & <b>", "text"];
    const columns = values.map((_, i) => i + 2);
    const letters = Array.from({ length: columns.length + 3 }, (_, col) => (col ? columnLetter(col) : ""));
    for (const style of [0, 5, 1234]) {
      const styles = letters.map((_, col) => (col % 2 ? style : 0));
      const strings = new SharedStrings();
      const expectedIds = new Map<string, number>();
      const xml = collect((out) =>
        new RowBytes(strings, letters).writeRows(out, 7, [values, undefined], 0, 2, columns, 2, 1 + values.length, styles),
      );
      expect(xml).toBe(expectedRows(7, [values, undefined], columns, 2, styles, expectedIds));
      expect(strings.size).toBe(expectedIds.size);
    }
  });

  it("writes shared-string ids past 10,000 and counts every use", () => {
    const strings = new SharedStrings();
    const expectedIds = new Map<string, number>();
    for (let i = 0; i < 12_345; i++) {
      strings.id(`earlier ${i}`);
      expectedIds.set(`earlier ${i}`, i);
    }
    const rows: SpecValue[][] = Array.from({ length: 300 }, (_, i) => [
      `earlier ${i * 41}`,
      `new ${i % 7}`,
      `earlier ${i * 41}`,
      i,
    ]);
    const columns = [1, 2, 3, 4];
    const letters = ["", "A", "B", "C", "D"];
    const styles = [0, 0, 0, 0, 0];
    const xml = collect((out) =>
      new RowBytes(strings, letters).writeRows(out, 2, rows, 0, rows.length, columns, 1, 4, styles),
    );
    expect(xml).toBe(expectedRows(2, rows, columns, 1, styles, expectedIds));
    const sst = collect((out) => strings.write(out));
    expect(sst).toContain(`count="${12_345 + 300 * 3}" uniqueCount="${12_345 + 7}"`);
  });

  it("writes a long run across piece boundaries without losing or doubling a byte", () => {
    const strings = new SharedStrings();
    const expectedIds = new Map<string, number>();
    const rows: SpecValue[][] = Array.from({ length: 20_000 }, (_, i) => [
      `Förvaltning ${i % 50}`,
      i,
      i % 3 === 0 ? null : `Aktivitet ${i % 997} – ålder`,
      i % 5 === 0,
      i / 8,
    ]);
    const columns = [3, 4, 5, 6, 7, 9];
    const letters = Array.from({ length: 10 }, (_, col) => (col ? columnLetter(col) : ""));
    const styles = [0, 0, 0, 0, 2, 0, 0, 0, 0, 3];
    const xml = collect((out) =>
      new RowBytes(strings, letters).writeRows(out, 2, rows, 0, rows.length, columns, 3, 7, styles),
    );
    expect(Buffer.byteLength(xml)).toBeGreaterThan(3 * (1 << 18));
    expect(xml).toBe(expectedRows(2, rows, columns, 3, styles, expectedIds));
  });
});

describe("rows written as bytes, placed in pieces", () => {
  const letters = Array.from({ length: 12 }, (_, col) => (col ? columnLetter(col) : ""));
  const rows: SpecValue[][] = Array.from({ length: 30_000 }, (_, i) => [
    `Förvaltning ${i % 50}`,
    i * 7,
    // Rows of very different lengths, so they end near every place in a piece.
    i % 7 === 0 ? null : `Aktivitet ${i % 997}`,
    i % 3 === 0 ? 123_456.789 * i : i,
    i % 11 === 0,
  ]);
  const columns = [2, 3, 4, 5, 6];

  it("hands on the same pieces as the rows written as text, so the compressed part is the same", () => {
    const expectedIds = new Map<string, number>();
    const asText = pieces((out) => {
      out.text("<sheetData>");
      for (let i = 0; i < rows.length; i++) out.text(expectedRows(2 + i, [rows[i]!], columns, 2, new Array(12).fill(0), expectedIds));
      out.text("</sheetData>");
    });
    const asBytes = pieces((out) => {
      out.text("<sheetData>");
      new RowBytes(new SharedStrings(), letters).writeRows(out, 2, rows, 0, rows.length, columns, 2, 6, new Array(12).fill(0));
      out.text("</sheetData>");
    });
    expect(asText.length).toBeGreaterThan(3);
    expect(asBytes.map((piece) => piece.length)).toEqual(asText.map((piece) => piece.length));
    expect(Buffer.concat(asBytes).equals(Buffer.concat(asText))).toBe(true);
  });

  it("writes rows wider than a row of bytes may be as text, with the same cells", () => {
    const width = MAX_BYTE_ROW_COLUMNS + 20;
    const wideLetters = Array.from({ length: width + 1 }, (_, col) => (col ? columnLetter(col) : ""));
    const wideRows: SpecValue[][] = Array.from({ length: 40 }, (_, r) =>
      Array.from({ length: width }, (_, c) => (c % 3 === 0 ? `text ${(r * c) % 17}` : c % 3 === 1 ? r * c : null)),
    );
    const table = {
      top: 1,
      left: 1,
      right: width,
      bottom: 1 + wideRows.length,
      columns: wideLetters.slice(1).map((letter) => `Kolumn ${letter}`),
      rows: wideRows,
    };
    const strings = new SharedStrings();
    const ctx = { styles: new StyleBook(), strings, listRef: () => "" };
    const xml = collect((out) =>
      writeSheetData(out, ctx, { table, overlay: new Map(), numberFormats: [], wrapColumns: [], letters: wideLetters, lastRow: table.bottom }),
    );
    const allColumns = wideLetters.slice(1).map((_, i) => i + 1);
    const expectedIds = new Map<string, number>();
    const expected = expectedRows(1, [table.columns, ...wideRows], allColumns, 1, new Array(width + 1).fill(0), expectedIds);
    expect(xml).toBe(`<sheetData>${expected}</sheetData>`);
  });
});
