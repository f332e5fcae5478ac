import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitList } from './textLists.js';

/**
 * The oracle is the list before it was joined: entries are generated as structures (a head, maybe a bracket with
 * commas inside, maybe examples after a marker with commas of their own), rendered, joined with the separators a
 * register uses, and splitting must give back exactly the rendered entries. No regex of the splitter is reused.
 */
const WORDS = ['namn', 'adress', 'personnummer', 'sjukskrivning', 'diagnos', 'lön', 'helbred', 'cpr-nummer', 'salary', 'e-post', 'telefon', 'bilder', 'yrke'];
const MARKERS = ['t.ex.', 'bl.a.', 'fx', 'f.eks.', 'e.g.', 'such as', 'including', 'herunder', 'exempelvis', 'såsom'];
const CLOSERS = ['och', 'eller', 'og', 'and', 'samt'];

const word = fc.constantFrom(...WORDS);
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

interface Entry {
  text: string;
  /** Examples after a marker that no closing word ends: the next entry must start with a capital letter. */
  openExamples: boolean;
  capitalised: boolean;
}

const entry: fc.Arbitrary<Entry> = fc
  .record({
    head: fc.array(word, { minLength: 1, maxLength: 3 }),
    capitalised: fc.boolean(),
    bracket: fc.option(fc.record({ open: fc.constantFrom('(', '['), words: fc.array(word, { minLength: 1, maxLength: 3 }) }), { nil: undefined }),
    examples: fc.option(
      fc.record({
        comma: fc.boolean(),
        marker: fc.constantFrom(...MARKERS),
        words: fc.array(word, { minLength: 1, maxLength: 4 }),
        closer: fc.option(fc.record({ word: fc.constantFrom(...CLOSERS), last: word }), { nil: undefined }),
      }),
      { nil: undefined },
    ),
  })
  .map(({ head, capitalised, bracket, examples }) => {
    let text = head.join(' ');
    if (capitalised) text = capital(text);
    if (bracket) text += ` ${bracket.open}${bracket.words.join(', ')}${bracket.open === '(' ? ')' : ']'}`;
    if (examples) {
      text += `${examples.comma ? ',' : ''} ${examples.marker} ${examples.words.join(', ')}`;
      if (examples.closer) text += ` ${examples.closer.word} ${examples.closer.last}`;
    }
    return { text, openExamples: examples !== undefined && examples.closer === undefined, capitalised };
  });

/** A list in which an entry after open examples starts with a capital letter, as the splitter's contract asks. */
const list = fc
  .array(fc.tuple(entry, fc.constantFrom(', ', ',', '; ', '\n', ' , ')), { minLength: 1, maxLength: 6 })
  .filter((items) => items.every(([e], i) => i === 0 || !items[i - 1]![0].openExamples || e.capitalised || items[i - 1]![1].trim() !== ','));

describe('splitList', () => {
  it('gives back the joined entries, whatever commas sit inside brackets or after example markers', () => {
    fc.assert(
      fc.property(list, (items) => {
        const joined = items.map(([e], i) => (i === 0 ? e.text : `${items[i - 1]![1]}${e.text}`)).join('');
        expect(splitList(joined)).toEqual(items.map(([e]) => e.text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['Uppgifter om hälsa, t.ex. sjukskrivning', ['Uppgifter om hälsa, t.ex. sjukskrivning']],
    ['Namn (för- och efternamn, initialer), personnummer', ['Namn (för- och efternamn, initialer)', 'personnummer']],
    ['Uppgifter om hälsa, t.ex. sjukskrivning, diagnos, Adress', ['Uppgifter om hälsa, t.ex. sjukskrivning, diagnos', 'Adress']],
    ['Hälsa, bl.a. sjukskrivning och rehabilitering, adress', ['Hälsa, bl.a. sjukskrivning och rehabilitering', 'adress']],
    ['Helbredsoplysninger, fx sygemelding, diagnose, CPR-nummer', ['Helbredsoplysninger, fx sygemelding, diagnose', 'CPR-nummer']],
    ['Kontaktoplysninger, f.eks. adresse, telefon; Løn', ['Kontaktoplysninger, f.eks. adresse, telefon', 'Løn']],
    [
      'Contact details, e.g. address, phone, Health data such as sick leave, diagnosis',
      ['Contact details, e.g. address, phone', 'Health data such as sick leave, diagnosis'],
    ],
    ['Personal data including name, address and phone, salary', ['Personal data including name, address and phone', 'salary']],
    ['Uppgifter [kontakt, lön], skatteverket.', ['Uppgifter [kontakt, lön]', 'skatteverket']],
    ['Bilder, ljud m.m.', ['Bilder', 'ljud m.m.']],
    ['Försäkringskassan, SCB (statistik, lön), skatteverket.', ['Försäkringskassan', 'SCB (statistik, lön)', 'skatteverket']],
    ['Namn, personnummer, uppgifter om hälsa, facklig tillhörighet', ['Namn', 'personnummer', 'uppgifter om hälsa', 'facklig tillhörighet']],
    // Words that only begin like a marker split as before.
    ['Texter, fxyz-kod, tex-filer', ['Texter', 'fxyz-kod', 'tex-filer']],
  ])('%s', (text, expected) => {
    expect(splitList(text)).toEqual(expected);
  });
});
