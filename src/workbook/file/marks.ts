/**
 * Finding marks in a file (standalone mode): the same conditional formats as in Excel
 * (../mark-style.ts), so a downloaded file shows the marks and the add-in in Excel later finds
 * and replaces them. The file's other conditional formats (the template's traffic lights, the
 * user's own) are kept as they are.
 */
import type ExcelJS from "exceljs";
import type { FindingMark } from "../../core/port";
import { isMarkFormula, MARK_FILL, markFormulaBody } from "../spec/mark-style";

type Formatting = { ref: string; rules: { type: string; formulae?: unknown[] }[] };

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function isOwn(formatting: Formatting): boolean {
  return formatting.rules.length > 0 && formatting.rules.every((rule) => rule.type === "expression" && isMarkFormula(String(rule.formulae?.[0] ?? "")));
}

export function replaceMarks(worksheet: ExcelJS.Worksheet, marks: FindingMark[]): void {
  const sheet = worksheet as unknown as { conditionalFormattings: Formatting[] };
  sheet.conditionalFormattings = (sheet.conditionalFormattings ?? []).filter((f) => !isOwn(f));
  for (const mark of marks) {
    worksheet.addConditionalFormatting({
      ref: mark.cell.replace(/\$/g, ""),
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [markFormulaBody(mark.severity)],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(MARK_FILL[mark.severity]) } } },
        },
      ],
    });
  }
}
