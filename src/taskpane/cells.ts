/**
 * One way to name a cell everywhere in the pane: "Uppföljning!B36", quoted as Excel writes it when
 * the sheet name needs it ('Uppföljning (mall)'!H30), so a structuring note and a finding that
 * name cells on different sheets cannot be mistaken for each other.
 */
export function cellOnSheet(sheet: string, cell: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;
}
