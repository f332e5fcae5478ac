import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findGdprCitations, formatGdprCitation, isLegalBasisCitation, legalBasisFromCitations } from './gdprCitations.js';

const cite = (text: string) => findGdprCitations(text).map(({ article, paragraph, points }) => ({ article, paragraph, points }));

describe('GDPR citations in the Swedish style', () => {
  it.each([
    ['artikel 6.1 e dataskyddsförordningen', [{ article: 6, paragraph: 1, points: ['e'] }]],
    ['enligt art. 6.1 c och e samt', [{ article: 6, paragraph: 1, points: ['c', 'e'] }]],
    ['artikel 9.2 h', [{ article: 9, paragraph: 2, points: ['h'] }]],
    ['art 6.1.b', [{ article: 6, paragraph: 1, points: ['b'] }]],
    [
      'artikel 6.1 e och 9.2 g',
      [
        { article: 6, paragraph: 1, points: ['e'] },
        { article: 9, paragraph: 2, points: ['g'] },
      ],
    ],
    ['artikel 6.1(e)', [{ article: 6, paragraph: 1, points: ['e'] }]],
    ['(artikel 6.1 e dataskyddsförordningen och 2 kap. 2 § dataskyddslagen)', [{ article: 6, paragraph: 1, points: ['e'] }]],
  ])('%s', (text, expected) => {
    expect(cite(text)).toEqual(expected);
  });
});

describe('GDPR citations in the Danish style', () => {
  it.each([
    ['artikel 6, stk. 1, litra e', [{ article: 6, paragraph: 1, points: ['e'] }]],
    ['art. 9, stk. 2, litra b', [{ article: 9, paragraph: 2, points: ['b'] }]],
    [
      'artikel 9, stk. 2, litra f, jf. artikel 6, stk. 1, litra e',
      [
        { article: 9, paragraph: 2, points: ['f'] },
        { article: 6, paragraph: 1, points: ['e'] },
      ],
    ],
    [
      'Databeskyttelsesforordningens artikel 6, stk. 1, litra a og 6, stk. 1, litra e',
      [
        { article: 6, paragraph: 1, points: ['a'] },
        { article: 6, paragraph: 1, points: ['e'] },
      ],
    ],
    ['artikel 6, stk. 1, litra b og e.', [{ article: 6, paragraph: 1, points: ['b', 'e'] }]],
    [
      'artikel 9, stk. 2 litra f jf. artikel 6, stk. 1 litra b',
      [
        { article: 9, paragraph: 2, points: ['f'] },
        { article: 6, paragraph: 1, points: ['b'] },
      ],
    ],
    [
      'art. 6, stk. 1, lit. e, art. 10 og',
      [
        { article: 6, paragraph: 1, points: ['e'] },
        { article: 10, points: [] },
      ],
    ],
    ['databeskyttelsesforordningens § artikel 6, stk. 1, litra e', [{ article: 6, paragraph: 1, points: ['e'] }]],
    ['artikel 14, stk. 5, litra b', [{ article: 14, paragraph: 5, points: ['b'] }]],
  ])('%s', (text, expected) => {
    expect(cite(text)).toEqual(expected.map((e) => ({ paragraph: undefined, ...e })));
  });
});

describe('GDPR citations in the English style', () => {
  it.each([
    ['Article 6(1)(e) GDPR', [{ article: 6, paragraph: 1, points: ['e'] }]],
    ['Art. 9(2)(h)', [{ article: 9, paragraph: 2, points: ['h'] }]],
    ['Article 6(1)(b) and (c)', [{ article: 6, paragraph: 1, points: ['b', 'c'] }]],
    ['Article 10 applies', [{ article: 10, points: [] }]],
  ])('%s', (text, expected) => {
    expect(cite(text)).toEqual(expected.map((e) => ({ paragraph: undefined, ...e })));
  });
});

