/**
 * The pane's binding of the core's message catalogue (src/core/i18n): a React context carries the
 * active language, `useT()` gives a translate function typed by the pane's keys. Swedish is the
 * default. The messages themselves, and their plural forms, are in src/core/i18n/pane/.
 *
 * Only the shell's and the Mall view's texts are here from the start: the other views load after
 * the first paint (views/lazy.tsx), and each module that uses a view's texts adds that part when
 * it loads (`addPaneTexts`), so those texts travel in the view's chunk (issue 18).
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { catalogue } from "../../core/i18n/catalogue";
import { appMessages } from "../../core/i18n/pane/app";
import { mallMessages } from "../../core/i18n/pane/mall";
import type { PaneArgs, PaneKey } from "../../core/i18n/pane";
import type { Lang, MessageParams, MessagePart } from "../../core/i18n/types";

export type UiKey = PaneKey;
export type UiLang = Lang;
export type Translate = <K extends UiKey>(key: K, ...params: PaneArgs<K>) => string;

const loadedParts = new Set<MessagePart>([appMessages, mallMessages]);
let loaded = catalogue(...loadedParts);

/** Adds message parts of the pane (src/core/i18n/pane/*) to the catalogue; a part added before is skipped. */
export function addPaneTexts(...parts: readonly MessagePart[]): void {
  const before = loadedParts.size;
  for (const part of parts) loadedParts.add(part);
  if (loadedParts.size !== before) loaded = catalogue(...loadedParts);
}

/** A pane message in `lang` (from the parts loaded so far; a missing key shows as itself). */
export function translate<K extends UiKey>(lang: UiLang, key: K, ...params: PaneArgs<K>): string {
  const [values] = params as [MessageParams?];
  return loaded.t<string>(lang, key, values);
}

/** Whether a key built at run time (`rule.${id}`) is one of the pane's loaded messages. */
export function hasUiKey(key: string): key is UiKey {
  return loaded.has(key);
}

/** The translate function of one language, for code outside the provider (App's own frame). */
export function translatorFor(lang: UiLang): Translate {
  return (key, ...params) => translate(lang, key, ...params);
}

const LangContext = createContext<UiLang>("sv");

export function I18nProvider({ lang, children }: { lang: UiLang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): UiLang {
  return useContext(LangContext);
}

export function useT(): Translate {
  const lang = useLang();
  return useMemo(() => translatorFor(lang), [lang]);
}
