/**
 * Strategic assignments (SPEC §3): references in activity or goal text ("(kommungemensamt
 * strategiskt utvecklingsuppdrag 1)", "Strategiskt utvecklingsuppdrag (13)", "Nämndsuppdrag nr 46",
 * "Förvaltningschefens aktiviteter"), the short form written to the template's Uppdrag column, and
 * the numbered register list of a report ("Kommungemensamma" / "1. Samtliga nämnder ska …").
 */
import type { AssignmentRef, AssignmentScope, RegisterEntry } from "../model";
import {
  collapseSpace,
  foldKey,
  includesAny,
  isSpace,
  joinHyphenation,
  replaceAtHyphens,
} from "../text/normalize";
import { expressionsFor, type ReferenceExpressions } from "./assignment-expressions";

/**
 * Folded text for scanning, with words broken by a hyphen joined ("utvecklingsupp-\ndrag"), and
 * the expressions for it (joining drops hyphens only: the key's letters stay those of the fold).
 */
function scanKey(text: string): { key: string; ex: ReferenceExpressions } {
  const folded = foldKey(text);
  const ex = expressionsFor(folded);
  return { key: replaceAtHyphens(folded, ex.hyphenated, (_all, before, after) => `${before}${after}`), ex };
}

/** The words a strategic reference (ReferenceExpressions.strategic) can start with: its optional words and "uppdrag" itself. None ends another. */
export const STRATEGIC_FIRST_WORDS = [
  "kommungemensam",
  "kommunovergripande",
  "namndspecifik",
  "strategisk",
  "utvecklings",
  "uppdrag",
];
const STRATEGIC_START = new RegExp(STRATEGIC_FIRST_WORDS.join("|"), "g");
/** One of these words is in every strategic reference the expression reports (scope word or "strategisk"). */
const STRATEGIC_WORDS = ["strategisk", "kommungemensam", "kommunovergripande", "namndspecifik"];

/** The short forms formatAssignmentRef writes (and the codes KG, NS, NU, FC, SU), as whole list items. */
const SHORT_FORMS: { pattern: RegExp; scope: AssignmentScope }[] = [
  {
    pattern:
      /^(?:kommungemensamt|kommungemensamma|kommunovergripande|kg)(?:\s*(?:nr\.?)?\s*(\d{1,3}))?$/u,
    scope: "kommungemensamt",
  },
  {
    pattern: /^(?:namndspecifikt|namndspecifika|ns)(?:\s*(?:nr\.?)?\s*(\d{1,3}))?$/u,
    scope: "namndspecifikt",
  },
  { pattern: /^(?:nu)(?:\s*(\d{1,3}))?$/u, scope: "namndsuppdrag" },
  {
    pattern: /^(?:forvaltningschef|forvaltningschefen|forvaltningschefens|fc)$/u,
    scope: "forvaltningschef",
  },
  { pattern: /^(?:strategiskt|su)\s*(\d{1,3})$/u, scope: "unspecified" },
];

/**
 * No short form is longer than "kommunovergripande nr. 123" (26 characters; the key has single
 * spaces), so longer items are not tried against them.
 */
const SHORT_FORM_MAX_LENGTH = 26;

function scopeOf(word: string | undefined): AssignmentScope | null {
  if (word === undefined) return null;
  if (word.startsWith("kommungemensam") || word === "kommunovergripande") return "kommungemensamt";
  if (word.startsWith("namndspecifik")) return "namndspecifikt";
  return null;
}

/** A reference without a number: one shared list, most references have none. */
const NO_NUMBER: readonly null[] = [null];

function numbersIn(list: string | undefined): readonly (number | null)[] {
  if (list === undefined) return NO_NUMBER;
  // The runs of digits 0-9 (what /\d+/g matches) by character codes: no match array and no
  // mapped copy of it for every numbered reference.
  const numbers: number[] = [];
  let value = -1;
  for (let i = 0; i < list.length; i++) {
    const code = list.charCodeAt(i);
    if (code >= 48 && code <= 57) value = (value < 0 ? 0 : value * 10) + (code - 48);
    else if (value >= 0) {
      numbers.push(value);
      value = -1;
    }
  }
  if (value >= 0) numbers.push(value);
  return numbers.length > 0 ? numbers : NO_NUMBER;
}

