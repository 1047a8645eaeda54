/**
 * The structuring engine (SPEC §5): any activity sheet a förvaltning filled in → a Report with
 * Activities, plus a report of what was read, inferred and could not be placed.
 *
 * One pass over the rows after the header. State carried down the sheet: the perspective (from
 * perspective/area rows or a Perspektiv column), the kommunövergripande mål, the goal (filled
 * down over merged and blank cells) and the activity a continuation row belongs to.
 */
import { address, type Grid } from "../grid";
import {
  ACTIVITY_FIELDS,
  type Activity,
  type ActivityField,
  type AssignmentRef,
  type ColumnMap,
  type Period,
  type RegisterEntry,
  type Report,
  type SourceRef,
  type Status,
  type DuePeriod,
} from "../model";
import { type Profile } from "../profile/schema";
import { foldKey } from "../text/normalize";
import {
  findHeaderRow,
  headerField,
  headerYear,
  isActivityHeader,
  isRepeatedHeader,
  matchHeaderCells,
  noHeaderMessage,
  type HeaderMatch,
} from "./header";
import { readRegisterGrid } from "../template/register";
import { readHeaderBlock, type HeaderBlock } from "./meta";
import {
  cutoffFor,
  isPerspectiveHeading,
  parseAssignmentRefs,
  parseDue,
  parsePerspective,
  parseRegisterList,
  parseStatus,
} from "./parsers";
import { type ParsedStatus } from "../parse";
import { type StructureNote, type StructureResult, type UnplacedCell } from "./report";
import { countTexts, SheetReader, singleText, type RowTexts } from "./sheet";

export interface StructureOptions {
  profile: Profile;
  /** The source file name, recorded in every activity's source. */
  file?: string;
  /** The register of strategic assignments known from elsewhere (an "Uppdrag" sheet). */
  register?: RegisterEntry[];
}

/** "Kommunövergripande mål: Lättillgänglig, god och jämlik vård" → sets the common goal. */
const COMMON_GOAL_ROW = /^kommun[oö]vergripande\s+m[aå]l\b\s*:?\s*/i;
/** A bullet opening an activity cell: a sub-activity when it carries its own due or status. */
const BULLET = /^(?:[●•▪◦‣∙·○■□➢►✓\-–—*]|o\s)/u;
const STARTS_LOWER = /^\p{Ll}/u;
/** Cheap pre-check before the reference parser: "uppdrag" (also "upp-\ndrag" broken by a PDF) or "chef". */
const MAY_HOLD_REFERENCE = /upp-?\s*drag|chef/i;
/** A lone small number on a row: a page number from the PDF or print. */
const LONE_NUMBER = /^\d{1,3}$/;
/** Headings and perspective names are short, one line. */
const MAX_HEADING_LENGTH = 60;
const TERMINAL_PERIOD = /[.!?]$/;

/** Group headings inside an area ("Nämndspecifika uppdrag", "Övriga aktiviteter"): not activities. */
const GROUP_HEADINGS: readonly string[] = [
  "ovriga aktiviteter",
  "namndspecifika uppdrag",
  "namndspecifika strategiska uppdrag",
  "namndspecifika",
  "kommungemensamma uppdrag",
  "kommungemensamma strategiska uppdrag",
  "kommungemensamma",
  "strategiska utvecklingsuppdrag",
  "strategiska uppdrag",
  "uppdrag fran ks",
  "uppdrag fran kommunstyrelsen",
  "namndsuppdrag",
  "forvaltningschefens aktiviteter",
  "prioriterade aktiviteter",
].map(foldKey);

function isGroupHeading(text: string): boolean {
  if (text.length > MAX_HEADING_LENGTH || text.includes("\n")) return false;
  const key = foldKey(text);
  return GROUP_HEADINGS.some((heading) => key === heading || key.startsWith(`${heading} `));
}

function isHeadingLike(text: string): boolean {
  return (
    text.length <= MAX_HEADING_LENGTH &&
    !text.includes("\n") &&
    !TERMINAL_PERIOD.test(text) &&
    !BULLET.test(text) &&
    !LONE_NUMBER.test(text) &&
    headerField(text) === undefined
  );
}

function join(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return `${a}\n${b}`;
}

