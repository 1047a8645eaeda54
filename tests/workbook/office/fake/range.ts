/** Range proxies: values and formats, merges, selection, data validation, formats, merged areas. */
import type { MergedArea } from "../../../../src/core/grid";
import { FakeOfficeError } from "./errors";
import type { FakeContext } from "./excel";
import { areaAddress, cellCount, displayText, intersects, parseArea, parseEntry, valueType, type CellFormat, type SheetDoc, type ValidationDoc } from "./model";
import { Proxy } from "./proxy";
import { FakeConditionalFormats } from "./conditional-formats";
import { LIST_SOURCE_MAX, MAX_MERGED_AREAS, READ_CELL_LIMIT, jsonBytes } from "./rules";

export interface RangeRef {
  sheet: SheetDoc;
  area: MergedArea;
}

export function assertWritable(sheet: SheetDoc): void {
  if (sheet.isProtected) {
    throw new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  }
}

function matrix<T>(area: MergedArea, at: (row: number, col: number) => T): T[][] {
  const rows: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: T[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(at(r, c));
    rows.push(row);
  }
  return rows;
}

function checkShape(area: MergedArea, value: unknown[][], what: string): void {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (!Array.isArray(value) || value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the ${what} array doesn't match the size of the range.`);
  }
}

const CELL_PROPERTIES = new Set(["values", "text", "formulas", "numberFormat", "valueTypes"]);

