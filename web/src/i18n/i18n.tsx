import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, vi, type MessageKey } from './messages';

export type Lang = 'vi' | 'en';
type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const I18nContext = createContext<{ lang: Lang; setLang(lang: Lang): void; t: Translate }>({ lang: 'vi', setLang: () => {}, t: (k) => vi[k] });

const fill = (text: string, vars?: Record<string, string | number>): string =>
  vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;

export const I18nProvider = ({ children }: { children: ReactNode }) => {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem('eg.lang') === 'en' ? 'en' : 'vi'));
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem('eg.lang', next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const t = useCallback<Translate>((key, vars) => fill((lang === 'en' ? en[key] : undefined) ?? vi[key] ?? String(key), vars), [lang]);
  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};

export const useI18n = () => useContext(I18nContext);

/** A message key built from an enum value (`taskStatus_DONE`); unknown values show as they are. */
export const enumKey = (prefix: string, value: string): MessageKey => `${prefix}_${value}` as MessageKey;
