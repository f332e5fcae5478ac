import { describe, expect, it } from 'vitest';
import type { Processing, Purpose } from '../processing.js';
import { DANISH_HANDBOOK, ENGLISH_NOTICE, SWEDISH_NOTICE } from '../testing/documentFixtures.js';
import { purposeFromDraft } from './draftPurpose.js';
import { compareNoticeWithProcessing, sameThing } from './noticeComparison.js';
import { readDocument } from './readDocument.js';

function purpose(overrides: Partial<Purpose>): Purpose {
  return {
    id: 'p1',
    description: 'Syfte',
    legalBasis: { article6: [], article9: [], article10: false, nationalLaw: '', originalText: '' },
    dataSubjectCategories: [],
    personalDataCategories: [],
    recipients: [],
    thirdCountryTransfers: [],
    retention: { text: '', periods: [], preserved: false },
    sources: [],
    ...overrides,
  };
}

function processing(name: string, purposes: Purpose[]): Processing {
  return {
    id: 'x',
    tenantId: 't',
    organisationUnit: 'Nämnden',
    controller: 'Exempelby kommun',
    dpoContact: 'dso@example.org',
    name,
    purposes,
    systems: [],
    processors: [],
    securityMeasures: [],
    dpiaRequired: false,
    audience: { units: [], roles: [] },
    status: 'approved',
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    createdBy: 'a',
    updatedBy: 'a',
    provenance: { kind: 'api', reference: '' },
  };
}

describe('compareNoticeWithProcessing (sv)', () => {
  const reading = readDocument(SWEDISH_NOTICE, { unit: 'x' });

  it('lists what the notice says that the register lacks, and what only the register says, in Swedish citation style', () => {
    const register = processing('Parkeringstillstånd', [
      purpose({
        legalBasis: { article6: ['publicTask', 'consent'], article9: [], article10: false, nationalLaw: '2 kap. 2 § dataskyddslagen', originalText: '' },
        personalDataCategories: [
          { name: 'Namn', special: false },
          { name: 'Personnummer', special: false },
          { name: 'Adress', special: false },
          { name: 'Hälsa', special: true },
          { name: 'Läkarintyg', special: true },
        ],
        recipients: ['transportstyrelsen', 'Kommunens parkeringsbolag'],
        retention: { text: 'Gallras efter 36 månader', periods: [{ amount: 36, unit: 'months' }], preserved: true },
        sources: ['Skatteverket (folkbokföringsregistret)'],
      }),
    ]);
    const diff = compareNoticeWithProcessing(reading, register, 'sv');
    expect(diff.map(({ field, side, value }) => ({ field, side, value }))).toEqual([
      { field: 'legalBasis', side: 'noticeOnly', value: 'artikel 9.2 g' },
      { field: 'legalBasis', side: 'registerOnly', value: 'artikel 6.1 a' },
      { field: 'nationalLaw', side: 'noticeOnly', value: '3 kap. 3 § dataskyddslagen (2018:218)' },
      { field: 'nationalLaw', side: 'noticeOnly', value: 'offentlighets- och sekretesslagen (2009:400)' },
      { field: 'retention', side: 'noticeOnly', value: '2 år (ärendet avslutats)' },
      { field: 'retention', side: 'registerOnly', value: '36 månader' },
      { field: 'recipients', side: 'noticeOnly', value: 'Polismyndigheten' },
      { field: 'recipients', side: 'registerOnly', value: 'Kommunens parkeringsbolag' },
    ]);
    // Each notice-side difference points at the sentence that says it.
    const nine = diff.find((d) => d.value === 'artikel 9.2 g')!;
    expect(nine.passage?.text).toContain('art. 9.2 g');
    expect(diff.filter((d) => d.side === 'registerOnly').every((d) => d.passage === undefined)).toBe(true);
  });

  it('finds no difference between a notice and a register that say the same things in other words', () => {
    const u = reading.proposals[0]!.purposes[0]!;
    const register = processing('Parkeringstillstånd', [
      purpose({
        legalBasis: {
          article6: ['publicTask'],
          article9: ['substantialPublicInterest'],
          article10: false,
          nationalLaw: 'Dataskyddslagen 2 kap. 2 §; 3 kap. 3 § lagen (2018:218); Offentlighets- och sekretesslagen',
          originalText: '',
        },
        personalDataCategories: u.personalDataCategories.map((c) => ({ name: c.value.name.toUpperCase(), special: c.value.special })),
        recipients: ['TRANSPORTSTYRELSEN', 'polismyndigheten'],
        // Two years in the notice, 24 months in the register: one period.
        retention: { text: '', periods: [{ amount: 24, unit: 'months' }], preserved: true },
        sources: ['Skatteverket'],
      }),
    ]);
    expect(compareNoticeWithProcessing(reading.proposals[0]!, register, 'sv')).toEqual([]);
  });
});

