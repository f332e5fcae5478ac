import type { Language } from '@prt/domain/language';

export { LANGUAGES, languageFromLocale, type Language } from '@prt/domain/language';

/** The locale each language formats dates and numbers in: en is British English (day first, 24-hour clock), as in the EU. */
export const LOCALES: Record<Language, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

/** Per-language message tables; every feature defines one with the same keys in all three languages. */
export type MessageTable<K extends string> = Record<Language, Record<K, string>>;

/**
 * The spinner's name before any message table has loaded (the start bundle is itself what is loading); once the
 * tables are there, spinners use the `loading` message.
 */
export const LOADING_BEFORE_MESSAGES: Record<Language, string> = { sv: 'Laddar …', da: 'Indlæser …', en: 'Loading …' };
