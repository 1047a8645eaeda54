/** due.missing, due.unknown, due.noncanonical, due.beyondYear (SPEC §2.2, §6). */
import type { Activity, DueKind, DuePeriod } from "../../model";
import type { Profile } from "../../profile/schema";
import { collapseSpace } from "../../text/normalize";
import { dueSuggestion, dueToAllowedTerm, isDueUnknown, parseDue } from "../../parse";
import { rawFinding, type RawFinding, type Rule, type RuleContext } from "../types";
import { quote, termList } from "./util";

/** "Q2", "kv 2", "Maj", "28 maj 2020": short enough that replacing the cell loses nothing. */
function isBareTerm(raw: string): boolean {
  return !/[()\n]/.test(raw.trim()) && collapseSpace(raw).split(" ").length <= 3;
}

function allowedTermsText(profile: Profile): string {
  return profile.due.allowedTerms.length > 0
    ? termList(profile.due.allowedTerms)
    : termList(profile.due.allowedKinds);
}

/**
 * The last day of the report year, after which a due is a multi-year activity (due.beyondYear),
 * not a misspelling; null without a year. Made once per check, not once per activity.
 */
function yearEnd(ctx: RuleContext): string | null {
  return ctx.report.year === null ? null : `${ctx.report.year}-12-31`;
}

/** The due ends after the report year's last day `lastDay` (from yearEnd). */
function endsAfter(lastDay: string | null, due: DuePeriod): boolean {
  return lastDay !== null && due.end !== null && due.end > lastDay;
}

export const dueMissing: Rule = {
  id: "due.missing",
  defaultSeverity: "warning",
  check(ctx) {
    const terms = allowedTermsText(ctx.profile);
    // A sheet without a Slutdatum column (KS 2018: "Prioriterade aktiviteter | Utfall", a list of
    // political assignments) is normal: one note (info) about the sheet, not one warning per row.
    const { columns } = ctx.report;
    if (columns !== undefined && columns.due === undefined) {
      return ctx.report.activities.length === 0
        ? []
        : [rawFinding(null, null, ctx.msg("due.missing.noColumn", { terms }), undefined, undefined, "info")];
    }
    const missing: Activity[] = [];
    // Indexed: a filter was a callback to optimise and a call per activity.
    const { activities } = ctx.report;
    for (let i = 0; i < activities.length; i++) {
      const activity = activities[i]!;
      if (activity.due.kind === "none" && activity.due.raw.trim() === "" && !ctx.inheritsDue(activity)) missing.push(activity);
    }
    // A Slutdatum column without a single value (a sheet structured from one that had no such
    // column) says the same as no column: one finding, not one per row.
    if (missing.length > 1 && missing.length === ctx.report.activities.length) {
      return [rawFinding(null, null, ctx.msg("due.missing.emptyColumn", { terms, count: missing.length }))];
    }
    const findings: RawFinding[] = [];
    for (let i = 0; i < missing.length; i++) {
      const activity = missing[i]!;
      findings.push(rawFinding({ activity, field: "due" }, null, ctx.msg("due.missing", { activity: quote(activity.activity), terms })));
    }
    return findings;
  },
};

export const dueUnknown: Rule = {
  id: "due.unknown",
  defaultSeverity: "error",
  check(ctx) {
    const terms = allowedTermsText(ctx.profile);
    const findings: RawFinding[] = [];
    // One indexed loop: a filter and a map over every activity were two callbacks to optimise
    // (and a call each per activity); check runs once per validation.
    const { activities } = ctx.report;
    for (let i = 0; i < activities.length; i++) {
      const activity = activities[i]!;
      if (!isDueUnknown(activity.due) || ctx.inheritsDue(activity)) continue;
      findings.push(rawFinding({ activity, field: "due" }, activity.due.raw, ctx.msg("due.unknown", { value: quote(activity.due.raw), terms })));
    }
    return findings;
  },
};

/**
 * What due.noncanonical says about one written due, the same for every activity with that text
 * and parse: most of a report's dues are a few terms ("Q4", "Delrapport 2") repeated down the
 * column, so each distinct one is judged, quoted and put into words once.
 */