function excerpt(text: string, max = 60): string {
  const line = text.replace(/\s+/g, " ");
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function sameRef(a: AssignmentRef, b: AssignmentRef): boolean {
  return a.scope === b.scope && a.number === b.number;
}

/** Where a text that may hold assignment references comes from (see SheetStructurer.addRefs). */
interface RefsSource {
  always: boolean;
  cache: boolean;
}
const ACTIVITY_TEXT: RefsSource = { always: false, cache: false };
const GOAL_TEXT: RefsSource = { always: false, cache: true };
const UPPDRAG_CELL: RefsSource = { always: true, cache: true };

interface RefText {
  text: string;
  cell: string;
}
/** Most activities have no Uppdrag cell: they share this (a draft that gets one gets its own list). */
const NO_REF_TEXTS: readonly RefText[] = [];

interface GoalGroup {
  text: string | null;
}

interface Draft {
  activity: Activity;
  group: GoalGroup;
  /** Texts of the Uppdrag column, parsed when the activity is complete. */
  refTexts: readonly RefText[];
  /** References from a group heading above ("Nämndspecifika uppdrag"). */
  groupRefs: AssignmentRef[];
  /** In the standard template the Uppdrag column is what the user decided: texts are not re-parsed. */
  refsFromColumnOnly: boolean;
}

interface CellRead {
  text: string;
  merged: boolean;
  row: number;
  col: number;
}

/** Structures one sheet. */
export function structureGrid(grid: Grid, options: StructureOptions): StructureResult {
  return new SheetStructurer(grid, options).run();
}

/**
 * Structures every sheet with an activity header. A register sheet ("Uppdrag", or a numbered
 * list of strategiska utvecklingsuppdrag without an activity header) is read first and handed to
 * every report. When no sheet has a header, the failures say why for each sheet.
 */
export function structureSheets(grids: Grid[], options: StructureOptions): StructureResult[] {
  const register: RegisterEntry[] = [...(options.register ?? [])];
  const activitySheets: Grid[] = [];
  const failures: StructureResult[] = [];
  for (const grid of grids) {
    const reader = new SheetReader(grid);
    const search = findHeaderRow(reader.rowCount, (row) => reader.texts(row));
    if (search.found) {
      activitySheets.push(grid);
      continue;
    }
    const entries = readRegisterSheet(reader);
    if (entries.length > 0) register.push(...entries);
    else failures.push({ ok: false, sheet: grid.sheet, message: noHeaderMessage(grid.sheet, search.bestCandidate), bestCandidate: search.bestCandidate });
  }
  if (activitySheets.length === 0) return failures;
  return activitySheets.map((grid) => {
    const result = structureGrid(grid, { ...options, register });
    // A register list carries no year of its own: it is the budget year of the report it came with.
    if (result.ok && result.report.year !== null) {
      const year = result.report.year;
      result.register = result.register.map((entry) => (entry.year === null ? { ...entry, year } : entry));
    }
    return result;
  });
}

const REGISTER_SHEET_NAMES = new Set(["uppdrag", "strategiska uppdrag", "strategiska utvecklingsuppdrag", "uppdragsregister"]);
const NUMBERED_ITEM = /^\d{1,3}\s*[.)]\s+\S/;

/** The register on a sheet of its own: the template's "Uppdrag" sheet, or a numbered list. */
export function readRegisterSheet(reader: SheetReader, year: number | null = null): RegisterEntry[] {
  const table = readRegisterGrid(reader.grid);
  if (table.length > 0) return table;
  const named = REGISTER_SHEET_NAMES.has(foldKey(reader.grid.sheet));
  const lines: string[] = [];
  let numbered = 0;
  for (let row = 1; row <= reader.rowCount; row++) {
    const texts = reader.texts(row).filter((text): text is string => text !== undefined);
    if (texts.length === 0) continue;
    if (NUMBERED_ITEM.test(texts[0]!)) numbered++;
    lines.push(texts.join(" "));
  }
  if (!named && numbered === 0) return [];
  return parseRegisterList(lines.join("\n"), year);
}

class SheetStructurer {
  private readonly reader: SheetReader;
  private readonly profile: Profile;
  private readonly notes: StructureNote[] = [];
  private readonly unplaced: UnplacedCell[] = [];
  private readonly drafts: Draft[] = [];
  private rowsRead = 0;
  private inferred = 0;
  /**
   * Parse results by cell text, for this sheet: the same due and status terms ("Kvartal 4",
   * "Genomfört") repeat on most rows, so each distinct text is parsed once. Copies are handed
   * out, so no two activities share an object.
   */
  private readonly dueCache = new Map<string | number, DuePeriod>();
  private readonly statusCache = new Map<string, ParsedStatus>();
  private readonly refsCache = new Map<string, AssignmentRef[]>();

