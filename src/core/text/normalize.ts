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

/**
 * Characters stripped one at a time, without NFD: Latin-1 and Latin Extended (å, ä, ö, é, ü …,
 * U+0080–U+02FF), general punctuation (– ” • …, U+2000–U+206F) and geometric shapes (the ● ▪ ◦ of
 * pasted bullet lists, U+25A0–U+25FF). None of them is or reorders a combining mark, so stripping
 * a text of them character by character gives what NFD and stripping the whole text gives (the
 * tests check every pair).
 */
const STRIPPED_ALONE: (string | undefined)[] = [];
for (const [from, to] of [
  [0x80, 0x300],
  [0x2000, 0x2070],
  [0x25a0, 0x2600],
] as const) {
  for (let code = from; code < to; code++)
    STRIPPED_ALONE[code] = String.fromCharCode(code).normalize("NFD").replace(/\p{M}+/gu, "");
}

/** Strip diacritics: "Pågående" → "Pagaende". */
export function stripDiacritics(text: string): string {
  // NFD builds a new string of every text and the mark expression scans it again; ASCII needs
  // nothing and Swedish text only the table. Anything else (combining marks themselves, other
  // scripts) sends the whole text through NFD.
  let stripped = "";
  let copiedTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const alone = STRIPPED_ALONE[code];
    if (alone === undefined) return text.normalize("NFD").replace(/\p{M}+/gu, "");
    if (alone.length === 1 && alone.charCodeAt(0) === code) continue; // nothing to strip: keep copying
    stripped += text.slice(copiedTo, i) + alone;
    copiedTo = i + 1;
  }
  return copiedTo === 0 ? text : stripped + text.slice(copiedTo);
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
