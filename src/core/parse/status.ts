/**
 * Status cells (SPEC §2.1): a clean term, a term with a comment glued on ("Pågår – Kontaktcenter
 * startar april 2019", "Kvarstår pga Coronapandemin"), two statuses in one cell, or a sentence
 * from which a status can only be inferred. Matching is case-, space-, hyphenation- and
 * diacritics-tolerant; the comment is cut from the original text, so no word is lost or rewritten.
 */
import type { Status, StatusCategory } from "../model";
import type { Profile, TrafficLight } from "../profile/schema";
import { PhraseMatcher, tidyRemainder, tokenize, type Token } from "./terms";

export interface ParsedStatus {
  status: Status;
  /** Cell text that is not the status term (the whole text when the status was inferred or unknown). */
  comment: string | null;
}

type ProfileCategory = Exclude<StatusCategory, "ambiguous" | "missing">;

interface StatusMatchers {
  /** Canonical terms and synonyms: what may lead a cell. */
  leading: PhraseMatcher<ProfileCategory>;
  /** Those plus keywords: what counts inside a sentence. */
  anywhere: PhraseMatcher<ProfileCategory>;
  /** Status sentences ("är genomfört", "bedöms inte bli genomfört"): what the first sentence states. */
  sentences: PhraseMatcher<ProfileCategory>;
}

const matcherCache = new WeakMap<Profile, StatusMatchers>();

function matchersFor(profile: Profile): StatusMatchers {
  const cached = matcherCache.get(profile);
  if (cached) return cached;
  const leading = new PhraseMatcher<ProfileCategory>();
  const anywhere = new PhraseMatcher<ProfileCategory>();
  const sentences = new PhraseMatcher<ProfileCategory>();
  for (const entry of profile.statuses) {
    for (const phrase of entry.sentences ?? []) sentences.add(phrase, entry.category);
    for (const term of [entry.canonical, ...entry.synonyms]) {
      leading.add(term, entry.category);
      anywhere.add(term, entry.category);
    }
    for (const keyword of entry.keywords ?? []) anywhere.add(keyword, entry.category);
  }
  const matchers = { leading, anywhere, sentences };
  matcherCache.set(profile, matchers);
  return matchers;
}

/** Words joining two statuses in one cell: "Pågående och genomfört", "Pågående/Genomfört". */
const CONNECTORS = new Set(["och", "eller", "samt", "/", "&", "+"]);
/** A keyword right after one of these is negated ("har inte genomförts"): not evidence of the category. */
const NEGATIONS = new Set(["inte", "ej", "icke", "aldrig"]);

export function canonicalLabel(category: StatusCategory, profile: Profile): string | null {
  return profile.statuses.find((entry) => entry.category === category)?.canonical ?? null;
}

/** The traffic light of a category; null for ambiguous and missing (they are findings, not lights). */
export function statusLight(category: StatusCategory, profile: Profile): TrafficLight | null {
  return profile.statuses.find((entry) => entry.category === category)?.light ?? null;
}

function result(
  raw: string,
  category: StatusCategory,
  profile: Profile,
  inferred: boolean,
  comment: string | null,
): ParsedStatus {
  return { status: { raw, category, label: canonicalLabel(category, profile), inferred }, comment };
}

export function parseStatus(text: string | null | undefined, profile: Profile): ParsedStatus {
  const raw = (text ?? "").trim();
  if (raw === "")
    return {
      status: { raw: "", category: "missing", label: null, inferred: false },
      comment: null,
    };

  const tokens = tokenize(raw);
  const { leading, anywhere, sentences } = matchersFor(profile);
  const first = tokens.findIndex((token) => token.word);
  const lead = first >= 0 ? leading.matchAt(tokens, first) : null;
  if (lead) return fromLeadingTerm(raw, tokens, lead.payload, lead.end, leading, profile);
  // "Uppdraget bedöms inte bli genomfört." states its status in its first sentence: inferred, the whole text the comment.
  const stated = statedCategory(raw, sentences);
  if (stated !== undefined) return result(raw, stated, profile, true, tidyRemainder(raw));
  return inferFromSentence(raw, tokens, anywhere, profile);
}

/** A text's first sentence (up to its first full stop, question or exclamation mark). */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s|$)/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

/**
 * The category the profile's status sentences give the first sentence: the longest phrase at each
 * place ("bedöms inte bli genomfört" over "bli genomfört"); none when the sentence states two
 * categories ("… är genomförd, arbetet med … pågår.").
 */
