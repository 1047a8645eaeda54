/**
 * Dates and times as a Swedish user reads and types them: ÅÅÅÅ-MM-DD (ISO 8601), whatever the
 * browser's or the machine's locale. Without dependencies, so the pane's first load can use it
 * (the change log, the stamp and the pane all show local times through it).
 */

const pad = (n: number) => String(n).padStart(2, "0");

/** An instant in the user's own clock: "2024-08-31 16:05", or "2024-08-31 16:05:09" with seconds. */
export function localDateTime(instant: Date, precision: "minutes" | "seconds" = "minutes"): string {
  const minutes = `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())} ${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
  return precision === "seconds" ? `${minutes}:${pad(instant.getSeconds())}` : minutes;
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
