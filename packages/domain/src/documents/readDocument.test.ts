import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DANISH_HANDBOOK, ENGLISH_NOTICE, SWEDISH_NOTICE } from '../testing/documentFixtures.js';
import type { DocumentReading, SourcePassage } from './documentReading.js';
import { detectDocumentLanguage } from './documentLanguage.js';
import { readDocument } from './readDocument.js';

function allPassages(reading: DocumentReading): SourcePassage[] {
  const out: SourcePassage[] = [...reading.notUnderstood];
  for (const p of reading.proposals) {
    out.push(p.name.passage, p.section);
    for (const u of p.purposes) {
      out.push(u.description.passage);
      for (const list of [
        u.legalBases,
        u.nationalLaw,
        u.dataSubjectCategories,
        u.personalDataCategories,
        u.recipients,
        u.thirdCountryTransfers,
        u.retention,
        u.sources,
      ]) {
        for (const f of list) out.push(f.passage);
      }
    }
  }
  return out;
}

function expectExactPassages(reading: DocumentReading) {
  for (const p of allPassages(reading)) {
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.end).toBeLessThanOrEqual(reading.text.length);
    expect(reading.text.slice(p.start, p.end)).toBe(p.text);
  }
}

describe('readDocument on a Swedish notice', () => {
  const reading = readDocument(SWEDISH_NOTICE, { unit: 'Socialnämnden' });

  it('detects Swedish and proposes one processing per service, named by its heading', () => {
    expect(reading.language).toBe('sv');
    expect(reading.proposals.map((p) => p.name.value)).toEqual(['Parkeringstillstånd', 'Ekonomiskt bistånd']);
    expect(new Set(reading.proposals.map((p) => p.key)).size).toBe(2);
  });

  it('reads the first service field by field, each with the sentence it came from', () => {
    const u = reading.proposals[0]!.purposes[0]!;
    expect(u.description.value).toBe('Syftet är att pröva din ansökan om parkeringstillstånd.');
    expect(u.legalBases.map((b) => b.value)).toEqual([
      { article6: ['publicTask'], article9: [], article10: false },
      { article6: [], article9: ['substantialPublicInterest'], article10: false },
    ]);
    expect(u.legalBases[0]!.passage.heading).toBe('Rättslig grund');
    expect(u.nationalLaw.map((l) => l.value.text)).toEqual([
      '2 kap. 2 § dataskyddslagen (2018:218)',
      '3 kap. 3 § dataskyddslagen (2018:218)',
      'offentlighets- och sekretesslagen (2009:400)',
    ]);
    expect(u.personalDataCategories.map((c) => c.value)).toEqual([
      { name: 'namn', special: false },
      { name: 'personnummer', special: false },
      { name: 'adress', special: false },
      { name: 'hälsa', special: true },
      { name: 'läkarintyg', special: true },
    ]);
    expect(u.recipients.map((r) => r.value)).toEqual(['Transportstyrelsen', 'Polismyndigheten']);
    expect(u.sources.map((s) => s.value)).toEqual(['Skatteverkets folkbokföringsregister']);
    expect(u.retention.map((r) => r.value)).toEqual([
      {
        text: 'Ansökan gallras två år efter att ärendet avslutats.',
        periods: [{ amount: 2, unit: 'years' }],
        preserved: false,
        startingEvent: 'ärendet avslutats',
      },
      { text: 'Beslutet bevaras.', periods: [], preserved: true },
    ]);
  });

  it('reads "art. 6.1 c och e", Art. 9.2 h and Art. 10 in the second service, and stops at "Dina rättigheter"', () => {
    const u = reading.proposals[1]!.purposes[0]!;
    expect(u.legalBases.map((b) => b.value)).toEqual([{ article6: ['legalObligation', 'publicTask'], article9: ['healthOrSocialCare'], article10: true }]);
    expect(reading.proposals[1]!.section.text).not.toContain('rättelse');
  });

  it('keeps every passage an exact slice of the text', () => {
    expectExactPassages(reading);
  });
});

