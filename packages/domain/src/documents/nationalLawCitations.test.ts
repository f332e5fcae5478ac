import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNationalLawCitations } from './nationalLawCitations.js';

const laws = (text: string) => findNationalLawCitations(text).map((c) => c.law);

describe('Swedish national-law references', () => {
  it.each([
    ['2 kap. 2 § dataskyddslagen', { act: 'dataskyddslagen', provision: '2 kap. 2 §', text: '2 kap. 2 § dataskyddslagen (2018:218)' }],
    [
      'enligt 3 kap. 3 § lagen (2018:218) med kompletterande bestämmelser',
      { act: 'dataskyddslagen', provision: '3 kap. 3 §', text: '3 kap. 3 § dataskyddslagen (2018:218)' },
    ],
    [
      'enligt offentlighets- och sekretesslagen (2009:400).',
      { act: 'offentlighets- och sekretesslagen', provision: '', text: 'offentlighets- och sekretesslagen (2009:400)' },
    ],
    ['Arkivlagen gäller.', { act: 'arkivlagen', provision: '', text: 'arkivlagen (1990:782)' }],
    ['26 § förvaltningslagen', { act: 'förvaltningslagen', provision: '26 §', text: '26 § förvaltningslagen (2017:900)' }],
  ])('%s', (text, expected) => {
    expect(laws(text)).toEqual([expected]);
  });

  it('does not take the GDPR or "arkivlagstiftningen" for an act', () => {
    expect(laws('dataskyddsförordningen och arkivlagstiftningen samt gällande lagstiftning')).toEqual([]);
  });
});

describe('Danish national-law references', () => {
  it.each([
    ['databeskyttelseslovens § 11', [{ act: 'databeskyttelsesloven', provision: '§ 11', text: 'databeskyttelsesloven § 11' }]],
    ['§ 12, stk. 1 i databeskyttelsesloven', [{ act: 'databeskyttelsesloven', provision: '§ 12, stk. 1', text: 'databeskyttelsesloven § 12, stk. 1' }]],
    ['whistleblowerlovens § 22 og', [{ act: 'whistleblowerloven', provision: '§ 22', text: 'whistleblowerloven § 22' }]],
    ['Forvaltningsloven § 29', [{ act: 'forvaltningsloven', provision: '§ 29', text: 'forvaltningsloven § 29' }]],
    ['efter arkivloven', [{ act: 'arkivloven', provision: '', text: 'arkivloven' }]],
    ['Helbredsoplysningsloven §§ 2-5', [{ act: 'helbredsoplysningsloven', provision: '§§ 2-5', text: 'helbredsoplysningsloven §§ 2-5' }]],
    ['forældelseslovens § 3, stk. 3, nr. 4.', [{ act: 'forældelsesloven', provision: '§ 3, stk. 3, nr. 4', text: 'forældelsesloven § 3, stk. 3, nr. 4' }]],
    [
      'Databeskyttelseslovens § 8, § 11, stk. 1 og § 12',
      [
        { act: 'databeskyttelsesloven', provision: '§ 8', text: 'databeskyttelsesloven § 8' },
        { act: 'databeskyttelsesloven', provision: '§ 11, stk. 1', text: 'databeskyttelsesloven § 11, stk. 1' },
        { act: 'databeskyttelsesloven', provision: '§ 12', text: 'databeskyttelsesloven § 12' },
      ],
    ],
    [
      'Tv-overvågningsloven §2d, stk. 1 og § 4c, stk. 4',
      [
        { act: 'tv-overvågningsloven', provision: '§ 2d, stk. 1', text: 'tv-overvågningsloven § 2d, stk. 1' },
        { act: 'tv-overvågningsloven', provision: '§ 4c, stk. 4', text: 'tv-overvågningsloven § 4c, stk. 4' },
      ],
    ],
    [
      'databeskyttelsesloven § 12, stk. 1 eller stk. 2.',
      [{ act: 'databeskyttelsesloven', provision: '§ 12, stk. 1 eller stk. 2', text: 'databeskyttelsesloven § 12, stk. 1 eller stk. 2' }],
    ],
    [
      'Lov om kompensation til handicappede i erhverv mv. §§ 3-4',
      [{ act: 'lov om kompensation til handicappede i erhverv', provision: '§§ 3-4', text: 'lov om kompensation til handicappede i erhverv §§ 3-4' }],
    ],
    [
      'Justitsministeriets bekendtgørelse nr. 36 (Indhentelse af børneattest)',
      [{ act: 'bekendtgørelse nr. 36', provision: '', text: 'bekendtgørelse nr. 36' }],
    ],
  ])('%s', (text, expected) => {
    expect(laws(text)).toEqual(expected);
  });

  it('does not take "orloven" (the leave) or "databeskyttelseslovgivningen" for an act', () => {
    expect(laws('barselsorlov eller orlov af den kommune, der bevilliger orloven, efter databeskyttelseslovgivningen')).toEqual([]);
  });
});

describe('English national-law references', () => {
  it.each([
    ['under section 22 of the Whistleblower Act.', { act: 'Whistleblower Act', provision: 'section 22', text: 'section 22 of the Whistleblower Act' }],
    [
      'with Chapter 2, Section 2 of the Data Protection Act (2018:218)',
      { act: 'Data Protection Act', provision: 'Chapter 2, Section 2', text: 'Chapter 2, Section 2 of the Data Protection Act (2018:218)' },
    ],
  ])('%s', (text, expected) => {
    expect(laws(text)).toEqual([expected]);
  });
});

describe('national-law property', () => {
  it('generated Danish provisions of any act parse back to the act and provision written', () => {
    const act = fc.constantFrom('databeskyttelses', 'whistleblower', 'forvaltnings', 'helbredsoplysnings', 'arkiv', 'ansættelsesbevis');
    const provision = fc.record({ section: fc.integer({ min: 1, max: 199 }), stk: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }) });
    fc.assert(
      fc.property(act, provision, fc.constantFrom('genitive', 'after', 'before'), (stemWord, p, form) => {
        const cited = `§ ${p.section}${p.stk ? `, stk. ${p.stk}` : ''}`;
        const text =
          form === 'genitive' ? `efter ${stemWord}lovens ${cited}.` : form === 'after' ? `${stemWord}loven ${cited} og` : `jf. ${cited} i ${stemWord}loven.`;
        expect(laws(text)).toEqual([{ act: `${stemWord}loven`, provision: cited, text: `${stemWord}loven ${cited}` }]);
      }),
      { numRuns: 300 },
    );
  });

  it('generated Swedish chapter-and-section references parse back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('kommunallagen', 'skollagen', 'dataskyddslagen'),
        (chapter, section, act) => {
          const found = laws(`enligt ${chapter} kap. ${section} § ${act}.`);
          expect(found).toHaveLength(1);
          expect(found[0]).toMatchObject({ act, provision: `${chapter} kap. ${section} §` });
        },
      ),
      { numRuns: 200 },
    );
  });
});
