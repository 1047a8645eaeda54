/**
 * The pane's strings: a React context carries the active language, `useT()` gives a typed
 * translate function. Swedish is the default.
 */
import { createContext, useCallback, useContext, type ReactNode } from "react";
import { sv, type UiKey as CatalogueKey } from "./sv";
import { en } from "./en";
import { pluralKey } from "../../core/i18n/plural";

/** A key with plural forms (`x.one`, `x.other`) is asked for by its base `x` and a `count`. */
type PluralBase<K> = K extends `${infer Base}.other` ? Base : never;
export type UiKey = CatalogueKey | PluralBase<CatalogueKey>;
export type UiLang = "sv" | "en";
export type UiParams = Record<string, string | number>;
export type Translate = (key: UiKey, params?: UiParams) => string;

export const CATALOGUES: Record<UiLang, Record<CatalogueKey, string>> = { sv, en };

function isCatalogueKey(key: string): key is CatalogueKey {
  return key in sv;
}

export function translate(lang: UiLang, key: UiKey, params: UiParams = {}): string {
  const count = params.count;
  const chosen = isCatalogueKey(key) ? key : typeof count === "number" ? pluralKey(lang, key, count) : `${key}.other`;
  const template = isCatalogueKey(chosen) ? CATALOGUES[lang][chosen] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
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
  return useCallback((key: UiKey, params?: UiParams) => translate(lang, key, params), [lang]);
}