  private header!: HeaderMatch;
  private columns!: ColumnMap;
  /** The first header's row and columns: what the report records (a later table may switch columns). */
  private firstHeaderRow = 1;
  private firstColumns: ColumnMap = {};
  private mappedColumns: boolean[] = [];
  private year: number | null = null;

  // State carried down the sheet.
  private perspective: string | null = null;
  private commonGoal: string | null = null;
  private group: GoalGroup = { text: null };
  private groupRefs: AssignmentRef[] = [];
  private previous: Draft | null = null;
  /** The last top-level activity without bullet and without status of its own: the parent of bullet rows below it that have one. */
  private parentCandidate: Draft | null = null;
  /**
   * The standard template (or a sheet with all of its columns): one row is one activity with every
   * field in its own cell, so nothing is filled down, continued or inherited — it reads back as written.
   */
  private templateMode = false;
  /** Unknown perspective values already noted (template mode notes each once). */
  private readonly notedPerspectives = new Set<string>();
  /** True right after a header repeated at a page break: the next row may continue a cell. */
  private afterBreak = false;

  constructor(
    private readonly grid: Grid,
    private readonly options: StructureOptions,
  ) {
    this.reader = new SheetReader(grid);
    this.profile = options.profile;
  }

  run(): StructureResult {
    const search = findHeaderRow(this.reader.rowCount, (row) => this.reader.texts(row));
    if (!search.found) {
      return { ok: false, sheet: this.grid.sheet, message: noHeaderMessage(this.grid.sheet, search.bestCandidate), bestCandidate: search.bestCandidate };
    }
    this.useHeader(search.header);
    this.firstHeaderRow = search.header.row;
    this.firstColumns = search.header.columns;
    const block = readHeaderBlock(this.reader, this.header.row);
    this.year = block.year ?? (this.header.dueHeader ? headerYear(this.header.dueHeader) : null);
    const titleRegister = this.readTitleZone(block);
    this.rowsRead++; // the header row
    for (let row = this.header.row + 1; row <= this.reader.rowCount; row++) this.readRow(row);
    return this.finish(block, titleRegister);
  }

  private useHeader(header: HeaderMatch): void {
    this.header = header;
    this.columns = header.columns;
    this.templateMode = ACTIVITY_FIELDS.every((field) => header.columns[field] !== undefined) && !header.sharedStatusComment;
    this.mappedColumns = [];
    for (const col of Object.values(header.columns)) if (col !== undefined) this.mappedColumns[col] = true;
  }

  // ---- Above the header -------------------------------------------------------------------

  /** Titles, perspective and common-goal rows above the header; returns a register listed there. */
  private readTitleZone(block: HeaderBlock): RegisterEntry[] {
    this.notes.push(...block.notes);
    const labelled = new Set(block.labelledRows);
    const nearest = this.nearestRowAboveHeader();
    const titleLines: string[] = [];
    let numbered = 0;
    for (let row = 1; row < this.header.row; row++) {
      const texts = this.reader.texts(row);
      if (countTexts(texts) === 0) {
        titleLines.push("");
        continue;
      }
      this.rowsRead++;
      if (labelled.has(row)) continue;
      const single = singleText(texts);
      if (single && this.readTitleHeading(row, single, row === nearest)) continue;
      const first = texts.find((text) => text !== undefined)!;
      if (NUMBERED_ITEM.test(first)) numbered++;
      titleLines.push(texts.filter((text) => text !== undefined).join(" "));
      this.notes.push({ kind: "title", row, cell: address(row, texts.indexOf(first) + 1), message: `Rad ${row} är rubrik eller inledning och hoppades över: "${excerpt(first)}".` });
    }
    if (numbered === 0) return [];
    const text = titleLines.join("\n");
    return foldKey(text).includes("uppdrag") ? parseRegisterList(text, this.year) : [];
  }

  /** Above the header only common-goal rows, perspective names and the area title right above the table count. */
  private readTitleHeading(row: number, single: { col: number; text: string }, nearest: boolean): boolean {
    const { text } = single;
    if (COMMON_GOAL_ROW.test(text) || this.isPerspectiveName(text)) return this.readHeadingRow(row, single);
    if (nearest && isHeadingLike(text) && !isGroupHeading(text)) {
      this.setPerspective(text, false, row, address(row, single.col));
      return true;
    }
    return false;
  }

  private isPerspectiveName(text: string): boolean {
    return text.length <= MAX_HEADING_LENGTH && !text.includes("\n") && isPerspectiveHeading(text, this.profile);
  }

