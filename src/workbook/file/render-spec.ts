/**
 * Renders a (checked) SheetSpec into an ExcelJS worksheet. Text is always set as a string value,
 * so "=1+1" stays text: ExcelJS only writes a formula for a { formula } object, which only
 * add-in-authored SpecCell.formula produces.
 *
 * Not rendered in files: SpecChart (ExcelJS cannot write charts; the CLI's HTML report draws it).
 */
import type ExcelJS from "exceljs";
import { address, parseRange } from "../../core/grid";
import type {
  SheetSpec,
  SpecCellStyle,
  SpecConditionalFormat,
  SpecValidation,
  SpecValue,
} from "../../core/sheetspec";
import {
  absoluteCellRef,
  argb,
  conditionalFormula,
  inlineListFormula,
  invariantFormula,
  LIST_SHEET,
  LIST_VALIDATION_TEXT,
  plainRange,
} from "../spec/formulas";
import { ListColumns, listFormula } from "../spec/list-sheet";

function setValue(cell: ExcelJS.Cell, value: SpecValue): void {
  // Strings stay strings (never parsed as formulas, numbers or dates); null empties the cell.
  cell.value = value === null ? null : value;
}

function applyStyle(cell: ExcelJS.Cell, style: SpecCellStyle | undefined): void {
  if (!style) return;
  if (style.bold !== undefined || style.italic !== undefined || style.fontColor || style.fontSize) {
    cell.font = {
      ...cell.font,
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
      ...(style.fontSize ? { size: style.fontSize } : {}),
    };
  }
  if (style.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.wrap) cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

function eachCellIn(
  worksheet: ExcelJS.Worksheet,
  range: string,
  visit: (cell: ExcelJS.Cell) => void,
): void {
  const r = parseRange(range);
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) visit(worksheet.getCell(row, col));
}

/** The list sheet's columns up to the first empty one (spec/list-sheet.ts). */
function listColumns(sheet: ExcelJS.Worksheet): ListColumns {
  const columns: string[][] = [];
  for (let col = 1; col <= sheet.columnCount; col++) {
    const values = (sheet.getColumn(col).values as unknown[])
      .slice(1)
      .filter((v) => v !== undefined && v !== null);
    if (values.length === 0) break;
    columns.push(values.map(String));
  }
  return new ListColumns(columns);
}

/** The dropdown's formula: inline, or a column on the hidden list sheet (added when new). */
function listSheetFormula(workbook: ExcelJS.Workbook, validation: SpecValidation): string {
  const inline = inlineListFormula(validation);
  if (inline !== null) return inline;
  const sheet =
    workbook.getWorksheet(LIST_SHEET) ?? workbook.addWorksheet(LIST_SHEET, { state: "veryHidden" });
  const lists = listColumns(sheet);
  const formula = listFormula(validation, lists);
  for (const { col, values } of lists.added())
    values.forEach((value, i) => (sheet.getCell(i + 1, col).value = value));
  return formula;
}

function addValidation(
  workbook: ExcelJS.Workbook,
  worksheet: ExcelJS.Worksheet,
  validation: SpecValidation,
): void {
  const formula = listSheetFormula(workbook, validation);
  // Typed loosely by ExcelJS: the worksheet's range-keyed validation collection is not in its .d.ts.
  const validations = (
    worksheet as unknown as {
      dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void };
    }
  ).dataValidations;
  validations.add(plainRange(validation.range), {
    type: "list",
    allowBlank: validation.allowBlank ?? true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: "warning",
    ...LIST_VALIDATION_TEXT,
  });
}

function addConditionalFormats(
  worksheet: ExcelJS.Worksheet,
  formats: SpecConditionalFormat[],
): void {
  formats.forEach((format, i) => {
    worksheet.addConditionalFormatting({
      ref: plainRange(format.range),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [conditionalFormula(format)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.fill) } },
            ...(format.fontColor ? { font: { color: { argb: argb(format.fontColor) } } } : {}),
          },
        },
      ],
    });
  });
}

function addTable(worksheet: ExcelJS.Worksheet, spec: NonNullable<SheetSpec["table"]>): void {
  const width = spec.columns.length;
  // Excel needs at least one data row in a table.
  const rows = (spec.rows.length > 0 ? spec.rows : [[]]).map((row) =>
    Array.from({ length: width }, (_, i) => row[i] ?? null),
  );
  worksheet.addTable({
    name: spec.name,
    ref: plainRange(spec.topLeft),
    headerRow: true,
    totalsRow: false,
    style: {
      theme: (spec.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: spec.columns.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

/** Names are workbook-wide: writing one moves it here rather than giving it a second range. */
function setDefinedName(workbook: ExcelJS.Workbook, name: string, ref: string): void {
  const names = workbook.definedNames as unknown as {
    model: { name: string; ranges: string[] }[];
    add(ref: string, name: string): void;
  };
  names.model = names.model.filter(
    (existing) => existing.name.toLowerCase() !== name.toLowerCase(),
  );
  names.add(ref, name);
}

/** Writes the spec into a new, empty worksheet. */
export function renderSheet(
  workbook: ExcelJS.Workbook,
  worksheet: ExcelJS.Worksheet,
  spec: SheetSpec,
): void {
  if (spec.table) addTable(worksheet, spec.table);

  for (const specCell of spec.cells) {
    const cell = worksheet.getCell(specCell.row, specCell.col);
    if (specCell.formula) {
      const result = specCell.value === null ? undefined : specCell.value;
      cell.value = {
        formula: invariantFormula(specCell.formula),
        ...(result !== undefined ? { result } : {}),
      } as ExcelJS.CellFormulaValue;
    } else {
      setValue(cell, specCell.value);
    }
    applyStyle(cell, specCell.style);
  }

  for (const merge of spec.merges ?? []) worksheet.mergeCells(plainRange(merge));

  for (const [col, width] of Object.entries(spec.columnWidths ?? {}))
    worksheet.getColumn(Number(col)).width = width;

  for (const format of spec.numberFormats ?? [])
    eachCellIn(worksheet, format.range, (cell) => (cell.numFmt = format.format));

  if (spec.wrapColumns?.length) {
    const lastRow = Math.max(worksheet.rowCount, 1);
    for (const col of spec.wrapColumns) {
      const column = worksheet.getColumn(col);
      column.alignment = { wrapText: true, vertical: "top" };
      for (let row = 1; row <= lastRow; row++) {
        const cell = worksheet.getCell(row, col);
        cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
      }
    }
  }

  for (const validation of spec.validations ?? []) addValidation(workbook, worksheet, validation);
  if (spec.conditionalFormats?.length) addConditionalFormats(worksheet, spec.conditionalFormats);

  for (const name of spec.names ?? []) {
    setDefinedName(workbook, name.name, absoluteCellRef(spec.name, name.cell));
  }

  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    worksheet.views = [
      {
        state: "frozen",
        xSplit: spec.freeze.cols,
        ySplit: spec.freeze.rows,
        topLeftCell: address(spec.freeze.rows + 1, spec.freeze.cols + 1),
      },
    ];
  }

  if (spec.print) {
    worksheet.pageSetup = {
      ...worksheet.pageSetup,
      orientation: spec.print.landscape ? "landscape" : "portrait",
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(spec.print.titleRows ? { printTitlesRow: spec.print.titleRows } : {}),
    };
  }

  worksheet.state = spec.state ?? "visible";
}
