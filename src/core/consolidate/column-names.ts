/**
 * Organisation names become the column headers of the Uppdrag table. They come from the
 * reports' data, so they can be anything: empty, the name of another column ("Uppdrag"), two
 * names that differ only in case, or 40,000 characters. Excel requires a table's column names
 * to be unique (case-insensitively: it renames a duplicate "Namn" to "Namn2") and at most 255
 * characters ([MS-OI29500] 2.1.681, Part 1 §18.5.1.3 tableColumn), and a summary that breaks
 * either cannot be written at all. So each header is made valid here; the full name stays in
 * the Källor sheet and in every row of Alla aktiviteter.
 */

/** [MS-OI29500] 2.1.681: "the name attribute string length must be less than or equal to 255". */
export const MAX_TABLE_COLUMN_NAME = 255;

const CUT_MARKER = "…";
const NO_NAME = "(förvaltning utan namn)";

/** `text` in at most `limit` characters, cut with a marker (never between the halves of an emoji). */
export function cutWithMarker(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let kept = text.slice(0, limit - CUT_MARKER.length);
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return kept + CUT_MARKER;
}

/**
 * A header for each organisation, in order: white space collapsed, cut to Excel's limit, and
 * unique against `reserved` (the table's other columns) and each other, case-insensitively,
 * with " (2)", " (3)", … where names collide.
 */
export function organisationHeaders(
  organisations: readonly string[],
  reserved: readonly string[],
  limit = MAX_TABLE_COLUMN_NAME,
): string[] {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  return organisations.map((organisation) => {
    const base = organisation.replace(/\s+/g, " ").trim() || NO_NAME;
    let header = cutWithMarker(base, limit);
    for (let n = 2; taken.has(header.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      header = cutWithMarker(base, limit - suffix.length) + suffix;
    }
    taken.add(header.toLowerCase());
    return header;
  });
}
