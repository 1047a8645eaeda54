/**
 * Dropdown lists too long (or too odd: a comma or a quote in a value) to write inline go to the
 * very hidden list sheet LIST_SHEET, one column per distinct list, and the dropdown refers to
 * that column. Every renderer does this the same way: the direct .xlsx writer, ExcelJS
 * (file/render-spec.ts) and Office.js (office/write.ts), so no renderer drops a value.
 */
import type { SheetSpec, SpecValidation } from "../../core/sheetspec";
import { inlineListFormula, LIST_SHEET, listColumnRef } from "./formulas";

export class ListColumns {
  readonly columns: string[][];
  private readonly byKey = new Map<string, number>();
  /** Columns already on the sheet (kept, and reused when a list is the same). */
  private readonly existing: number;

  constructor(existing: readonly string[][] = []) {
    this.columns = existing.map((values) => [...values]);
    this.existing = this.columns.length;
    this.columns.forEach((values, i) => {
      const key = JSON.stringify(values);
      if (!this.byKey.has(key)) this.byKey.set(key, i + 1);
    });
  }

  /** The absolute reference of the column holding `values`, added when there is none yet. */
  ref(values: string[]): string {
    const key = JSON.stringify(values);
    let col = this.byKey.get(key);
    if (col === undefined) {
      col = this.columns.push([...values]);
      this.byKey.set(key, col);
    }
    return listColumnRef(col, values.length);
  }

  /** Columns added since construction, with their 1-based column numbers. */
  added(): { col: number; values: string[] }[] {
    return this.columns
      .slice(this.existing)
      .map((values, i) => ({ col: this.existing + i + 1, values }));
  }

  /** The whole list sheet as a spec. */
  spec(): SheetSpec {
    const cells = this.columns.flatMap((values, i) =>
      values.map((value, r) => ({ row: r + 1, col: i + 1, value })),
    );
    return { name: LIST_SHEET, cells, state: "veryHidden" };
  }
}

/** The dropdown as a reference: inline when it fits, else to its column on the list sheet. */
export function listFormula(validation: SpecValidation, lists: ListColumns): string {
  return (
    inlineListFormula(validation) ?? lists.ref(validation.kind === "list" ? validation.values : [])
  );
}

/** The spec with every dropdown too long to be inline pointing at its column on the list sheet. */
export function withListSheetSources(spec: SheetSpec, lists: ListColumns): SheetSpec {
  if (!spec.validations?.some((v) => inlineListFormula(v) === null)) return spec;
  return {
    ...spec,
    validations: spec.validations.map((validation): SpecValidation =>
      inlineListFormula(validation) === null && validation.kind === "list"
        ? {
            range: validation.range,
            kind: "listRange",
            source: lists.ref(validation.values),
            allowBlank: validation.allowBlank,
          }
        : validation,
    ),
  };
}

/** The list sheet's columns from its used range values (from A1), up to the first empty column. */
export function listColumnsFromValues(values: readonly (readonly unknown[])[]): string[][] {
  const columns: string[][] = [];
  const width = Math.max(0, ...values.map((row) => row.length));
  for (let col = 0; col < width; col++) {
    const column = values
      .map((row) => row[col])
      .filter((v) => v !== undefined && v !== null && v !== "")
      .map(String);
    if (column.length === 0) break;
    columns.push(column);
  }
  return columns;
}
