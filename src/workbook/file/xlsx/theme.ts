/**
 * The Office theme part. Table styles and default fonts refer to theme colours, so a workbook
 * without it can look different; ExcelJS ships the standard one, the same our ExcelJS-written
 * files carry.
 */
import themeXml from "exceljs/lib/xlsx/xml/theme1.js";

export const THEME_XML: string = themeXml;
