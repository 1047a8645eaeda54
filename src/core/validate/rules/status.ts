/** status.missing, status.unknown, status.noncanonical, status.ambiguous (SPEC §2.1, §6). */
import { rawFinding, type RawFinding, type Rule, type RuleContext } from "../types";
import { quote, suggestTerm, termList } from "./util";
import type { LeadingTerm } from "../vocabulary";

function canonicalTerms(ctx: Parameters<Rule["check"]>[0]): string {
  return termList(ctx.profile.statuses.map((status) => status.canonical));
}

export const statusMissing: Rule = {
  id: "status.missing",
  defaultSeverity: "error",
  check(ctx) {
    const terms = canonicalTerms(ctx);
    const findings: RawFinding[] = [];
    // One indexed loop: a filter and a map over every activity were two callbacks to optimise
    // (and a call each per activity); check runs once per validation.
    const { activities } = ctx.report;
    for (let i = 0; i < activities.length; i++) {
      const activity = activities[i]!;
      // A parent whose sub-activities carry the statuses ("Klar", "Klar", "Flyttas till 2024") has none of its own.
      if (activity.status.category !== "missing" || ctx.hasChildren(activity)) continue;
      findings.push(
        rawFinding({ activity, field: "status" }, null, ctx.msg("status.missing", { activity: quote(activity.activity), terms })),
      );
    }
    return findings;
  },
};

/**
 * The parser files both "two statuses in one cell" and "text that maps to nothing" as ambiguous;
 * two categories named in the cell make it status.ambiguous, anything else status.unknown.
 */
function namesSeveralStatuses(ctx: Parameters<Rule["check"]>[0], raw: string): boolean {
  return ctx.statuses.categoriesIn(raw).length > 1;
}

export const statusUnknown: Rule = {
  id: "status.unknown",
  defaultSeverity: "error",
  check(ctx) {
    const terms = canonicalTerms(ctx);
    const findings: RawFinding[] = [];
    // Indexed: check runs once per validation, where a for-of built an iterator result per activity.
    const { activities } = ctx.report;
    for (let i = 0; i < activities.length; i++) {
      const activity = activities[i]!;
      const { raw, category } = activity.status;
      if (category !== "ambiguous" || namesSeveralStatuses(ctx, raw)) continue;
      const closest = suggestTerm(raw, ctx.statuses.terms);
      const suggestion = closest === undefined ? undefined : ctx.statuses.canonicalOfTerm(closest);
      findings.push(
        rawFinding(
          { activity, field: "status" },
          raw,
          suggestion === undefined
            ? ctx.msg("status.unknown", { value: quote(raw), terms })
            : ctx.msg("status.unknown.suggest", { value: quote(raw), suggestion, terms }),
          suggestion,
        ),
      );
    }
    return findings;
  },
};

export const statusAmbiguous: Rule = {
  id: "status.ambiguous",
  defaultSeverity: "error",
  check(ctx) {
    const findings: RawFinding[] = [];
    // One indexed loop: a filter and a map over every activity were two callbacks to optimise
    // (and a call each per activity); check runs once per validation.
    const { activities } = ctx.report;
    for (let i = 0; i < activities.length; i++) {
      const activity = activities[i]!;
      const { raw, category } = activity.status;
      if (category !== "ambiguous" || !namesSeveralStatuses(ctx, raw)) continue;
      findings.push(
        rawFinding(
          { activity, field: "status" },
          raw,
          ctx.msg("status.ambiguous", { value: quote(raw) }),
          ctx.msg("status.ambiguous.suggestion"),
        ),
      );
    }
    return findings;
  },
};

/**
 * A synonym where the canonical term belongs. The fix replaces only the leading term, so in a
 * shared "Utfall" cell ("Pågår – Kontaktcenter startar april 2019") the comment stays as written.
 */
export const statusNoncanonical: Rule = {
  id: "status.noncanonical",
  defaultSeverity: "warning",
  check(ctx) {
    const findings: RawFinding[] = [];
    // The same few synonyms ("Klart", "Pågår") fill most of a column: each distinct status text is
    // looked up, quoted and put into words once per validation.
    const seen = new Map<string, NoncanonicalStatus | null>();
    // Indexed: check runs once per validation, where a for-of built an iterator result per activity.
    const { activities } = ctx.report;
    for (let i = 0; i < activities.length; i++) {
      const activity = activities[i]!;
      const { raw, category, inferred } = activity.status;
      if (category === "ambiguous" || category === "missing" || inferred) continue;
      let found = seen.get(raw);
      if (found === undefined) seen.set(raw, (found = noncanonical(ctx, raw)));
      if (found === null || found.lead.category !== category) continue;
      const { lead } = found;
      let fixValue: string | undefined;
      const cell = ctx.cellText(activity, "status");
      if (cell !== null && ctx.canFix(activity, "status")) {
        // Locate the term in the cell as it is (the grid's text may carry spaces the parse trimmed).
        if (cell === raw) fixValue = found.fixValue ??= replaceLead(raw, lead.start, lead.end, lead.canonical);
        else {
          const inCell = ctx.statuses.leadingTerm(cell);
          if (inCell !== undefined) fixValue = replaceLead(cell, inCell.start, inCell.end, lead.canonical);
        }
      }
      findings.push(rawFinding({ activity, field: "status" }, raw, found.message, lead.canonical, fixValue));
    }
    return findings;
  },
};

interface NoncanonicalStatus {
  lead: LeadingTerm;
  message: string;
  /** The fixed text of a cell that reads exactly as the status was parsed, made on first need. */
  fixValue?: string;
}

/** The synonym a status text leads with, and the message about it; null when it leads with no synonym. */
function noncanonical(ctx: RuleContext, raw: string): NoncanonicalStatus | null {
  const lead = ctx.statuses.leadingTerm(raw);
  if (lead === undefined || lead.written === lead.canonical) return null;
  return {
    lead,
    message: ctx.msg("status.noncanonical", { value: quote(lead.written), canonical: lead.canonical }),
  };
}

/** The text with its leading term (at `start`–`end`) replaced by the canonical one. */
function replaceLead(text: string, start: number, end: number, canonical: string): string {
  return text.slice(0, start) + canonical + text.slice(end);
}
