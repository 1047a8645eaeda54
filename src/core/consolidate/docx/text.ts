/** The Word chapter's wording that does not need docx (kept apart so tests and the pane can use it without loading docx). */
import { PERIOD_LABELS } from "../labels";
import type { Summary } from "../model";

export function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${Math.round((part / whole) * 100)} %`;
}

/** "Uppföljning av verksamhetsplanerna – Delårsrapport 2020", or without period/year when the sources disagree. */
export function chapterTitle(summary: Summary): string {
  const counted = summary.sources.filter((s) => s.status === "ok" && s.counted);
  const years = [...new Set(counted.map((s) => s.year).filter((y) => y !== null))];
  const periods = [...new Set(counted.map((s) => s.period).filter((p) => p !== null))];
  const when = [periods.length === 1 ? PERIOD_LABELS[periods[0]!] : null, years.length === 1 ? String(years[0]) : null].filter(Boolean).join(" ");
  return `Uppföljning av verksamhetsplanerna${when ? ` – ${when}` : ""}`;
}
