/** Small helpers the rules share. */
import { closestTerm, collapseSpace, foldKey } from "../../text/normalize";

/** Longest value quoted in a message: a message names the value, it does not repeat a whole paragraph. */
const QUOTE_LENGTH = 60;
/** Values longer than this get no "did you mean": they are sentences, not misspelt terms (and editDistance is quadratic). */
export const SUGGEST_MAX_LENGTH = 200;

const quoted = new Map<string, string>();

/** ”Pågår – Kontaktcenter startar…” — whitespace collapsed, cut at a word, in Swedish quotes. */
export function quote(value: string): string {
  // The same short values ("Pågår", "December") are quoted thousands of times in a big report.
  if (value.length > 120) return quoteUncached(value);
  let result = quoted.get(value);
  if (result === undefined) {
    result = quoteUncached(value);
    if (quoted.size > 10_000) quoted.clear();
    quoted.set(value, result);
  }
  return result;
}

function quoteUncached(value: string): string {
  // Collapsing a beginning of the text gives a beginning of the collapsed text (a run of space
  // cut at the end is only dropped there): when two quote lengths of it already collapse to more
  // than a quote, the rest cannot change the quote. Activity texts quoted by due.missing and
  // status.missing are paragraphs, and collapsing was most of quoting them.
  if (value.length > QUOTE_LENGTH * 2) {
    const flatHead = collapseSpace(value.slice(0, QUOTE_LENGTH * 2));
    if (flatHead.length > QUOTE_LENGTH) return cutQuote(flatHead);
  }
  const head = value.length > QUOTE_LENGTH * 4 ? value.slice(0, QUOTE_LENGTH * 4) : value;
  const flat = collapseSpace(head);
  if (flat.length <= QUOTE_LENGTH) return `”${flat}”`;
  return cutQuote(flat);
}

/** A collapsed text longer than a quote, cut at a word. */
function cutQuote(flat: string): string {
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

interface CandidateIndex {
  /** Folded length of each candidate, for the length filter. */
  lengths: number[];
  longest: number;
  /** Suggestions already computed: a misspelling is usually repeated down a column. */
  memo: Map<string, string | undefined>;
}
const candidateIndexes = new WeakMap<readonly string[], CandidateIndex>();

function indexOf(candidates: readonly string[]): CandidateIndex {
  let index = candidateIndexes.get(candidates);
  if (index === undefined) {
    const lengths = candidates.map((candidate) => foldKey(candidate).length);
    index = { lengths, longest: lengths.reduce((a, b) => (b > a ? b : a), 0), memo: new Map() };
    candidateIndexes.set(candidates, index);
  }
  return index;
}

/**
 * closestTerm, skipped where it cannot succeed. closestTerm accepts a distance of at most half the
 * term's length, and a distance is at least the difference in length: a value much longer than
 * every term is a sentence, not a misspelling, and only terms of a similar length can be close.
 * editDistance is quadratic, so long values never reach it.
 */
export function suggestTerm(value: string, candidates: readonly string[]): string | undefined {
  if (value.length > SUGGEST_MAX_LENGTH) return undefined;
  const index = indexOf(candidates);
  if (index.memo.has(value)) return index.memo.get(value);
  const length = foldKey(value).length;
  const near = candidates.filter((_, i) => {
    const termLength = index.lengths[i]!;
    return Math.abs(length - termLength) <= Math.max(1, Math.floor(termLength * 0.5));
  });
  const suggestion = near.length === 0 ? undefined : closestTerm(value, near);
  if (index.memo.size < 5000) index.memo.set(value, suggestion);
  return suggestion;
}