describe('readDocument on a Danish handbook section', () => {
  const reading = readDocument(DANISH_HANDBOOK, { unit: 'HR' });

  it('detects Danish; the phase heading takes its Formål and Retsgrundlag labels; each topic is its own processing', () => {
    expect(reading.language).toBe('da');
    expect(reading.proposals.map((p) => p.name.value)).toEqual(['Under ansættelsen', 'Sygefravær', 'Whistleblowerordningen']);
    const phase = reading.proposals[0]!.purposes[0]!;
    expect(phase.description.value).toBe('Formålet er personaleadministration, herunder udbetaling af løn til medarbejdere.');
    expect(phase.legalBases.map((b) => b.value)).toEqual([
      { article6: ['contract', 'legalObligation'], article9: [], article10: false },
      { article6: [], article9: ['employmentAndSocialSecurity'], article10: false },
      { article6: ['publicTask'], article9: ['legalClaims'], article10: false },
      { article6: [], article9: [], article10: true },
    ]);
    expect(phase.nationalLaw.map((l) => l.value.text)).toEqual([
      'databeskyttelsesloven § 8',
      'databeskyttelsesloven § 11, stk. 1',
      'databeskyttelsesloven § 12',
      'databeskyttelsesloven § 7, stk. 2',
      'forvaltningsloven § 29',
      'whistleblowerloven § 22',
    ]);
  });

  it('reads recipients, a national law cited before the act, and retention with its starting event', () => {
    const u = reading.proposals[1]!.purposes[0]!;
    expect(u.recipients.map((r) => r.value)).toEqual(['Udbetaling Danmark', 'medarbejderens hjemkommune']);
    expect(u.nationalLaw.map((l) => l.value.text)).toEqual(['databeskyttelsesloven § 12, stk. 1', 'databeskyttelsesloven § 11', 'arkivloven']);
    expect(u.retention.map((r) => r.value)).toEqual([
      {
        text: 'Personalemappen opbevares i 5 år efter ansættelsens ophør, jf. arkivloven.',
        periods: [{ amount: 5, unit: 'years' }],
        preserved: false,
        startingEvent: 'ansættelsens ophør',
      },
    ]);
    expect(u.personalDataCategories[0]!.value).toEqual({ name: 'sygefravær', special: true });
  });

  it('reads "art. 6, stk. 1, lit. e, art. 10" and the whistleblower act', () => {
    const u = reading.proposals[2]!.purposes[0]!;
    expect(u.legalBases.map((b) => b.value)).toEqual([{ article6: ['publicTask'], article9: [], article10: true }]);
    expect(u.nationalLaw.map((l) => l.value.text)).toEqual(['whistleblowerloven § 22', 'databeskyttelsesloven § 7, stk. 4']);
    expect(u.retention[0]!.value.startingEvent).toBe('sagens afslutning');
  });

  it('keeps every passage an exact slice of the text', () => {
    expectExactPassages(reading);
  });
});

describe('readDocument on an English notice', () => {
  const reading = readDocument(ENGLISH_NOTICE, { unit: 'Education' });

  it('reads Article 6(1)(e), Art. 9(2)(h), 9(2)(g), Article 10, an Act with its section, recipients and retention', () => {
    expect(reading.language).toBe('en');
    expect(reading.proposals.map((p) => p.name.value)).toEqual(['School transport']);
    const u = reading.proposals[0]!.purposes[0]!;
    expect(u.legalBases.map((b) => b.value)).toEqual([
      { article6: ['publicTask'], article9: ['healthOrSocialCare', 'substantialPublicInterest'], article10: false },
      { article6: [], article9: [], article10: true },
    ]);
    expect(u.nationalLaw.map((l) => l.value.text)).toEqual(['Chapter 2, Section 2 of the Data Protection Act (2018:218)']);
    expect(u.recipients.map((r) => r.value)).toEqual(['transport contractor', 'Regional Transport Authority']);
    expect(u.dataSubjectCategories.map((s) => s.value)).toEqual(['pupils and students']);
    expect(u.retention[0]!.value).toMatchObject({ periods: [{ amount: 3, unit: 'years' }], startingEvent: 'end of the school year' });
    expect(u.personalDataCategories.find((c) => c.value.special)?.value.name).toBe('health data');
  });

  it('keeps every passage an exact slice of the text', () => {
    expectExactPassages(reading);
  });
});

