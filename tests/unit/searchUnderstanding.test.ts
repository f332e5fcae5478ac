import { beforeAll, describe, expect, it } from 'vitest';
import { SearchIndex } from '@prt/domain/search/searchIndex';
import { splitCompound } from '@prt/domain/search/compounds';
import { DEFAULT_THESAURUS, validateThesaurus, type ConceptGroup } from '@prt/domain/search/thesaurus';
import { newProcessing } from '@prt/domain/processingLifecycle';
import { validateProcessingContent } from '@prt/domain/validation';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { demoRegisterPath, indexOf } from '../support/relevance.js';

const names = (index: SearchIndex, q: string) => index.search(q).hits.map((h) => h.processing.name);

function processing(name: string, purpose: string) {
  const validated = validateProcessingContent(processingInput({ name, purposes: [{ ...(processingInput().purposes as object[])[0], description: purpose }] }));
  if (!validated.ok) throw new Error(JSON.stringify(validated.errors));
  return newProcessing(validated.value, { tenantId: 't', actorId: 'a', at: new Date(0) }, 'approved', { kind: 'seed', reference: name });
}

describe('compound splitting', () => {
  const known = new Set(['sjuk', 'franvaro', 'lon', 'utbetalning', 'arbet', 'miljo', 'plan']);
  const isKnown = (part: string) => known.has(part);

  it('splits into the fewest known parts, allowing the linking letters s and e', () => {
    expect(splitCompound('sjukfranvaro', isKnown)).toEqual(['sjuk', 'franvaro']);
    expect(splitCompound('loneutbetalning', isKnown)).toEqual(['lon', 'utbetalning']);
    expect(splitCompound('arbetsmiljoplan', isKnown)).toEqual(['arbet', 'miljo', 'plan']);
  });

  it('leaves words that are no compound of known words alone', () => {
    expect(splitCompound('franvaro', isKnown)).toBeUndefined();
    expect(splitCompound('kaffebryggare', isKnown)).toBeUndefined();
    expect(splitCompound('lon', isKnown)).toBeUndefined();
  });
});

describe('search that understands staff words, over the demo register', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = await indexOf(demoRegisterPath());
  });

  it('finds compounds through their parts, in the query and in the register', () => {
    expect(names(index, 'sjukfrånvaro')[0]).toBe('Hantera sjukanmälningar och frånvaro');
    expect(names(index, 'löneutbetalning')[0]).toBe('Löneadministration');
    expect(index.search('sjukfrånvaro').hits[0]!.matches.map((m) => m.kind)).toContain('compound');
    // A generic head ("process", "plan") gives way to the modifier that says what it is about.
    expect(names(index, 'rekryteringsprocess')[0]).toBe('Hantera rekrytering');
    expect(names(index, 'kommunikationsplan')[0]).toBe('Hantera sociala medier');
  });

  it('never bends an everyday word into a register word one or two letters away', () => {
    for (const q of ['kaffe', 'kaka', 'fika', 'pizza', 'fotboll', 'coffee']) {
      const result = index.search(q);
      expect(
        result.hits.flatMap((h) => h.matches).filter((m) => m.kind === 'fuzzy'),
        q,
      ).toEqual([]);
    }
    // The same kind of distance in a word that is no everyday word is a typo worth guessing at.
    expect(index.search('rekrytring').hits[0]!.matches[0]!.kind).toBe('fuzzy');
    expect(names(index, 'visselblåsnig')[0]).toBe('Hantera visselblåsningsärenden');
  });

  it('offers "did you mean" only when nothing is found, and every suggestion finds something', () => {
    const none = index.search('semstr');
    expect(none.total).toBe(0);
    expect(none.suggestions).toContain('semester');
    for (const s of none.suggestions) expect(index.search(s).total, s).toBeGreaterThan(0);
    expect(index.search('semester').suggestions).toEqual([]);
    expect(index.search('kaffe').suggestions).toEqual([]);
  });

  it('takes placeholder examples from the register itself, each of which finds something', () => {
    const examples = index.examples(3);
    expect(examples).toHaveLength(3);
    expect(examples).not.toContain('Heroma');
    for (const e of examples) expect(index.search(e).total, e).toBeGreaterThan(0);
  });
});

describe('thesaurus', () => {
  it('ranks direct matches above processings that only share the concept', () => {
    const index = new SearchIndex();
    index.upsert(processing('Hantera ledigheter', 'Bevilja semester och annan ledighet.'));
    index.upsert(processing('Handle parental leave requests', 'Decide on parental leave for employees.'));
    const result = index.search('parental leave');
    expect(result.hits.map((h) => h.processing.name)).toEqual(['Handle parental leave requests', 'Hantera ledigheter']);
    expect(result.hits[0]!.score).toBeGreaterThan(result.hits[1]!.score);
    expect(result.hits[1]!.matches.every((m) => m.kind === 'synonym')).toBe(true);
    expect(result.hits[1]!.matches[0]!.group).toBeDefined();
  });

  it("applies a DPO's edit to the index at once, keeping the register's postings", () => {
    const index = new SearchIndex();
    index.upsert(processing('Hantera ledigheter', 'Bevilja semester och tjänstledighet.'));
    expect(index.search('sabbatsår').total).toBe(0);
    const sabbatical: ConceptGroup = { id: 'sabbatical', domain: 'hr', terms: { sv: ['sabbatsår', 'tjänstledighet'], da: [], en: ['sabbatical'] } };
    index.setThesaurus([...DEFAULT_THESAURUS, sabbatical]);
    expect(index.search('sabbatsår').hits.map((h) => h.processing.name)).toEqual(['Hantera ledigheter']);
    expect(index.search('sabbatical').hits[0]!.matches[0]).toMatchObject({ kind: 'synonym', group: 'sabbatical' });
    index.setThesaurus(DEFAULT_THESAURUS);
    expect(index.search('sabbatsår').total).toBe(0);
  });

  it('validates a DPO edit with error codes', () => {
    expect(validateThesaurus(DEFAULT_THESAURUS).ok).toBe(true);
    const result = validateThesaurus([
      { id: 'Bad Id', domain: 'hr', terms: { sv: ['a', 'b'], da: [], en: [] } },
      { id: 'leave', domain: 'hr', terms: { sv: ['ledighet'], da: [], en: [] } },
      { id: 'leave', domain: 'moon', terms: { sv: ['x', 'y'], da: [], en: [42] } },
    ]);
    expect(result.ok).toBe(false);
    const codes = result.ok ? [] : result.errors.map((e) => [e.field, e.code]);
    expect(codes).toEqual([
      ['groups[0].id', 'thesaurus.idInvalid'],
      ['groups[1].terms', 'thesaurus.tooFewTerms'],
      ['groups[2].id', 'thesaurus.idDuplicate'],
      ['groups[2].domain', 'field.notOneOf'],
      ['groups[2].terms.en[0]', 'field.notString'],
    ]);
    expect(validateThesaurus({}).ok).toBe(false);
  });
});