  /** The closest non-empty row above the header, skipping common-goal rows: an area title may stand there. */
  private nearestRowAboveHeader(): number | undefined {
    for (let row = this.header.row - 1; row >= 1; row--) {
      const texts = this.reader.texts(row);
      if (countTexts(texts) === 0) continue;
      const single = singleText(texts);
      if (single && COMMON_GOAL_ROW.test(single.text)) continue;
      return row;
    }
    return undefined;
  }

  // ---- Below the header -------------------------------------------------------------------

  private readRow(row: number): void {
    const texts = this.reader.texts(row);
    const count = countTexts(texts);
    if (count === 0) return;
    this.rowsRead++;
    if (isRepeatedHeader(texts, this.columns)) {
      this.notes.push({ kind: "header-repeated", row, message: `Rad ${row} upprepar rubrikraden (sidbrytning) och hoppades över.` });
      this.afterBreak = true;
      return;
    }
    if (count >= 2 && this.readNewHeader(row, texts)) return;
    if (this.templateMode) {
      this.readTemplateRow(row, texts);
      return;
    }
    const single = count === 1 ? singleText(texts) : undefined;
    if (single && this.readHeadingRow(row, single)) return;
    this.readActivityRow(row, texts);
    this.afterBreak = false;
  }

  /** A header with other columns further down (a second table): the columns switch from here. */
  private readNewHeader(row: number, texts: RowTexts): boolean {
    // Mid-table, only a row made entirely of column names is a header (an activity called "Aktivitet" is not).
    for (const text of texts) if (text !== undefined && (text.length > MAX_HEADING_LENGTH || headerField(text) === undefined)) return false;
    const { columns, dueHeader } = matchHeaderCells(texts);
    if (!isActivityHeader(columns)) return false;
    const shared = columns.comment === undefined && columns.status !== undefined;
    this.useHeader({ row, columns: shared ? { ...columns, comment: columns.status } : columns, sharedStatusComment: shared, dueHeader });
    this.startGoalGroup(null);
    this.notes.push({ kind: "header-repeated", row, message: `Rad ${row} är en ny rubrikrad med andra kolumner; kolumnerna läses härifrån enligt den.` });
    this.afterBreak = true;
    return true;
  }

  /**
   * A row with a single non-empty cell: a common-goal row, a perspective or area row, a group
   * heading, a goal written on its own row, or a page number. False when it is none of these
   * (then it is an activity or a continuation).
   */
  private readHeadingRow(row: number, single: { col: number; text: string }): boolean {
    const { text, col } = single;
    const cell = address(row, col);
    const commonGoal = COMMON_GOAL_ROW.exec(text);
    if (commonGoal) {
      const value = text.slice(commonGoal[0].length).trim();
      this.commonGoal = value === "" ? null : value;
      this.startGoalGroup(null);
      this.notes.push({ kind: "info", row, cell, message: value === "" ? `Rad ${row}: kommunövergripande mål utan text.` : `Kommunövergripande mål från ${cell}: "${excerpt(value)}".` });
      return true;
    }
    if (this.isPerspectiveName(text)) {
      const parsed = parsePerspective(text, this.profile);
      this.setPerspective(parsed ? parsed.name : text, parsed ? parsed.known : false, row, cell);
      return true;
    }
    if (LONE_NUMBER.test(text)) {
      this.unplaced.push({ cell, text, reason: "Ett ensamt tal på en rad (troligen ett sidnummer) hör inte till någon aktivitet." });
      return true;
    }
    if (isGroupHeading(text)) {
      this.groupRefs = parseAssignmentRefs(text); // "Övriga aktiviteter": none
      this.notes.push({ kind: "info", row, cell, message: `Rad ${row} är en grupprubrik ("${text}") och läses inte som en aktivitet.` });
      return true;
    }
    if (isHeadingLike(text) && this.startsSection(row)) {
      this.setPerspective(text, false, row, cell);
      return true;
    }
    if (col === this.columns.goal && col !== this.columns.activity) {
      this.readGoalOnlyRow(row, text, cell);
      return true;
    }
    return false;
  }

  /** An area title stands right above a header, a common-goal row or a perspective row. */
  private startsSection(row: number): boolean {
    const next = this.reader.nextContentRow(row);
    if (next === undefined) return false;
    const texts = this.reader.texts(next);
    if (isRepeatedHeader(texts, this.columns) || isActivityHeader(matchHeaderCells(texts).columns)) return true;
    const single = singleText(texts);
    return single !== undefined && (COMMON_GOAL_ROW.test(single.text) || this.isPerspectiveName(single.text));
  }

