/** Output helpers shared by commands: JSON on stdout, Swedish labels for readable summaries. */
import { STATUS_CATEGORIES } from "../core/model-lists";
import type { StatusCategory } from "../core/model";
import type { CliIo } from "./io";
import { pluralCategory } from "../core/i18n/plural";

/** Output is handed to stdout in pieces of about this size: never one string of the whole. */
const PIECE_CHARS = 64 * 1024;
const STEP = "  ";

function jsonValue(value: unknown, key: string | number): unknown {
  const withToJson = value as { toJSON?: (key: string) => unknown } | null;
  return withToJson !== null &&
    typeof withToJson === "object" &&
    typeof withToJson.toJSON === "function"
    ? withToJson.toJSON(String(key))
    : value;
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

function holdsArray(value: object): boolean {
  // for-in, not Object.keys: this runs for every finding, and the keys array was garbage each time.
  for (const key in value)
    if (Object.hasOwn(value, key) && Array.isArray((value as Record<string, unknown>)[key]))
      return true;
  return false;
}

/** Elements stringified by one JSON.stringify call: a call (and a re-indent) per finding cost more. */
const BATCH = 64;

/**
 * The JSON of `items` (no containers among them) as they stand in an array at `indent`, each
 * after its separator: one stringify of the batch wrapped in as many arrays as `indent` has
 * steps, so JSON.stringify indents every line itself (re-indenting the text afterwards was a
 * second pass over all of it, a third of the time). "[\n  [\n    a,\n    b\n  ]\n]" →
 * "    a,\n    b": each wrapper adds one line before the items and one after them.
 */
function batchJson(items: unknown[], indent: string, first: boolean): string {
  const depth = indent.length / STEP.length;
  let wrapped: unknown = items;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, STEP.length);
  // The lines "[", "  [", … down to `indent` + "[": 2 + 4 + … + 2(depth + 1) characters with their line breaks.
  const edge = (depth + 1) * (depth + 2);
  return `${first ? "" : ","}\n${text.slice(edge, text.length - edge)}`;
}

/**
 * `JSON.stringify(value, null, 2)` in pieces, byte for byte the same text: arrays one element at
 * a time, objects holding an array one member at a time, everything else (a finding, an
 * activity) stringified whole and indented where it sits. JSON strings hold no raw line breaks,
 * so indenting a piece is replacing its line breaks.
 */
export function* jsonPieces(value: unknown, indent = ""): Generator<string> {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    const inner = indent + STEP;
    yield "[";
    // Elements stringified whole (a finding, an activity) are gathered here and handed on at
    // about PIECE_CHARS: a generator per element cost more than stringifying it.
    let run = "";
    let batch: unknown[] = [];
    let batchFirst = true;
    for (let i = 0; i < value.length; i++) {
      const item = jsonValue(value[i], i);
      if (omitted(item) || !isContainer(item)) {
        // JSON.stringify writes an omitted element as null, as here before.
        if (batch.length === 0) batchFirst = i === 0;
        batch.push(omitted(item) ? null : item);
        if (batch.length < BATCH) continue;
        run += batchJson(batch, indent, batchFirst);
        batch = [];
      } else {
        if (batch.length > 0) run += batchJson(batch, indent, batchFirst);
        batch = [];
        if (run !== "") yield run;
        run = "";
        yield i === 0 ? `\n${inner}` : `,\n${inner}`;
        yield* jsonPieces(item, inner);
        continue;
      }
      if (run.length >= PIECE_CHARS) {
        yield run;
        run = "";
      }
    }
    if (batch.length > 0) run += batchJson(batch, indent, batchFirst);
    if (run !== "") yield run;
    yield `\n${indent}]`;
    return;
  }
  if (isContainer(value)) {
    const inner = indent + STEP;
    let first = true;
    yield "{";
    for (const key of Object.keys(value)) {
      const member = jsonValue((value as Record<string, unknown>)[key], key);
      if (omitted(member)) continue;
      yield `${first ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
      first = false;
      yield* jsonPieces(member, inner);
    }
    yield first ? "}" : `\n${indent}}`;
    return;
  }
  yield wholeJson(value, indent);
}

/** Written piece by piece: an array, or an object holding one. */
function isContainer(value: unknown): value is object {
  return Array.isArray(value) || (value !== null && typeof value === "object" && holdsArray(value));
}

/** A value's JSON in one piece, indented where it sits. */
function wholeJson(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2);
  return indent === "" ? text : text.replace(/\n/g, `\n${indent}`);
}

/** The pieces of `value`'s JSON (and a final line break) gathered to about PIECE_CHARS each. */
function* jsonOutput(value: unknown): Generator<string> {
  let gathered = "";
  for (const piece of jsonPieces(jsonValue(value, ""))) {
    gathered += piece;
    if (gathered.length >= PIECE_CHARS) {
      yield gathered;
      gathered = "";
    }
  }
  yield `${gathered}\n`;
}

/** Writes `value` as indented JSON on stdout, piece by piece. */
export function writeJson(io: CliIo, value: unknown): void {
  for (const piece of jsonOutput(value)) io.stdout(piece);
}

/** The same, waiting whenever stdout is full (a slow pipe), so large output never piles up in memory. */
export async function streamJson(io: CliIo, value: unknown): Promise<void> {
  for (const piece of jsonOutput(value)) {
    io.stdout(piece);
    if (io.drain) await io.drain();
  }
}

/** Width of each column (the longest cell), without spreading every row into Math.max. */
export function columnWidths(rows: readonly (readonly string[])[], columns: number): number[] {
  const widths = new Array<number>(columns).fill(0);
  for (const row of rows)
    for (let i = 0; i < columns; i++) {
      const length = row[i]?.length ?? 0;
      if (length > widths[i]!) widths[i] = length;
    }
  return widths;
}

/** Each status category as one activity ("1 genomförd") and as several ("3 genomförda"). */
const CATEGORY_TEXT: Record<StatusCategory, { one: string; many: string }> = {
  done: { one: "genomförd", many: "genomförda" },
  ongoing: { one: "pågående", many: "pågående" },
  delayed: { one: "kvarstår", many: "kvarstår" },
  not_started: { one: "ej påbörjad", many: "ej påbörjade" },
  cancelled: { one: "ej genomförd", many: "ej genomförda" },
  postponed: { one: "flyttad", many: "flyttade" },
  not_applicable: { one: "ej aktuell", many: "ej aktuella" },
  ambiguous: { one: "oklar status", many: "oklar status" },
  missing: { one: "status saknas", many: "status saknas" },
};

/**
 * "1 genomförd, 3 pågående": the categories with at least one activity, in the model's order;
 * empty when there are none (a source without activities).
 */
export function categoryCounts(counts: Partial<Record<StatusCategory, number>>): string {
  const parts: string[] = [];
  for (const category of STATUS_CATEGORIES) {
    const n = counts[category] ?? 0;
    if (n > 0) parts.push(count(n, CATEGORY_TEXT[category].one, CATEGORY_TEXT[category].many));
  }
  return parts.join(", ");
}

/** "1 aktivitet" / "3 aktiviteter". */
export function count(n: number, one: string, many: string): string {
  // The CLI speaks Swedish; the form is chosen where the pane's and the core's are (core/i18n/plural).
  return `${n} ${pluralCategory("sv", n) === "one" ? one : many}`;
}

/** Keeps a summary line readable: one line, at most `max` characters. */
export function clip(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
