/**
 * The words for duplicate sources (duplicates.ts finds them): the remarks in Källor, the run's
 * warning and the source key the user names one by. No imports, so the pane can show them
 * without loading the core.
 */
export type DuplicateReason = "content" | "period";

/** How the user names a source to count it anyway: "fil.xlsx › Blad". */
export function sourceKey(file: string, sheet: string | null): string {
  return sheet ? `${file} › ${sheet}` : file;
}

const REASON_TEXT: Record<DuplicateReason, string> = {
  content: "samma innehåll",
  period: "samma förvaltning, år och period",
};

function named(file: string, sheet: string | null): string {
  return sheet ? `${file} (blad ${sheet})` : file;
}

/** The remark on a source left out, in Källor and the pane. */
export function leftOutRemark(kept: { file: string; sheet: string | null }, reason: DuplicateReason): string {
  return `Räknas inte: dubblett av ${named(kept.file, kept.sheet)} (${REASON_TEXT[reason]}). Aktiviteterna räknas en gång, från den källan.`;
}

/** The remark on a duplicate the user chose to count anyway. */
export function countedAnywayRemark(kept: { file: string; sheet: string | null }, reason: DuplicateReason): string {
  return `Dubblett av ${named(kept.file, kept.sheet)} (${REASON_TEXT[reason]}), men räknas ändå på begäran: aktiviteterna finns två gånger i sammanställningen.`;
}

/** The remark on the source that is counted. */
export function keptRemark(others: readonly { file: string; sheet: string | null }[]): string {
  return `Samma rapport finns också i ${others.map((o) => named(o.file, o.sheet)).join(", ")}; den räknas bara här.`;
}

/** The run's warning, one line per left-out source. */
export function duplicateWarning(leftOut: { file: string; sheet: string | null; kept: { file: string; sheet: string | null } }): string {
  return `Samma rapport två gånger: ${named(leftOut.file, leftOut.sheet)} är en dubblett av ${named(leftOut.kept.file, leftOut.kept.sheet)} och räknas inte.`;
}
