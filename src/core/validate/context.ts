/**
 * Everything the rules share, computed once per report: the cut-off, the status vocabulary, cell
 * access. Keeps every rule O(activities) (SPEC: 10,000 activities well under 50 ms).
 */
import { cellAt, type Grid } from "../grid";
import type { Activity, ActivityField, IsoDate, Report } from "../model";
import { keysUnder, t } from "../i18n";
import { cutoffFor, isValidIsoDate } from "../parse";
import { ValidationInputError, type RuleContext, type ValidateOptions } from "./types";
import type { Profile } from "../profile/schema";
import { buildStatusVocabulary, type StatusVocabulary } from "./vocabulary";

/** options.cutoff ?? report.cutoff ?? derived from year and period; an impossible date is the caller's error. */
export function resolveCutoff(report: Report, override: IsoDate | undefined): IsoDate | null {
  const given = override ?? report.cutoff;
  if (given !== undefined && given !== null) {
    if (!isValidIsoDate(given))
      throw new ValidationInputError(t("sv", "validate.error.cutoff", { value: given }));
    return given;
  }
  return report.year !== null && report.period !== null
    ? cutoffFor(report.year, report.period)
    : null;
}

/** The text the activity's parse started from: what a fix must find in the cell. */
function parsedText(report: Report, activity: Activity, field: ActivityField): string | null {
  switch (field) {
    case "status":
      return activity.status.raw;
    case "due":
      return activity.due.raw;
    case "comment":
      return report.columns?.comment !== undefined &&
        report.columns.comment === report.columns.status
        ? activity.status.raw
        : (activity.comment ?? "");
    case "assignmentRefs":
      return null;
    default:
      return activity[field] ?? "";
  }
}

/** One vocabulary per profile object: re-validating (the task pane does, after every fix) reuses its caches. */
const vocabularies = new WeakMap<Profile, StatusVocabulary>();
function statusVocabulary(profile: Profile): StatusVocabulary {
  let vocabulary = vocabularies.get(profile);
  if (vocabulary === undefined)
    vocabularies.set(profile, (vocabulary = buildStatusVocabulary(profile)));
  return vocabulary;
}

/**
 * Built by indexed loops (a [key, value] pair or a one-element array per activity, or an iterator
 * result, was garbage to collect), in functions of their own: inside the hot closures that use
 * them they ran once per validation and sent the optimised closure back to the interpreter.
 */
/** The activities that are some activity's parent, by id: a few dozen, not every activity. */
function parentsById(
  activities: readonly Activity[],
  ids: ReadonlySet<string>,
): Map<string, Activity> {
  const byId = new Map<string, Activity>();
  for (let i = 0; i < activities.length; i++) {
    const activity = activities[i]!;
    if (ids.has(activity.id)) byId.set(activity.id, activity);
  }
  return byId;
}

function parentIds(activities: readonly Activity[]): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < activities.length; i++) {
    const { parentId } = activities[i]!;
    if (parentId !== null) ids.add(parentId);
  }
  return ids;
}

/** The validate catalogue's messages, asked for as "status.missing" (RuleContext.msg). */
const validateMessage = keysUnder("validate.");

export function buildContext(report: Report, options: ValidateOptions): RuleContext {
  const lang = options.lang ?? "sv";
  const grid: Grid | null = options.grid ?? null;
  const columns = report.columns ?? {};

  const gridCellText = (activity: Activity, field: ActivityField): string | null => {
    const col = columns[field];
    if (col === undefined) return null;
    if (grid === null || grid.sheet !== activity.source.sheet) return null;
    return cellAt(grid, activity.source.row, col)?.text ?? "";
  };

  // Built on first use: most reports have no sub-activities, and most rules never ask.
  let parents: Set<string> | null = null;
  const parentIdSet = (): Set<string> => (parents ??= parentIds(report.activities));
  let byId: Map<string, Activity> | null = null;
  const parentOf = (activity: Activity): Activity | null => {
    if (activity.parentId === null) return null;
    byId ??= parentsById(report.activities, parentIdSet());
    return byId.get(activity.parentId) ?? null;
  };

  return {
    report,
    parentOf,
    hasChildren(activity) {
      return parentIdSet().has(activity.id);
    },
    inheritsDue(activity) {
      const parent = parentOf(activity);
      return parent !== null && parent.due.raw === activity.due.raw;
    },
    profile: options.profile,
    lang,
    cutoff: resolveCutoff(report, options.cutoff),
    // An empty register is no register: it cannot say that a reference is unknown.
    register:
      options.register !== undefined && options.register.length > 0 ? options.register : null,
    grid,
    statuses: statusVocabulary(options.profile),
    msg(key, ...params) {
      return validateMessage(lang, key, ...params);
    },
    cellText(activity, field) {
      if (columns[field] === undefined) return null;
      return gridCellText(activity, field) ?? parsedText(report, activity, field);
    },
    canFix(activity, field) {
      if (columns[field] === undefined) return false;
      // A sub-activity written inside its parent's cell (a bullet with "Kvartal 2" in the text) has
      // no cell of its own: changing "its" cell would rewrite the parent.
      const parent = parentOf(activity);
      if (
        activity.parentId !== null &&
        (parent === null || parent.source.row === activity.source.row)
      )
        return false;
      const inGrid = gridCellText(activity, field);
      if (inGrid === null) return true;
      return inGrid.trim() === (parsedText(report, activity, field) ?? "").trim();
    },
  };
}
