/**
 * What every reader of one sheet shares: the sheet, the profile, the header in force, the notes
 * and unplaced cells collected so far, the activities drafted so far, and the per-sheet parse
 * caches. The readers (template rows, free-form rows, the title zone) read and add to it; the
 * structurer (structure.ts) owns it.
 */
import { address, type Grid } from "../grid";
import {
  type Activity,
  type ActivityField,
  type AssignmentRef,
  type ColumnMap,
  type DuePeriod,
  type RegisterEntry,
  type SourceRef,
  type Status,
} from "../model";
import { type Profile } from "../profile/schema";
import { headerVocabulary, type HeaderMatch, type HeaderVocabulary } from "./header";
import { parseAssignmentRefs, parseDue, parseStatus, type ParsedStatus } from "../parse";
import { type StructureNote, type UnplacedCell } from "./report";
import { structureMessage } from "./messages";
import type { Lang, MessageArgs, SubKey } from "../i18n";
import { type RowTexts, SheetReader } from "./sheet";

export interface StructureOptions {
  profile: Profile;
  /** The source file name, recorded in every activity's source. */
  file?: string;
  /** The register of strategic assignments known from elsewhere (an "Uppdrag" sheet). */
  register?: RegisterEntry[];
  /** The language of the notes, reasons and failure messages; Swedish unless said. */
  lang?: Lang;
}

/** One cell as read for a field: its text, and where it came from (a merged area's top-left when merged). */
export interface CellRead {
  text: string;
  merged: boolean;
  row: number;
  col: number;
}

export interface RefText {
  text: string;
  cell: string;
}
/** Most activities have no Uppdrag cell: they share this (a draft that gets one gets its own list). */
export const NO_REF_TEXTS: readonly RefText[] = [];

/**
 * The assignment references of a drafted activity until complete() (result.ts) gives it its own
 * list, which it does for every draft before the activity leaves the structurer; nothing adds to
 * this one. Shared so that the draft's literals have no literal nested in them: V8 tracks objects
 * made by nested literals and, once they outlive a few collections (every activity does), moves
 * their allocation to the old generation and throws away the optimised row reader that made them.
 */
export const REFS_UNTIL_COMPLETE: AssignmentRef[] = [];

/** The goal a run of activities shares; its text may still grow (a goal continued below). */
export interface GoalGroup {
  text: string | null;
}

/** An activity being read: its goal and references are completed once the sheet is read. */
export interface Draft {
  activity: Activity;
  group: GoalGroup;
  /** Texts of the Uppdrag column, parsed when the activity is complete. */
  refTexts: readonly RefText[];
  /** References from a group heading above ("Nämndspecifika uppdrag"). */
  groupRefs: AssignmentRef[];
  /** In the standard template the Uppdrag column is what the user decided: texts are not re-parsed. */
  refsFromColumnOnly: boolean;
}

/** Where a text that may hold assignment references comes from (see SheetContext.addRefs). */
export interface RefsSource {
  always: boolean;
  cache: boolean;
}

/** Cheap pre-check before the reference parser: "uppdrag" (also "upp-\ndrag" broken by a PDF) or "chef". */
const MAY_HOLD_REFERENCE = /upp-?\s*drag|chef/i;

export function join(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return `${a}\n${b}`;
}

