/** Text into HTML: every character that could open markup or end an attribute, as a reference. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function htmlCell(value: string | number | null | undefined): string {
  return `<td>${value === null || value === undefined ? "" : escapeHtml(String(value))}</td>`;
}
