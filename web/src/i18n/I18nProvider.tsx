import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from './language.js';
import { loadMessages, type MessageKey, type Messages } from './messages.js';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  t: Translate;
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
      if (current) setLoaded({ language, messages });
    });
    return () => {
      current = false;
    };
  }, [language]);

  const value = useMemo<I18n | undefined>(() => {
    if (!loaded) return undefined;
    const { messages } = loaded;
    return {
      language: loaded.language,
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
