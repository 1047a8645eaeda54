/**
 * A .docx or .pptx renamed .xlsx (issue 16): the same zip package as a workbook, another main
 * part, so the user is told what the file is instead of "arbetsbokens delar saknas".
 */
import { zipSync, strToU8 } from "fflate";
import { FileWorkbook, inspectXlsxBytes } from "../../../src/workbook/file";

/** The parts every OOXML package has, and the main part of the given kind (ECMA-376 Part 1). */
function officePackage(mainPart: string): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "_rels/.rels": strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
    [mainPart]: strToU8("<x/>"),
  });
}

describe("other Office files renamed .xlsx", () => {
  it("a Word document: says so", async () => {
    const bytes = officePackage("word/document.xml");
    expect(() => inspectXlsxBytes(bytes)).toThrow(/^Det här är ett Word-dokument \(\.docx\), inte en Excel-arbetsbok/);
    await expect(FileWorkbook.open(bytes)).rejects.toThrow(/Word-dokument/);
  });

  it("a PowerPoint presentation: says so", () => {
    expect(() => inspectXlsxBytes(officePackage("ppt/presentation.xml"))).toThrow(/^Det här är en PowerPoint-presentation \(\.pptx\)/);
  });

  it("another zip: the general message", () => {
    expect(() => inspectXlsxBytes(officePackage("bilder/a.xml"))).toThrow(/zip-arkiv men inte en Excel-arbetsbok/);
  });
});
