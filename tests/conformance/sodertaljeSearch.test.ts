import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { SearchIndex } from '@prt/domain/search/searchIndex';
import { newProcessing } from '@prt/domain/processingLifecycle';
import { parseRegisterFile } from '@prt/functions/import/registerFile.js';
import type { Processing } from '@prt/domain/processing';
import { seedPath, seedsPresent, SODERTALJE_SEED } from './seeds.js';

async function seedIndex(): Promise<{ index: SearchIndex; processings: Processing[] }> {
  const parsed = await parseRegisterFile(await readFile(seedPath(SODERTALJE_SEED)));
  const processings = parsed.processings.map((p) =>
    newProcessing(p.content, { tenantId: 't', actorId: 'a', at: new Date(0) }, 'approved', { kind: 'seed', reference: 'seed' }),
  );
  const index = new SearchIndex();
  processings.forEach((p) => index.upsert(p));
  return { index, processings };
}

const names = (index: SearchIndex, q: string, filters = {}) => index.search(q, filters).hits.map((h) => h.processing.name);

// Skipped, never failed, when the exports are absent; tests/scripts/printSummary.ts says so in the summary.
describe.skipIf(!seedsPresent)('conformance: SearchIndex over the Södertälje register', () => {
  let index: SearchIndex;
  let processings: Processing[];
  beforeAll(async () => {
    ({ index, processings } = await seedIndex());
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
      expect(names(index, q), q).toContain('Hantera visseblåsningsärenden');
    }
    expect(names(index, 'recruitment')).toContain('Hantera rekrytering');
    expect(names(index, 'rekruttering')).toContain('Hantera rekrytering');
    expect(index.search('whistleblower').hits[0]!.matches[0]!.kind).toBe('synonym');
  });

  it('weights the name highest', () => {
    // "facklig" is in the name of one processing and in the categories of others.
    expect(names(index, 'facklig')[0]).toBe('Administrera facklig samverkan');
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
    expect(index.search('', { organisationUnit: 'kommunstyrelsen' }).total).toBe(35);
    expect(index.search('', { organisationUnit: 'Socialnämnden' }).total).toBe(0);
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
    const target = processings.find((p) => p.name === 'Konsumentvägledningen')!;
    local.upsert({ ...target, name: 'Konsumentvägledning och budgetrådgivning' });
    expect(local.search('budgetrådgivning').total).toBe(1);
    local.upsert({ ...target, name: 'Konsumentvägledning och budgetrådgivning' });
    expect(local.size).toBe(35);
    expect(local.search('budgetrådgivning').total).toBe(1);
    local.remove(target.id);
    // Compound parts ("budget", "rådgivning") may still find other processings, never the removed one.
    expect(local.search('budgetrådgivning').hits.map((h) => h.processing.id)).not.toContain(target.id);
    expect(local.size).toBe(34);
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
