/**
 * Word tokens with their place in the original text, and a longest-match phrase matcher over them.
 * The parsers match vocabulary on folded keys but cut comments out of the original text, so
 * nothing the user wrote is rewritten (a comment keeps its case, diacritics and "vård- och").
 */
import { foldKey, isSpace } from "../text/normalize";

export interface Token {
  /** Offsets into the original text: text.slice(start, end) is the token as written. */
  start: number;
  end: number;
  /** Folded matching key ("Genom-\nfört" → "genomfort"); for punctuation the mark itself. */
  key: string;
  /** False for punctuation tokens ("–", "/", "&"). */
  word: boolean;
}

const HYPHENS = /[-\u00AD\u2010]/g;
const TRAILING_HYPHEN = /\p{L}[-\u00AD\u2010]$/u;
const STARTS_LOWER = /^\p{Ll}/u;

const SLASH = 47;

/** White space and "/" end a token. */
function endsToken(code: number): boolean {
  return code === SLASH || isSpace(code);
}

/** The matching key of one word: folded, with inner hyphens dropped ("Genom-fört" → "genomfort"). */
export function wordKey(word: string): string {
  return foldKey(word).replace(HYPHENS, "");
}

/**
 * Split into tokens on whitespace and "/"; a word broken by a hyphen at a line end or before a
 * space ("Genom-\nfört", "ge- nomfört") is joined into one token, as joinHyphenation does.
 */
export function tokenize(text: string): Token[] {
  // What /\/|[^\s/]+/g finds, read from the character codes: no match array per token.
  const raw: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code === SLASH) {
      raw.push({ start: i, end: i + 1, text: "/" });
      i++;
    } else if (isSpace(code)) i++;
    else {
      let end = i + 1;
      while (end < text.length && !endsToken(text.charCodeAt(end))) end++;
      raw.push({ start: i, end, text: text.slice(i, end) });
      i = end;
    }
  }
  const tokens: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const first = raw[i]!;
    let end = first.end;
    let joined = first.text;
    while (
      i + 1 < raw.length &&
      TRAILING_HYPHEN.test(joined) &&
      STARTS_LOWER.test(raw[i + 1]!.text)
    ) {
      i++;
      joined = joined.slice(0, -1) + raw[i]!.text;
      end = raw[i]!.end;
    }
    const key = wordKey(joined);
    if (key === "") tokens.push({ start: first.start, end, key: joined.trim(), word: false });
    else tokens.push({ start: first.start, end, key, word: true });
  }
  return tokens;
}

export interface PhraseMatch<T> {
  payload: T;
  /** Index of the first token after the phrase. */
  end: number;
}

/** Longest-match lookup of multi-word phrases at a token position, on folded word keys. */
export class PhraseMatcher<T> {
  private readonly byFirstKey = new Map<string, { keys: string[]; payload: T }[]>();

  add(phrase: string, payload: T): void {
    const keys = tokenize(phrase).map((token) => token.key);
    const first = keys[0];
    if (first === undefined) return;
    const list = this.byFirstKey.get(first) ?? [];
    if (list.some((entry) => entry.keys.join(" ") === keys.join(" "))) return;
    list.push({ keys, payload });
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirstKey.set(first, list);
  }

  matchAt(tokens: readonly Token[], index: number): PhraseMatch<T> | null {
    const first = tokens[index];
    if (first === undefined) return null;
    const candidates = this.byFirstKey.get(first.key);
    if (candidates === undefined) return null;
    for (const candidate of candidates) {
      if (candidate.keys.every((key, offset) => tokens[index + offset]?.key === key)) {
        return { payload: candidate.payload, end: index + candidate.keys.length };
      }
    }
    return null;
  }
}

/** Tidy a cut-out piece of cell text: no leading separators, single spaces, line breaks kept. */
export function tidyRemainder(text: string): string | null {
  const tidy = text
    .replace(/^[\s.,;:!?–—\-/&+]+/u, "")
    .replace(/[ \t\u00A0\u2007\u202F]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
  return tidy === "" ? null : tidy;
}
