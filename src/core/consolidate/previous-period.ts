/**
 * The previous period's activities read back from a summary workbook we wrote ("Alla aktiviteter",
 * sheets.ts): organisation, goal, activity and status by their column headers, so a summary
 * written by an older version with other columns still reads. Category from "Statuskategori"
 * (the profile's or the fallback label), else from the status text by the profile.
 */
import type { Grid } from "../grid";
import { STATUS_CATEGORIES } from "../model-lists";
import type { StatusCategory } from "../model";
import { parseStatus } from "../parse/status";
import type { Profile } from "../profile/schema";
import { foldKey } from "../text/normalize";
import { categoryLabel } from "./labels";
import type { PeriodActivity } from "./period-changes";

export const LONG_TABLE_SHEET = "Alla aktiviteter";

const HEADERS = { organisation: "Förvaltning", goal: "Mål", activity: "Aktivitet", status: "Status", category: "Statuskategori" } as const;

/** Null when the grid is not a summary's long table (no header row with these columns in the first rows). */
export function periodActivitiesFromLongTable(grid: Grid, profile: Profile): PeriodActivity[] | null {
  const headerIndex = grid.rows.slice(0, 5).findIndex((row) => {
    const texts = new Set(row.map((cell) => foldKey(cell?.text ?? "")));
    return [HEADERS.organisation, HEADERS.activity, HEADERS.status].every((h) => texts.has(foldKey(h)));
  });
  if (headerIndex < 0) return null;
  const header = grid.rows[headerIndex]!.map((cell) => foldKey(cell?.text ?? ""));
  const column = (name: string) => header.indexOf(foldKey(name));
  const col = Object.fromEntries(Object.entries(HEADERS).map(([key, name]) => [key, column(name)])) as Record<keyof typeof HEADERS, number>;
  const byLabel = new Map<string, StatusCategory>();
  for (const category of STATUS_CATEGORIES) byLabel.set(foldKey(categoryLabel(category, profile)), category);
  const text = (row: Grid["rows"][number], index: number) => (index < 0 ? "" : (row[index]?.text ?? "").trim());
  const activities: PeriodActivity[] = [];
  for (const row of grid.rows.slice(headerIndex + 1)) {
    const activity = text(row, col.activity);
    const organisation = text(row, col.organisation);
    if (activity === "" || organisation === "") continue;
    const status = text(row, col.status);
    const category = byLabel.get(foldKey(text(row, col.category))) ?? parseStatus(status, profile).status.category;
    activities.push({ organisation, goal: text(row, col.goal) || null, activity, status, category });
  }
  return activities;
}
