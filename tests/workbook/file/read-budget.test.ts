/**
 * The read budget of the direct reader (src/workbook/file/xlsx/budget.ts): every limit refuses
 * with a Swedish message naming it, before the thing over it is built; merged areas are applied
 * without visiting every covered cell.
 */
import { strToU8, zipSync } from "fflate";
import { readXlsx } from "../../../src/workbook/file/xlsx/read";
import type { ReadLimits } from "../../../src/workbook/file/xlsx/budget";
import { WorkbookError } from "../../../src/core/port";
import { FFLATE_INFLATE } from "../../../src/workbook/file/xlsx/unzip-fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function workbook(sheetData: string, tail = "", strings: string[] = []): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/sharedStrings.xml": strToU8(
      `<sst xmlns="${MAIN}">${strings.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData>${tail}</worksheet>`,
    ),
  });
}

const cell = (ref: string, value = "1") => `<c r="${ref}"><v>${value}</v></c>`;

function refusal(bytes: Uint8Array, limits: Partial<ReadLimits>): string {
  try {
    readXlsx(bytes, { limits, native: FFLATE_INFLATE });
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).code).toBe("too-large");
    return (error as WorkbookError).message;
  }
  throw new Error("expected a refusal");
}

describe("the read budget", () => {
  it("counts cells addressed as rows × used columns, not cells present", () => {
    const bytes = workbook(
      `<row r="1">${cell("A1")}${cell("J1")}</row><row r="10">${cell("A10")}</row>`,
    );
    expect(refusal(bytes, { maxCells: 99 })).toMatch(
      /^Arbetsboken har fler än 99 adresserade celler/,
    );
    expect(readXlsx(bytes, { limits: { maxCells: 100 }, native: FFLATE_INFLATE })[0]!.grid.rows).toHaveLength(10);
  });

  it("counts rows by the highest row with a value", () => {
    const bytes = workbook(`<row r="5000">${cell("A5000")}</row>`);
    expect(refusal(bytes, { maxRows: 4999 })).toMatch(/fler än 4 999 rader/);
  });

  it("bounds merged areas by count and by the cells they cover", () => {
    const merges = (refs: string[]) =>
      `<mergeCells>${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`;
    const two = workbook(cell("A1"), merges(["A1:B2", "C1:D2"]));
    expect(refusal(two, { maxMerges: 1 })).toMatch(/fler än 1 sammanfogade områden/);
    expect(refusal(two, { maxMergedCells: 7 })).toMatch(/fler än 7 celler i sammanfogade områden/);
  });

  it("applies a merge over a whole sheet without visiting its cells, when allowed", () => {
    const bytes = workbook(
      `<row r="1">${cell("A1")}${cell("B1")}</row><row r="3">${cell("C3")}</row>`,
      '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    );
    const [sheet] = readXlsx(bytes, { limits: { maxMergedCells: Infinity }, native: FFLATE_INFLATE });
    expect(sheet!.grid.rows).toEqual([[{ kind: "number", text: "1", value: 1 }]]);
    expect(sheet!.grid.merges).toEqual([{ top: 1, left: 1, bottom: 1_048_576, right: 16_384 }]);
  });

  it("bounds shared strings, XML characters and the text shown in cells", () => {
    const strings = workbook(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`, "", ["x", "y", "z"]);
    expect(refusal(strings, { maxSharedStrings: 2 })).toMatch(/fler än 2 delade texter/);
    expect(refusal(strings, { maxXmlChars: 100 })).toMatch(/fler än 100 tecken XML/);
    const repeated = workbook(
      `<row r="1">${["A1", "B1", "C1"].map((r) => `<c r="${r}" t="s"><v>0</v></c>`).join("")}</row>`,
      "",
      ["0123456789"],
    );
    expect(refusal(repeated, { maxCellChars: 29 })).toMatch(/fler än 29 tecken text i cellerna/);
    expect(readXlsx(repeated, { limits: { maxCellChars: 30 }, native: FFLATE_INFLATE })[0]!.grid.rows[0]).toHaveLength(3);
  });
});
