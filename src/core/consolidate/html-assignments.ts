/**
 * The report's section on kommungemensamma uppdrag, grouped by uppdrag: one short block each
 * with who has reported on it (and who has not), and the activities behind it on demand in a
 * <details> element, instead of a wide table of full activity texts per organisation. Written
 * piece by piece into the report (html.ts): an uppdrag can list thousands of activities.
 */
import type { Summary } from "./model";
import { escapeHtml } from "./html-escape";
import type { HtmlOut } from "./html";

const NOT_IN_REGISTER = "(finns inte i registret)";

function title(entry: Summary["coverage"][number]): string {
  const number = entry.number === null ? "" : `${entry.number}. `;
  return entry.text === NOT_IN_REGISTER
    ? `${number}<span class="missing">inte i uppdragsregistret</span>`
    : `${number}${escapeHtml(entry.text)}`;
}

/** The section's blocks into `out`, the activities behind each uppdrag a list item at a time. */
export function writeAssignmentSection(summary: Summary, out: HtmlOut): void {
  if (summary.coverage.length === 0) {
    out.text("<p>Inga kommungemensamma uppdrag att redovisa.</p>");
    return;
  }
  const total = summary.organisations.length;
  for (const entry of summary.coverage) {
    const reported = entry.cells.filter((cell) => cell.activities.length > 0);
    const missing = entry.cells.filter((cell) => cell.activities.length === 0).map((cell) => cell.organisation);
    const activities = reported.reduce((sum, cell) => sum + cell.activities.length, 0);
    const coverage =
      `Rapporterat av ${reported.length} av ${total} förvaltningar` +
      (missing.length > 0 ? `; <span class="missing">saknas: ${escapeHtml(missing.join(", "))}</span>` : "");
    out.text(`<div class="assignment"><h3>${title(entry)}</h3><p class="coverage">${coverage}</p>`);
    if (activities > 0) {
      out.text(
        `<details><summary>Visa ${activities === 1 ? "aktiviteten" : `de ${activities} aktiviteterna`}</summary><ul>`,
      );
      for (const cell of reported) {
        const organisation = escapeHtml(cell.organisation);
        for (const a of cell.activities)
          out.text(`<li><strong>${organisation}</strong>: ${escapeHtml(a.activity)} (${escapeHtml(a.status)})</li>`);
      }
      out.text("</ul></details>");
    }
    out.text("</div>");
  }
}
