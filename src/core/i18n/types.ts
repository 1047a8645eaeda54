export const LANGS = ["sv", "en"] as const;
export type Lang = (typeof LANGS)[number];

export type MessageValue = string | number | null | undefined;
export type MessageParams = Record<string, MessageValue>;

/** A feature's texts in one language, key → text ("{name}" marks a placeholder). */
export type Texts = { readonly [key: string]: string };

/**
 * One feature's messages. Swedish defines the keys (with their literal texts, so the types know
 * each key's placeholders); English has exactly the same keys (tests check the placeholders).
 */
export interface MessagePart<S extends Texts = Texts> {
  sv: S;
  en: { readonly [K in keyof S]: string };
}

/** Type-checks a feature's messages where they are written: an English key missing or extra fails tsc. */
export function defineMessages<const S extends Texts>(part: {
  sv: S;
  en: NoInfer<{ readonly [K in keyof S]: string }>;
}): MessagePart<S> {
  return part;
}

/**
 * A key with plural forms is written `x.one` / `x.other` (the categories Intl.PluralRules gives
 * Swedish and English) and asked for by its base `x` and a `count`.
 */
export type PluralBase<K> = K extends `${infer Base}.other` ? Base : never;

/** Every key `t` takes for a catalogue whose Swedish texts are `S`: the keys and the plural bases. */
export type KeyOf<S> = (keyof S & string) | PluralBase<keyof S & string>;

/** The placeholder names of a literal text: "{cell} on {sheet}" → "cell" | "sheet". */
type Placeholders<T> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The texts of a plural base's forms. */
type FormTexts<S, K> = S[`${K & string}.${"one" | "other"}` & keyof S];

/** What a key's text needs: its placeholders, and for a plural base also a numeric count. */
export type ParamsOf<S, K> = K extends keyof S
  ? { [P in Placeholders<S[K]>]: MessageValue }
  : { [P in Placeholders<FormTexts<S, K>>]: MessageValue } & { count: number };

/** `t`'s parameters after the key: optional when the text has no placeholder, required otherwise. */
export type ArgsOf<S, K> = K extends unknown
  ? [keyof ParamsOf<S, K>] extends [never]
    ? [params?: MessageParams]
    : [params: ParamsOf<S, K>]
  : never;

/** The Swedish texts of a list of parts, as one record type. */
export type TextsOf<P extends readonly MessagePart[]> = UnionToIntersection<
  P[number] extends infer Part ? (Part extends MessagePart<infer S> ? S : never) : never
>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;
