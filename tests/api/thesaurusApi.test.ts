import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import type { ConceptGroup } from '@prt/domain/search/thesaurus';
import type { SearchResponse } from '@prt/domain/api/responses';
import { RegisterSearch } from '@prt/functions/app/registerSearch.js';
import { callApi, startTestApp } from '../support/testApp.js';

describe('GET/PUT /api/search/thesaurus', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  const names = async (q: string): Promise<string[]> =>
    (await callApi<SearchResponse>(app, `search?q=${encodeURIComponent(q)}`, { as: 'staff' })).body.items.map((i) => i.name);

  it('is for the DPO and the admin only', async () => {
    expect((await callApi(app, 'search/thesaurus', { as: 'staff' })).status).toBe(403);
    expect((await callApi(app, 'search/thesaurus', { method: 'PUT', as: 'staff', body: { groups: [] }, headers: { 'if-match': '"x"' } })).status).toBe(403);
    expect((await callApi(app, 'search/thesaurus', { as: 'admin' })).status).toBe(200);
  });

  it('lets the DPO edit the groups with the ETag, answering 428 without it and 412 when stale, and the edit changes results', async () => {
    const first = await callApi<{ groups: ConceptGroup[]; custom: boolean }>(app, 'search/thesaurus', { as: 'dpo' });
    expect(first.status).toBe(200);
    expect(first.body.custom).toBe(false);
    expect(first.body.groups.length).toBeGreaterThanOrEqual(60);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect(await names('sabbatsår')).toEqual([]);

    const edited = first.body.groups.map((g) =>
      g.terms.sv.includes('tjänstledighet') ? { ...g, terms: { ...g.terms, sv: [...g.terms.sv, 'sabbatsår'] } } : g,
    );
    const missing = await callApi(app, 'search/thesaurus', { method: 'PUT', as: 'dpo', body: { groups: edited } });
    expect(missing.status).toBe(428);
    expect(missing.body.code).toBe('ifMatch.required');

    const saved = await callApi<{ groups: ConceptGroup[]; custom: boolean }>(app, 'search/thesaurus', {
      method: 'PUT',
      as: 'dpo',
      body: { groups: edited },
      headers: { 'if-match': etag },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.custom).toBe(true);
    const newEtag = saved.headers.get('etag')!;
    expect(newEtag).not.toBe(etag);
    expect(await names('sabbatsår')).toContain('Hantera ledigheter');

    // A second editor still holding the first version does not overwrite the edit.
    const stale = await callApi(app, 'search/thesaurus', { method: 'PUT', as: 'admin', body: { groups: first.body.groups }, headers: { 'if-match': etag } });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('thesaurus.changed');
    expect(await names('sabbatsår')).toContain('Hantera ledigheter');

    const reread = await callApi<{ groups: ConceptGroup[]; custom: boolean }>(app, 'search/thesaurus', { as: 'dpo' });
    expect(reread.headers.get('etag')).toBe(newEtag);
    expect(reread.body.groups.some((g) => g.terms.sv.includes('sabbatsår'))).toBe(true);
    // Another instance reads the edit from the store when it builds its index.
    const other = new RegisterSearch(app.services.processings, Date.now, 1000, app.services.thesauri);
    const seen = await other.search(app.directory.tenantId, 'sabbatsår', { status: 'approved' });
    expect(seen.hits.map((h) => h.processing.name)).toContain('Hantera ledigheter');
    // Stored in the tenant's partition.
    const stored = await app.store.containers.thesauri.item('thesaurus', app.directory.tenantId).read();
    expect(stored.resource).toMatchObject({ tenantId: app.directory.tenantId, updatedBy: expect.any(String) });
  });

  it('rejects an invalid edit with coded field errors and leaves the thesaurus as it was', async () => {
    const current = await callApi<{ groups: ConceptGroup[] }>(app, 'search/thesaurus', { as: 'dpo' });
    const bad = [...current.body.groups, { id: current.body.groups[0]!.id, domain: 'moon', terms: { sv: ['ensam'], da: [], en: [] } }];
    const response = await callApi(app, 'search/thesaurus', {
      method: 'PUT',
      as: 'dpo',
      body: { groups: bad },
      headers: { 'if-match': current.headers.get('etag')! },
    });
    expect(response.status).toBe(400);
    const at = `groups[${bad.length - 1}]`;
    expect(response.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      [`${at}.id`, 'thesaurus.idDuplicate'],
      [`${at}.domain`, 'field.notOneOf'],
      [`${at}.terms`, 'thesaurus.tooFewTerms'],
    ]);
    expect((await callApi(app, 'search/thesaurus', { as: 'dpo' })).headers.get('etag')).toBe(current.headers.get('etag'));
  });

  it('answers searches with did-you-mean suggestions and examples from the demo register', async () => {
    const none = await callApi(app, 'search?q=semstr', { as: 'staff' });
    expect(none.body.total).toBe(0);
    expect(none.body.suggestions).toContain('semester');
    const some = await callApi(app, 'search?q=semester', { as: 'staff' });
    expect(some.body.suggestions).toEqual([]);
    expect(some.body.examples).toHaveLength(3);
    expect(some.body.examples).not.toContain('Heroma');
  });
});