  private setPerspective(name: string, known: boolean, row: number, cell: string): void {
    this.perspective = name;
    this.commonGoal = null;
    this.groupRefs = [];
    this.startGoalGroup(null);
    this.parentCandidate = null;
    if (known) this.notes.push({ kind: "info", row, cell, message: `Perspektiv ${name} från ${cell} gäller aktiviteterna under.` });
    else
      this.notes.push({
        kind: "perspective-unknown",
        row,
        cell,
        message: `"${name}" (${cell}) är inget perspektiv i profilen; det behålls som perspektiv (område) för aktiviteterna under.`,
      });
  }

  private startGoalGroup(text: string | null): void {
    this.group = { text };
    this.parentCandidate = null;
  }

  /** A goal on a row of its own: a new goal, or — lower-case after a page break — the rest of the goal above. */
  private readGoalOnlyRow(row: number, text: string, cell: string): void {
    if (this.group.text !== null && this.afterBreak && STARTS_LOWER.test(text)) {
      this.group.text = join(this.group.text, text);
      this.notes.push({ kind: "info", cell, message: `${cell} fortsätter nämndmålet ovanför (efter sidbrytning).` });
    } else {
      this.startGoalGroup(text);
      this.notes.push({ kind: "info", cell, message: `Nämndmål på egen rad (${cell}) gäller aktiviteterna under.` });
    }
    this.afterBreak = false;
  }

  private read(row: number, field: ActivityField): CellRead | undefined {
    const col = this.columns[field];
    return col === undefined ? undefined : this.reader.textOrMerged(row, col);
  }

  private readActivityRow(row: number, texts: RowTexts): void {
    const activityCol = this.columns.activity!;
    const activityText = this.reader.text(row, activityCol);
    const goal = this.read(row, "goal");
    const due = this.read(row, "due");
    const status = this.read(row, "status");
    const shared = this.header.sharedStatusComment;
    const comment = shared ? undefined : this.read(row, "comment");
    const responsible = this.read(row, "responsible");
    const perspective = this.read(row, "perspective");
    const commonGoal = this.read(row, "commonGoal");
    const uppdrag = this.read(row, "assignmentRefs");

    // A lower-case text in a shared Utfall column on a row without activity continues a comment.
    const statusContinues = shared && status !== undefined && !status.merged && !activityText && STARTS_LOWER.test(status.text);
    const ownStatus = status !== undefined && !status.merged && !statusContinues;
    const ownDue = due !== undefined && !due.merged;
    const ownGoal = goal !== undefined && !goal.merged;
    const goalContinues = ownGoal && this.group.text !== null && STARTS_LOWER.test(goal.text) && (this.afterBreak || !activityText);
    const newGoal = goal !== undefined && !goalContinues && goal.text !== this.group.text;

    this.placeUnmappedCells(row, texts);

    const continues =
      this.previous !== null &&
      !ownDue &&
      !ownStatus &&
      !newGoal &&
      (!activityText || BULLET.test(activityText) || (this.afterBreak && STARTS_LOWER.test(activityText)));
    if (continues) {
      this.continuePrevious(row, { activityText, goal: goalContinues ? goal : undefined, status, comment, responsible, perspective, commonGoal, uppdrag });
      return;
    }
    if (!activityText && !ownDue && !ownStatus) {
      this.readRowWithoutActivity(row, { goal, perspective, commonGoal, comment, status, responsible, uppdrag });
      return;
    }

    if (perspective) this.applyPerspectiveColumn(perspective);
    if (commonGoal) this.commonGoal = commonGoal.text;
    if (goalContinues) this.group.text = join(this.group.text, goal!.text);
    else if (newGoal) this.startGoalGroup(goal!.text);

    const parsed = this.parseStatusCell(status?.text);
    let commentText: string | null;
    if (shared) commentText = parsed.comment;
    else {
      // Both columns exist: a comment glued to the status ("Kvarstår pga …") is appended, not lost.
      const tail = parsed.comment !== null && parsed.comment !== status?.text ? parsed.comment : null;
      commentText = join(comment?.text, tail);
    }
    this.noteInferred(parsed.status, status);

    const bullet = activityText !== undefined && BULLET.test(activityText);
    const parent = bullet && !newGoal && this.parentCandidate !== null && this.parentCandidate.group === this.group ? this.parentCandidate : null;
    const draft: Draft = {
      group: this.group,
      refTexts: uppdrag && !uppdrag.merged ? [{ text: uppdrag.text, cell: address(row, uppdrag.col) }] : uppdrag ? [{ text: uppdrag.text, cell: address(uppdrag.row, uppdrag.col) }] : NO_REF_TEXTS,
      groupRefs: this.groupRefs,
      refsFromColumnOnly: false,
      activity: {
        id: `r${row}`,
        parentId: parent ? parent.activity.id : null,
        perspective: this.perspective,
        commonGoal: this.commonGoal,
        goal: null,
        activity: activityText ?? "",
        assignmentRefs: [],
        // A sub-activity without a due of its own keeps its parent's ("Följande aktiviteter prioriteras 2023: …").
        due: parent && !due ? { ...parent.activity.due } : this.parseDueCell(due),
        responsible: responsible?.text ?? null,
        status: { ...parsed.status },
        comment: commentText,
        source: this.sourceOf(row),
      },
    };
    this.drafts.push(draft);
    this.previous = draft;
    // Bullet rows with their own status are sub-activities only of an activity that has no status of
    // its own (it is followed up through them); under an activity with a status they are siblings.
    if (!parent) this.parentCandidate = !bullet && parsed.status.category === "missing" ? draft : null;
  }

