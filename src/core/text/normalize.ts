/**
 * Text folding for vocabulary matching: case-, whitespace-, hyphenation- and diacritics-tolerant.
 * One place for it, so every parser and rule compares terms the same way.
 */

/** Words after "Barn-" that show a shared compound ("Barn- och ungdomsnämnden"), not a broken word. */
const COMPOUND_JOINERS = new Set(["och", "eller", "samt", "respektive", "resp", "till", "som"]);

const HYPHEN = /[-\u00AD\u2010]/;

/**
 * Join words broken by a hyphen at a line end or before a space ("Genom-\nfört", "Genom- fört" →
 * "Genomfört"), but keep shared compounds ("Barn- och ungdomsnämnden").
 */
export function joinHyphenation(text: string): string {
  // The joining expression is tried at every letter; most texts have no hyphen at all.
  if (!HYPHEN.test(text)) return text;
  return text.replace(/(\p{L})[-\u00AD\u2010][ \t]*(?:\r?\n)?\s*(\p{Ll}+)/gu, (all, before: string, after: string) =>
    COMPOUND_JOINERS.has(after) ? all : `${before}${after}`,
  );
}

/** Whitespace that collapseSpace changes: anything but a single space between two other characters. */
const UNTIDY_SPACE = /[^\S ]| \s|^\s|\s$/;

/** Collapse every run of whitespace (incl. non-breaking) to one space and trim. */
export function collapseSpace(text: string): string {
  // Most cells are tidy already: testing is cheaper than building an identical copy.
  if (!UNTIDY_SPACE.test(text)) return text;
  return text.replace(/[\s\u00A0\u2007\u202F]+/g, " ").trim();
}

const NON_ASCII = /[\u0080-\uFFFF]/;
/** Characters from U+0300 on: combining marks themselves, and scripts the table does not cover. */
const BEYOND_LATIN = /[\u0300-\uFFFF]/;
const LATIN_WITH_DIACRITICS = /[\u0080-\u02FF]/g;
/**
 * U+0080–U+02FF (Latin-1 and Latin Extended: å, ä, ö, é, ü …) with diacritics stripped, one entry
 * per character. None of them is a combining mark, so stripping a text of them character by
 * character gives what NFD and stripping the whole text gives (the tests check every pair).
 */
const LATIN_STRIPPED: string[] = [];
for (let code = 0x80; code < 0x300; code++)
  LATIN_STRIPPED[code] = String.fromCharCode(code).normalize("NFD").replace(/\p{M}+/gu, "");

/** Strip diacritics: "Pågående" → "Pagaende". */
export function stripDiacritics(text: string): string {
  // NFD builds a new string of every text; Swedish text needs only the Latin table.
  if (!NON_ASCII.test(text)) return text;
  if (!BEYOND_LATIN.test(text))
    return text.replace(LATIN_WITH_DIACRITICS, (char) => LATIN_STRIPPED[char.charCodeAt(0)]!);
  return text.normalize("NFD").replace(/\p{M}+/gu, "");
}

/** Space and the punctuation foldKey drops around a term ("Genomfört." → "genomfort"). */
function isEdgePunctuation(code: number): boolean {
  switch (code) {
    case 32: // collapseSpace has made every whitespace a plain space
    case 46: // .
    case 44: // ,
    case 59: // ;
    case 58: // :
    case 33: // !
    case 63: // ?
    case 40: // (
    case 41: // )
    case 0x2013: // –
    case 0x2014: // —
    case 45: // -
      return true;
    default:
      return false;
  }
}

/**
 * Keys of short texts (terms, headers, perspective names: they repeat on every row), kept until
 * there are too many. Long texts are mostly unique and are not kept.
 */
const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX_LENGTH = 80;
const FOLD_CACHE_MAX_ENTRIES = 5_000;

/**
 * The matching key of a term: hyphenation joined, diacritics stripped, lower case, single spaces,
 * surrounding punctuation dropped. "  Genom- fört. " → "genomfort".
 */
export function foldKey(text: string): string {
  const short = text.length <= FOLD_CACHE_MAX_LENGTH;
  if (short) {
    const cached = foldCache.get(text);
    if (cached !== undefined) return cached;
  }
  const collapsed = collapseSpace(stripDiacritics(joinHyphenation(text)).toLowerCase());
  // Dropping the surrounding punctuation by index: an end-anchored expression is tried at every position.
  let start = 0;
  let end = collapsed.length;
  while (start < end && isEdgePunctuation(collapsed.charCodeAt(start))) start++;
  while (end > start && isEdgePunctuation(collapsed.charCodeAt(end - 1))) end--;
  const key = collapsed.slice(start, end);
  if (short) {
    if (foldCache.size >= FOLD_CACHE_MAX_ENTRIES) foldCache.clear();
    foldCache.set(text, key);
  }
  return key;
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
