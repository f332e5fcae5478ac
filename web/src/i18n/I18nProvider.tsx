import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from './language.js';
import { messagesFor, type MessageKey } from './messages.js';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  t: Translate;
  /** Dates as the user's country writes them: en-GB for English, not the US default of "en". */
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
}

const LOCALES: Record<Language, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo<I18n>(() => {
    const messages = messagesFor(language);
    const dates = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' });
    const times = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' });
    const safe = (f: Intl.DateTimeFormat) => (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : f.format(new Date(iso)));
    return {
      language,
      date: safe(dates),
      dateTime: safe(times),
      t: (key, values) => messages[key].replace(/\{(\w+)\}/g, (_m, name: string) => String(values?.[name] ?? `{${name}}`)),
    };
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
