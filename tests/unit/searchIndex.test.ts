import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { SearchIndex } from '@prt/domain/search/searchIndex';
import { stem } from '@prt/domain/search/terms';
import { withinDistance } from '@prt/domain/search/editDistance';
import { newProcessing } from '@prt/domain/processingLifecycle';
import { parseRegisterFile } from '@prt/functions/import/registerFile.js';
import { localPaths } from '@prt/functions/localHost/localPaths.js';
import type { Processing } from '@prt/domain/processing';
import { generateProcessings } from '../support/syntheticRegister.js';

async function demoIndex(): Promise<{ index: SearchIndex; processings: Processing[] }> {
  const parsed = await parseRegisterFile(await readFile(localPaths.demoRegisterFile));
  const processings = parsed.processings.map((p) =>
    newProcessing(p.content, { tenantId: 't', actorId: 'a', at: new Date(0) }, 'approved', { kind: 'seed', reference: 'seed' }),
  );
  const index = new SearchIndex();
  processings.forEach((p) => index.upsert(p));
  return { index, processings };
}

const names = (index: SearchIndex, q: string, filters = {}) => index.search(q, filters).hits.map((h) => h.processing.name);

describe('search terms', () => {
  it('stems Swedish, Danish and English inflections to a shared stem', () => {
    expect(stem('loner')).toBe('lon');
    // One ending is removed; the rest of the way is covered by prefix matching.
    expect(stem('rekryteringar')).toBe('rekrytering');
    expect(stem('rekrytering')).toBe('rekryter');
    expect(stem('salaries')).toBe('salary');
    expect(stem('medarbejderne')).toBe('medarbejd');
  });
  it('bounds edit distance with transpositions', () => {
    expect(withinDistance('rekrytering', 'rekrytring', 1)).toBe(true);
    expect(withinDistance('heroma', 'hreoma', 1)).toBe(true);
    expect(withinDistance('heroma', 'visma', 1)).toBe(false);
  });
});