describe('language detection', () => {
  it('tells sv, da and en apart and follows an explicit choice', () => {
    expect(detectDocumentLanguage('Vi behandlar dina personuppgifter och sparar dem inte längre än nödvändigt.')).toBe('sv');
    expect(detectDocumentLanguage('Vi behandler dine personoplysninger og gemmer dem ikke længere end nødvendigt.')).toBe('da');
    expect(detectDocumentLanguage('We process your personal data and do not keep it longer than necessary.')).toBe('en');
    expect(detectDocumentLanguage('')).toBe('en');
    expect(readDocument(SWEDISH_NOTICE, { unit: 'x', language: 'da' }).language).toBe('da');
  });
});

describe('hostile input', () => {
  const shapes: Record<string, string> = {
    empty: '',
    controlCharacters: '\u0000\u0001\u0007artikel 6.1 e\u001b[31m\u0000§\u0000 \uFEFF\u202E kap. \uD800',
    noHeadings: 'Vi behandlar personuppgifter enligt artikel 6.1 e dataskyddsförordningen, och uppgifterna gallras efter två år. '.repeat(30),
    onlyHeadings: 'Formål\nRetsgrundlag\nMottagare\nRättslig grund\nPurpose\nLegal basis\n'.repeat(50),
    onlyCitations: 'artikel 6, stk. 1, litra e, '.repeat(200),
    danglingKeywords: 'artikel artikel art. art. stk. stk. litra § § kap. (2018: 6.1 6(1)( '.repeat(200),
    crLineEnds: 'Formål\rFormålet er løn.\r\nRetsgrundlag\rartikel 6, stk. 1, litra b\r',
  };

  it.each(Object.keys(shapes))('%s: never throws, passages stay exact', (shape) => {
    const reading = readDocument(shapes[shape]!, { unit: 'x' });
    expectExactPassages(reading);
  });

  it('a document without headings that cites a basis still becomes one proposal', () => {
    const reading = readDocument(shapes['noHeadings']!, { unit: 'x' });
    expect(reading.proposals).toHaveLength(1);
    expect(reading.proposals[0]!.purposes[0]!.legalBases[0]!.value.article6).toEqual(['publicTask']);
  });

  it('a document of headings only proposes nothing', () => {
    expect(readDocument(shapes['onlyHeadings']!, { unit: 'x' }).proposals).toEqual([]);
  });

  it('reads 1 MB of text in linear-ish time, with and without line breaks', () => {
    const paragraph = `${DANISH_HANDBOOK}\n${SWEDISH_NOTICE}\n`;
    const big = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const oneLine = 'artikel 6, stk. 1, litra e og databeskyttelseslovens § 11, stk. 1 opbevares i 5 år efter ophør, '.repeat(10_500);
    const letters = 'a'.repeat(1_000_000);
    for (const text of [big, oneLine, letters]) {
      expect(text.length).toBeGreaterThanOrEqual(1_000_000);
      const started = Date.now();
      const reading = readDocument(text, { unit: 'x' });
      const ms = Date.now() - started;
      // Generous for a shared two-core machine; a quadratic or backtracking rule takes minutes on these inputs.
      expect(ms).toBeLessThan(15_000);
      expect(reading.text.length).toBe(text.length);
    }
    const half = readDocument(big.slice(0, big.length / 2), { unit: 'x' }).proposals.length;
    expect(readDocument(big, { unit: 'x' }).proposals.length).toBeGreaterThanOrEqual(half * 2 - 5);
  }, 120_000);

  it('arbitrary text never throws and every passage is an exact slice', () => {
    const unit = fc.constantFrom('a', 'e', ' ', '\n', '.', ',', '§', '6', '1', 'stk. ', 'artikel ', 'litra ', 'Formål\n', '- ', '?', 'år ', 'efter ', '(', ')');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), (text) => {
        expectExactPassages(readDocument(text, { unit: 'x' }));
      }),
      { numRuns: 300 },
    );
  });
});
