/**
 * The look and the signature of the add-in's finding marks, the same in Excel (office/marks.ts)
 * and in files (file/marks.ts): a conditional format per marked cell whose always-true formula
 * carries a tag no user or template rule has, so the add-in finds its own marks by content —
 * never by a conditional format's id, which in Excel is only a priority position.
 */
import type { FindingMark } from "../../core/port";

export const MARK_FILL: Record<FindingMark["severity"], string> = {
  error: "#F4B6B6",
  warning: "#FBE3A1",
  info: "#CFE2F3",
};

const MARK_TAG = "uppfoljning-markering-";

/** The mark's formula without the leading "=" (as stored in a file); N("text") is 0, so it is always true. */
export function markFormulaBody(severity: FindingMark["severity"]): string {
  return `N("${MARK_TAG}${severity}")=0`;
}

/** Is this conditional-format formula (with or without "=") one of the add-in's marks? */
export function isMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && formula.includes(`"${MARK_TAG}`);
}
