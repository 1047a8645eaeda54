/** Activities per status category: the counts the summary is made of (zod-free, for the hot path). */
import type { StatusCategory } from "../model";
import { STATUS_CATEGORIES } from "../model-lists";

export type CategoryCounts = Record<StatusCategory, number>;

export function emptyCounts(): CategoryCounts {
  return Object.fromEntries(STATUS_CATEGORIES.map((category) => [category, 0])) as CategoryCounts;
}
