/**
 * Fix plans: the cell changes a set of findings proposes, shown to the user before anything is
 * written (SPEC §6). One change per cell: a plan never writes a cell twice.
 */
import { z } from "zod";
import type { Finding } from "../model";
import { t, type Lang } from "../i18n";

export const FixPlanItemSchema = z.object({
  sheet: z.string().min(1),
  cell: z.string().regex(/^[A-Z]{1,3}\d+$/, "A1-adress"),
  oldValue: z.string(),
  newValue: z.string(),
  rule: z.string().min(1),
});
export type FixPlanItem = z.infer<typeof FixPlanItemSchema>;

/**
 * A cell a fix plan, its application or a revert left alone, and why. The one "skipped cell" of
 * the fix flow: planning sets `rule` (the fix that was not planned), applying and reverting set
 * `currentValue` (what the cell holds now; null when its sheet is gone).
 */
export const SkippedCellSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  rule: z.string().optional(),
  currentValue: z.string().nullable().optional(),
  /** Why the cell was left alone, in the plan's language. */
  reason: z.string(),
});
export type SkippedCell = z.infer<typeof SkippedCellSchema>;

export const FixPlanSchema = z.object({
  /** Written to the change log with every change, so the plan can be reverted as a whole. */
  id: z.string().min(1),
  /** ISO 8601. */
  createdAt: z.string().min(1),
  items: z.array(FixPlanItemSchema),
  skipped: z.array(SkippedCellSchema).default([]),
});
export type FixPlan = z.infer<typeof FixPlanSchema>;

export interface PlanOptions {
  /** Only fixes of these rules (e.g. ["status.noncanonical"]). */
  rules?: readonly string[];
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** "ändr-20200831-140312-k3x9": sortable, readable in the log, unique enough for one workbook. */
export function newPlanId(now: Date): string {
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  const random = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0");
  return `ändr-${stamp}-${random}`;
}

/**
 * The plan for every finding that carries a fix (optionally only some rules). When two findings
 * fix the same cell, the first (in finding order) is kept and the other listed in `skipped`.
 */
export function planFixes(
  findings: readonly Finding[],
  filter: PlanOptions = {},
  options: { now?: Date; id?: string; lang?: Lang } = {},
): FixPlan {
  const now = options.now ?? new Date();
  const lang = options.lang ?? "sv";
  const rules = filter.rules === undefined ? null : new Set(filter.rules);
  const byCell = new Map<string, FixPlanItem>();
  const skipped: SkippedCell[] = [];
  for (const finding of findings) {
    const { fix } = finding;
    if (fix === undefined || (rules !== null && !rules.has(finding.rule))) continue;
    const key = `${fix.sheet}\u0000${fix.cell}`;
    const first = byCell.get(key);
    if (first !== undefined) {
      // Identical changes from two rules are one change; different ones would overwrite each other.
      if (first.newValue !== fix.newValue || first.oldValue !== fix.oldValue) {
        skipped.push({
          sheet: fix.sheet,
          cell: fix.cell,
          rule: finding.rule,
          reason: t(lang, "fix.skip.sameCell", { cell: fix.cell, rule: first.rule }),
        });
      }
      continue;
    }
    byCell.set(key, {
      sheet: fix.sheet,
      cell: fix.cell,
      oldValue: fix.oldValue,
      newValue: fix.newValue,
      rule: finding.rule,
    });
  }
  return {
    id: options.id ?? newPlanId(now),
    createdAt: now.toISOString(),
    items: [...byCell.values()],
    skipped,
  };
}
