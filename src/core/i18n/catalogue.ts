/**
 * The one implementation of messages for the core, the CLI and the pane: parts merged into a
 * catalogue, a key looked up in a language, a plural form chosen, placeholders filled.
 */
import { pluralKey } from "./plural";
import type { ArgsOf, KeyOf, Lang, MessageParams, MessagePart, Texts, TextsOf } from "./types";

export interface Catalogue<S> {
  /**
   * The message `key` in `lang`, with `{name}` placeholders filled from `params`; a plural base
   * takes the form for `params.count`. A placeholder without a value stays visible as `{name}`.
   */
  t<K extends KeyOf<S>>(lang: Lang, key: K, ...params: ArgsOf<S, K>): string;
  /** Whether `key` is a message (or a plural base) of this catalogue: the check for keys built at run time. */
  has(key: string): key is KeyOf<S>;
  /** Every key of one language with its text, for completeness tests. */
  texts(lang: Lang): ReadonlyMap<string, string>;
}

/** A catalogue of the given parts. A key defined by two parts is a programming error: it throws on first use. */
export function catalogue<const P extends readonly MessagePart[]>(
  ...parts: P
): Catalogue<TextsOf<P>> {
  let merged: Record<Lang, Map<string, string>> | null = null;
  // Lazily, so a cyclic import of a part never sees a half-built catalogue.
  const all = () => (merged ??= merge(parts));

  function t(lang: Lang, key: string, params: MessageParams = {}): string {
    const texts = all();
    let template = texts[lang].get(key) ?? texts.sv.get(key);
    if (template === undefined) {
      const count = params.count;
      const form = typeof count === "number" ? pluralKey(lang, key, count) : `${key}.other`;
      // Falls back to Swedish, then to the key itself: a missing message is visible but never throws.
      template = texts[lang].get(form) ?? texts.sv.get(form) ?? key;
    }
    return fill(template, params);
  }

  return {
    t: t as Catalogue<TextsOf<P>>["t"],
    has: (key: string): key is KeyOf<TextsOf<P>> =>
      all().sv.has(key) || all().sv.has(`${key}.other`),
    texts: (lang) => all()[lang],
  };
}

function merge(parts: readonly MessagePart[]): Record<Lang, Map<string, string>> {
  const merged = { sv: new Map<string, string>(), en: new Map<string, string>() };
  for (const part of parts) {
    for (const lang of ["sv", "en"] as const) {
      for (const [key, text] of Object.entries(part[lang] as Texts)) {
        // A key defined twice would silently change a message.
        if (merged[lang].has(key))
          throw new Error(`i18n: nyckeln "${key}" (${lang}) är definierad två gånger`);
        merged[lang].set(key, text);
      }
    }
  }
  return merged;
}

function fill(template: string, params: MessageParams): string {
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
