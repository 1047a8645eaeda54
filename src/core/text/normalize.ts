/**
 * Text folding for vocabulary matching: case-, whitespace-, hyphenation- and diacritics-tolerant.
 * One place for it, so every parser and rule compares terms the same way.
 */

/** Words after "Barn-" that show a shared compound ("Barn- och ungdomsnämnden"), not a broken word. */
const COMPOUND_JOINERS = new Set(["och", "eller", "samt", "respektive", "resp", "till", "som"]);

/** The hyphens a word may be broken with (hyphen-minus, soft hyphen, Unicode hyphen). */
const HYPHEN = /[-\u00AD\u2010]/;
const HYPHENS = /[-\u00AD\u2010]/g;

/** A word broken by a hyphen, matched from the letter before the hyphen (sticky: only there). */
const BROKEN_WORD = /(\p{L})[-\u00AD\u2010][ \t]*(?:\r?\n)?\s*(\p{Ll}+)/uy;

/**
 * Join words broken by a hyphen at a line end or before a space ("Genom-\nfört", "Genom- fört" →
 * "Genomfört"), but keep shared compounds ("Barn- och ungdomsnämnden").
 */
export function joinHyphenation(text: string): string {
  return replaceAtHyphens(text, BROKEN_WORD, (all, before, after) => (COMPOUND_JOINERS.has(after) ? all : `${before}${after}`));
}

/**
 * `text.replace(pattern, replace)` for a global pattern that starts with one letter followed by
 * a hyphen, given here as a sticky expression. Such a match can only start right before a hyphen,
 * so the expression is tried only there rather than at every letter (Unicode letter classes make
 * each try costly), in the same left-to-right order and without overlaps, as replace would.
 */
export function replaceAtHyphens(text: string, pattern: RegExp, replace: (all: string, before: string, after: string) => string): string {
  // Most texts have no hyphen at all.
  if (!HYPHEN.test(text)) return text;
  let result = "";
  let copiedTo = 0;
  HYPHENS.lastIndex = 0;
  // test() rather than exec(): no match array per hyphen; the hyphen is the character before lastIndex.
  while (HYPHENS.test(text)) {
    const hyphen = HYPHENS.lastIndex - 1;
    // A letter outside the BMP (a surrogate pair) takes two code units.
    const start = hyphen - (isLowSurrogate(text.charCodeAt(hyphen - 1)) ? 2 : 1);
    if (start < copiedTo) continue; // the letter before belongs to the previous match
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match === null) continue;
    result += text.slice(copiedTo, start) + replace(match[0], match[1]!, match[2]!);
    copiedTo = start + match[0].length;
    HYPHENS.lastIndex = copiedTo;
  }
  return copiedTo === 0 ? text : result + text.slice(copiedTo);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Exactly the characters of the regular expression class \s (and of String#trim). */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Collapse every run of whitespace (incl. non-breaking) to one space and trim, in one pass over
 * the character codes (expressions cost several times more on long texts). Most cells are tidy
 * already and come back as they are; otherwise only the pieces between changes are copied.
 */
export function collapseSpace(text: string): string {
  let result = "";
  let copiedTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 0x80) continue;
    // One space between words, the next most common: tidy, told without a call (none is inlined).
    // Past the end there is no next character (0 fails the test below as NaN would, but reading
    // past the end sent the optimised loop back to the interpreter once per process).
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (code === 32 && i > 0 && next > 32 && next < 0x80) continue;
    if (!isSpace(code)) continue;
    const end = spaceRunEnd(text, i);
    if (!tidySpace(text, i, end)) {
      result += text.slice(copiedTo, i) + (i === 0 || end === text.length ? "" : " ");
      copiedTo = end;
    }
    i = end - 1;
  }
  return copiedTo === 0 ? text : result + text.slice(copiedTo);
}

/** The end of the run of white space starting at `start`. */
function spaceRunEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && isSpace(text.charCodeAt(end))) end++;
  return end;
}

/** Whether the run of white space from `start` to `end` is collapsed already: one plain space between two other characters. */
function tidySpace(text: string, start: number, end: number): boolean {
  return start > 0 && end < text.length && end === start + 1 && text.charCodeAt(start) === 32;
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
  for (let code = from; code < to; code++) {
    const stripped = String.fromCharCode(code).normalize("NFD").replace(/\p{M}+/gu, "");
    // foldKey collapses space in the same pass: a space must stay one space, anything else no space.
    if (isSpace(code) ? stripped.length === 1 && isSpace(stripped.charCodeAt(0)) : stripped !== "" && !/\s/.test(stripped))
      STRIPPED_ALONE[code] = stripped;
  }
}

/**
 * What each code unit of lower-cased text folds to, for ASCII and the table's characters: itself,
 * its stripped form (one code unit), or SPACE_UNIT for white space; 0 for any other (NUL
 * included), which sends the text the separate way. A typed array: the table itself is sparse
 * (dictionary elements, a hash lookup per character).
 */
const FOLDED_UNIT = new Uint16Array(0x2600);
const SPACE_UNIT = 0xffff;
for (let code = 1; code < FOLDED_UNIT.length; code++) {
  if (isSpace(code)) FOLDED_UNIT[code] = code < 0x80 || STRIPPED_ALONE[code] !== undefined ? SPACE_UNIT : 0;
  else if (code < 0x80) FOLDED_UNIT[code] = code;
  else {
    const folded = STRIPPED_ALONE[code]?.toLowerCase();
    if (folded !== undefined && folded.length === 1) FOLDED_UNIT[code] = folded.charCodeAt(0);
  }
}

/**
 * Lower case, stripped and collapsed in one pass over the text, or undefined when a character
 * needs the separate steps. Lower-casing first (one call over the whole text, which stays flat)
 * then stripping by table gives what stripping then lower-casing gives, for every character the
 * table covers and every character that lower-cases into it (tests/core/text/normalize.test.ts
 * checks each one); the text is copied once more only where a character or a space changes.
 */
function foldByTable(text: string): string | undefined {
  const lowered = text.toLowerCase();
  let result = "";
  let copiedTo = 0;
  for (let i = 0; i < lowered.length; i++) {
    const code = lowered.charCodeAt(i);
    if (code > 32 && code < 0x80) continue; // printable ASCII, lower case already: most of any text
    // One space between words, the next most common: tidy, told without a call (none is inlined).
    const next = i + 1 < lowered.length ? lowered.charCodeAt(i + 1) : 0; // as in collapseSpace
    if (code === 32 && i > 0 && next > 32 && next < 0x80) continue;
    const folded = code < FOLDED_UNIT.length ? FOLDED_UNIT[code]! : 0;
    if (folded === 0) return undefined;
    if (folded === SPACE_UNIT) {
      const end = spaceRunEnd(lowered, i);
      if (!tidySpace(lowered, i, end)) {
        result += lowered.slice(copiedTo, i) + (i === 0 || end === lowered.length ? "" : " ");
        copiedTo = end;
      }
      i = end - 1;
    } else if (folded !== code) {
      result += lowered.slice(copiedTo, i) + String.fromCharCode(folded);
      copiedTo = i + 1;
    }
  }
  return copiedTo === 0 ? lowered : result + lowered.slice(copiedTo);
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
  const joined = joinHyphenation(text);
  // Text the table does not cover takes the separate steps: strip (NFD), lower-case, collapse.
  const collapsed = foldByTable(joined) ?? collapseSpace(stripDiacritics(joined).toLowerCase());
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

/** Whether the text contains any of the words (a loop: a closure per call was garbage). */
export function includesAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
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
