/**
 * Message catalogues: Swedish (the UI language) and English (the second catalogue).
 * A catalogue is split across files, one per feature (validate.ts, …), each exporting a
 * `MessageCatalogue`; `catalogues.ts` lists them, so adding messages touches your own file and
 * one line there. Keys are namespaced by feature ("validate.status.missing").
 */
import { CATALOGUES } from "./catalogues";
import type { Lang, MessageCatalogue, MessageParams } from "./types";

export type { Lang, MessageCatalogue, MessageParams } from "./types";
export { defineMessages, LANGS } from "./types";
export { pluralCategory, pluralKey } from "./plural";
import { pluralKey } from "./plural";

function merge(parts: readonly MessageCatalogue[]): MessageCatalogue {
  const merged: MessageCatalogue = { sv: {}, en: {} };
  for (const part of parts) {
    for (const lang of ["sv", "en"] as const) {
      for (const [key, text] of Object.entries(part[lang])) {
        // A key defined twice is a programming error that would silently change a message.
        if (key in merged[lang])
          throw new Error(`i18n: nyckeln "${key}" (${lang}) är definierad två gånger`);
        merged[lang][key] = text;
      }
    }
  }
  return merged;
}

let merged: MessageCatalogue | null = null;
function catalogue(): MessageCatalogue {
  // Lazily, so a cyclic import of a feature file never sees a half-built catalogue.
  merged ??= merge(CATALOGUES);
  return merged;
}

/**
 * The message `key` in `lang`, with `{name}` placeholders filled from `params`.
 * Falls back to Swedish when the English text is missing, and to the key itself when unknown,
 * so a missing message is visible but never throws.
 */
export function t(lang: Lang, key: string, params: MessageParams = {}): string {
  const all = catalogue();
  // A key with plural forms (`key.one`, `key.other`) is asked for by its base and a count.
  const count = params.count;
  const chosen =
    typeof count === "number" && !(key in all.sv) ? pluralKey(lang, key, count) : key;
  const template = all[lang][chosen] ?? all.sv[chosen] ?? key;
  let out = "";
  for (const part of compiled(template)) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const value = params[part.name];
    out += value === undefined || value === null ? `{${part.name}}` : String(value);
  }
  return out;
}

/** Templates split into text and placeholders once: t() runs for every finding of a 10,000-row report. */
const compiledTemplates = new Map<string, (string | { name: string })[]>();
function compiled(template: string): (string | { name: string })[] {
  let parts = compiledTemplates.get(template);
  if (parts === undefined) {
    parts = [];
    let last = 0;
    for (const match of template.matchAll(/\{(\w+)\}/g)) {
      if (match.index > last) parts.push(template.slice(last, match.index));
      parts.push({ name: match[1]! });
      last = match.index + match[0].length;
    }
    if (last < template.length) parts.push(template.slice(last));
    compiledTemplates.set(template, parts);
  }
  return parts;
}

/** Whether a key exists in the Swedish catalogue (every key must). */
export function hasMessage(key: string): boolean {
  return key in catalogue().sv;
}

/** Every key of one language, for completeness tests. */
export function messageKeys(lang: Lang): string[] {
  return Object.keys(catalogue()[lang]);
}

/** Parse a language option ("sv", "en", "sv-SE", "en-GB"); anything else is Swedish. */
export function toLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith("en") ? "en" : "sv";
}
