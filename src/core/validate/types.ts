/**
 * The rule engine's contracts. A rule is a small object with a stable id (SPEC §6), a default
 * severity the profile may override, and a check that turns a prepared context into raw findings;
 * the engine (validate.ts) adds severity, sheet, cell address and the fix's old value.
 */
import type {
  Activity,
  ActivityField,
  Finding,
  IsoDate,
  RegisterEntry,
  Report,
  Severity,
} from "../model";
import type { Grid } from "../grid";
import type { Profile } from "../profile/schema";
import type { Lang, MessageArgs, SubKey } from "../i18n";
import type { StatusVocabulary } from "./vocabulary";

export interface ValidateOptions {
  profile: Profile;
  /** The register of strategic assignments; without it (or when it is empty) the assignment rules stay silent. */
  register?: RegisterEntry[];
  /** Overrides the report's own cut-off (avstämningsdatum). */
  cutoff?: IsoDate;
  /** The sheet as read, for text.formula and for exact old values of fixes. */
  grid?: Grid;
  lang?: Lang;
}

/** Where a finding points: a field of an activity (its cell), or a bare row, or the whole report. */
export type FindingTarget =
  { activity: Activity; field: ActivityField } | { row: number; column: number | null } | null;

export interface RawFinding {
  at: FindingTarget;
  /** The offending value as found (null when there is none, e.g. a missing status). */
  value: string | null;
  /** Already in the context's language. */
  message: string;
  suggestion?: string;
  /** The full new text of the target cell; the engine adds sheet, cell and old value. */
  fixValue?: string;
  /** This finding's severity when the profile sets none for the rule (a sheet-level note is info). */
  severity?: Severity;
}

/**
 * A raw finding with every property present, in one order (absent ones undefined). The engine
 * reads some 40,000 of them per consolidation of 50 reports: built by a dozen literals with or
 * without suggestion, fix value or severity, they were as many object shapes, and each shape met
 * late sent the engine's optimised code back to the interpreter.
 */
export function rawFinding(
  at: FindingTarget,
  value: string | null,
  message: string,
  suggestion?: string,
  fixValue?: string,
  severity?: Severity,
): RawFinding {
  return { at, value, message, suggestion, fixValue, severity };
}

export interface RuleContext {
  report: Report;
  profile: Profile;
  lang: Lang;
  /** The cut-off in force, or null when none can be derived (meta.missing reports why). */
  cutoff: IsoDate | null;
  register: RegisterEntry[] | null;
  grid: Grid | null;
  statuses: StatusVocabulary;
  /** A message of the validate catalogue: `msg("status.missing", {...})` → "validate.status.missing". */
  msg<K extends SubKey<"validate.">>(key: K, ...params: MessageArgs<`validate.${K}`>): string;
  /** The text of the cell holding `field` for `activity` (from the grid when given), or null when there is no such cell. */
  cellText(activity: Activity, field: ActivityField): string | null;
  /** The parent of a sub-activity (SPEC §1), or null. */
  parentOf(activity: Activity): Activity | null;
  /** Whether some sub-activity names this activity as its parent (it then reports through them). */
  hasChildren(activity: Activity): boolean;
  /** A sub-activity without a due of its own carries its parent's: findings on it belong to the parent. */
  inheritsDue(activity: Activity): boolean;
  /** Whether a fix may be offered on that cell: it exists and holds exactly the parsed value. */
  canFix(activity: Activity, field: ActivityField): boolean;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  check(ctx: RuleContext): RawFinding[];
}

/** Bad input to the validation itself (not a finding): a Swedish message for the user; the CLI exits 2. */
export class ValidationInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ValidationInputError";
  }
}

export type { Finding };
