/** validateReport: run every rule of the registry over one report (SPEC §6). */
import { columnLetter } from "../grid";
import type { Finding, Report } from "../model";
import { buildContext } from "./context";
import { RULES } from "./registry";
import type { RawFinding, RuleContext, ValidateOptions } from "./types";

/** Column letters by number: computed once, not for every finding. */
const letters: string[] = [];
function letterOf(col: number): string {
  return (letters[col] ??= columnLetter(col));
}

/**
 * The finding of a rule's raw finding; its sort key (row, then column, then rule: rows < 2^20,
 * columns < 2^14) goes onto `keys` from here, where row and column are at hand. Read back from
 * the findings (four shapes, the fourth often first met late), they cost validateReport's
 * optimised code a deoptimisation per report.
 */
function toFinding(
  ruleId: string,
  severity: Finding["severity"],
  raw: RawFinding,
  ctx: RuleContext,
  order: number,
  keys: number[],
): Finding {
  const { report } = ctx;
  let sheet = report.sheet;
  let row: number | null = null;
  let col: number | null = null;
  if (raw.at !== null && "activity" in raw.at) {
    sheet = raw.at.activity.source.sheet;
    row = raw.at.activity.source.row;
    col = report.columns?.[raw.at.field] ?? null;
  } else if (raw.at !== null) {
    row = raw.at.row;
    col = raw.at.column;
  }
  // A column letter read back gives the column again; columns before A have no letter ("", 0).
  keys.push(((row ?? 0) * 16384 + (col !== null && col > 0 ? col : 0)) * 32 + order);
  const cell = row !== null && col !== null ? `${letterOf(col)}${row}` : "";
  const column = col === null ? null : letterOf(col);
  const { message, value, suggestion } = raw;
  let fix: Finding["fix"];
  if (raw.fixValue !== undefined && raw.at !== null && "activity" in raw.at && cell !== "") {
    const oldValue = ctx.cellText(raw.at.activity, raw.at.field) ?? "";
    if (oldValue !== raw.fixValue) fix = { sheet, cell, oldValue, newValue: raw.fixValue };
  }
  // One literal, every property present (an absent suggestion or fix is undefined, which JSON
  // leaves out as it would a missing property): findings of four shapes cost every reader of
  // them (the sort, the counts, the outputs) a deoptimisation when a shape first came late.
  return { rule: ruleId, severity, message, cell, sheet, row, column, value, suggestion, fix };
}

/**
 * Findings for one report, report-level ones first, then by row and column. Throws
 * ValidationInputError (Swedish message) only for bad input to the validation itself: an
 * impossible cut-off date. Everything wrong in the report is a finding.
 */
export function validateReport(report: Report, options: ValidateOptions): Finding[] {
  const ctx = buildContext(report, options);
  const findings: Finding[] = [];
  // One number per finding orders them (see toFinding).
  const keys: number[] = [];
  // Indexed loops: the body runs once per rule, and its for-of built an iterator result for
  // every finding (a megabyte of garbage per validation of 10,000 activities).
  for (let order = 0; order < RULES.length; order++) {
    const rule = RULES[order]!;
    const configured = options.profile.severities[rule.id];
    const severity = configured ?? rule.defaultSeverity;
    const raws = rule.check(ctx);
    for (let i = 0; i < raws.length; i++) {
      const raw = raws[i]!;
      findings.push(toFinding(rule.id, configured ?? raw.severity ?? severity, raw, ctx, order, keys));
    }
  }
  return sortedByKey(findings, keys);
}

/** 2^53: integers up to it are exact as numbers (doubles). */
const EXACT_LIMIT = 2 ** 53;

/**
 * The findings in the order of their keys, equal keys in the order found. Each key and index go
 * into one number (key × 2^bits + index) and a Float64Array sorts those numbers natively: the
 * comparator of Array#sort was a call per comparison, some 400,000 per consolidation of 50
 * reports. Where the packed numbers would not be exact (a sheet near Excel's last row with tens
 * of thousands of findings) the comparator sorts as before.
 */
export function sortedByKey<T>(findings: readonly T[], keys: readonly number[]): T[] {
  const count = findings.length;
  let maxKey = 0;
  for (let i = 0; i < count; i++) if (keys[i]! > maxKey) maxKey = keys[i]!;
  let scale = 1;
  while (scale < count) scale *= 2;
  const sorted: T[] = [];
  if ((maxKey + 1) * scale <= EXACT_LIMIT) {
    const packed = new Float64Array(count);
    for (let i = 0; i < count; i++) packed[i] = keys[i]! * scale + i;
    packed.sort();
    for (let i = 0; i < count; i++) sorted.push(findings[packed[i]! % scale]!);
    return sorted;
  }
  const indices: number[] = [];
  for (let i = 0; i < count; i++) indices.push(i);
  indices.sort((a, b) => keys[a]! - keys[b]!);
  for (let i = 0; i < count; i++) sorted.push(findings[indices[i]!]!);
  return sorted;
}
