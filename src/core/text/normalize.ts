/**
 * Text folding for vocabulary matching: case-, whitespace-, hyphenation- and diacritics-tolerant.
 * One place for it, so every parser and rule compares terms the same way.
 */

/** Words after "Barn-" that show a shared compound ("Barn- och ungdomsnämnden"), not a broken word. */
const COMPOUND_JOINERS = new Set(["och", "eller", "samt", "respektive", "resp", "till", "som"]);

/**
 * Join words broken by a hyphen at a line end or before a space ("Genom-\nfört", "Genom- fört" →
 * "Genomfört"), but keep shared compounds ("Barn- och ungdomsnämnden").
 */
export function joinHyphenation(text: string): string {
  return text.replace(/(\p{L})[-\u00AD\u2010][ \t]*(?:\r?\n)?\s*(\p{Ll}+)/gu, (all, before: string, after: string) =>
    COMPOUND_JOINERS.has(after) ? all : `${before}${after}`,
  );
}

/** Collapse every run of whitespace (incl. non-breaking) to one space and trim. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00A0\u2007\u202F]+/g, " ").trim();
}

/** Strip diacritics: "Pågående" → "Pagaende". */
export function stripDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "");
}

/**
 * The matching key of a term: hyphenation joined, diacritics stripped, lower case, single spaces,
 * surrounding punctuation dropped. "  Genom- fört. " → "genomfort".
 */
export function foldKey(text: string): string {
  const joined = joinHyphenation(text);
  return collapseSpace(stripDiacritics(joined).toLowerCase())
    .replace(/^[\s.,;:!?()–—-]+|[\s.,;:!?()–—-]+$/g, "")
    .trim();
}

/** Levenshtein distance, for "did you mean" suggestions (compare folded keys). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(current[j - 1]! + 1, previous[j]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate closest to `value` by folded edit distance, or undefined when none is near enough. */
export function closestTerm(value: string, candidates: readonly string[], maxRatio = 0.5): string | undefined {
  const key = foldKey(value);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(key, foldKey(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= Math.max(1, Math.floor(foldKey(best).length * maxRatio)) ? best : undefined;
}
