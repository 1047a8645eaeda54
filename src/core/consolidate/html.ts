/**
 * The consolidation as one self-contained HTML page (SPEC §8): stacked bars per organisation (as
 * counts and as shares) and the tables, fluid on screen and laid out for A4 portrait in print.
 * No external assets, no scripts: it opens anywhere, offline.
 */
import { STATUS_CATEGORIES } from "../model-lists";
import type { Profile } from "../profile/schema";
import type { Summary } from "./model";
import { LIGHT_COLOURS, categoryLabel } from "./labels";
import { stampStateLabel } from "../stamp/stamp";
import { conservationText } from "./sheets";
import { renderChangesHtml } from "./changes-html";
import { escapeHtml, htmlCell as cell } from "./html-escape";
import { renderBarChart } from "./html-chart";
import { writeAssignmentSection } from "./html-assignments";
import { summaryHtmlStyle } from "./summary-html-style";
import { compareSwedish, swedishDay } from "./swedish-order";


function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${Math.round((part / whole) * 100)} %`;
}

/** "6 december 2026": the day the summary was made, in Swedish time, as a report dates itself. */
export function swedishDate(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return swedishDay(instant);
}

/** What "Läge" is computed from, said once under the table (the rule is in consolidate.ts). */
export const LIGHT_RULE =
  "Läge: grön när minst 80 % av förvaltningens aktiviteter är genomförda, pågående eller ej aktuella; gul från 60 %; annars röd; grå utan aktiviteter.";

/**
 * Where the report's HTML goes, a piece at a time: one string (renderSummaryHtml), or bytes as
 * they come (the CLI): the long tables are handed on row by row, so no string of the whole
 * report, or of a whole table, need be built, copied and encoded at once.
 */
export interface HtmlOut {
  text(html: string): void;
}

export function renderSummaryHtml(summary: Summary, profile: Profile): string {
  const parts: string[] = [];
  writeSummaryHtml(summary, profile, { text: (html) => parts.push(html) });
  return parts.join("");
}

export function writeSummaryHtml(summary: Summary, profile: Profile, out: HtmlOut): void {
  const categoryHeaders = STATUS_CATEGORIES.map(
    (category) => `<th>${escapeHtml(categoryLabel(category, profile))}</th>`,
  ).join("");
  const orgRows = summary.byOrganisation
    .map((org) => {
      const light = LIGHT_COLOURS[org.light];
      return `<tr>${cell(org.organisation)}${STATUS_CATEGORIES.map((category) => cell(org.byCategory[category])).join("")}${cell(org.activities)}${cell(percent(org.byCategory.done, org.activities))}<td class="light" style="background:${light.fill};color:${light.fontColor}">${light.label}</td></tr>`;
    })
    .join("");
  const totals = summary.totals;
  const totalRow = `<tr class="total"><td>Totalt</td>${STATUS_CATEGORIES.map((category) => cell(totals.byCategory[category])).join("")}${cell(totals.activities)}${cell(percent(totals.byCategory.done, totals.activities))}<td></td></tr>`;
  const perspectiveRows = Object.entries(totals.byPerspective)
    .sort(([a], [b]) => compareSwedish(a, b))
    .map(
      ([perspective, counts]) =>
        `<tr>${cell(perspective)}${STATUS_CATEGORIES.map((category) => cell(counts[category])).join("")}</tr>`,
    )
    .join("");
  const sourceRows = summary.sources
    .map(
      (s) =>
        `<tr${s.status === "error" ? ' class="error"' : ""}>${cell(s.file)}${cell(s.sheet)}${cell(s.organisation)}${cell(s.activities)}${cell(s.errors)}${cell(s.warnings)}${cell(stampStateLabel(s.stamp))}${cell(s.status === "error" ? "Kunde inte läsas" : s.counted ? "Läst" : "Dubblett, räknas inte")}${cell([s.error, ...s.remarks].filter(Boolean).join(" "))}</tr>`,
    )
    .join("");
  const warnings = summary.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join("");
  out.text(`<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Kommungemensam sammanställning</title>
<style>${summaryHtmlStyle()}</style></head><body>
<h1>Kommungemensam sammanställning</h1>
<p class="meta">Sammanställd ${escapeHtml(swedishDate(summary.generatedAt))} · ${escapeHtml(conservationText(summary))}</p>
${warnings ? `<ul>${warnings}</ul>` : ""}
<section>
<h2>Aktiviteter per förvaltning</h2>
${renderBarChart(summary, profile, "count")}
${renderBarChart(summary, profile, "share")}
<div class="scroll"><table><thead><tr><th>Förvaltning</th>${categoryHeaders}<th>Aktiviteter</th><th>Andel genomfört</th><th>Läge</th></tr></thead><tbody>${orgRows}${totalRow}</tbody></table></div>
<p class="meta">${escapeHtml(LIGHT_RULE)}</p>
</section>
<section class="page">
<h2>Per perspektiv</h2>
<div class="scroll"><table><thead><tr><th>Perspektiv</th>${categoryHeaders}</tr></thead><tbody>${perspectiveRows}</tbody></table></div>
</section>
<section class="page">
<h2>Kommungemensamma uppdrag</h2>
`);
  writeAssignmentSection(summary, out);
  out.text(`
</section>
<section class="page">
<h2>Avvikelser (${summary.deviations.length})</h2>
<div class="scroll"><table><thead><tr><th>Förvaltning</th><th>Mål</th><th>Aktivitet</th><th>Slutdatum</th><th>Status</th><th>Kommentar</th><th>Orsak</th></tr></thead><tbody>`);
  for (const d of summary.deviations) {
    out.text(
      `<tr>${cell(d.organisation)}${cell(d.goal)}${cell(d.activity)}${cell(d.due)}${cell(d.status)}${cell(d.comment)}${cell(d.reason)}</tr>`,
    );
  }
  out.text(`</tbody></table></div>
</section>
<section class="page">
<h2>Källor</h2>
<div class="scroll"><table><thead><tr><th>Fil</th><th>Blad</th><th>Förvaltning</th><th>Aktiviteter</th><th>Fel</th><th>Varningar</th><th>Stämpel</th><th>Status</th><th>Anmärkning</th></tr></thead><tbody>${sourceRows}</tbody></table></div>
</section>
${renderChangesHtml(summary)}</body></html>
`);
}
