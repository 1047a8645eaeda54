/** Small helpers the rules share. */
import { collapseSpace } from "../../text/normalize";

/** Longest value quoted in a message: a message names the value, it does not repeat a whole paragraph. */
const QUOTE_LENGTH = 60;
/** Values longer than this get no "did you mean": they are sentences, not misspelt terms (and editDistance is quadratic). */
export const SUGGEST_MAX_LENGTH = 200;

/** ”Pågår – Kontaktcenter startar…” — whitespace collapsed, cut at a word, in Swedish quotes. */
export function quote(value: string): string {
  const head = value.length > QUOTE_LENGTH * 4 ? value.slice(0, QUOTE_LENGTH * 4) : value;
  const flat = collapseSpace(head);
  if (flat.length <= QUOTE_LENGTH) return `”${flat}”`;
  const cut = flat.slice(0, QUOTE_LENGTH);
  const atWord = cut.lastIndexOf(" ") > QUOTE_LENGTH / 2 ? cut.slice(0, cut.lastIndexOf(" ")) : cut;
  return `”${atWord}…”`;
}

/** "Kvartal 1, Kvartal 2, Kvartal 3, Kvartal 4" */
export function termList(terms: readonly string[]): string {
  return terms.join(", ");
}

export function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === "";
}
