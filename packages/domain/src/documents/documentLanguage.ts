/**
 * Swedish, Danish or English, from the function words and letters each language has and the others lack ("och",
 * "inte", "ä" against "og", "ikke", "ø"). Words both Nordic languages share ("som", "det", "kan") are left out.
 * Only the first part of a long document is looked at: a notice does not change language halfway.
 */
import type { Language } from '../language.js';

const SAMPLE_CHARS = 20_000;

const MARKERS: Record<Language, ReadonlySet<string>> = {
  sv: new Set([
    'och',
    'är',
    'inte',
    'att',
    'av',
    'personuppgifter',
    'uppgifter',
    'våra',
    'vår',
    'dig',
    'ska',
    'från',
    'också',
    'när',
    'hur',
    'eller',
    'enligt',
    'behandlar',
    'nämnden',
    'till',
  ]),
  da: new Set([
    'og',
    'er',
    'ikke',
    'af',
    'personoplysninger',
    'oplysninger',
    'vores',
    'skal',
    'fra',
    'også',
    'når',
    'hvordan',
    'hvis',
    'til',
    'efter',
    'behandler',
    'kommunen',
    'eller',
    'med',
    'ved',
  ]),
  en: new Set([
    'the',
    'and',
    'of',
    'to',
    'is',
    'are',
    'we',
    'you',
    'your',
    'personal',
    'data',
    'with',
    'for',
    'not',
    'this',
    'that',
    'be',
    'or',
    'our',
    'which',
  ]),
};

export function detectDocumentLanguage(text: string): Language {
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase();
  const score: Record<Language, number> = { sv: 0, da: 0, en: 0 };
  for (const m of sample.matchAll(/\p{L}+/gu)) {
    const word = m[0];
    for (const language of ['sv', 'da', 'en'] as const) if (MARKERS[language].has(word)) score[language]++;
  }
  // Letters only one of the languages uses weigh like a marker word each.
  score.sv += (sample.match(/[äö]/gu)?.length ?? 0) / 2;
  score.da += (sample.match(/[æø]/gu)?.length ?? 0) / 2;
  const ranked = (['sv', 'da', 'en'] as const).slice().sort((a, b) => score[b] - score[a]);
  return score[ranked[0]!] > 0 ? ranked[0]! : 'en';
}
