export const LANGS = ["sv", "en"] as const;
export type Lang = (typeof LANGS)[number];

export type MessageParams = Record<string, string | number | null | undefined>;

/** One feature's messages: the same keys in both languages (tests check that). */
export interface MessageCatalogue {
  sv: Record<string, string>;
  en: Record<string, string>;
}

/** Identity helper that type-checks a catalogue part where it is written. */
export function defineMessages(catalogue: MessageCatalogue): MessageCatalogue {
  return catalogue;
}
