/**
 * The HTML report's section "Förändringar sedan förra perioden", appended after the report's own
 * sections (html.ts calls it once): per organisation the counts and the rows of changes-sheet.ts.
 */
import type { Summary } from "./model";
import { CHANGE_KIND_LABELS, changeRows } from "./changes-sheet";
import { escapeHtml } from "./html-escape";

export function renderChangesHtml(summary: Summary): string {
  const comparison = summary.comparison;
  if (!comparison) return "";
  const td = (value: string | null) => `<td>${value === null ? "" : escapeHtml(value).replace(/\n/g, "<br>")}</td>`;
  const organisations = comparison.organisations
    .map((org) => {
      const rows = changeRows(org)
        .map((r) => `<tr data-change="${r.kind}">${td(CHANGE_KIND_LABELS[r.kind])}${td(r.goal)}${td(r.activity)}${td(r.previousActivity)}${td(r.before)}${td(r.now)}${td(r.match)}</tr>`)
        .join("");
      const counts = `${org.statusChanges.length} ändrade status, ${org.new.length} nya, ${org.vanished.length} försvunna, ${org.carriedOver.length} överförda${org.ties.length > 0 ? `, ${org.ties.length} osäkra` : ""}`;
      return `<h3>${escapeHtml(org.organisation)}</h3><p class="meta">${escapeHtml(counts)}</p>${
        rows ? `<div class="scroll"><table><thead><tr><th>Förändring</th><th>Mål</th><th>Aktivitet</th><th>Förra periodens text</th><th>Status förra perioden</th><th>Status nu</th><th>Matchning</th></tr></thead><tbody>${rows}</tbody></table></div>` : ""
      }`;
    })
    .join("\n");
  const others = [
    comparison.newOrganisations.length > 0 ? `<p>Inte med i förra periodens underlag, så ingen jämförelse: ${escapeHtml(comparison.newOrganisations.join(", "))}</p>` : "",
    comparison.notReportedNow.length > 0 ? `<p>Fanns förra perioden men inte nu: ${escapeHtml(comparison.notReportedNow.join(", "))}</p>` : "",
  ].join("");
  return `<section class="page" id="forandringar">
<h2>Förändringar sedan förra perioden</h2>
<p class="meta">Jämfört med ${escapeHtml(comparison.previousSources.join(", "))}</p>
${others}${organisations}
</section>
`;
}
