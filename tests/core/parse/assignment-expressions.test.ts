/**
 * The reference expressions' ASCII edition is a shortcut for keys whose letters are all ASCII: on
 * every key it is chosen for, each expression must match exactly as the Unicode edition does
 * (same matches, positions and groups, from every start), and any key with a letter beyond ASCII
 * must get the Unicode edition. Keys: the folded texts of the seed reports, and generated texts mixing the
 * reference words with Swedish, other scripts, astral letters, digits, hyphens and punctuation.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import {
  ASCII_LETTER_EXPRESSIONS,
  anyLetterExpressions,
  expressionsFor,
  type ReferenceExpressions,
} from "../../../src/core/parse/assignment-expressions";
import { foldKey } from "../../../src/core/text/normalize";
import { STRATEGIC_FIRST_WORDS, strategicWordLength } from "../../../src/core/parse/assignment";

const NAMES: (keyof ReferenceExpressions)[] = ["hyphenated", "strategic", "boardAssignment", "fromBoard", "toAllBoards", "toOneBoard", "director"];

/** Every match of the expression on the key, tried from every position (sticky and non-global ones too). */
function matches(pattern: RegExp, key: string): unknown[] {
  const found: unknown[] = [];
  for (let from = 0; from <= key.length; from++) {
    const re = new RegExp(pattern.source, pattern.flags.includes("y") || pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    re.lastIndex = from;
    const match = re.exec(key);
    found.push(match === null ? null : [match.index, ...match]);
  }
  return found;
}

/** Whether some character of the key, by code point, is a letter beyond ASCII. */
function hasLetterBeyondAscii(key: string): boolean {
  return [...key].some((ch) => ch.codePointAt(0)! > 0x7f && /\p{L}/u.test(ch));
}

/** Where the ASCII edition is chosen, it matches as the Unicode one; a letter beyond ASCII always gets the Unicode one. */
function sameOnKey(key: string): void {
  if (hasLetterBeyondAscii(key)) expect(expressionsFor(key)).not.toBe(ASCII_LETTER_EXPRESSIONS);
  if (expressionsFor(key) !== ASCII_LETTER_EXPRESSIONS) return;
  const unicode = anyLetterExpressions();
  for (const name of NAMES) expect([name, matches(ASCII_LETTER_EXPRESSIONS[name], key)]).toEqual([name, matches(unicode[name], key)]);
}

function seedTexts(): string[] {
  const dir = path.join(__dirname, "../../../examples/seeds");
  const texts: string[] = [];
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    const fixture = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as { sheets: { rows: (string | null)[][] }[] };
    for (const sheet of fixture.sheets) for (const row of sheet.rows) for (const cell of row) if (cell) texts.push(cell);
  }
  return texts;
}

describe("assignment reference expressions", () => {
  it("match alike in both editions on every seed text's key", () => {
    const keys = [...new Set(seedTexts().map(foldKey))].filter((key) => /uppdrag|chef|-/.test(key));
    expect(keys.length).toBeGreaterThan(50);
    for (const key of keys) sameOnKey(key);
  });

  it("takes the ASCII edition only for characters that are no letters beyond ASCII", () => {
    let ascii = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (expressionsFor(ch) !== ASCII_LETTER_EXPRESSIONS) continue;
      ascii++;
      // Lone surrogates never come here; any other character taking the ASCII edition is no letter beyond ASCII.
      expect([code, hasLetterBeyondAscii(ch)]).toEqual([code, false]);
    }
    // ASCII and the blocks of punctuation, signs and shapes (● – ” →): thousands of characters.
    expect(ascii).toBeGreaterThan(1500);
    expect(expressionsFor("strategiskt uppdrag 2 – ● ”a”")).toBe(ASCII_LETTER_EXPRESSIONS);
    expect(expressionsFor("uppdrag å")).not.toBe(ASCII_LETTER_EXPRESSIONS);
  });

  it("match alike with every ASCII letter, digit or mark right before and after each reference word", () => {
    const words = ["strategiskt uppdrag 2", "kommungemensamt uppdrag", "uppdrag", "namndsuppdrag 3", "uppdrag fran ks", "ks-uppdrag", "uppdrag till samtliga", "uppdrag till namnden", "forvaltningschefens aktiviteter", "a-b", "x-"];
    const edges = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_ .(".split("");
    for (const word of words) for (const edge of edges) for (const key of [`${edge}${word}`, `${word}${edge}`, `${edge}${word}${edge}`]) sameOnKey(key);
  });

  it("match alike on generated keys, and the Unicode edition is chosen for any letter beyond ASCII", () => {
    const word = fc.constantFrom(
      "strategiskt", "kommungemensamt", "kommungemensammaX", "namndspecifikt", "kommunovergripande", "utvecklings", "uppdrag",
      "uppdraget", "namndsuppdrag", "forvaltningschefens", "egna", "aktiviteter", "uppdrag fran ks", "ks-uppdrag", "ksuppdrag",
      "till", "samtliga", "namnden", "styrelsen", "nr", "nummer", "13", "(2)", "2 och 3", "1/4", "2019", "-", "\u00ad", "\u2010",
      "–", "●", " ", "\n", ",", ";", ".", "x", "å", "é", "ß", "ª", "ж", "Ж", "λ", "𝐀", "𐐨", "漢", "ǅ", "٣", "\u0301",
    );
    // Any ASCII letters and digits next to the words, so each letter class is tried at its edges.
    const asciiWord = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789".split("")), minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(fc.oneof(word, asciiWord), { maxLength: 14 }), fc.boolean(), (words, spaced) => {
        sameOnKey(words.join(spaced ? " " : ""));
      }),
      { numRuns: 1500 },
    );
  });
});

describe("strategicWordLength", () => {
  it("tells each first word of a strategic reference by its last letter, wherever it ends", () => {
    for (const word of STRATEGIC_FIRST_WORDS)
      for (const key of [word, `x ${word}`, `${word} och mer`, `namndspecifik strategisk ${word}`]) {
        const end = key.indexOf(word) + word.length;
        expect([word, strategicWordLength(key, end)]).toEqual([word, word.length]);
      }
  });
});
