/**
 * The HTML report's stacked bars, drawn with HTML and CSS instead of a fixed-size SVG: each bar is
 * a row of percentage-wide segments, so the chart fits any width from a phone to A4 portrait and
 * nothing (legend, longest bar, count) is cut off. Two views of the same numbers: counts (bars in
 * proportion to the largest organisation) and shares (every bar 100 %). Each category has a colour
 * and a pattern (see summary-html-style.ts), so the chart also reads for colour-blind readers and in
 * grey print.
 */
import { STATUS_CATEGORIES } from "../model-lists";
import type { StatusCategory } from "../model";
import type { Profile } from "../profile/schema";
import type { Summary } from "./model";
import { categoryLabel } from "./labels";
import { escapeHtml } from "./html-escape";

export type BarScale = "count" | "share";

function share(part: number, whole: number): string {
  return whole === 0 ? "0 %" : `${Math.round((part / whole) * 100)} %`;
}

function legend(summary: Summary, profile: Profile): string {
  const used = STATUS_CATEGORIES.filter((category) => summary.totals.byCategory[category] > 0);
  return `<ul class="legend">${used
    .map((category) => `<li><span class="swatch c-${category}"></span>${escapeHtml(categoryLabel(category, profile))}</li>`)
    .join("")}</ul>`;
}

function segment(category: StatusCategory, count: number, of: number, title: string): string {
  const width = (count / of) * 100;
  return `<span class="seg c-${category}" style="width:${width.toFixed(3)}%" title="${escapeHtml(title)}"></span>`;
}

/** One chart: a legend, then a labelled bar per organisation with its total or its shares. */
export function renderBarChart(summary: Summary, profile: Profile, scale: BarScale): string {
  const max = Math.max(1, ...summary.byOrganisation.map((org) => org.activities));
  const rows = summary.byOrganisation
    .map((org) => {
      const whole = scale === "count" ? max : Math.max(1, org.activities);
      const segments = STATUS_CATEGORIES.filter((category) => org.byCategory[category] > 0)
        .map((category) => {
          const count = org.byCategory[category];
          const label = `${org.organisation}: ${categoryLabel(category, profile)} ${count} (${share(count, org.activities)})`;
          return segment(category, count, whole, label);
        })
        .join("");
      const figure = scale === "count" ? String(org.activities) : share(org.byCategory.done, org.activities);
      return `<div class="bar-row"><span class="bar-label">${escapeHtml(org.organisation)}</span><span class="bar">${segments}</span><span class="bar-figure">${escapeHtml(figure)}</span></div>`;
    })
    .join("");
  const caption =
    scale === "count"
      ? "Antal aktiviteter per förvaltning och status (siffran: antal aktiviteter)"
      : "Andel per förvaltning och status, 100 % per förvaltning (siffran: andel genomfört)";
  return `<figure class="chart" role="img" aria-label="${escapeHtml(caption)}"><figcaption>${escapeHtml(caption)}</figcaption>${legend(summary, profile)}<div class="bars">${rows}</div></figure>`;
}
