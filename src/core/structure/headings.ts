/**
 * Telling rows that head a part of the sheet (a common goal, a perspective or area, a group of
 * assignments) from activity rows, by their text alone.
 */
import { foldKey, isSpace } from "../text/normalize";
import { headerField } from "./header";

/** "Kommunövergripande mål: Lättillgänglig, god och jämlik vård" → sets the common goal. */
export const COMMON_GOAL_ROW = /^kommun[oö]vergripande\s+m[aå]l\b\s*:?\s*/i;
/** A bullet opening an activity cell: a sub-activity when it carries its own due or status. */
export const BULLET = /^(?:[●•▪◦‣∙·○■□➢►✓\-–—*]|o\s)/u;
export const STARTS_LOWER = /^\p{Ll}/u;
/** A lone small number on a row: a page number from the PDF or print. */
export const LONE_NUMBER = /^\d{1,3}$/;
/** Headings and perspective names are short, one line. */
export const MAX_HEADING_LENGTH = 60;
const TERMINAL_PERIOD = /[.!?]$/;

/** Group headings inside an area ("Nämndspecifika uppdrag", "Övriga aktiviteter"): not activities. */
const GROUP_HEADINGS: readonly string[] = [
  "ovriga aktiviteter",
  "namndspecifika uppdrag",
  "namndspecifika strategiska uppdrag",
  "namndspecifika",
  "kommungemensamma uppdrag",
  "kommungemensamma strategiska uppdrag",
  "kommungemensamma",
  "strategiska utvecklingsuppdrag",
  "strategiska uppdrag",
  "uppdrag fran ks",
  "uppdrag fran kommunstyrelsen",
  "namndsuppdrag",
  "forvaltningschefens aktiviteter",
  "prioriterade aktiviteter",
].map(foldKey);

export function isGroupHeading(text: string): boolean {
  if (text.length > MAX_HEADING_LENGTH || text.includes("\n")) return false;
  const key = foldKey(text);
  return GROUP_HEADINGS.some((heading) => key === heading || key.startsWith(`${heading} `));
}

export function isHeadingLike(text: string): boolean {
  return (
    text.length <= MAX_HEADING_LENGTH &&
    !text.includes("\n") &&
    !TERMINAL_PERIOD.test(text) &&
    !BULLET.test(text) &&
    !LONE_NUMBER.test(text) &&
    headerField(text) === undefined
  );
}

/** "Regionstyrelsen", "Hälso- och sjukvårdsnämnden", "Kultur- och kompetensnämnden": a board's name. */
const BOARD_NAME = /(?:nämnden|nämnd|styrelsen|styrelse|fullmäktige)$/iu;

export function isBoardName(text: string): boolean {
  return text.length <= MAX_HEADING_LENGTH && !text.includes("\n") && BOARD_NAME.test(text.trim());
}

/** "… (KS)", "… (KS, BUN)": the responsible board abbreviated in parentheses at the end of a text. */
export const BOARD_ABBREVIATION = /\(\s*(\p{Lu}{2,6}(?:\s*(?:,|\/|&|och)\s*\p{Lu}{2,6})*)\s*\)\s*$/u;

/** The abbreviation(s) at the end of an activity text, or null. */
export function trailingBoardAbbreviation(text: string): string | null {
  // Cell texts come trimmed, and most do not end in ")": no regular expression for them.
  if (!text.endsWith(")")) return null;
  // Between a match's "(" and the last ")" stand only capitals, spaces and separators, no "(":
  // a match starts at the last "(". Its first character after spaces must be a capital, which in
  // ASCII is A–Z only: "(3)", "(2024)", "(se bilaga)" are rejected without the expression, whose
  // \p{Lu} classes cost a compilation for each kind of text the first time.
  let first = text.lastIndexOf("(") + 1;
  if (first === 0) return null;
  while (first < text.length && isSpace(text.charCodeAt(first))) first++;
  const code = text.charCodeAt(first);
  if (code < 0x80 && !(code >= 65 && code <= 90)) return null;
  return BOARD_ABBREVIATION.exec(text)?.[1] ?? null;
}