describe('SearchIndex over the demo register', () => {
  let index: SearchIndex;
  let processings: Processing[];
  beforeAll(async () => {
    ({ index, processings } = await demoIndex());
  });

  it('finds "Hantera rekrytering" first for "rekrytering", with the name as the reason', () => {
    const result = index.search('rekrytering');
    expect(result.hits[0]!.processing.name).toBe('Hantera rekrytering');
    expect(result.hits[0]!.matches[0]).toEqual({ field: 'name', term: 'rekrytering', matched: 'rekrytering', kind: 'exact' });
  });

  it('is case and diacritic insensitive', () => {
    expect(names(index, 'LON')).toEqual(names(index, 'lön'));
    expect(names(index, 'lon')).toContain('Löneadministration');
  });

  it('matches stems and compounds: lön, löner and lönespecifikation find Löneadministration', () => {
    for (const q of ['lön', 'löner', 'lönespecifikation']) expect(names(index, q)).toContain('Löneadministration');
    expect(index.search('lön').hits[0]!.matches[0]).toMatchObject({ field: 'name', matched: 'löneadministration', kind: 'prefix' });
  });

  it('tolerates typos, ranking exact matches above fuzzy ones', () => {
    expect(names(index, 'rekrytring')[0]).toBe('Hantera rekrytering');
    expect(index.search('rekrytring').hits[0]!.matches[0]!.kind).toBe('fuzzy');
    expect(names(index, 'xq')).toEqual([]);
  });

  it('uses synonyms across Swedish, Danish and English', () => {
    for (const q of ['visselblåsare', 'whistleblower', 'whistleblowing', 'visseblåsning']) {
      expect(names(index, q), q).toContain('Hantera visselblåsningsärenden');
    }
    expect(names(index, 'recruitment')).toContain('Hantera rekrytering');
    expect(names(index, 'rekruttering')).toContain('Hantera rekrytering');
    expect(index.search('whistleblower').hits[0]!.matches[0]!.kind).toBe('synonym');
  });

  it('weights the name highest', () => {
    // "kontaktuppgifter" is in the name of one processing and in the categories of many others.
    const hits = names(index, 'kontaktuppgifter');
    expect(hits.length).toBeGreaterThan(10);
    expect(hits[0]).toBe('Administrera anhörigas kontaktuppgifter');
  });

  it('requires every word, and falls back to any word when that finds nothing', () => {
    const all = index.search('lön skatt');
    expect(all.mode).toBe('all');
    expect(all.hits.map((h) => h.processing.name)).toContain('Löneadministration');
    const any = index.search('rekrytering xylofon');
    expect(any.mode).toBe('any');
    expect(any.hits[0]!.processing.name).toBe('Hantera rekrytering');
  });

  it('filters by unit, legal basis, special categories, system and status, and counts facets', () => {
    expect(index.search('', { specialCategories: true }).total).toBeGreaterThan(0);
    const contract = index.search('', { legalBasis: 'contract' });
    expect(contract.hits.every((h) => h.processing.purposes.some((p) => p.legalBasis.article6.includes('contract')))).toBe(true);
    expect(index.search('', { organisationUnit: 'kommunstyrelsen' }).total).toBe(29);
    expect(index.search('', { organisationUnit: 'Socialnämnden' }).total).toBe(3);
    expect(index.search('', { organisationUnit: 'Miljönämnden' }).total).toBe(0);
    expect(index.search('', { status: 'pending' }).total).toBe(0);
    expect(index.search('rekrytering').facets.organisationUnit).toEqual({ Kommunstyrelsen: 1 });
  });

  it('finds processings by IT system, case-insensitively', () => {
    const withHeroma = { ...processings.find((p) => p.name === 'Löneadministration')!, systems: [{ name: 'Heroma', kind: 'HR-system' }] };
    const local = new SearchIndex();
    processings.forEach((p) => local.upsert(p));
    local.upsert(withHeroma);
    expect(local.search('heroma').hits.map((h) => h.processing.name)).toEqual(['Löneadministration']);
    expect(local.search('', { system: 'HEROMA' }).total).toBe(1);
    expect(local.search('heroma').hits[0]!.matches[0]).toMatchObject({ field: 'system', matched: 'heroma' });
  });

  it('updates incrementally: upsert changes results, remove drops them, re-upsert does not duplicate', () => {
    const local = new SearchIndex();
    processings.forEach((p) => local.upsert(p));
    const target = processings.find((p) => p.name === 'Ge konsumentvägledning')!;
    local.upsert({ ...target, name: 'Ge konsumentvägledning och budgetrådgivning' });
    expect(local.search('budgetrådgivning').total).toBe(1);
    local.upsert({ ...target, name: 'Ge konsumentvägledning och budgetrådgivning' });
    expect(local.size).toBe(40);
    expect(local.search('budgetrådgivning').total).toBe(1);
    local.remove(target.id);
    // Compound parts ("budget", "rådgivning") may still find other processings, never the removed one.
    expect(local.search('budgetrådgivning').hits.map((h) => h.processing.id)).not.toContain(target.id);
    expect(local.size).toBe(39);
  });

  it('filters "for me" by audience unit or role', () => {
    const local = new SearchIndex();
    const tagged = processings.map((p) => (p.name === 'Hantera rekrytering' ? { ...p, audience: { units: ['HR-avdelningen'], roles: [] } } : p));
    tagged.forEach((p) => local.upsert(p));
    expect(local.search('', { audience: { unit: 'hr-avdelningen', role: 'Redovisningsekonom' } }).hits.map((h) => h.processing.name)).toEqual([
      'Hantera rekrytering',
    ]);
    expect(local.search('', { audience: { unit: 'Ekonomiavdelningen' } }).total).toBe(0);
  });
});

describe('SearchIndex at scale', () => {
  it('indexes 10k generated processings and answers with the name weighted first', () => {
    const index = new SearchIndex();
    for (const p of generateProcessings(10_000, 7)) index.upsert(p);
    expect(index.size).toBe(10_000);
    const result = index.search('bygglov', { system: 'W3D3' });
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits.every((h) => h.processing.systems.some((s) => s.name === 'W3D3'))).toBe(true);
    expect(result.hits[0]!.matches[0]!.field).toBe('name');
  });
});
