/**
 * The pane's binding of the core's message catalogue (src/core/i18n): a React context carries the
 * active language, `useT()` gives a translate function typed by the pane's keys. Swedish is the
 * default. The messages themselves, and their plural forms, are in src/core/i18n/pane/.
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { paneMessages, type PaneArgs, type PaneKey } from "../../core/i18n/pane";
import type { Lang } from "../../core/i18n/types";

export type UiKey = PaneKey;
export type UiLang = Lang;
export type Translate = <K extends UiKey>(key: K, ...params: PaneArgs<K>) => string;

export const translate = paneMessages.t;

/** Whether a key built at run time (`rule.${id}`) is one of the pane's messages. */
export const hasUiKey = paneMessages.has;

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