/**
 * The length of the one of STRATEGIC_FIRST_WORDS that ends at `end` in the key (the caller knows
 * one does), told by its last letter: m, e, s and g end one word each, k two ("strategisk",
 * "namndspecifik"). A loop of endsWith over the words cost every strategic word found.
 */
export function strategicWordLength(key: string, end: number): number {
  switch (key.charCodeAt(end - 1)) {
    case 109: // m
      return 14; // kommungemensam
    case 101: // e
      return 18; // kommunovergripande
    case 115: // s
      return 11; // utvecklings
    case 103: // g
      return 7; // uppdrag
    default: // k
      return key.endsWith("strategisk", end) ? 10 : 13; // namndspecifik
  }
}

/** Every assignment reference in a text, in order of appearance, without duplicates. */
export function parseAssignmentRefs(text: string | null | undefined): AssignmentRef[] {
  if (!text || text.trim() === "") return [];
  const { key, ex } = scanKey(text);
  const found: { at: number; ref: AssignmentRef }[] = [];

  // Each expression below needs its word in the key: a substring test is far cheaper than a scan
  // with look-arounds at every position, and most texts name neither.
  const namesAssignment = key.includes("uppdrag");
  if (namesAssignment) scanAssignments(key, ex, found);
  if (key.includes("forvaltningschef")) {
    ex.director.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = ex.director.exec(key)) !== null)
      found.push({ at: match.index, ref: { scope: "forvaltningschef", number: null } });
  }
  scanShortForms(key, found);

  // "Uppdrag till samtliga nämnder … Strategiskt utvecklingsuppdrag (budget 2020 …)": the receiver
  // gives the scope. Only references without a scope take it, and both forms say "uppdrag".
  if (namesAssignment && found.some((entry) => entry.ref.scope === "unspecified")) {
    const receiverScope: AssignmentScope | null = ex.toAllBoards.test(key)
      ? "kommungemensamt"
      : ex.toOneBoard.test(key)
        ? "namndspecifikt"
        : null;
    if (receiverScope !== null) {
      for (const entry of found)
        if (entry.ref.scope === "unspecified") entry.ref = { ...entry.ref, scope: receiverScope };
    }
  }

  if (found.length > 1) found.sort((a, b) => a.at - b.at);
  // A handful of references at most: comparing with those kept is cheaper than a set of keys.
  const refs: AssignmentRef[] = [];
  // Indexed: until optimised, a for-of allocates an iterator result per element.
  for (let i = 0; i < found.length; i++) {
    const { ref } = found[i]!;
    if (!refs.some((kept) => kept.scope === ref.scope && kept.number === ref.number)) refs.push(ref);
  }
  return refs;
}

/**
 * The Uppdrag column's own short forms, one per item: "Kommungemensamt 1, Nämndsuppdrag". Items
 * are found by their separators and only a short one is copied: a long text is one or a few
 * long items, where no short form fits.
 */
function scanShortForms(key: string, found: { at: number; ref: AssignmentRef }[]): void {
  ITEM_SEPARATOR.lastIndex = 0;
  for (let from = 0; from <= key.length;) {
    const to = ITEM_SEPARATOR.test(key) ? ITEM_SEPARATOR.lastIndex - 1 : key.length;
    let first = from;
    let last = to;
    while (first < last && isSpace(key.charCodeAt(first))) first++;
    while (last > first && isSpace(key.charCodeAt(last - 1))) last--;
    if (last - first <= SHORT_FORM_MAX_LENGTH) {
      const ref = shortFormRef(key.slice(first, last));
      if (ref !== null) found.push({ at: from, ref });
    }
    from = to + 1;
  }
}
const ITEM_SEPARATOR = /[,;\n]/g;

function shortFormRef(item: string): AssignmentRef | null {
  for (const { pattern, scope } of SHORT_FORMS) {
    const match = pattern.exec(item);
    if (match) return { scope, number: match[1] !== undefined ? Number(match[1]) : null };
  }
  return null;
}