  /** A row of the standard template: every field from its own cell (or the merged area covering it). */
  private readTemplateRow(row: number, texts: RowTexts): void {
    this.placeUnmappedCells(row, texts);
    const read = (field: ActivityField): CellRead | undefined => this.read(row, field);
    const perspective = read("perspective");
    const status = read("status");
    const due = read("due");
    const comment = read("comment");
    const uppdrag = read("assignmentRefs");
    const parsed = this.parseStatusCell(status?.text);
    const tail = parsed.comment !== null && parsed.comment !== status?.text ? parsed.comment : null;
    let perspectiveName: string | null = null;
    if (perspective) {
      const parsedPerspective = parsePerspective(perspective.text, this.profile);
      perspectiveName = parsedPerspective ? parsedPerspective.name : perspective.text;
      if (!parsedPerspective?.known && !this.notedPerspectives.has(perspectiveName)) {
        this.notedPerspectives.add(perspectiveName);
        const cell = address(perspective.row, perspective.col);
        this.notes.push({ kind: "perspective-unknown", cell, message: `"${perspective.text}" (${cell}) är inget perspektiv i profilen; värdet behålls.` });
      }
    }
    const draft: Draft = {
      group: { text: read("goal")?.text ?? null },
      refTexts: uppdrag ? [{ text: uppdrag.text, cell: address(uppdrag.row, uppdrag.col) }] : NO_REF_TEXTS,
      groupRefs: [],
      refsFromColumnOnly: true,
      activity: {
        id: `r${row}`,
        parentId: null,
        perspective: perspectiveName,
        commonGoal: read("commonGoal")?.text ?? null,
        goal: null,
        activity: this.reader.text(row, this.columns.activity!) ?? "",
        assignmentRefs: [],
        due: this.parseDueCell(due),
        responsible: read("responsible")?.text ?? null,
        status: { ...parsed.status },
        comment: join(comment?.text, tail),
        source: this.sourceOf(row),
      },
    };
    this.noteInferred(parsed.status, status);
    this.drafts.push(draft);
  }

  /** An activity's source: the file only when one is known (no spread: it built a throwaway object per row). */
  private sourceOf(row: number): SourceRef {
    const source: SourceRef = { sheet: this.grid.sheet, row, rows: [row] };
    if (this.options.file !== undefined) source.file = this.options.file;
    return source;
  }

  private noteInferred(status: Status, read: CellRead | undefined): void {
    if (!status.inferred || !read) return;
    this.inferred++;
    const cell = address(read.row, read.col);
    this.notes.push({ kind: "inferred", cell, message: `Status i ${cell} tolkades som "${status.label ?? status.category}" utifrån texten; bekräfta den.` });
  }

  /** What parseDue gets: numbers as numbers (a year typed as 2021), everything else as the text seen. */
  private dueInput(due: CellRead): string | number {
    const cell = this.reader.cell(due.row, due.col);
    return cell?.kind === "number" && typeof cell.value === "number" ? cell.value : due.text;
  }

  private parseDueCell(due: CellRead | undefined): DuePeriod {
    const input = due === undefined ? null : this.dueInput(due);
    if (input === null) return parseDue(null, this.year, this.profile);
    let parsed = this.dueCache.get(input);
    if (!parsed) this.dueCache.set(input, (parsed = parseDue(input, this.year, this.profile)));
    return { ...parsed };
  }

