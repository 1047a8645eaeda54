// Parts of ExcelJS used directly: its standard Office theme part (the XML as a string) and its
// table of Excel's built-in number formats (id → { f: format code }), so the direct writer and
// reader match what ExcelJS writes and reads.
declare module "exceljs/lib/xlsx/xml/theme1.js" {
  const xml: string;
  export default xml;
}

declare module "exceljs/lib/xlsx/defaultnumformats.js" {
  const formats: Record<number, { f?: unknown }>;
  export default formats;
}