/**
 * The references whose forms all contain "uppdrag": strategic, board and from-the-board
 * assignments. exec loops rather than matchAll, which copies the expression on every call.
 */
function scanAssignments(key: string, ex: ReferenceExpressions, found: { at: number; ref: AssignmentRef }[]): void {
  let match: RegExpExecArray | null;
  // "uppdrag" alone is any task: a strategic assignment needs a scope word or "strategisk", and
  // most texts that say "uppdrag" have neither.
  if (includesAny(key, STRATEGIC_WORDS)) {
    // The strategic expression begins with a look-behind and optional words, so a global scan
    // would try all of it at every position. A match can only start at one of its words: it is
    // tried there, sticky, in order and past each match, which finds what the global scan finds.
    STRATEGIC_START.lastIndex = 0;
    while (STRATEGIC_START.test(key)) {
      // test() builds no match array: the word found is the one that ends at lastIndex.
      const end = STRATEGIC_START.lastIndex;
      const start = end - strategicWordLength(key, end);
      ex.strategic.lastIndex = start;
      match = ex.strategic.exec(key);
      // Words overlap ("utvecklingsuppdrag"): after a miss, look again from the next position.
      STRATEGIC_START.lastIndex = match === null ? start + 1 : start + match[0].length;
      if (match === null) continue;
      const scope = scopeOf(match[1]) ?? scopeOf(match[3]);
      const strategic = match[2] !== undefined;
      if (scope === null && !strategic) continue; // "uppdrag" alone is any task, not a strategic assignment
      for (const number of numbersIn(match[4]))
        found.push({ at: match.index, ref: { scope: scope ?? "unspecified", number } });
    }
  }
  if (key.includes("namndsuppdrag")) {
    ex.boardAssignment.lastIndex = 0;
    while ((match = ex.boardAssignment.exec(key)) !== null) {
      for (const number of numbersIn(match[1]))
        found.push({ at: match.index, ref: { scope: "namndsuppdrag", number } });
    }
  }
  // "uppdrag från KS / kommunstyrelsen / nämnden", "KS-uppdrag" ("ks" alone is in "verksamhet").
  if (key.includes("fran") || key.includes("ksuppdrag") || key.includes("ks-uppdrag")) {
    ex.fromBoard.lastIndex = 0;
    while ((match = ex.fromBoard.exec(key)) !== null) {
      found.push({ at: match.index, ref: { scope: "namndsuppdrag", number: null } });
    }
  }
}

const SCOPE_LABELS: Record<AssignmentScope, string> = {
  kommungemensamt: "Kommungemensamt",
  namndspecifikt: "Nämndspecifikt",
  namndsuppdrag: "Nämndsuppdrag",
  forvaltningschef: "Förvaltningschef",
  unspecified: "Strategiskt uppdrag",
};

/**
 * The text written to the template's Uppdrag column: "Kommungemensamt 1", "Nämndspecifikt 23",
 * "Nämndsuppdrag", "Förvaltningschef", "Strategiskt uppdrag 13" (scope unknown). Readable words
 * rather than codes, and parseAssignmentRefs reads every one of them back.
 */
export function formatAssignmentRef(ref: AssignmentRef): string {
  const label = SCOPE_LABELS[ref.scope];
  return ref.number === null || ref.scope === "forvaltningschef" ? label : `${label} ${ref.number}`;
}

/** Several references in one cell, separated by ", " (parseAssignmentRefs splits them again). */
export function formatAssignmentRefs(refs: readonly AssignmentRef[]): string {
  // Most activities have none. A loop rather than map and join: the summary asks for every
  // activity's list, lists of different kinds of array (empty ones among them), and the mapped
  // copy's checks sent the optimised code back to the interpreter twice per run.
  let text = "";
  for (let i = 0; i < refs.length; i++) text += i === 0 ? formatAssignmentRef(refs[i]!) : `, ${formatAssignmentRef(refs[i]!)}`;
  return text;
}

// ---------------------------------------------------------------------------------------------
// The register list of a report

