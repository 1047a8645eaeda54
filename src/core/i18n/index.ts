/**
 * Message catalogue: Swedish (the UI language) and English (the second catalogue), one system for
 * the core, the CLI and the pane. The catalogue is split across files, one per feature
 * (validate.ts, …; the pane's views in pane/), each a `defineMessages({ sv, en })`;
 * `catalogues.ts` lists the core's, so adding messages touches your own file and one line there.
 * Keys are namespaced by feature ("validate.status.missing") and typed: an unknown key, or a
 * missing placeholder, fails tsc. The pane binds its own parts (src/taskpane/i18n).
 */
import { catalogue } from "./catalogue";
import { CORE_PARTS } from "./catalogues";
import type { ArgsOf, KeyOf, Lang, TextsOf } from "./types";

export type { Lang, MessageParams, MessagePart } from "./types";
export { defineMessages, LANGS } from "./types";
export { pluralCategory, pluralKey } from "./plural";

/** The core's messages. */
export const messages = catalogue(...CORE_PARTS);

type CoreTexts = TextsOf<typeof CORE_PARTS>;
/** Every key of the core's messages (plural bases included). */
export type MessageKey = KeyOf<CoreTexts>;
/** The parameters after a key: its placeholders, and `count` for a plural base. */
export type MessageArgs<K> = ArgsOf<CoreTexts, K>;
/** The keys under a prefix, without it: `SubKey<"validate.">` is "status.missing" | … */
export type SubKey<Prefix extends string> = MessageKey extends infer K
  ? K extends `${Prefix}${infer Rest}`
    ? Rest
    : never
  : never;

/**
 * The message `key` in `lang`, with `{name}` placeholders filled from `params`; a plural base
 * (`x` for `x.one` / `x.other`) takes the form for `params.count`.
 */
export const t = messages.t;

/** Every key of one language, for completeness tests. */
export function messageKeys(lang: Lang): string[] {
  return [...messages.texts(lang).keys()];
}

/**
 * `t` for the keys under one prefix, asked for without it: `keysUnder("validate.")(lang,
 * "status.missing", …)`. The one place a key is built from a string, typed by the sub-keys.
 */
export function keysUnder<P extends string>(prefix: P) {
  // One full key string per sub-key, so the catalogue lookup hashes a string it has seen.
  const full = new Map<string, MessageKey>();
  return <K extends SubKey<P>>(lang: Lang, key: K, ...params: MessageArgs<`${P}${K}`>): string => {
    let whole = full.get(key);
    if (whole === undefined) full.set(key, (whole = `${prefix}${key}` as MessageKey));
    return t(lang, whole, ...(params as MessageArgs<MessageKey>));
  };
}
