/**
 * The header block above an activity table: the standard template's labelled cells
 * ("Förvaltning | Kultur- och fritidsförvaltningen"), or title and intro text from which the
 * förvaltning, nämnd, year and period ("per den 31 augusti") can be read.
 */
import { address } from "../grid";
import type { Period } from "../model";
import { PERIODS } from "../model-lists";
import { foldKey } from "../text/normalize";
import { type StructureNote } from "./report";
import { structureMessage } from "./messages";
import type { Lang } from "../i18n";
import { countTexts, type RowTexts, type SheetReader } from "./sheet";
import { parsePeriodPhrase } from "../parse";

export type MetaField = "organisation" | "board" | "year" | "period" | "cutoff" | "contact" | "profile" | "templateVersion";

/** Labels of the header block, as the standard template and hand-made sheets write them. */
const META_LABELS: ReadonlyMap<string, MetaField> = new Map(
  (
    [
      ["Förvaltning", "organisation"],
      ["Organisation", "organisation"],
      ["Nämnd", "board"],
      ["År", "year"],
      ["Budgetår", "year"],
      ["Period", "period"],
      ["Uppföljningsperiod", "period"],
      ["Avstämningsdatum", "cutoff"],
      ["Kontaktperson", "contact"],
      ["Kontakt", "contact"],
      ["Profil", "profile"],
      ["Mallversion", "templateVersion"],
      ["Version", "templateVersion"],
    ] as const
  ).map(([label, field]) => [foldKey(label), field]),
);

export function metaLabel(text: string): MetaField | undefined {
  if (text.length > 30) return undefined;
  return META_LABELS.get(foldKey(text));
}

/** Period words a template or a title may use in a Period cell. */
const PERIOD_WORDS: readonly [string, Period][] = (
  [
    ["tertial 1", "tertial1"],
    ["tertial1", "tertial1"],
    ["t1", "tertial1"],
    ["tertialrapport", "tertial1"],
    ["delrapport 1", "tertial1"],
    ["delar", "delar"],
    ["delarsrapport", "delar"],
    ["delarsbokslut", "delar"],
    ["delrapport 2", "delar"],
    ["helar", "helar"],
    ["arsredovisning", "helar"],
    ["verksamhetsberattelse", "helar"],
    ["bokslut", "helar"],
  ] as const
).map(([word, period]) => [word, period]);

function isPeriod(text: string): text is Period {
  return (PERIODS as readonly string[]).includes(text);
}

/** "delar", "Delår (per 31 augusti)", "Tertial 1", "per 31 december" → the period. */
export function parsePeriodValue(text: string): Period | null {
  const direct = text.trim();
  if (isPeriod(direct)) return direct;
  const key = foldKey(text);
  for (const [word, period] of PERIOD_WORDS) if (key === word || key.startsWith(`${word} `)) return period;
  return parsePeriodPhrase(text)?.period ?? null;
}

/** "T3 2020", "Tertial 2", "Delår 2021" in a sheet's name: one sheet per period, the period only there. */
const SHEET_NAME_PERIOD: readonly [RegExp, Period][] = [
  [/\b(?:t|tertial)\s*1\b/i, "tertial1"],
  [/\b(?:t|tertial)\s*2\b|\bdel[aå]r\b/i, "delar"],
  [/\b(?:t|tertial)\s*3\b|\bhel[aå]r\b|\b[aå]rsredovisning\b|\bbokslut\b/i, "helar"],
];

/** The period a sheet's name gives (T1 → tertial1, T2 → delår, T3 → helår), or null. */
export function periodFromSheetName(name: string): Period | null {
  for (const [pattern, period] of SHEET_NAME_PERIOD) if (pattern.test(name)) return period;
  return null;
}

/** The year in a sheet's name ("T3 2020"), or null. */
export function yearFromSheetName(name: string): number | null {
  const match = /\b(19\d{2}|20\d{2})\b/.exec(name);
  return match ? Number(match[1]) : null;
}

