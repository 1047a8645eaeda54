/**
 * Plural forms, one place for the core and the pane: "1 cell" / "2 celler". A message with plural
 * forms is written as two keys, `<key>.one` and `<key>.other`; `pluralKey` picks the one that
 * Intl.PluralRules gives for the count in that language (Swedish and English have just these two).
 */
import type { Lang } from "./types";

const rules = new Map<Lang, Intl.PluralRules>();

export function pluralCategory(lang: Lang, count: number): "one" | "other" {
  let rule = rules.get(lang);
  if (rule === undefined) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return rule.select(count) === "one" ? "one" : "other";
}

/** `<key>.one` or `<key>.other` for `count`. */
export function pluralKey<K extends string>(lang: Lang, key: K, count: number): `${K}.one` | `${K}.other` {
  return `${key}.${pluralCategory(lang, count)}`;
}