function headingScope(line: string): AssignmentScope | "other" | null {
  const key = foldKey(line);
  if (
    /^(?:kommungemensamma?|kommunovergripande)(?: strategiska)?(?: (?:utvecklings)?uppdrag(?:en)?)?$/.test(
      key,
    )
  )
    return "kommungemensamt";
  if (/^namndspecifika?(?: strategiska)?(?: (?:utvecklings)?uppdrag(?:en)?)?$/.test(key))
    return "namndspecifikt";
  if (/^namndsuppdrag(?:en)?$/.test(key)) return "namndsuppdrag";
  if (/^forvaltningschefens (?:egna )?(?:aktiviteter|uppdrag)$/.test(key))
    return "forvaltningschef";
  if (/^strategiska utvecklingsuppdrag$/.test(key)) return "other";
  return null;
}

/** A paragraph that gives an assignment to someone: "vård- och äldreomsorgsnämnden får i uppdrag att …". */
function looksLikeAssignment(line: string): boolean {
  return /(?:namnd|namnder|forvaltning|styrelse|styrelsen)\p{L}*\s+(?:ska|far)\s/u.test(
    foldKey(line),
  );
}

/** A note that belongs to the entry above it ("Kvarstår från budget 2023 …", "Uppdraget ska återrapporteras …"). */
function isEntryNote(line: string): boolean {
  return /^\p{Ll}/u.test(line) || /^(?:kvarstar|uppdraget|uppdragen)\b/.test(foldKey(line));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The boards a sentence gives the assignment to: the subject before "ska" / "får". */
export function boardsOf(sentence: string): string[] {
  const subject = /^(.{1,250}?)\s+(?:ska|skall|får)(?=[\s,])/u.exec(sentence)?.[1];
  if (subject === undefined) return [];
  const parts = subject.split(/,\s*|\s+och\s+/u);
  const boards: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i]!.trim();
    // "Barn-" + "ungdomsnämnden" were one name split at its "och".
    while (/\p{L}-$/u.test(part) && i + 1 < parts.length)
      part = `${part} och ${parts[++i]!.trim()}`;
    if (part !== "") boards.push(capitalise(part));
  }
  return boards;
}

/**
 * Read a numbered register list ("Kommungemensamma" then "1. Samtliga nämnder ska …",
 * "Nämndspecifika" then "23. Barn- och ungdomsnämnden … ska …", "Nämndsuppdrag" then bullets).
 * Lines before the first heading or item are introduction and skipped; notes under an entry stay in its text.
 */
export function parseRegisterList(text: string, year: number | null): RegisterEntry[] {
  const entries: RegisterEntry[] = [];
  let scope: AssignmentScope = "unspecified";
  let current: { number: number | null; lines: string[]; scope: AssignmentScope } | null = null;
  let afterBlank = false;

  const flush = () => {
    if (current === null) return;
    const entryText = collapseSpace(joinHyphenation(current.lines.join("\n")));
    if (entryText !== "") {
      entries.push({
        number: current.number,
        text: entryText,
        scope: current.scope,
        year,
        boards: current.scope === "namndspecifikt" ? boardsOf(entryText) : [],
      });
    }
    current = null;
  };

  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "") {
      afterBlank = true;
      continue;
    }
    const heading = headingScope(line);
    const numbered = /^(\d{1,3})\.\s+(.*)$/u.exec(line);
    const bullet = /^[●•▪◦*–-]\s*(.+)$/u.exec(line);
    if (heading !== null) {
      flush();
      if (heading !== "other") scope = heading;
    } else if (numbered) {
      flush();
      current = { number: Number(numbered[1]), lines: [numbered[2]!], scope };
    } else if (bullet && scope !== "unspecified") {
      flush();
      current = { number: null, lines: [bullet[1]!], scope };
    } else if (current !== null && !afterBlank) {
      current.lines.push(line);
    } else if (scope !== "unspecified" && looksLikeAssignment(line)) {
      flush();
      current = { number: null, lines: [line], scope };
    } else if (current !== null && isEntryNote(line)) {
      current.lines.push(line);
    } else {
      flush();
    }
    afterBlank = false;
  }
  flush();
  return entries;
}
