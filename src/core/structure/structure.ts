/**
 * The structuring engine (SPEC §5): any activity sheet a förvaltning filled in → a Report with
 * Activities, plus a report of what was read, inferred and could not be placed.
 *
 * The header finder (header.ts) locates the table; the rows above it are the title zone
 * (title-zone.ts); each row below is read by the template-row reader (template-rows.ts) when the
 * sheet has every template column, else by the free-form reader (free-form.ts), which carries
 * its state down the sheet. Register sheets are read by register.ts.
 */
import { type Grid } from "../grid";
import type { RegisterEntry } from "../model";
import { ACTIVITY_FIELDS } from "../model-lists";
import { SheetContext, type StructureOptions } from "./context";
import { FreeFormReader } from "./free-form";
import { headerField, headerVocabulary, headerYear, isActivityHeader, isRepeatedHeader, matchHeaderCells, noHeaderMessage, type HeaderMatch } from "./header";
import { columnNotes, findTable } from "./header-scoring";
import { MAX_HEADING_LENGTH } from "./headings";
import { periodFromSheetName, readHeaderBlock, yearFromSheetName } from "./meta";
import { readRegisterSheet } from "./register";
import { type HeaderCandidate, type StructureResult } from "./report";
import { buildResult } from "./result";
import { countTexts, SheetReader, singleText, type RowTexts } from "./sheet";
import { TemplateRowReader } from "./template-rows";
import { readTitleZone } from "./title-zone";

export { readRegisterSheet } from "./register";
export type { StructureOptions } from "./context";

/** Structures one sheet. */
export function structureGrid(grid: Grid, options: StructureOptions): StructureResult {
  const reader = new SheetReader(grid);
  const search = findTable(reader, options.profile);
  if (!search.found) return noTable(grid, search.bestCandidate, options);
  return new SheetStructurer(grid, options).run(search.header);
}

function noTable(grid: Grid, bestCandidate: HeaderCandidate | undefined, options: StructureOptions): StructureResult {
  return { ok: false, sheet: grid.sheet, message: noHeaderMessage(grid.sheet, bestCandidate, headerVocabulary(options.profile), options.lang), bestCandidate };
}

/**
 * Structures every sheet with an activity header. A register sheet ("Uppdrag", or a numbered
 * list of strategiska utvecklingsuppdrag without an activity header) is read first and handed to
 * every report. When no sheet has a header, the failures say why for each sheet.
 */
export function structureSheets(grids: Grid[], options: StructureOptions): StructureResult[] {
  const register: RegisterEntry[] = [...(options.register ?? [])];
  const activitySheets: { grid: Grid; header: HeaderMatch }[] = [];
  const failures: StructureResult[] = [];
  for (const grid of grids) {
    const reader = new SheetReader(grid);
    const search = findTable(reader, options.profile);
    if (search.found) {
      activitySheets.push({ grid, header: search.header });
      continue;
    }
    const entries = readRegisterSheet(reader);
    if (entries.length > 0) register.push(...entries);
    else failures.push(noTable(grid, search.bestCandidate, options));
  }
  if (activitySheets.length === 0) return failures;
  return activitySheets.map(({ grid, header }) => {
    // The header found above is used as it is: each sheet is searched once.
    const result = new SheetStructurer(grid, { ...options, register }).run(header);
    // A register list carries no year of its own: it is the budget year of the report it came with.
    if (result.ok && result.report.year !== null) {
      const year = result.report.year;
      result.register = result.register.map((entry) => (entry.year === null ? { ...entry, year } : entry));
    }
    return result;
  });
}

/** Reads one sheet from its header down, choosing the reader per table. */
class SheetStructurer {
  private readonly ctx: SheetContext;
  private readonly freeForm: FreeFormReader;
  private readonly templateRows: TemplateRowReader;
  /** True when the table has every template column (see template-rows.ts). */
  private templateMode = false;

  constructor(grid: Grid, options: StructureOptions) {
    this.ctx = new SheetContext(grid, options);
    this.freeForm = new FreeFormReader(this.ctx);
    this.templateRows = new TemplateRowReader(this.ctx);
  }

  run(header: HeaderMatch): StructureResult {
    const ctx = this.ctx;
    this.useHeader(header);
    const read = readHeaderBlock(ctx.reader, header.row, ctx.lang);
    // One sheet per period ("T3 2020", "T2 2021"): the sheet's name dates it when the sheet does not.
    const block = read.period === null ? { ...read, period: periodFromSheetName(ctx.grid.sheet) } : read;
    ctx.year = block.year ?? (header.dueHeader ? headerYear(header.dueHeader) : null) ?? yearFromSheetName(ctx.grid.sheet);
    const titleRegister = readTitleZone(this.freeForm, block);
    ctx.notes.push(...columnNotes(header, ctx.lang));
    ctx.rowsRead++; // the header row
    for (let row = header.row + 1; row <= ctx.reader.rowCount; row++) this.readRow(row);
    return buildResult(ctx, block, titleRegister, { row: header.row, columns: header.columns });
  }

  private useHeader(header: HeaderMatch): void {
    this.ctx.useHeader(header);
    this.templateMode = ACTIVITY_FIELDS.every((field) => header.columns[field] !== undefined) && !header.sharedStatusComment;
  }

  private readRow(row: number): void {
    const { ctx, freeForm } = this;
    const texts = ctx.reader.texts(row);
    const count = countTexts(texts);
    if (count === 0) return;
    ctx.rowsRead++;
    if (isRepeatedHeader(texts, ctx.columns, ctx.vocabulary, ctx.header.texts)) {
      ctx.notes.push({ kind: "header-repeated", row, message: ctx.msg("header.repeated", { row }) });
      freeForm.state.afterBreak = true;
      return;
    }
    if (count >= 2 && this.readNewHeader(row, texts)) return;
    if (this.templateMode) {
      this.templateRows.readRow(row, texts);
      return;
    }
    const single = count === 1 ? singleText(texts) : undefined;
    if (single && freeForm.readHeadingRow(row, single)) return;
    freeForm.readActivityRow(row, texts);
    freeForm.state.afterBreak = false;
  }

  /** A header with other columns further down (a second table): the columns switch from here. */
  private readNewHeader(row: number, texts: RowTexts): boolean {
    // Mid-table, only a row made entirely of column names is a header (an activity called "Aktivitet" is not).
    const vocabulary = this.ctx.vocabulary;
    // Indexed: until optimised, a for-of allocates an iterator result per element (every row).
    for (let c = 0; c < texts.length; c++) {
      const text = texts[c];
      if (text !== undefined && (text.length > MAX_HEADING_LENGTH || headerField(text, vocabulary) === undefined)) return false;
    }
    const { columns, dueHeader } = matchHeaderCells(texts, vocabulary);
    if (!isActivityHeader(columns)) return false;
    const shared = columns.comment === undefined && columns.status !== undefined;
    this.useHeader({ row, columns: shared ? { ...columns, comment: columns.status } : columns, sharedStatusComment: shared, dueHeader, texts });
    this.freeForm.startGoalGroup(null);
    this.ctx.notes.push({ kind: "header-repeated", row, message: this.ctx.msg("header.new", { row }) });
    this.freeForm.state.afterBreak = true;
    return true;
  }
}