export function excerpt(text: string, max = 60): string {
  const line = text.replace(/\s+/g, " ");
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * Status parses by cell text, per profile and across sheets: every förvaltning writes the same few
 * statuses ("Klart", "Pågår", "Kvarstår"), and a consolidation of fifty reports parsed each of them
 * fifty times. parseStatus depends on the text and the profile only; its results are never changed
 * (an activity gets a copy of the status). Longer texts are comments, mostly unique: they are
 * kept for their sheet only.
 */
const statusCaches = new WeakMap<Profile, Map<string, ParsedStatus>>();
const SHARED_STATUS_MAX_LENGTH = 120;
const SHARED_STATUS_MAX_ENTRIES = 5_000;

function statusCacheFor(profile: Profile): Map<string, ParsedStatus> {
  let cache = statusCaches.get(profile);
  if (cache === undefined) statusCaches.set(profile, (cache = new Map()));
  return cache;
}

export class SheetContext {
  readonly reader: SheetReader;
  readonly profile: Profile;
  /** The profile's header words (the standard ones plus its own). */
  readonly vocabulary: HeaderVocabulary;
  readonly lang: Lang;
  readonly notes: StructureNote[] = [];
  readonly unplaced: UnplacedCell[] = [];
  readonly drafts: Draft[] = [];
  rowsRead = 0;
  inferred = 0;
  /**
   * Parse results by cell text, for this sheet: the same due and status terms ("Kvartal 4",
   * "Genomfört") repeat on most rows, so each distinct text is parsed once. Copies are handed
   * out, so no two activities share an object.
   */
  private readonly dueCache = new Map<string | number, DuePeriod>();
  private readonly statusCache = new Map<string, ParsedStatus>();
  /** Short status texts' parses, shared by every sheet read with the profile (see statusCacheFor). */
  private readonly sharedStatusCache: Map<string, ParsedStatus>;
  private readonly refsCache = new Map<string, AssignmentRef[]>();

  /** The sheet's name and the source file, as every activity's source records them. */
  private readonly sheet: string;
  private readonly file: string | undefined;

  header!: HeaderMatch;
  columns!: ColumnMap;
  private mappedColumns: boolean[] = [];
  year: number | null = null;

  constructor(
    readonly grid: Grid,
    readonly options: StructureOptions,
  ) {
    this.reader = new SheetReader(grid);
    this.sheet = grid.sheet;
    this.file = options.file;
    this.profile = options.profile;
    this.vocabulary = headerVocabulary(options.profile);
    this.sharedStatusCache = statusCacheFor(options.profile);
    this.lang = options.lang ?? "sv";
  }

  /** A note or reason in the options' language: `msg("header.repeated", { row })`. */
  msg<K extends SubKey<"structure.">>(key: K, ...params: MessageArgs<`structure.${K}`>): string {
    return structureMessage(this.lang, key, ...params);
  }

  useHeader(header: HeaderMatch): void {
    this.header = header;
    this.columns = header.columns;
    this.mappedColumns = [];
    for (const col of Object.values(header.columns)) if (col !== undefined) this.mappedColumns[col] = true;
  }

  /** The cell of a field on a row, or the merged area covering it. */
  read(row: number, field: ActivityField): CellRead | undefined {
    const col = this.columns[field];
    return col === undefined ? undefined : this.reader.textOrMerged(row, col);
  }

  /**
   * An activity's source. One literal with the file always present (undefined when none is known,
   * which JSON leaves out as it would a missing property): adding it after creation made two
   * shapes of source, and the optimised row readers were thrown away when the second came.
   */
  sourceOf(row: number): SourceRef {
    const rows = [row];
    return { sheet: this.sheet, row, rows, file: this.file };
  }

  noteInferred(status: Status, read: CellRead | undefined): void {
    if (!status.inferred || !read) return;
    this.inferred++;
    const cell = address(read.row, read.col);
    this.notes.push({ kind: "inferred", cell, message: this.msg("status.inferred", { cell, status: status.label ?? status.category }) });
  }

  /** What parseDue gets: numbers as numbers (a year typed as 2021), everything else as the text seen. */
  private dueInput(due: CellRead): string | number {
    const cell = this.reader.cell(due.row, due.col);
    return cell?.kind === "number" && typeof cell.value === "number" ? cell.value : due.text;
  }

  parseDueCell(due: CellRead | undefined): DuePeriod {
    const input = due === undefined ? null : this.dueInput(due);
    if (input === null) return parseDue(null, this.year, this.profile);
    let parsed = this.dueCache.get(input);
    if (!parsed) this.dueCache.set(input, (parsed = parseDue(input, this.year, this.profile)));
    return { ...parsed };
  }

  /** The parse of a status cell, shared by every cell with the same text: copy its status for an activity. */
  parseStatusCell(text: string | undefined): Readonly<ParsedStatus> {
    if (text === undefined) return parseStatus(null, this.profile);
    const cache = text.length <= SHARED_STATUS_MAX_LENGTH ? this.sharedStatusCache : this.statusCache;
    let parsed = cache.get(text);
    if (!parsed) {
      parsed = parseStatus(text, this.profile);
      if (cache.size >= SHARED_STATUS_MAX_ENTRIES) cache.clear();
      cache.set(text, parsed);
    }
    return parsed;
  }

  /**
   * Appends the references in a text to `refs`. Every reference form names an "uppdrag" or a
   * "förvaltningschef": other texts are not scanned, unless `always` (an Uppdrag cell). Goals and
   * Uppdrag cells repeat, so their results are kept (`cache`) and copied; activity texts are unique.
   */
  addRefs(refs: AssignmentRef[], text: string, how: RefsSource): void {
    if (!how.always && !MAY_HOLD_REFERENCE.test(text)) return;
    if (!how.cache) {
      const parsed = parseAssignmentRefs(text);
      for (let i = 0; i < parsed.length; i++) refs.push(parsed[i]!);
      return;
    }
    let kept = this.refsCache.get(text);
    if (!kept) this.refsCache.set(text, (kept = parseAssignmentRefs(text)));
    for (let i = 0; i < kept.length; i++) refs.push({ ...kept[i]! });
  }

  /** Text in a column the header does not name cannot go into any field. */
  placeUnmappedCells(row: number, texts: RowTexts): void {
    for (let c = 0; c < texts.length; c++) {
      const text = texts[c];
      if (text === undefined || this.mappedColumns[c + 1]) continue;
      this.unplaced.push({ cell: address(row, c + 1), text, reason: this.msg("unplaced.noField") });
    }
  }
}
