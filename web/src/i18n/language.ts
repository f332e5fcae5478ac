export const LANGUAGES = ['sv', 'da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Teams gives a BCP 47 locale ("sv-SE", "da-DK", "en-GB"); everything not Swedish or Danish gets English. */
export function languageFromLocale(locale: string | undefined): Language {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  if (primary === 'sv') return 'sv';
  if (primary === 'da') return 'da';
  return 'en';
}

/** Per-language message tables; every feature defines one with the same keys in all three languages. */
export type MessageTable<K extends string> = Record<Language, Record<K, string>>;
