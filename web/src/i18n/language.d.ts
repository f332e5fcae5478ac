import type { Language } from '@prt/domain/language';
export { LANGUAGES, languageFromLocale, type Language } from '@prt/domain/language';
/** Per-language message tables; every feature defines one with the same keys in all three languages. */
export type MessageTable<K extends string> = Record<Language, Record<K, string>>;
