/**
 * Lookups over the profile's status vocabulary, built once per validation so every rule is O(1)
 * per activity. Uses the parsers' tokenizer and phrase matcher, so "the leading status term" means
 * exactly what it means to parseStatus.
 */
import type { StatusCategory } from "../model";
import type { Profile } from "../profile/schema";
import { PhraseMatcher, tokenize } from "../parse/terms";

export type ProfileCategory = Exclude<StatusCategory, "ambiguous" | "missing">;

export interface StatusTerm {
  category: ProfileCategory;
  canonical: string;
}

export interface LeadingTerm extends StatusTerm {
  /** Offsets of the leading status term in the text; text.slice(end) is the rest (the comment). */
  start: number;
  end: number;
  /** The term exactly as written in the cell ("Genom-\nfört", "Pågår"). */
  written: string;
}

export interface StatusVocabulary {
  /** Every canonical term and synonym, as written in the profile (for "did you mean"). */
  terms: readonly string[];
  canonicalOf(category: StatusCategory): string | null;
  /** The canonical term of the category `term` (a canonical term or synonym) belongs to. */
  canonicalOfTerm(term: string): string | undefined;
  /** The longest profile term the text starts with ("Pågår – Kontaktcenter …" → Pågår). */
  leadingTerm(text: string): LeadingTerm | undefined;
  /** The distinct categories named anywhere in the head of the text (terms and keywords, not negated ones). */
  categoriesIn(text: string): readonly ProfileCategory[];
}

/** Only this much of a cell is searched for status words: a status leads a cell, it is never deep in a comment. */
const HEAD_LENGTH = 300;
/** Distinct short cell texts remembered per validation ("Pågår" thousands of times is one lookup). */
const CACHE_LIMIT = 5000;
const CACHEABLE_LENGTH = 120;

/** The first few words, cut at whitespace so no word is cut into something that looks like a term. */
function leadingChunks(text: string): string {
  return /^\s*(?:\S+\s*){0,8}/.exec(text.slice(0, HEAD_LENGTH))![0];
}
const NEGATIONS = new Set(["inte", "ej", "icke", "aldrig"]);

export function buildStatusVocabulary(profile: Profile): StatusVocabulary {
  const leading = new PhraseMatcher<StatusTerm>();
  const anywhere = new PhraseMatcher<StatusTerm>();
  const terms: string[] = [];
  const canonicalByTerm = new Map<string, string>();
  const canonical = new Map<StatusCategory, string>();
  for (const status of profile.statuses) {
    const entry: StatusTerm = { category: status.category, canonical: status.canonical };
    canonical.set(status.category, status.canonical);
    for (const term of [status.canonical, ...status.synonyms]) {
      terms.push(term);
      if (!canonicalByTerm.has(term)) canonicalByTerm.set(term, status.canonical);
      leading.add(term, entry);
      anywhere.add(term, entry);
    }
    const keywords = (status as { keywords?: readonly string[] }).keywords ?? [];
    for (const keyword of keywords) anywhere.add(keyword, entry);
  }

  const leadingCache = new Map<string, LeadingTerm | undefined>();
  const categoriesCache = new Map<string, readonly ProfileCategory[]>();
  const findLeadingTerm = (text: string): LeadingTerm | undefined => {
    const head = leadingChunks(text);
    const tokens = tokenize(head);
    const first = tokens.findIndex((token) => token.word);
    if (first < 0) return undefined;
    const match = leading.matchAt(tokens, first);
    const last = match ? tokens[match.end - 1] : undefined;
    if (!match || !last) return undefined;
    const start = tokens[first]!.start;
    // A token runs to the next space, so "Upphävt," ends with the comma: that belongs to the comment.
    const written = head.slice(start, last.end).replace(/[^\p{L}\p{N}]+$/u, "");
    return { ...match.payload, start, end: start + written.length, written };
  };

  return {
    terms,
    canonicalOf: (category) => canonical.get(category) ?? null,
    canonicalOfTerm: (term) => canonicalByTerm.get(term),
    leadingTerm(text) {
      const cacheable = text.length <= CACHEABLE_LENGTH;
      if (cacheable && leadingCache.has(text)) return leadingCache.get(text);
      const found = findLeadingTerm(text);
      if (cacheable && leadingCache.size < CACHE_LIMIT) leadingCache.set(text, found);
      return found;
    },
    categoriesIn(text) {
      // By head: status.unknown and status.ambiguous both ask for every ambiguous status, and
      // the same few ("Pågående och genomfört") recur from report to report.
      const head = text.slice(0, HEAD_LENGTH);
      let found = categoriesCache.get(head);
      if (found === undefined) {
        found = findCategories(head);
        if (categoriesCache.size < CACHE_LIMIT) categoriesCache.set(head, found);
      }
      return found;
    },
  };

  function findCategories(head: string): readonly ProfileCategory[] {
    const tokens = tokenize(head);
    const found: ProfileCategory[] = [];
    for (let i = 0; i < tokens.length;) {
      const match = tokens[i]!.word ? anywhere.matchAt(tokens, i) : null;
      if (!match) {
        i++;
        continue;
      }
      const negated = i > 0 && NEGATIONS.has(tokens[i - 1]!.key);
      if (!negated && !found.includes(match.payload.category)) found.push(match.payload.category);
      i = match.end;
    }
    return found;
  }
}
