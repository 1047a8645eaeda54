/**
 * The pane's strings: a React context carries the active language, `useT()` gives a typed
 * translate function. Swedish is the default.
 */
import { createContext, useCallback, useContext, type ReactNode } from "react";
import { sv, type UiKey } from "./sv";
import { en } from "./en";

export type { UiKey } from "./sv";
export type UiLang = "sv" | "en";
export type UiParams = Record<string, string | number>;
export type Translate = (key: UiKey, params?: UiParams) => string;

export const CATALOGUES: Record<UiLang, Record<UiKey, string>> = { sv, en };

export function translate(lang: UiLang, key: UiKey, params: UiParams = {}): string {
  const template = CATALOGUES[lang][key];
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
