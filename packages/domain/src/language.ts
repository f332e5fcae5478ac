export const LANGUAGES = ['sv', 'da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A BCP 47 locale ("sv-SE", "da-DK", "en-GB") to a product language; anything not Swedish or Danish gets English. */
export function languageFromLocale(locale: string | undefined): Language {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  if (primary === 'sv') return 'sv';
  if (primary === 'da') return 'da';
  return 'en';
}
