import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { FileWorkbook, inspectXlsxBytes, readZipDirectory } from "../../../src/workbook/file";
import { WorkbookError } from "../../../src/core/port";
import { buildZip, oleFile } from "./zip-builder";

async function validXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Blad1").getCell("A1").value = "Aktivitet";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function openError(
  data: Uint8Array,
  options?: Parameters<typeof FileWorkbook.open>[1],
): Promise<WorkbookError> {
  try {
    await FileWorkbook.open(data, options);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookError);
    return error as WorkbookError;
  }
  throw new Error("expected FileWorkbook.open to reject");
}

describe("FileWorkbook.open refuses unreadable input with a Swedish message", () => {
  it("opens a real .xlsx", async () => {
    const workbook = await FileWorkbook.open(await validXlsx());
    expect(await workbook.listSheets()).toEqual([{ name: "Blad1", visibility: "visible" }]);
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const bytes = await validXlsx();
    const buffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    expect((await (await FileWorkbook.open(buffer)).readSheet("Blad1")).rows[0]?.[0]?.value).toBe(
      "Aktivitet",
    );
  });

  it("refuses a text file as not an xlsx", async () => {
    const error = await openError(
      new TextEncoder().encode("Perspektiv;Aktivitet;Status\nSamhälle;Ny hemsida;Pågående\n"),
    );
    expect(error.code).toBe("not-xlsx");
    expect(error.message).toMatch(/inte en Excel-arbetsbok \(\.xlsx\)/);
  });

  it("refuses an empty file", async () => {
    expect((await openError(new Uint8Array(0))).code).toBe("not-xlsx");
  });

  it("refuses the old .xls format, telling the user to save as .xlsx", async () => {
    const error = await openError(oleFile("Workbook"));
    expect(error.code).toBe("unsupported");
    expect(error.message).toMatch(/gamla \.xls-formatet/);
    expect(error.message).toMatch(/spara den som \.xlsx/);
  });

  it("refuses a password-protected (encrypted) workbook", async () => {
    const error = await openError(oleFile("EncryptionInfo"));
    expect(error.code).toBe("encrypted");
    expect(error.message).toMatch(/lösenordsskyddad/);
  });

  it("refuses a truncated xlsx as corrupt", async () => {
    const bytes = await validXlsx();
    const error = await openError(bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(error.code).toBe("corrupt");
    expect(error.message).toMatch(/skadad eller ofullständig/);
  });

  it("refuses a file over the size limit before unzipping it", async () => {
    const bytes = await validXlsx();
    const error = await openError(bytes, { maxBytes: 1000 });
    expect(error.code).toBe("too-large");
    expect(error.message).toMatch(/för stor/);
    // The default limit (50 MB) lets a normal workbook through.
    expect(() => inspectXlsxBytes(bytes)).not.toThrow();
  });

  it("refuses a zip bomb from the sizes its directory declares", async () => {
    const bomb = buildZip([
      { name: "[Content_Types].xml", data: new TextEncoder().encode("<Types/>") },
      { name: "xl/workbook.xml", data: new TextEncoder().encode("<workbook/>") },
      { name: "xl/worksheets/sheet1.xml", data: new Uint8Array(10), declaredSize: 0xfffffff0 },
    ]);
    const error = await openError(bomb);
    expect(error.code).toBe("too-large");
    expect(error.message).toMatch(/uppackad/);
  });

  it("refuses a part that unpacks beyond what the directory declares", async () => {
    const liar = (rows: number) => {
      const sheet = `<worksheet><sheetData>${'<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(rows)}</sheetData></worksheet>`;
      return buildZip([
        { name: "[Content_Types].xml", data: new TextEncoder().encode("<Types/>") },
        {
          name: "xl/workbook.xml",
          data: new TextEncoder().encode(
            '<workbook xmlns:r="r"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>',
          ),
        },
        {
          name: "xl/_rels/workbook.xml.rels",
          data: new TextEncoder().encode(
            '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
          ),
        },
        // Sheet XML that claims to be 1,000 bytes.
        {
          name: "xl/worksheets/sheet1.xml",
          data: deflateRawSync(sheet),
          declaredSize: 1_000,
          deflated: true,
        },
      ]);
    };
    // About 80 KB, unpacked in one go; about 80 MB, unpacked piece by piece.
    for (const rows of [2_000, 2_000_000]) {
      const error = await openError(liar(rows));
      expect({ rows, code: error.code }).toEqual({ rows, code: "corrupt" });
      expect(error.message).toMatch(/xl\/worksheets\/sheet1\.xml går inte att packa upp/);
    }
  });

  it("refuses a zip that is not a workbook", async () => {
    const zip = buildZip([
      { name: "word/document.xml", data: new TextEncoder().encode("<w:document/>") },
    ]);
    const error = await openError(zip);
    expect(error.code).toBe("not-xlsx");
  });

  it("turns a reader failure on garbled parts into a corrupt error", async () => {
    const zip = buildZip([
      { name: "[Content_Types].xml", data: new TextEncoder().encode("inte xml <<<") },
      { name: "xl/workbook.xml", data: new TextEncoder().encode("<workbook><sheets><sheet") },
    ]);
    const error = await openError(zip);
    expect(error.code).toBe("corrupt");
    expect(error.message).toMatch(/skadad/);
  });

  it("reads the central directory of a real xlsx", async () => {
    const names = readZipDirectory(await validXlsx()).map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml"]));
  });
});
