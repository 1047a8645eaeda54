/**
 * XML text for SpreadsheetML. Characters XML 1.0 cannot hold (control characters) and a carriage
 * return (which XML parsers turn into a line feed) are written as OOXML's _xHHHH_ escapes, as
 * Excel does, and a literal "_xHHHH_" in the text is protected as "_x005F_xHHHH_"; read-grid.ts
 * decodes both, so text survives the round trip exactly.
 */

// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>"\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

function escapeChar(ch: string): string {
  const entity = ENTITIES[ch];
  if (entity) return entity;
  if (ch === "_") return "_x005F_";
  return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
}

/** Element text (and attribute values without tabs or line breaks). */
export function xmlText(text: string): string {
  return NEEDS_WORK.test(text) ? text.replace(SPECIAL, escapeChar) : text;
}

/** An attribute value: tabs and line breaks as character references, so parsers keep them. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/[\t\n]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** `<t>` content, with xml:space="preserve" where leading or trailing white space must survive. */
export function textElement(text: string): string {
  const preserve = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${xmlText(text)}</t>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