const YEAR = /\b(19\d{2}|20\d{2})\b/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Title text longer than this is an intro paragraph: names in it are mentions, not the report's own. */
const MAX_TITLE_NAME_TEXT = 200;

/** "Kultur- och fritidsförvaltningen", "vård- och omsorgsförvaltningen" (capitalised), "Kommunstyrelsen". */
export function findNamed(text: string, ending: RegExp): string | null {
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.replace(/[.,:;!?)"”’]+$/u, "");
    if (!ending.test(word)) continue;
    // A bare "förvaltningen" / "nämnden" is a mention ("inom förvaltningen"), not a name.
    if (!/^\p{Lu}/u.test(word) && word.toLowerCase().replace(ending, "").length === 0) continue;
    let start = i;
    for (;;) {
      const previous = words[start - 1];
      if (previous === undefined) break;
      if (/\p{L}-$/u.test(previous)) start--;
      else if (/^(och|&)$/i.test(previous) && /\p{L}-,?$/u.test(words[start - 2] ?? "")) start--;
      else if (/\p{L}-,$/u.test(previous)) start--;
      else break;
    }
    const name = [...words.slice(start, i), word].join(" ");
    if (name.length < 6) continue;
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  return null;
}

const ORGANISATION_ENDING = /förvaltningen$/i;
const BOARD_ENDING = /(nämnden|styrelsen)$/i;

export interface HeaderBlock {
  organisation: string | null;
  board: string | null;
  year: number | null;
  period: Period | null;
  cutoff: string | null;
  contact: string | null;
  profile: string | null;
  templateVersion: string | null;
  /** Rows used as labelled header cells. */
  labelledRows: number[];
  /** Unlabelled rows the report's organisation, board, year or period was read from: the document's title. */
  titleRows: number[];
  notes: StructureNote[];
}

interface Found<T> {
  value: T;
  labelled: boolean;
}

/**
 * Reads the rows above the header (1 … headerRow-1). Labelled cells win over what is read from
 * free title text. Rows other than labelled ones are left to the caller (titles, perspectives).
 */
export function readHeaderBlock(reader: SheetReader, headerRow: number, lang: Lang = "sv"): HeaderBlock {
  const notes: StructureNote[] = [];
  const labelledRows: number[] = [];
  const titleRows: number[] = [];
  const found: Partial<Record<MetaField, Found<string | number>>> = {};
  const set = (field: MetaField, value: string | number | null, labelled: boolean): void => {
    if (value === null || value === "") return;
    const existing = found[field];
    if (existing && (existing.labelled || !labelled)) return;
    found[field] = { value, labelled };
  };

  for (let row = 1; row < headerRow; row++) {
    const texts = reader.texts(row);
    if (countTexts(texts) === 0) continue;
    const pairs = labelledPairs(texts);
    if (pairs.length > 0) {
      labelledRows.push(row);
      for (const pair of pairs) {
        const valueCol = pair.valueCol ?? pair.labelCol;
        const value = pair.valueCol !== undefined || pair.value !== undefined ? labelledValue(reader, row, valueCol, pair.field, pair.value) : null;
        set(pair.field, value, true);
        notes.push({
          kind: "info",
          row,
          cell: address(row, pair.valueCol ?? pair.labelCol),
          message:
            value === null
              ? structureMessage(lang, "meta.empty", { label: pair.label, cell: address(row, pair.labelCol) })
              : structureMessage(lang, "meta.read", { label: pair.label, value, cell: address(row, pair.valueCol ?? pair.labelCol) }),
        });
      }
      // Anything else on a labelled row is named too, so it is not silently passed over.
      const used = new Set(pairs.flatMap((pair) => [pair.labelCol, pair.valueCol ?? pair.labelCol]));
      texts.forEach((text, c) => {
        if (text !== undefined && !used.has(c + 1))
          notes.push({ kind: "title", row, cell: address(row, c + 1), message: structureMessage(lang, "meta.skipped", { cell: address(row, c + 1), text: text.slice(0, 60) }) });
      });
      continue;
    }
    let carriesMeta = false;
    for (const text of texts) {
      if (text === undefined) continue;
      const phrase = parsePeriodPhrase(text);
      if (phrase) {
        carriesMeta = true;
        set("period", phrase.period, false);
        if (phrase.year !== undefined && phrase.year !== null) set("year", phrase.year, false);
        if (phrase.cutoff) set("cutoff", phrase.cutoff, false);
      }
      if (text.length > MAX_TITLE_NAME_TEXT) continue;
      const organisation = findNamed(text, ORGANISATION_ENDING);
      const board = findNamed(text, BOARD_ENDING);
      const year = YEAR.exec(text);
      if (organisation !== null || board !== null || year) carriesMeta = true;
      set("organisation", organisation, false);
      set("board", board, false);
      if (year) set("year", Number(year[1]), false);
    }
    if (carriesMeta) titleRows.push(row);
  }

  const str = (field: MetaField): string | null => (found[field] === undefined ? null : String(found[field]!.value));
  const yearValue = found.year?.value;
  return {
    organisation: str("organisation"),
    board: str("board"),
    year: typeof yearValue === "number" ? yearValue : yearValue !== undefined && YEAR.test(String(yearValue)) ? Number(YEAR.exec(String(yearValue))![1]) : null,
    period: (found.period?.value as Period | undefined) ?? null,
    cutoff: str("cutoff"),
    contact: str("contact"),
    profile: str("profile"),
    templateVersion: str("templateVersion"),
    labelledRows,
    titleRows,
    notes,
  };
}

interface LabelledPair {
  field: MetaField;
  label: string;
  labelCol: number;
  valueCol?: number;
  /** The value when written in the label's own cell ("Förvaltning: Kultur- och fritidsförvaltningen"). */
  value?: string;
}

/** "Förvaltning | X", "År | 2020 | Period | delar", "Nämnd: Y" → the labelled pairs of a row. */
function labelledPairs(texts: RowTexts): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  for (let c = 0; c < texts.length; c++) {
    const text = texts[c];
    if (text === undefined) continue;
    const field = metaLabel(text);
    if (field) {
      let valueCol: number | undefined;
      for (let v = c + 1; v < texts.length; v++) {
        const candidate = texts[v];
        if (candidate === undefined) continue;
        if (metaLabel(candidate) === undefined) valueCol = v + 1;
        break;
      }
      pairs.push({ field, label: text.replace(/:\s*$/, ""), labelCol: c + 1, valueCol });
      if (valueCol !== undefined) c = valueCol - 1;
      continue;
    }
    const colon = text.indexOf(":");
    if (colon > 0 && colon <= 30) {
      const inline = metaLabel(text.slice(0, colon));
      const value = text.slice(colon + 1).trim();
      if (inline && value !== "") pairs.push({ field: inline, label: text.slice(0, colon).trim(), labelCol: c + 1, value });
      else if (pairs.length === 0) return [];
    } else if (pairs.length === 0) {
      return []; // a row that does not start with a label is a title row
    }
  }
  return pairs;
}

function labelledValue(reader: SheetReader, row: number, col: number, field: MetaField, inline?: string): string | number | null {
  const cell = reader.cell(row, col);
  const text = inline ?? reader.text(row, col);
  if (text === undefined) return null;
  switch (field) {
    case "year": {
      if (cell?.kind === "number" && typeof cell.value === "number") return Math.trunc(cell.value);
      const year = YEAR.exec(text);
      return year ? Number(year[1]) : null;
    }
    case "period":
      return parsePeriodValue(text);
    case "cutoff": {
      if (cell?.kind === "date" && typeof cell.value === "string") return cell.value;
      return ISO_DATE.test(text) ? text : (parsePeriodPhrase(text)?.cutoff ?? null);
    }
    default:
      return text;
  }
}
