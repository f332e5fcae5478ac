import { foldDiacritics } from '../identity.js';

/** Lower-case, diacritic-folded words of at least two letters or digits. */
export function words(text: string): string[] {
  return foldDiacritics(text.toLowerCase()).match(/[a-z0-9]{2,}/g) ?? [];
}

/**
 * Inflection endings of Swedish, Danish and English, longest first. Text in a register mixes the three, so one
 * combined light stemmer is used; compounds ("lönespecifikation") are handled by prefix matching instead.
 */
const ENDINGS = [
  'arnas',
  'ernas',
  'ornas',
  'ningarna',
  'ningar',
  'ningen',
  'ninger',
  'ningerne',
  'arna',
  'erna',
  'orna',
  'erne',
  'ende',
  'ande',
  'ings',
  'ies',
  'ing',
  'ene',
  'are',
  'ens',
  'ets',
  'ar',
  'er',
  'or',
  'en',
  'et',
  'na',
  'ne',
  'es',
  'ed',
  'a',
  'e',
  's',
] as const;

const MIN_STEM = 3;

export function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) {
      const base = word.slice(0, -ending.length);
      return ending === 'ies' ? `${base}y` : base;
    }
  }
  return word;
}

export function terms(text: string): string[] {
  return words(text).map(stem);
}
