import { describe, expect, it } from 'vitest';
import { interpretDataCategories } from './dataCategoryText.js';
import { interpretLegalBasis } from './legalBasisText.js';
import { interpretRetention } from './retentionText.js';
import { splitList } from './textLists.js';
import { interpretTransfers } from './transferText.js';

describe('register text interpretation', () => {
  it.each([
    ['Allmänt intresse', ['publicTask']],
    ['Rättslig förpliktelse', ['legalObligation']],
    ['Avtal', ['contract']],
    ['Intresse-avvägning', ['legitimateInterests']],
    ['Intresseavvägning', ['legitimateInterests']],
    ['Samtycke', ['consent']],
    ['Myndighetsutövning', ['publicTask']],
    ['Retlig forpligtelse', ['legalObligation']],
    ['Offentlig myndighedsudøvelse', ['publicTask']],
    ['Legitimate interests', ['legitimateInterests']],
  ])('reads legal basis %s', (text, expected) => {
    const basis = interpretLegalBasis(text);
    expect(basis.article6).toEqual(expected);
    expect(basis.originalText).toBe(text);
  });

  it('reads national-law references and Art. 10', () => {
    const basis = interpretLegalBasis('Rättslig förpliktelse enligt lag (1998:620) om belastningsregister');
    expect(basis.nationalLaw).toContain('(1998:620)');
    expect(basis.article10).toBe(true);
  });

  it('reads retention periods in Swedish, Danish and English', () => {
    expect(interpretRetention('Raderas 24 månader efter referenstagning').periods).toEqual([{ amount: 24, unit: 'months' }]);
    expect(interpretRetention('Ansökningshandlingar sparas i 2 år.').periods).toEqual([{ amount: 2, unit: 'years' }]);
    expect(interpretRetention('90 dagar').periods).toEqual([{ amount: 90, unit: 'days' }]);
    expect(interpretRetention('Slettes efter fem år').periods).toEqual([{ amount: 5, unit: 'years' }]);
    expect(interpretRetention('Bevaras').preserved).toBe(true);
    expect(interpretRetention('Vid inaktualitet').periods).toEqual([]);
  });

  it('reads third-country transfers and their safeguards', () => {
    expect(interpretTransfers('Nej')).toEqual([]);
    const [dpf] = interpretTransfers(
      'Överföring till tredjeland, USA, förekommer med stöd av EU-kommissionens adekvansbeslut enligt självcertifiering (Data Privacy Framework).',
    );
    expect(dpf).toMatchObject({ country: 'USA', safeguard: 'dpf' });
    expect(interpretTransfers('Microsoft: Överföring sker med standardavtalsklausuler')[0]).toMatchObject({ country: 'USA', safeguard: 'scc' });
  });

  it('flags special categories and splits lists outside parentheses', () => {
    const categories = interpretDataCategories('Namn, personnummer, uppgifter om hälsa, facklig tillhörighet');
    expect(categories.filter((c) => c.special).map((c) => c.name)).toEqual(['uppgifter om hälsa', 'facklig tillhörighet']);
    expect(splitList('Försäkringskassan, SCB (statistik, lön), skatteverket.')).toEqual(['Försäkringskassan', 'SCB (statistik, lön)', 'skatteverket']);
  });
});
