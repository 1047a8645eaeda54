/**
 * The consolidation as one self-contained HTML page (SPEC §8): tables and an SVG stacked bar chart
 * per organisation. No external assets, no scripts: it opens anywhere, offline.
 */
import { STATUS_CATEGORIES } from "../model-lists";
import type { Profile } from "../profile/schema";
import type { Summary } from "./model";
import { CATEGORY_BAR_COLOURS, LIGHT_COLOURS, STAMP_LABELS, categoryLabel } from "./labels";
import { conservationText } from "./sheets";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function cell(value: string | number | null | undefined): string {
  return `<td>${value === null || value === undefined ? "" : escapeHtml(String(value))}</td>`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${Math.round((part / whole) * 100)} %`;
}

/** Horizontal stacked bars: one bar per organisation, one segment per status category. */
export function renderStackedBarChart(summary: Summary, profile: Profile): string {
  const barHeight = 22;
  const gap = 10;
  const labelWidth = 260;
  const barWidth = 520;
  const legendHeight = 28;
  const max = summary.byOrganisation.reduce((most, org) => Math.max(most, org.activities), 1);
  const height = legendHeight + summary.byOrganisation.length * (barHeight + gap) + gap;
  const bars = summary.byOrganisation
    .map((org, i) => {
      const y = legendHeight + gap + i * (barHeight + gap);
      let x = labelWidth;
      const segments = STATUS_CATEGORIES.filter((category) => org.byCategory[category] > 0)
        .map((category) => {
          const width = (org.byCategory[category] / max) * barWidth;
          const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${barHeight}" fill="${CATEGORY_BAR_COLOURS[category]}"><title>${escapeHtml(
            `${org.organisation}: ${categoryLabel(category, profile)} ${org.byCategory[category]}`,
          )}</title></rect>`;
          x += width;
          return rect;
        })
        .join("");
      return `<text x="${labelWidth - 8}" y="${y + barHeight / 2 + 4}" text-anchor="end">${escapeHtml(org.organisation)}</text>${segments}<text x="${(x + 6).toFixed(1)}" y="${y + barHeight / 2 + 4}">${org.activities}</text>`;
    })
    .join("");
  const legend = STATUS_CATEGORIES.map((category, i) => {
    const x = i * 110;
    return `<rect x="${x}" y="4" width="12" height="12" fill="${CATEGORY_BAR_COLOURS[category]}"/><text x="${x + 16}" y="14">${escapeHtml(categoryLabel(category, profile))}</text>`;
  }).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Aktiviteter per förvaltning och status" width="${Math.max(labelWidth + barWidth + 60, STATUS_CATEGORIES.length * 110)}" height="${height}" font-family="Segoe UI, Arial, sans-serif" font-size="12">${legend}${bars}</svg>`;
}

export function renderSummaryHtml(summary: Summary, profile: Profile): string {
  const categoryHeaders = STATUS_CATEGORIES.map(
    (category) => `<th>${escapeHtml(categoryLabel(category, profile))}</th>`,
  ).join("");
  const orgRows = summary.byOrganisation
    .map((org) => {
      const light = LIGHT_COLOURS[org.light];
      return `<tr>${cell(org.organisation)}${STATUS_CATEGORIES.map((category) => cell(org.byCategory[category])).join("")}${cell(org.activities)}${cell(percent(org.byCategory.done, org.activities))}<td style="background:${light.fill};color:${light.fontColor}">${light.label}</td></tr>`;
    })
    .join("");
  const totals = summary.totals;
  const totalRow = `<tr class="total"><td>Totalt</td>${STATUS_CATEGORIES.map((category) => cell(totals.byCategory[category])).join("")}${cell(totals.activities)}${cell(percent(totals.byCategory.done, totals.activities))}<td></td></tr>`;
  const perspectiveRows = Object.entries(totals.byPerspective)
    .sort(([a], [b]) => a.localeCompare(b, "sv"))
    .map(
      ([perspective, counts]) =>
        `<tr>${cell(perspective)}${STATUS_CATEGORIES.map((category) => cell(counts[category])).join("")}</tr>`,
    )
    .join("");
  const coverageRows = summary.coverage
    .map(
      (entry) =>
        `<tr>${cell(entry.number)}${cell(entry.text)}${entry.cells
          .map((c) =>
            c.activities.length === 0
              ? `<td class="gap"></td>`
              : cell(c.activities.map((a) => `${a.activity} (${a.status})`).join(" · ")),
          )
          .join("")}</tr>`,
    )
    .join("");
  const deviationRows = summary.deviations
    .map(
      (d) =>
        `<tr>${cell(d.organisation)}${cell(d.goal)}${cell(d.activity)}${cell(d.due)}${cell(d.status)}${cell(d.comment)}${cell(d.reason)}</tr>`,
    )
    .join("");
  const sourceRows = summary.sources
    .map(
      (s) =>
        `<tr${s.status === "error" ? ' class="error"' : ""}>${cell(s.file)}${cell(s.sheet)}${cell(s.organisation)}${cell(s.activities)}${cell(s.errors)}${cell(s.warnings)}${cell(STAMP_LABELS[s.stamp])}${cell(s.status === "ok" ? "Läst" : "Kunde inte läsas")}${cell([s.error, ...s.remarks].filter(Boolean).join(" "))}</tr>`,
    )
    .join("");
  const warnings = summary.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join("");
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Kommungemensam sammanställning</title>
<style>
body{font-family:"Segoe UI",Arial,sans-serif;margin:24px;color:#201f1e}h1{font-size:22px}h2{font-size:17px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0;font-size:13px}th,td{border:1px solid #c8c6c4;padding:4px 8px;vertical-align:top;text-align:left}
th{background:#f3f2f1}tr.total td{font-weight:600}td.gap{background:#fff4ce}tr.error td{background:#fde7e9}.meta{color:#605e5c}
</style></head><body>
<h1>Kommungemensam sammanställning</h1>
<p class="meta">Skapad ${escapeHtml(summary.generatedAt)} · ${escapeHtml(conservationText(summary))}</p>
${warnings ? `<ul>${warnings}</ul>` : ""}
<h2>Aktiviteter per förvaltning</h2>
${renderStackedBarChart(summary, profile)}
<table><thead><tr><th>Förvaltning</th>${categoryHeaders}<th>Aktiviteter</th><th>Andel genomfört</th><th>Läge</th></tr></thead><tbody>${orgRows}${totalRow}</tbody></table>
<h2>Per perspektiv</h2>
<table><thead><tr><th>Perspektiv</th>${categoryHeaders}</tr></thead><tbody>${perspectiveRows}</tbody></table>
<h2>Kommungemensamma uppdrag</h2>
<table><thead><tr><th>Nr</th><th>Uppdrag</th>${summary.organisations.map((o) => `<th>${escapeHtml(o)}</th>`).join("")}</tr></thead><tbody>${coverageRows}</tbody></table>
<h2>Avvikelser (${summary.deviations.length})</h2>
<table><thead><tr><th>Förvaltning</th><th>Mål</th><th>Aktivitet</th><th>Slutdatum</th><th>Status</th><th>Kommentar</th><th>Orsak</th></tr></thead><tbody>${deviationRows}</tbody></table>
<h2>Källor</h2>
<table><thead><tr><th>Fil</th><th>Blad</th><th>Förvaltning</th><th>Aktiviteter</th><th>Fel</th><th>Varningar</th><th>Stämpel</th><th>Status</th><th>Anmärkning</th></tr></thead><tbody>${sourceRows}</tbody></table>
</body></html>
`;
}
