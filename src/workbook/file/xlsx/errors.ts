/** What the direct reader does not take; FileWorkbook then reads the file with ExcelJS. */
export class UnsupportedXlsx extends Error {
  constructor(what: string) {
    super(`Not read directly: ${what}`);
    this.name = "UnsupportedXlsx";
  }
}