export class FakeRange extends Proxy<RangeRef> {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormats;
  constructor(context: FakeContext, resolver: () => RangeRef | null) {
    super(context, resolver);
    this.format = new FakeRangeFormat(this);
    this.dataValidation = new FakeDataValidation(this);
    this.conditionalFormats = new FakeConditionalFormats(this);
  }
  withNullTracking(): this {
    this.trackNull();
    return this;
  }
  ref(): RangeRef {
    return this.target();
  }
  run(command: (ref: RangeRef) => void, valueBytes = 0): void {
    this.command(command, valueBytes);
  }
  protected read(name: string): unknown {
    const { sheet, area } = this.target();
    // docs/excel/performance.md#payload-size-limit-best-practices: "a range is limited to five million cells for get operations".
    if (CELL_PROPERTIES.has(name) && cellCount(area) > READ_CELL_LIMIT) {
      throw new FakeOfficeError("RangeExceedsLimit", `Reading ${cellCount(area)} cells exceeds the limit of ${READ_CELL_LIMIT}.`);
    }
    const at = (r: number, c: number) => sheet.cell(r, c);
    switch (name) {
      case "values":
        return matrix(area, (r, c) => at(r, c)?.value ?? "");
      case "text":
        return matrix(area, (r, c) => displayText(at(r, c)));
      case "formulas":
        return matrix(area, (r, c) => at(r, c)?.formula ?? at(r, c)?.value ?? "");
      case "numberFormat":
        return matrix(area, (r, c) => at(r, c)?.numberFormat ?? "General");
      case "valueTypes":
        return matrix(area, (r, c) => valueType(at(r, c)));
      case "rowIndex":
        return area.top - 1;
      case "columnIndex":
        return area.left - 1;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "address":
        return areaAddress(sheet.name, area);
      default:
        throw new Error(`fake: Range.${name} not implemented`);
    }
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(value: unknown[][]) {
    this.command(({ sheet, area }) => {
      assertWritable(sheet);
      checkShape(area, value, "values");
      value.forEach((row, r) =>
        row.forEach((input, c) => {
          const key = sheet.key(area.top + r, area.left + c);
          const entry = parseEntry(input, sheet.cells.get(key)?.numberFormat);
          if (entry.value === "" && entry.formula === undefined && !entry.numberFormat) sheet.cells.delete(key);
          else sheet.cells.set(key, entry);
        }),
      );
    }, jsonBytes(value));
  }
  get text(): string[][] {
    return this.get("text");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this.command(({ sheet, area }) => {
      assertWritable(sheet);
      checkShape(area, value, "numberFormat");
      value.forEach((row, r) =>
        row.forEach((format, c) => {
          const key = sheet.key(area.top + r, area.left + c);
          const cell = sheet.cells.get(key) ?? { value: "" };
          // Changing the format never re-parses what the cell holds.
          sheet.cells.set(key, { ...cell, numberFormat: String(format) });
        }),
      );
    }, jsonBytes(value));
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get address(): string {
    return this.get("address");
  }
  clear(applyTo?: string): void {
    this.command(({ sheet, area }) => {
      assertWritable(sheet);
      for (const key of [...sheet.cells.keys()]) {
        const [r, c] = key.split(",").map(Number) as [number, number];
        if (r < area.top || r > area.bottom || c < area.left || c > area.right) continue;
        const cell = sheet.cells.get(key)!;
        if (applyTo === "Contents") sheet.cells.set(key, { value: "", numberFormat: cell.numberFormat });
        else sheet.cells.delete(key);
      }
    });
  }
  merge(across?: boolean): void {
    if (across) throw new Error("fake: merge(across) not implemented");
    this.command(({ sheet, area }) => {
      assertWritable(sheet);
      if (sheet.merges.some((m) => intersects(m, area))) throw new FakeOfficeError("MergedRangeConflict", "Overlapping merge.");
      // support.microsoft.com "Overview of Excel tables": merged cells cannot be part of a table.
      if (this.context.doc.tables.some((t) => t.sheet === sheet && intersects(t.area, area))) {
        throw new FakeOfficeError("InvalidOperation", "Cells in a table cannot be merged.");
      }
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) sheet.cells.delete(sheet.key(r, c));
      }
      sheet.merges.push({ ...area });
    });
  }
  select(): void {
    this.command(({ sheet, area }) => {
      // @types Range.select "Selects the specified range in the Excel UI": a range of a hidden sheet cannot be shown, so Excel refuses.
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A range on a hidden sheet cannot be selected.");
      if (this.context.doc.activeSheet !== sheet.name) throw new FakeOfficeError("InvalidSelection", "Select on an inactive sheet.");
      sheet.selected = areaAddress(sheet.name, area);
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const areas = new FakeRangeAreas(this.context, () => {
      const { sheet, area } = this.target();
      const merges = sheet.merges.filter((m) => intersects(m, area));
      return merges.length > 0 ? { sheet, merges } : null;
    });
    areas.track();
    return areas;
  }
}

class FakeRangeAreas extends Proxy<{ sheet: SheetDoc; merges: MergedArea[] }> {
  track(): void {
    this.trackNull();
  }
  protected read(name: string): unknown {
    if (name !== "address") throw new Error(`fake: RangeAreas.${name} not implemented`);
    const { sheet, merges } = this.target();
    // @types Range.getMergedAreasOrNullObject: "if the merged areas count in this range is more than 512, then this method will fail to return the result".
    if (merges.length > MAX_MERGED_AREAS) throw new FakeOfficeError("GeneralException", `${merges.length} merged areas exceed ${MAX_MERGED_AREAS}.`);
    return merges.map((m) => areaAddress(sheet.name, m)).join(", ");
  }
  get address(): string {
    return this.get("address");
  }
}

class FakeRangeFormat {
  readonly font: { bold: boolean; italic: boolean; color: string; size: number };
  readonly fill: { color: string };
  private readonly setFormat: (patch: CellFormat) => void;
  constructor(private readonly range: FakeRange) {
    const setFormat = (patch: CellFormat) =>
      range.run(({ sheet, area }) => {
        assertWritable(sheet);
        for (let r = area.top; r <= Math.min(area.bottom, area.top + 2000); r++) {
          for (let c = area.left; c <= Math.min(area.right, area.left + 200); c++) {
            const key = sheet.key(r, c);
            sheet.formats.set(key, { ...sheet.formats.get(key), ...patch });
          }
        }
      }, jsonBytes(patch));
    this.font = {
      set bold(v: boolean) {
        setFormat({ bold: v });
      },
      set italic(v: boolean) {
        setFormat({ italic: v });
      },
      set color(v: string) {
        setFormat({ fontColor: v });
      },
      set size(v: number) {
        setFormat({ fontSize: v });
      },
    } as FakeRangeFormat["font"];
    this.fill = {
      set color(v: string) {
        setFormat({ fill: v });
      },
    } as FakeRangeFormat["fill"];
    this.setFormat = setFormat;
  }
  set wrapText(v: boolean) {
    this.setFormat({ wrapText: v });
  }
  set verticalAlignment(v: string) {
    this.setFormat({ verticalAlignment: v });
  }
  set columnWidth(points: number) {
    this.range.run(({ sheet, area }) => {
      for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, points);
    });
  }
}

/** "=Uppdrag!$B$2:$B$501" or "=Namn": does the source point at something that exists now? */
function referenceProblem(context: FakeContext, source: string): string | null {
  const ref = source.slice(1).trim();
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return context.doc.nameTaken(ref) ? null : `no name ${ref}`;
  const sheetName = ref.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  if (!context.doc.sheet(sheetName)) return `no sheet ${sheetName}`;
  try {
    parseArea(ref.slice(bang + 1));
  } catch {
    return `bad range ${ref}`;
  }
  return null;
}

class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}
  private update(patch: Partial<ValidationDoc>, check?: () => void): void {
    this.range.run(({ sheet, area }) => {
      assertWritable(sheet);
      check?.();
      let doc = sheet.validations.find((v) => v.area.top === area.top && v.area.left === area.left && v.area.bottom === area.bottom && v.area.right === area.right);
      if (!doc) {
        doc = { area };
        sheet.validations.push(doc);
      }
      Object.assign(doc, patch);
    }, jsonBytes(patch));
  }
  set rule(rule: ValidationDoc["rule"]) {
    const source = rule?.list?.source ?? "";
    // docs/excel/excel-add-ins-data-validation.md ("source" is a comma-delimited list or a reference); Excel's dialog takes at most 255 characters of list.
    if (!source.startsWith("=") && source.length > LIST_SOURCE_MAX) {
      throw new FakeOfficeError("InvalidArgument", "A list source longer than 255 characters.");
    }
    // Same page: a reference source must resolve when the rule is set; Excel refuses one to a missing sheet, range or name.
    const check = () => {
      const problem = source.startsWith("=") ? referenceProblem(this.range.context, source) : null;
      if (problem) throw new FakeOfficeError("InvalidArgument", `The list source ${source} does not resolve (${problem}).`);
    };
    this.update({ rule }, check);
  }
  set ignoreBlanks(value: boolean) {
    this.update({ ignoreBlanks: value });
  }
  set errorAlert(value: unknown) {
    this.update({ errorAlert: value });
  }
}