describe('legal grounds from citations', () => {
  it('maps Art. 6(1) and 9(2) points to bases and conditions, and Art. 10 to its flag', () => {
    const basis = legalBasisFromCitations(findGdprCitations('artikel 9, stk. 2, litra f, jf. artikel 6, stk. 1, litra e og artikel 10'));
    expect(basis).toEqual({ article6: ['publicTask'], article9: ['legalClaims'], article10: true });
  });

  it('does not read Art. 14(5)(b) or Art. 5 as a legal basis', () => {
    const citations = findGdprCitations('jf. databeskyttelsesforordningens artikel 14, stk. 5, litra b og forordningens artikel 5');
    expect(citations.some(isLegalBasisCitation)).toBe(false);
    expect(legalBasisFromCitations(citations)).toEqual({ article6: [], article9: [], article10: false });
  });

  it('does not take a word after a citation as a point ("litra e og databeskyttelsesloven", "6.1 dataskyddsförordningen")', () => {
    expect(cite('artikel 6, stk. 1, litra e og databeskyttelseslovens § 11')).toEqual([{ article: 6, paragraph: 1, points: ['e'] }]);
    expect(cite('artikel 6.1 dataskyddsförordningen')).toEqual([{ article: 6, paragraph: 1, points: [] }]);
  });
});

/**
 * The oracle: citations written by a generator that knows nothing of the parser, in each language's style, with
 * filler prose around them; parsing must give back the article, paragraph and points that were written.
 */
const ART6 = 'abcdef'.split('');
const ART9 = 'abcdefghij'.split('');
const citationArb = fc
  .record({
    article: fc.constantFrom(6, 9),
    style: fc.constantFrom('sv', 'da', 'en', 'svShort', 'daShort', 'enShort'),
    pick: fc.uniqueArray(fc.nat(9), { minLength: 1, maxLength: 3 }),
  })
  .map(({ article, style, pick }) => {
    const letters = article === 6 ? ART6 : ART9;
    const points = pick.map((i) => letters[i % letters.length]!).filter((p, i, all) => all.indexOf(p) === i);
    const paragraph = article === 6 ? 1 : 2;
    const join = (list: string[], word: string) => (list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} ${word} ${list[list.length - 1]!}`);
    let text: string;
    switch (style) {
      case 'sv':
        text = `artikel ${article}.${paragraph} ${join(points, 'och')}`;
        break;
      case 'svShort':
        text = `art. ${article}.${paragraph} ${join(points, 'eller')}`;
        break;
      case 'da':
        text = `artikel ${article}, stk. ${paragraph}, litra ${join(points, 'og')}`;
        break;
      case 'daShort':
        text = `art. ${article}, stk. ${paragraph}, lit. ${join(points, 'og')}`;
        break;
      case 'en':
        text = `Article ${article}(${paragraph})${points.map((p) => `(${p})`).join(' and ')}`;
        break;
      default:
        text = `Art. ${article}(${paragraph})${join(
          points.map((p) => `(${p})`),
          'or',
        )}`;
    }
    return { text, article, paragraph, points };
  });
const filler = fc.constantFrom('', 'Behandlingen sker enligt ', 'Oplysningerne behandles efter ', 'We rely on ', '(', 'jf. ');
const after = fc.constantFrom('', '.', ' dataskyddsförordningen.', ' og databeskyttelseslovens § 11.', ' GDPR)', ', and ', ' i forordningen');

describe('citation property', () => {
  it('generated citations in every style parse back to the article, paragraph and points written', () => {
    fc.assert(
      fc.property(filler, citationArb, after, (before, c, tail) => {
        const found = findGdprCitations(`${before}${c.text}${tail}`);
        expect(found.map(({ article, paragraph, points }) => ({ article, paragraph, points }))).toEqual([
          { article: c.article, paragraph: c.paragraph, points: c.points },
        ]);
      }),
      { numRuns: 500 },
    );
  });

  it('formatting a citation in any language and reading it back is the identity', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(['sv', 'da', 'en'] as const)), fc.constantFrom(...ART6), (language, point) => {
        expect(cite(formatGdprCitation(6, 1, point, language))).toEqual([{ article: 6, paragraph: 1, points: [point] }]);
      }),
    );
  });

  it('never throws and stays within the text on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'r', 't', 'i', 'k', 'e', 'l', ' ', '.', ',', '(', ')', '6', '9', '1', '2', 's', 'b') }), (text) => {
        for (const c of findGdprCitations(text)) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(text.length);
          expect(c.start).toBeLessThan(c.end);
        }
      }),
      { numRuns: 300 },
    );
  });
});