function statedCategory(
  text: string,
  sentences: PhraseMatcher<ProfileCategory>,
): ProfileCategory | undefined {
  const categories = new Set(
    phrasesIn(tokenize(firstSentence(text)), sentences).map((found) => found.payload),
  );
  return categories.size === 1 ? [...categories][0] : undefined;
}

/** Every phrase of `matcher` in the tokens, left to right: the longest at each place, none overlapping. */
function phrasesIn<T>(
  tokens: readonly Token[],
  matcher: PhraseMatcher<T>,
): { index: number; payload: T }[] {
  const found: { index: number; payload: T }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = tokens[i]!.word ? matcher.matchAt(tokens, i) : null;
    if (!match) {
      i++;
      continue;
    }
    found.push({ index: i, payload: match.payload });
    i = match.end;
  }
  return found;
}

/**
 * The status a comment states when the sheet has no status column ("Uppdraget är genomfört under
 * året.", "Uppdraget bedöms bli genomfört."): read from its first sentence and always inferred, so
 * the user confirms it; missing when the first sentence states none.
 */
export function statusFromComment(text: string, profile: Profile): Status {
  const { status } = parseStatus(firstSentence(text), profile);
  if (status.category === "missing" || status.category === "ambiguous")
    return { raw: "", category: "missing", label: null, inferred: false };
  return { ...status, inferred: true };
}

function remainderFrom(raw: string, tokens: readonly Token[], index: number): string | null {
  const token = tokens[index];
  return token === undefined ? null : tidyRemainder(raw.slice(token.start));
}

function fromLeadingTerm(
  raw: string,
  tokens: readonly Token[],
  firstCategory: ProfileCategory,
  firstEnd: number,
  leading: PhraseMatcher<ProfileCategory>,
  profile: Profile,
): ParsedStatus {
  const categories = new Set<ProfileCategory>([firstCategory]);

  // Terms chained with a connector ("Pågående och genomfört", "Pågående/Genomfört").
  let end = firstEnd;
  for (;;) {
    let next = end;
    while (tokens[next] !== undefined && CONNECTORS.has(tokens[next]!.key)) next++;
    if (next === end) break;
    const match = leading.matchAt(tokens, next);
    if (!match) break;
    categories.add(match.payload);
    end = match.end;
  }

  // A cell made of nothing but status terms ("Klar Klar Flyttas till 2024": one per sub-activity).
  if (end === firstEnd) {
    const onlyTerms = termsCoveringRest(tokens, firstEnd, leading);
    if (onlyTerms !== null && new Set([firstCategory, ...onlyTerms]).size > 1) {
      return result(raw, "ambiguous", profile, false, null);
    }
  }

  if (categories.size > 1)
    return result(raw, "ambiguous", profile, false, remainderFrom(raw, tokens, end));
  // One category: everything after the first term is comment, so a repeated term is not lost either.
  return result(raw, firstCategory, profile, false, remainderFrom(raw, tokens, firstEnd));
}

/** The categories of the terms that make up all tokens from `index` on (punctuation between), or null. */
function termsCoveringRest(
  tokens: readonly Token[],
  index: number,
  leading: PhraseMatcher<ProfileCategory>,
): ProfileCategory[] | null {
  const found: ProfileCategory[] = [];
  let i = index;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!token.word || CONNECTORS.has(token.key)) {
      i++;
      continue;
    }
    const match = leading.matchAt(tokens, i);
    if (!match) return null;
    found.push(match.payload);
    i = match.end;
  }
  return found.length > 0 ? found : null;
}

function inferFromSentence(
  raw: string,
  tokens: readonly Token[],
  anywhere: PhraseMatcher<ProfileCategory>,
  profile: Profile,
): ParsedStatus {
  const categories = new Set<ProfileCategory>();
  let negated = false;
  for (const { index, payload } of phrasesIn(tokens, anywhere)) {
    const previous = tokens[index - 1];
    if (previous !== undefined && NEGATIONS.has(previous.key)) negated = true;
    else categories.add(payload);
  }
  const comment = tidyRemainder(raw);
  const only = categories.size === 1 && !negated ? [...categories][0] : undefined;
  if (only !== undefined) return result(raw, only, profile, true, comment);
  return result(raw, "ambiguous", profile, false, comment);
}
