import type { Retention, RetentionPeriod, RetentionUnit } from '../processing.js';

const UNIT_WORDS: ReadonlyArray<readonly [RegExp, RetentionUnit]> = [
  [/^(dag|dagar|dage|dagen|days?)$/, 'days'],
  [/^(vecka|veckor|uge|uger|weeks?)$/, 'weeks'],
  [/^(månad|månader|måned|måneder|months?|mån)$/, 'months'],
  [/^(år|året|years?)$/, 'years'],
];

const NUMBER_WORDS: Record<string, number> = {
  en: 1,
  ett: 1,
  et: 1,
  one: 1,
  två: 2,
  to: 2,
  two: 2,
  tre: 3,
  three: 3,
  fyra: 4,
  fire: 4,
  four: 4,
  fem: 5,
  five: 5,
  sex: 6,
  seks: 6,
  six: 6,
  sju: 7,
  syv: 7,
  seven: 7,
  åtta: 8,
  otte: 8,
  eight: 8,
  nio: 9,
  ni: 9,
  nine: 9,
  tio: 10,
  ti: 10,
  ten: 10,
  tolv: 12,
  twelve: 12,
};

// "bevares" must stand alone: "opbevares" (is stored) contains it and says nothing about permanence.
const PRESERVED = /\bbevaras\b|\bbevarande\b|arkiveras|opbevares varigt|(?<![a-zæøå])bevares|afleveres til arkiv|kept permanently|preserved/i;

/** Reads retention wording such as "Raderas 24 månader efter referenstagning" or "Bevaras". */
export function interpretRetention(text: string): Retention {
  const periods: RetentionPeriod[] = [];
  const re = /(\d+|[a-zåäöæø]+)\s+(dagar|dage|dagen|dag|days?|veckor|vecka|uger|uge|weeks?|månader|måneder|måned|månad|months?|mån|året|år|years?)\b/giu;
  for (const match of text.matchAll(re)) {
    const amountWord = (match[1] ?? '').toLowerCase();
    const amount = /^\d+$/.test(amountWord) ? Number(amountWord) : NUMBER_WORDS[amountWord];
    const unit = UNIT_WORDS.find(([w]) => w.test((match[2] ?? '').toLowerCase()))?.[1];
    if (amount && amount > 0 && amount <= 1000 && unit) periods.push({ amount, unit });
  }
  return { text: text.trim(), periods, preserved: PRESERVED.test(text) };
}