interface DueVerdict {
  kind: DueKind;
  value: DuePeriod["value"];
  /** Allowed as written (or a kind the profile accepts in any form): no finding. */
  allowed: boolean;
  /** The allowed term it means, when it can replace the whole cell. */
  fixTerm: string | null;
  fixMessage: string;
  suggestion: string | undefined;
  message: string;
}

function judgeDue(ctx: RuleContext, due: DuePeriod, allowedTerms: ReadonlySet<string>, termKinds: ReadonlySet<DueKind>, terms: string): DueVerdict {
  const { profile } = ctx;
  const verdict: DueVerdict = { kind: due.kind, value: due.value, allowed: true, fixTerm: null, fixMessage: "", suggestion: undefined, message: "" };
  if (allowedTerms.has(collapseSpace(due.raw))) return verdict;
  if (profile.due.allowedKinds.includes(due.kind) && !termKinds.has(due.kind)) return verdict;
  verdict.allowed = false;
  const value = quote(due.raw);
  const equivalent = dueToAllowedTerm(due, profile);
  if (equivalent !== null && isBareTerm(due.raw)) {
    verdict.fixTerm = equivalent;
    verdict.fixMessage = ctx.msg("due.noncanonical.fix", { value, term: equivalent });
  }
  const suggestion = equivalent ?? dueSuggestion(due, profile) ?? undefined;
  verdict.suggestion = suggestion;
  verdict.message =
    suggestion === undefined
      ? ctx.msg("due.noncanonical", { value, terms })
      : ctx.msg("due.noncanonical.suggest", { value, terms, suggestion });
  return verdict;
}

export const dueNoncanonical: Rule = {
  id: "due.noncanonical",
  defaultSeverity: "warning",
  check(ctx) {
    const { profile } = ctx;
    const allowed = new Set(profile.due.allowedTerms);
    // The kinds the dropdown terms themselves are ("Kvartal 2" is a quarter): within those kinds only
    // the exact term is allowed; other allowed kinds (a profile accepting months) pass as written.
    const termKinds = new Set<DueKind>(
      profile.due.allowedTerms.map((term) => parseDue(term, ctx.report.year, profile).kind),
    );
    const terms = allowedTermsText(profile);
    // By written text; a verdict is reused only for the same parse (kind and value) of that text.
    const verdicts = new Map<string, DueVerdict>();
    const lastDay = yearEnd(ctx);
    const findings: RawFinding[] = [];
    // Indexed: check runs once per validation, where a for-of built an iterator result per activity.
    const { activities } = ctx.report;
    for (let i = 0; i < activities.length; i++) {
      const activity = activities[i]!;
      const { due } = activity;
      if (
        due.kind === "none" ||
        isDueUnknown(due) ||
        endsAfter(lastDay, due) ||
        ctx.inheritsDue(activity)
      )
        continue;
      let verdict = verdicts.get(due.raw);
      if (verdict === undefined || verdict.kind !== due.kind || verdict.value !== due.value) {
        verdict = judgeDue(ctx, due, allowed, termKinds, terms);
        verdicts.set(due.raw, verdict);
      }
      if (verdict.allowed) continue;
      if (verdict.fixTerm !== null && ctx.cellText(activity, "due") !== null && ctx.canFix(activity, "due")) {
        findings.push(rawFinding({ activity, field: "due" }, due.raw, verdict.fixMessage, verdict.fixTerm, verdict.fixTerm));
        continue;
      }
      findings.push(rawFinding({ activity, field: "due" }, due.raw, verdict.message, verdict.suggestion));
    }
    return findings;
  },
};

export const dueBeyondYear: Rule = {
  id: "due.beyondYear",
  defaultSeverity: "info",
  check(ctx) {
    const lastDay = yearEnd(ctx);
    const findings: RawFinding[] = [];
    // One indexed loop: a filter and a map over every activity were two callbacks to optimise
    // (and a call each per activity); check runs once per validation.
    const { activities } = ctx.report;
    for (let i = 0; i < activities.length; i++) {
      const activity = activities[i]!;
      if (!endsAfter(lastDay, activity.due) || ctx.inheritsDue(activity)) continue;
      findings.push(
        rawFinding(
          { activity, field: "due" },
          activity.due.raw,
          ctx.msg("due.beyondYear", {
            value: quote(activity.due.raw),
            year: ctx.report.year,
            end: activity.due.end,
          }),
        ),
      );
    }
    return findings;
  },
};