describe('compareNoticeWithProcessing (da)', () => {
  const reading = readDocument(DANISH_HANDBOOK, { unit: 'HR' });

  it('picks the section by the processing name, folds "Databeskyttelseslovens" to the act, and words bases in Danish style', () => {
    const register = processing('Sygefravær', [
      purpose({
        legalBasis: {
          article6: ['legalObligation'],
          article9: ['employmentAndSocialSecurity'],
          article10: false,
          nationalLaw: 'Databeskyttelsesloven § 12, stk. 1; Databeskyttelseslovens § 11',
          originalText: '',
        },
        recipients: ['Udbetaling Danmark', 'Medarbejderens hjemkommune', 'Arbejdsmiljøudvalget'],
        retention: { text: '', periods: [{ amount: 60, unit: 'months' }], preserved: false },
        personalDataCategories: [{ name: 'Sygefravær', special: true }],
        dataSubjectCategories: ['Medarbejdere'],
      }),
    ]);
    const diff = compareNoticeWithProcessing(reading, register, 'da');
    expect(diff.map(({ field, side, value }) => ({ field, side, value }))).toEqual([
      { field: 'legalBasis', side: 'registerOnly', value: 'artikel 6, stk. 1, litra c' },
      { field: 'nationalLaw', side: 'noticeOnly', value: 'arkivloven' },
      { field: 'dataCategories', side: 'noticeOnly', value: 'fraværet' },
      { field: 'recipients', side: 'registerOnly', value: 'Arbejdsmiljøudvalget' },
    ]);
  });
});

describe('compareNoticeWithProcessing (en)', () => {
  const reading = readDocument(ENGLISH_NOTICE, { unit: 'x' });

  it('words bases in English style and reports a missing Art. 10 flag and a transfer only the register has', () => {
    const register = processing('School transport', [
      purpose({
        legalBasis: {
          article6: ['publicTask'],
          article9: ['healthOrSocialCare', 'substantialPublicInterest'],
          article10: false,
          nationalLaw: '',
          originalText: '',
        },
        recipients: ['Transport contractors', 'Regional transport authority'],
        retention: { text: '', periods: [{ amount: 3, unit: 'years' }], preserved: false },
        thirdCountryTransfers: [{ country: 'USA', safeguard: 'dpf', details: 'Route planning service' }],
        personalDataCategories: [
          { name: 'Name', special: false },
          { name: 'Address', special: false },
          { name: 'Health', special: true },
        ],
        dataSubjectCategories: ['Pupils'],
      }),
    ]);
    const diff = compareNoticeWithProcessing(reading, register, 'en');
    expect(diff.map(({ field, side, value }) => ({ field, side, value }))).toEqual([
      { field: 'legalBasis', side: 'noticeOnly', value: 'Article 10' },
      { field: 'nationalLaw', side: 'noticeOnly', value: 'Chapter 2, Section 2 of the Data Protection Act (2018:218)' },
      { field: 'transfers', side: 'registerOnly', value: 'USA' },
    ]);
  });
});

describe('sameThing', () => {
  it.each([
    ['SCB', 'Statistiska centralbyrån', true],
    ['Skattestyrelsen', 'SKAT', true],
    ['ansatte', 'Medarbejdere', true],
    ['Försäkringskassan', 'Arbetsförmedlingen', false],
    ['andra myndigheter', 'andra kommuner', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(sameThing(a, b)).toBe(expected);
  });
});

describe('a register made from the notice agrees with the notice', () => {
  // Symmetry: whatever the reader proposes, accepted as read, must compare equal to the proposal it came from,
  // in every language's wording; a difference here means one side of the comparison reads what the other writes.
  it.each([
    ['sv', SWEDISH_NOTICE],
    ['da', DANISH_HANDBOOK],
    ['en', ENGLISH_NOTICE],
  ] as const)('%s fixture: every proposal against its own accepted draft gives no difference', (language, text) => {
    const reading = readDocument(text, { unit: 'x' });
    expect(reading.proposals.length).toBeGreaterThan(0);
    for (const proposal of reading.proposals) {
      const register = processing(
        proposal.name.value,
        proposal.purposes.map((u, i) => purposeFromDraft(u, `p${i}`)),
      );
      expect(compareNoticeWithProcessing(proposal, register, language)).toEqual([]);
    }
  });

  it('dropping one recipient, basis and period from the accepted draft shows exactly those as notice-only', () => {
    const proposal = readDocument(SWEDISH_NOTICE, { unit: 'x' }).proposals[0]!;
    const purpose = purposeFromDraft(proposal.purposes[0]!, 'p0');
    const edited = {
      ...purpose,
      recipients: purpose.recipients.filter((r) => r !== 'Polismyndigheten'),
      legalBasis: { ...purpose.legalBasis, article9: [] },
      retention: { ...purpose.retention, periods: [] },
    };
    const diff = compareNoticeWithProcessing(proposal, processing('Parkeringstillstånd', [edited]), 'sv');
    expect(diff.map(({ field, side, value }) => ({ field, side, value }))).toEqual([
      { field: 'legalBasis', side: 'noticeOnly', value: 'artikel 9.2 g' },
      { field: 'retention', side: 'noticeOnly', value: '2 år (ärendet avslutats)' },
      { field: 'recipients', side: 'noticeOnly', value: 'Polismyndigheten' },
    ]);
  });
});
