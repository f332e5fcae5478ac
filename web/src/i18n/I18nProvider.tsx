import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LOCALES, type Language } from './language.js';
import { loadMessages, showLanguage, type MessageKey, type Messages } from './messages.js';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  t: Translate;
  /** Dates as the user's country writes them: en-GB for English, not the US default of "en". */
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

/**
 * Loads the language's messages on demand; until a language is known and has arrived it shows `fallback`, and
 * on a switch it keeps the previous language on screen until the next one is there.
 */
export function I18nProvider({ language, fallback, children }: { language: Language | undefined; fallback?: ReactNode; children: ReactNode }) {
  const [loaded, setLoaded] = useState<{ language: Language; messages: Messages } | undefined>();

  useEffect(() => {
    if (!language) return;
    let current = true;
    void loadMessages(language).then((messages) => {
      if (!current) return;
      showLanguage(language);
      setLoaded({ language, messages });
    });
    return () => {
      current = false;
    };
  }, [language]);

  const value = useMemo<I18n | undefined>(() => {
    if (!loaded) return undefined;
    const { messages, language: shown } = loaded;
    const dates = new Intl.DateTimeFormat(LOCALES[shown], { dateStyle: 'medium' });
    const times = new Intl.DateTimeFormat(LOCALES[shown], { dateStyle: 'medium', timeStyle: 'short' });
    const safe = (f: Intl.DateTimeFormat) => (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : f.format(new Date(iso)));
    return {
      language: shown,
      date: safe(dates),
      dateTime: safe(times),
      t: (key, values) => messages[key].replace(/\{(\w+)\}/g, (_m, name: string) => String(values?.[name] ?? `{${name}}`)),
    };
  }, [loaded]);
  if (!value) return <>{fallback}</>;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
