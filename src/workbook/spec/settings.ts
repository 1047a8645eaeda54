/**
 * Settings (profile, submission stamp, the add-in's own marks) live in the very hidden sheet
 * SETTINGS_SHEET (core/port.ts), one key per row: column A the key, columns B… the value in chunks.
 *
 * Why a very hidden sheet and not a custom XML part or Office.context.document.settings:
 * - the ExcelJS file adapter can read and write a sheet, but not custom XML parts or the web
 *   extension settings, so a workbook carries its profile and stamp the same way whether it was
 *   stamped in Excel or produced by the CLI, and the consolidator reads both alike;
 * - "very hidden" keeps it out of the Unhide dialog, so users do not edit it by accident, and it
 *   travels with copies of the file;
 * - document settings belong to one add-in id and are lost when the file is opened elsewhere.
 * A cell holds at most 32,767 characters, so long values (a profile as JSON) span several cells.
 */
/** Characters per cell, below Excel's 32,767 limit. */
export const SETTING_CHUNK = 30_000;

export function chunkValue(value: string): string[] {
  if (value === "") return [""];
  const chunks: string[] = [];
  for (let i = 0; i < value.length; i += SETTING_CHUNK) chunks.push(value.slice(i, i + SETTING_CHUNK));
  return chunks;
}

/**
 * Settings from the used range values of the settings sheet (starting at A1). A key on two rows
 * is read from the first, the row both adapters write to.
 */
export function decodeSettings(values: unknown[][]): Map<string, { row: number; value: string; width: number }> {
  const settings = new Map<string, { row: number; value: string; width: number }>();
  values.forEach((row, index) => {
    const key = row[0];
    if (typeof key !== "string" || key === "" || settings.has(key)) return;
    let end = row.length;
    while (end > 1 && (row[end - 1] === "" || row[end - 1] === null || row[end - 1] === undefined)) end--;
    const value = row
      .slice(1, end)
      .map((chunk) => (chunk === null || chunk === undefined ? "" : String(chunk)))
      .join("");
    settings.set(key, { row: index + 1, value, width: row.length });
  });
  return settings;
}
