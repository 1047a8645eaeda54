/**
 * The expressions that find assignment references in a folded key (assignment.ts), in two
 * editions: with Unicode letter classes (\p{L}, \p{Ll}) for any key, and with ASCII letter
 * classes for a key whose letters are all ASCII, as the folded key of Swedish text nearly always
 * is (å, ä, ö fold to a, a, o). On such a key the two editions match alike: a class of letters
 * meets no other letters there. Each \p{L} is a table of some 600 ranges, compiled again for
 * one-byte and for two-byte text: compiling the Unicode edition was most of the parser's cost on
 * the first report of a run, and it is now compiled only when a key has a letter beyond ASCII.
 */

export interface ReferenceExpressions {
  /** Letter, hyphen, lower-case letter: sticky, replaceAtHyphens tries it only at the hyphens. */
  hyphenated: RegExp;
  /** Sticky: tried only where one of its first words starts (see scanAssignments). */
  strategic: RegExp;
  boardAssignment: RegExp;
  /** An assignment from the board itself ("Uppdrag från KS", "KS-uppdrag"): a nämndsuppdrag of that board. */
  fromBoard: RegExp;
  /** Older reports name the receiver instead of the scope: "Uppdrag till samtliga nämnder …", "Uppdrag till barn- och ungdomsnämnden …". */
  toAllBoards: RegExp;
  toOneBoard: RegExp;
  director: RegExp;
}

/** "1", "(13)", "nr 42", "43", "2 och 3": numbers of at most three digits (2019 is a year, not a number). */
const NUMBERS =
  "(?:\\s*[:\\-–]?\\s*(?:nr\\.?|nummer)?\\s*\\(?\\s*(\\d{1,3}(?!\\d)(?:\\s*(?:,|och|&|\\/|samt)\\s*\\d{1,3}(?!\\d))*)\\s*\\)?)?";

/** The expressions with `letter` as the class of letters and `lower` as that of lower-case letters. */
function build(letter: string, lower: string): ReferenceExpressions {
  const notAfterLetter = `(?<![${letter}])`;
  const notBeforeLetter = `(?![${letter}])`;
  const scopeWord = `(kommungemensam[${letter}]*|kommunovergripande|namndspecifik[${letter}]*)`;
  return {
    hyphenated: new RegExp(`([${letter}])[-\\u00AD\\u2010]([${lower}])`, "uy"),
    strategic: new RegExp(
      `${notAfterLetter}(?:${scopeWord}\\s+)?(?:(strategisk[${letter}]*)\\s+)?(?:${scopeWord}\\s+)?(?:strategisk[${letter}]*\\s+)?(?:utvecklings)?uppdrag(?:et|en|s)?${notBeforeLetter}${NUMBERS}`,
      "uy",
    ),
    boardAssignment: new RegExp(`${notAfterLetter}namndsuppdrag(?:et|en)?${notBeforeLetter}${NUMBERS}`, "gu"),
    fromBoard: new RegExp(
      `${notAfterLetter}(?:uppdrag(?:et)?\\s+fran\\s+(?:ks|kommunstyrelsen|namnden)${notBeforeLetter}|ks-?uppdrag(?:et)?${notBeforeLetter})`,
      "gu",
    ),
    toAllBoards: new RegExp(`${notAfterLetter}uppdrag\\s+till\\s+samtliga${notBeforeLetter}`, "u"),
    toOneBoard: new RegExp(`${notAfterLetter}uppdrag\\s+till\\s+[^.]{0,80}?(?:namnden|styrelsen)${notBeforeLetter}`, "u"),
    director: new RegExp(
      `${notAfterLetter}forvaltningschef(?:en|ens|s)?\\s+(?:egna\\s+)?(?:aktivitet|uppdrag)[${letter}]*`,
      "gu",
    ),
  };
}

/** The editions: ASCII letters (A–Z, a–z; the lower-case ones a–z), and any letter. */
export const ASCII_LETTER_EXPRESSIONS = build("A-Za-z", "a-z");
let anyLetters: ReferenceExpressions | undefined;
/** Built on first need: constructing it parses every \p{L} too. */
export function anyLetterExpressions(): ReferenceExpressions {
  return (anyLetters ??= build("\\p{L}", "\\p{Ll}"));
}

/**
 * A code unit that may be (part of) a letter beyond ASCII: any but ASCII and the blocks without
 * letters that Swedish text and pasted lists use (Latin-1 punctuation and signs, general
 * punctuation – ” …, currency signs, arrows and technical signs, box drawing, geometric shapes ●,
 * dingbats; the tests check that none of them is a letter). A key with such a unit, or with a
 * surrogate, takes the Unicode edition even where that unit is no letter: never wrong, only
 * slower (control characters, which no folded text of a cell keeps, count as such too). One
 * class of ranges, so the test costs a fraction of a \p{L} test over the key.
 */
const MAYBE_LETTER = /[^ -\u00a9\u00ab-\u00b4\u00b6-\u00b9\u00bb-\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf\u2190-\u23ff\u2500-\u27bf]/;

/** The edition for a key: ASCII letters unless the key may hold a letter beyond ASCII. */
export function expressionsFor(key: string): ReferenceExpressions {
  return MAYBE_LETTER.test(key) ? anyLetterExpressions() : ASCII_LETTER_EXPRESSIONS;
}