  /** The parse of a status cell, shared by every cell with the same text: copy its status for an activity. */
  private parseStatusCell(text: string | undefined): Readonly<ParsedStatus> {
    if (text === undefined) return parseStatus(null, this.profile);
    let parsed = this.statusCache.get(text);
    if (!parsed) this.statusCache.set(text, (parsed = parseStatus(text, this.profile)));
    return parsed;
  }

  /**
   * Appends the references in a text to `refs`. Every reference form names an "uppdrag" or a
   * "förvaltningschef": other texts are not scanned, unless `always` (an Uppdrag cell). Goals and
   * Uppdrag cells repeat, so their results are kept (`cache`) and copied; activity texts are unique.
   */
  private addRefs(refs: AssignmentRef[], text: string, how: RefsSource): void {
    if (!how.always && !MAY_HOLD_REFERENCE.test(text)) return;
    if (!how.cache) {
      for (const ref of parseAssignmentRefs(text)) refs.push(ref);
      return;
    }
    let kept = this.refsCache.get(text);
    if (!kept) this.refsCache.set(text, (kept = parseAssignmentRefs(text)));
    for (const ref of kept) refs.push({ ...ref });
  }

  private applyPerspectiveColumn(read: CellRead): void {
    const parsed = parsePerspective(read.text, this.profile);
    const name = parsed ? parsed.name : read.text;
    if (name === this.perspective) return;
    this.perspective = name;
    this.startGoalGroup(null);
    if (!parsed || !parsed.known) {
      const cell = address(read.row, read.col);
      this.notes.push({ kind: "perspective-unknown", row: read.row, cell, message: `"${read.text}" (${cell}) är inget perspektiv i profilen; värdet behålls.` });
    }
  }

  /** Appends a continuation row (a cell continued after a page break, a bullet line) to the activity above. */
  private continuePrevious(
    row: number,
    cells: {
      activityText: string | undefined;
      goal: CellRead | undefined;
      status: CellRead | undefined;
      comment: CellRead | undefined;
      responsible: CellRead | undefined;
      perspective: CellRead | undefined;
      commonGoal: CellRead | undefined;
      uppdrag: CellRead | undefined;
    },
  ): void {
    const draft = this.previous!;
    const activity = draft.activity;
    if (cells.activityText) activity.activity = join(activity.activity, cells.activityText)!;
    if (cells.goal) draft.group.text = join(draft.group.text, cells.goal.text);
    if (cells.status && !cells.status.merged) activity.comment = join(activity.comment, cells.status.text);
    if (cells.comment && !cells.comment.merged) activity.comment = join(activity.comment, cells.comment.text);
    if (cells.responsible && !cells.responsible.merged) activity.responsible = join(activity.responsible, cells.responsible.text);
    if (cells.uppdrag && !cells.uppdrag.merged) draft.refTexts = [...draft.refTexts, { text: cells.uppdrag.text, cell: address(row, cells.uppdrag.col) }];
    if (cells.perspective && !cells.perspective.merged) this.placeIfDifferent(cells.perspective, activity.perspective);
    if (cells.commonGoal && !cells.commonGoal.merged) this.placeIfDifferent(cells.commonGoal, activity.commonGoal);
    activity.source.rows.push(row);
  }

  private placeIfDifferent(read: CellRead, current: string | null): void {
    if (read.text === current || parsePerspective(read.text, this.profile)?.name === current) return;
    this.unplaced.push({
      cell: address(read.row, read.col),
      text: read.text,
      reason: "Raden fortsätter aktiviteten ovanför men har ett annat värde i den här kolumnen.",
    });
  }

  /**
   * A row with no activity, due or status and nothing above to continue. A goal, perspective or
   * common goal on it applies to the rows below (as on a heading row); anything else cannot be placed.
   */
  private readRowWithoutActivity(
    row: number,
    cells: { goal?: CellRead; perspective?: CellRead; commonGoal?: CellRead; comment?: CellRead; status?: CellRead; responsible?: CellRead; uppdrag?: CellRead },
  ): void {
    const own = (read: CellRead | undefined): read is CellRead => read !== undefined && !read.merged;
    if (own(cells.perspective)) {
      this.applyPerspectiveColumn(cells.perspective);
      const cell = address(row, cells.perspective.col);
      this.notes.push({ kind: "info", cell, message: `Perspektiv på en rad utan aktivitet (${cell}) gäller aktiviteterna under.` });
    }
    if (own(cells.commonGoal)) {
      this.commonGoal = cells.commonGoal.text;
      const cell = address(row, cells.commonGoal.col);
      this.notes.push({ kind: "info", cell, message: `Kommunövergripande mål på en rad utan aktivitet (${cell}) gäller aktiviteterna under.` });
    }
    if (own(cells.goal)) this.readGoalOnlyRow(row, cells.goal.text, address(row, cells.goal.col));
    for (const read of [cells.comment, cells.status, cells.responsible, cells.uppdrag]) {
      if (!own(read)) continue;
      this.unplaced.push({
        cell: address(row, read.col),
        text: read.text,
        reason: cells.goal ? "Raden har ett nämndmål men ingen aktivitet som texten kan höra till." : "Raden saknar aktivitet och kommer före den första aktiviteten.",
      });
    }
  }

