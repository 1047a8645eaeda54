/**
 * Dates as the pane shows and reads them: Swedish style, ÅÅÅÅ-MM-DD (ISO 8601), whatever the
 * browser's own locale. Kept here rather than imported from the core's change log so that the
 * pane's first load does not pull in the fix machinery.
 */

const pad = (n: number) => String(n).padStart(2, "0");

/** An instant in the user's own clock: "2024-08-31 16:05". */
export function localDateTime(instant: Date): string {
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())} ${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

/** A real calendar date written ÅÅÅÅ-MM-DD (not 2024-02-30, not 2024-8-31). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/**
 * What a user typed, tidied to ÅÅÅÅ-MM-DD when it is unambiguous: "2024-8-31", "20240831" and
 * "2024 08 31" become "2024-08-31". Anything else is returned trimmed, for the validation to name.
 */
export function tidyIsoDate(text: string): string {
  const trimmed = text.trim();
  const separated = /^(\d{4})([-./ ])(\d{1,2})\2(\d{1,2})$/.exec(trimmed);
  if (separated)
    return `${separated[1]}-${separated[3]!.padStart(2, "0")}-${separated[4]!.padStart(2, "0")}`;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  return trimmed;
}
