/**
 * The report's section on kommungemensamma uppdrag, grouped by uppdrag: one short block each
 * with who has reported on it (and who has not), and the activities behind it on demand in a
 * <details> element, instead of a wide table of full activity texts per organisation.
 */
import type { Summary } from "./model";
import { escapeHtml } from "./html-escape";

const NOT_IN_REGISTER = "(finns inte i registret)";

function title(entry: Summary["coverage"][number]): string {
  const number = entry.number === null ? "" : `${entry.number}. `;
  return entry.text === NOT_IN_REGISTER
    ? `${number}<span class="missing">inte i uppdragsregistret</span>`
    : `${number}${escapeHtml(entry.text)}`;
}

export function renderAssignmentSection(summary: Summary): string {
  if (summary.coverage.length === 0) return "<p>Inga kommungemensamma uppdrag att redovisa.</p>";
  const total = summary.organisations.length;
  return summary.coverage
    .map((entry) => {
      const reported = entry.cells.filter((cell) => cell.activities.length > 0);
      const missing = entry.cells.filter((cell) => cell.activities.length === 0).map((cell) => cell.organisation);
      const activities = reported.reduce((sum, cell) => sum + cell.activities.length, 0);
      const coverage =
        `Rapporterat av ${reported.length} av ${total} förvaltningar` +
        (missing.length > 0 ? `; <span class="missing">saknas: ${escapeHtml(missing.join(", "))}</span>` : "");
      const list = reported
        .flatMap((cell) =>
          cell.activities.map(
            (a) => `<li><strong>${escapeHtml(cell.organisation)}</strong>: ${escapeHtml(a.activity)} (${escapeHtml(a.status)})</li>`,
          ),
        )
        .join("");
      const details =
        activities === 0
          ? ""
          : `<details><summary>Visa ${activities === 1 ? "aktiviteten" : `de ${activities} aktiviteterna`}</summary><ul>${list}</ul></details>`;
      return `<div class="assignment"><h3>${title(entry)}</h3><p class="coverage">${coverage}</p>${details}</div>`;
    })
    .join("");
}
