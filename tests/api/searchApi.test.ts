import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { callApi, startTestApp } from '../support/testApp.js';

describe('GET /api/search', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('searches the approved register with reasons and facets', async () => {
    const response = await callApi(app, 'search?q=rekrytering');
    expect(response.status).toBe(200);
    expect(response.body.items[0]).toMatchObject({
      name: 'Hantera rekrytering',
      purposeCount: 3,
      matches: expect.arrayContaining([{ field: 'name', term: 'rekrytering', matched: 'rekrytering', kind: 'exact' }]),
    });
    expect(response.body.facets.organisationUnit).toEqual({ Kommunstyrelsen: 1 });
  });

  it('shows staff "for me" from their department, and says which department it used', async () => {
    const hr = await callApi(app, 'search?forMe=true', { as: 'staff' });
    expect(hr.body.forMe).toEqual({ department: 'HR-avdelningen', jobTitle: 'HR-specialist' });
    expect(hr.body.items.map((i: { name: string }) => i.name)).toEqual(expect.arrayContaining(['Hantera rekrytering', 'Löneadministration']));
    expect(hr.body.items.map((i: { name: string }) => i.name)).not.toContain('Hantera försäljning');
    const economy = await callApi(app, 'search?forMe=true&q=l%C3%B6n', { as: 'economist' });
    expect(economy.body.items.map((i: { name: string }) => i.name)).toEqual(['Löneadministration']);
  });

  it('keeps unapproved reports out of staff results but lets the DPO filter on them', async () => {
    await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hantera parkeringsböter' }) });
    expect((await callApi(app, 'search?q=parkeringsb%C3%B6ter', { as: 'staff' })).body.total).toBe(0);
    const dpo = await callApi(app, 'search?q=parkeringsb%C3%B6ter&status=pending', { as: 'dpo' });
    expect(dpo.body.items.map((i: { name: string }) => i.name)).toEqual(['Hantera parkeringsböter']);
  });

  it('sees writes made by another instance through the incremental sync', async () => {
    const [hit] = (await callApi(app, 'search?q=konsumentv%C3%A4gledning')).body.items;
    const stored = await app.services.processings.get(app.directory.tenantId, hit.id);
    // Write behind this instance's back, as another Functions instance would.
    const raw = app.store.containers.processings;
    await raw.item(hit.id, app.directory.tenantId).replace({ ...stored!.value, systems: [{ name: 'Ciceron', kind: 'ärendehantering' }] });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const response = await callApi(app, 'search?system=ciceron');
    expect(response.body.items.map((i: { name: string }) => i.name)).toEqual(['Ge konsumentvägledning']);
  });

  it('rejects bad filters with the field and reason', async () => {
    const response = await callApi(app, 'search?basis=maybe&special=perhaps&limit=0');
    expect(response.status).toBe(400);
    expect(response.body.errors.map((f: { field: string; code: string }) => [f.field, f.code])).toEqual([
      ['basis', 'field.notOneOf'],
      ['special', 'field.notBoolean'],
      ['limit', 'field.notWholeNumber'],
    ]);
  });
});
