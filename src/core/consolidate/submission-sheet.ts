/**
 * The "Inlämning" sheet of the summary workbook: the submission overview (submission.ts) as a
 * table per organisation, then the duplicates and the files that could not be read.
 */
import type { SheetSpec, SpecCell, SpecValue } from "../sheetspec";
import { LIGHT_COLOURS } from "./labels";
import type { Summary } from "./model";
import { SUBMISSION_LABELS, type SubmissionState } from "./submission";

export const SUBMISSION_SHEET = "Inlämning";

const LIGHT_BY_STATE: Record<SubmissionState, keyof typeof LIGHT_COLOURS> = {
  stamped: "green",
  changed_after_stamp: "yellow",
  unstamped: "yellow",
  errors: "red",
  missing: "red",
};

function sourceList(sources: readonly { file: string; sheet: string | null }[]): string | null {
  return sources.length === 0 ? null : sources.map((s) => (s.sheet ? `${s.file} (${s.sheet})` : s.file)).join(", ");
}

export function submissionHeadline(summary: Summary): string {
  const { submission } = summary;
  const judged = submission.rows.filter((row) => row.expected || !submission.hasExpectedList);
  const stamped = submission.counts.stamped;
  const what = submission.hasExpectedList ? "förväntade förvaltningar" : "förvaltningar som lämnat in";
  const missing = submission.counts.missing;
  return `${stamped} av ${judged.length} ${what} har lämnat in en stämplad rapport${missing > 0 ? `; ${missing} saknas` : ""}.`;
}

export function submissionSheet(summary: Summary): SheetSpec {
  const { submission } = summary;
  const columns = ["Förvaltning", "Läge", "Fel", "Förväntad", "Källor"];
  const rows: SpecValue[][] = submission.rows.map((row) => [
    row.organisation,
    SUBMISSION_LABELS[row.state],
    row.errors,
    row.expected ? "Ja" : "Nej, inte i profilens lista",
    sourceList(row.sources),
  ]);
  const cells: SpecCell[] = [
    { row: 1, col: 1, value: "Inlämning", style: { bold: true, fontSize: 14 } },
    { row: 2, col: 1, value: submissionHeadline(summary) },
  ];
  if (!submission.hasExpectedList) {
    cells.push({ row: 3, col: 1, value: "Profilen har ingen lista över förväntade förvaltningar (forvaltningar): bara de som lämnat in visas.", style: { italic: true } });
  }
  const tableTop = 5;
  const lastRow = tableTop + Math.max(rows.length, 1);
  let next = lastRow + 2;
  const heading = (text: string) => cells.push({ row: next++, col: 1, value: text, style: { bold: true, fontSize: 12 } });
  if (submission.duplicates.length > 0) {
    heading(`Samma rapport två gånger (${submission.duplicates.length})`);
    for (const d of submission.duplicates) {
      cells.push({ row: next, col: 1, value: sourceList([d]) });
      cells.push({
        row: next++,
        col: 2,
        value: `${d.counted ? "Räknas ändå" : "Räknas inte"}: samma ${d.reason === "content" ? "innehåll" : "förvaltning, år och period"} som ${sourceList([d.duplicateOf])}`,
      });
    }
    next++;
  }
  if (submission.unreadable.length > 0) {
    heading(`Kunde inte läsas (${submission.unreadable.length})`);
    for (const u of submission.unreadable) {
      cells.push({ row: next, col: 1, value: u.file });
      cells.push({ row: next++, col: 2, value: u.error });
    }
  }
  const range = `B${tableTop + 1}:B${lastRow}`;
  return {
    name: SUBMISSION_SHEET,
    cells,
    table: { name: "Inlamning", topLeft: `A${tableTop}`, columns, rows, style: "TableStyleMedium2" },
    // One rule per light on the state's label (the error count has a column of its own).
    conditionalFormats: (["green", "yellow", "red"] as const).map((light) => ({
      range,
      kind: "textIn" as const,
      values: (Object.keys(LIGHT_BY_STATE) as SubmissionState[]).filter((s) => LIGHT_BY_STATE[s] === light).map((s) => SUBMISSION_LABELS[s]),
      fill: LIGHT_COLOURS[light].fill,
      fontColor: LIGHT_COLOURS[light].fontColor,
    })),
    columnWidths: { 1: 38, 2: 30, 3: 6, 4: 26, 5: 60 },
    wrapColumns: [5],
    freeze: { rows: tableTop, cols: 1 },
    print: { landscape: true, paper: "A4", titleRows: `${tableTop}:${tableTop}` },
  };
}