  /** Text in a column the header does not name cannot go into any field. */
  private placeUnmappedCells(row: number, texts: RowTexts): void {
    for (let c = 0; c < texts.length; c++) {
      const text = texts[c];
      if (text === undefined || this.mappedColumns[c + 1]) continue;
      this.unplaced.push({ cell: address(row, c + 1), text, reason: "Kolumnen har ingen rubrik som motsvarar ett fält i mallen." });
    }
  }

  // ---- Result -----------------------------------------------------------------------------

  /** The activity of a draft with its goal and assignment references, read now that both are complete. */
  private complete(draft: Draft): Activity {
    const activity = draft.activity;
    activity.goal = draft.group.text;
    const refs: AssignmentRef[] = [];
    if (!draft.refsFromColumnOnly) {
      this.addRefs(refs, activity.activity, ACTIVITY_TEXT);
      if (activity.goal !== null) this.addRefs(refs, activity.goal, GOAL_TEXT);
    }
    for (const { text, cell } of draft.refTexts) {
      const before = refs.length;
      this.addRefs(refs, text, UPPDRAG_CELL);
      if (refs.length === before) this.unplaced.push({ cell, text, reason: "Uppdragshänvisningen kunde inte tolkas." });
    }
    if (draft.groupRefs.length > 0 && !refs.some((ref) => draft.groupRefs.some((group) => group.scope === ref.scope))) refs.push(...draft.groupRefs);
    // Exactly as long as it is: a list grown by push keeps room for 16 references, and every
    // activity's list is kept.
    activity.assignmentRefs = refs.length === 0 ? refs : dedupeRefs(refs).slice();
    return activity;
  }

  private finish(block: HeaderBlock, titleRegister: RegisterEntry[]): StructureResult {
    // Indexed: finish runs once, where a for-of built an iterator result per activity.
    const activities: Activity[] = [];
    for (let i = 0; i < this.drafts.length; i++) activities.push(this.complete(this.drafts[i]!));

    const profileId = block.profile ?? this.profile.id;
    if (block.profile !== null && block.profile !== this.profile.id)
      this.notes.push({ kind: "info", message: `Bladet anger profilen "${block.profile}"; strukturerat med profilen "${this.profile.id}".` });
    if (this.unplaced.length > 0)
      this.notes.push({ kind: "unplaced", message: `${this.unplaced.length} ${this.unplaced.length === 1 ? "cell" : "celler"} kunde inte placeras i något fält; se listan.` });

    const period: Period | null = block.period;
    const cutoff = block.cutoff ?? (this.year !== null && period !== null ? cutoffFor(this.year, period) : null);
    const report: Report = {
      sheet: this.grid.sheet,
      organisation: block.organisation,
      board: block.board,
      year: this.year,
      period,
      cutoff,
      profile: profileId,
      contact: block.contact,
      headerRow: this.firstHeaderRow,
      columns: this.firstColumns,
      activities,
    };
    return {
      ok: true,
      report,
      register: [...(this.options.register ?? []), ...titleRegister],
      notes: this.notes,
      stats: { rowsRead: this.rowsRead, activities: activities.length, inferred: this.inferred, unplaced: this.unplaced.length },
      unplaced: this.unplaced,
    };
  }
}

function dedupeRefs(refs: AssignmentRef[]): AssignmentRef[] {
  if (refs.length < 2) return refs;
  // A handful of references at most: comparing with those kept is cheaper than a set of keys.
  const out: AssignmentRef[] = [];
  for (const ref of refs) if (!out.some((kept) => sameRef(kept, ref))) out.push(ref);
  // A numbered reference makes an unnumbered one of the same scope redundant.
  return out.filter((ref) => ref.number !== null || !out.some((other) => other.scope === ref.scope && other.number !== null));
}
