/**
 * The general path of the direct reader, for comparing its shortcuts with
 * (src/workbook/file/xlsx/xml-sheet-reader.ts): an empty comment before each start tag, which no
 * shortcut takes, leaves every element to the general tokenizer.
 */

/** The same XML with `<!---->` before every start tag (not inside CDATA): the general path only. */
export function generalOnly(xml: string): string {
  return xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<(?=[A-Za-z_])/g, (m) =>
    m === "<" ? "<!----><" : m,
  );
}

/** An error's message without where it was found (the comments move the positions). */
export function withoutPosition(error: unknown): string {
  return (error as Error).message.replace(/\(tecken \d+\)/, "(tecken …)");
}
