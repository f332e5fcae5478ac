import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { callApi, startTestApp } from '../support/testApp.js';

describe('required Art. 30 content, returned reports, retire and restore', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('a report without data subjects or data categories is refused per field', async () => {
    const purpose = (processingInput().purposes as Record<string, unknown>[])[0]!;
    const refused = await callApi(app, 'processings', {
      method: 'POST',
      body: processingInput({ name: 'Ofullständig', purposes: [{ ...purpose, dataSubjectCategories: [], personalDataCategories: [] }] }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['purposes[0].dataSubjectCategories', 'list.atLeastOne'],
      ['purposes[0].personalDataCategories', 'list.atLeastOne'],
    ]);
  });

  it('a report sent back can be renamed and moved, keeps its id, and reaches the DPO against the version returned', async () => {
    const report = await callApi(app, 'processings', { method: 'POST', body: processingInput({ name: 'Hantera hyresbidrag' }) });
    const id = report.body.id as string;
    const sentBack = await callApi(app, `processings/${id}/versions/1/decision`, {
      method: 'POST',
      as: 'dpo',
      body: { decision: 'requestChanges', reason: 'Fel nämnd' },
    });
    expect(sentBack.status).toBe(200);
    const current = await callApi(app, `processings/${id}`);
    const revised = await callApi(app, `processings/${id}/proposals`, {
      method: 'POST',
      headers: { 'if-match': current.headers.get('etag')! },
      body: { ...processingInput({ name: 'Hantera bostadsbidrag', organisationUnit: 'Socialnämnden' }), comment: 'Rätt nämnd nu' },
    });
    expect(revised.status).toBe(201);
    expect((await callApi(app, `processings/${id}`)).body).toMatchObject({ id, name: 'Hantera bostadsbidrag', organisationUnit: 'Socialnämnden' });
    const queued = (await callApi(app, 'reviews/pending', { as: 'dpo' })).body.items.find((i: { processingId: string }) => i.processingId === id);
    expect(queued).toMatchObject({
      version: 2,
      comment: 'Rätt nämnd nu',
      revisionOf: { version: 1, reason: 'Fel nämnd', decidedBy: { displayName: 'Erik Johansson' } },
    });
    expect(queued.changes.map((c: { path: string }) => c.path)).toEqual(expect.arrayContaining(['name', 'organisationUnit']));
    expect(queued.completeness).toEqual({ required: [], recommended: ['securityMeasures'] });
  });

  it('the DPO retires an approved processing with a reason and a date; staff no longer see it; it is restored', async () => {
    const list = await callApi(app, 'processings?q=rekrytering', { as: 'economist' });
    const target = list.body.items[0] as { id: string; name: string };
    expect((await callApi(app, `processings/${target.id}/retire`, { method: 'POST', as: 'economist', body: { reason: 'x' } })).status).toBe(403);
    const noReason = await callApi(app, `processings/${target.id}/retire`, { method: 'POST', as: 'dpo', body: { reason: ' ' } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0]).toMatchObject({ field: 'reason', code: 'field.required' });

    const retired = await callApi(app, `processings/${target.id}/retire`, {
      method: 'POST',
      as: 'admin',
      body: { reason: 'Rekryteringen sköts nu av regionen', on: '2026-11-30' },
    });
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ status: 'archived', retirement: { reason: 'Rekryteringen sköts nu av regionen', on: '2026-11-30' } });
    expect((await callApi(app, `processings/${target.id}`, { as: 'economist' })).status).toBe(404);
    expect((await callApi(app, 'processings?q=rekrytering', { as: 'economist' })).body.items.map((p: { id: string }) => p.id)).not.toContain(target.id);
    const history = (await callApi(app, `processings/${target.id}/versions`, { as: 'dpo' })).body.items;
    expect(history[0]).toMatchObject({ origin: 'lifecycle', state: 'approved' });
    expect(history[0].changes[0]).toEqual({ path: 'status', before: 'approved', after: 'archived' });
    const audit = (await callApi(app, `processings/${target.id}/audit`, { as: 'dpo' })).body.items.map((e: { action: string }) => e.action);
    expect(audit).toContain('retired');
    expect((await callApi(app, 'reviews/pending', { as: 'dpo' })).body.items.map((i: { processingId: string }) => i.processingId)).not.toContain(target.id);
    expect((await callApi(app, `processings/${target.id}/retire`, { method: 'POST', as: 'dpo', body: { reason: 'igen' } })).body.code).toBe(
      'processing.notRetirable',
    );

    const restored = await callApi(app, `processings/${target.id}/restore`, { method: 'POST', as: 'dpo' });
    expect(restored.status).toBe(200);
    expect(restored.body.status).toBe('approved');
    expect(restored.body.retirement).toBeUndefined();
    expect((await callApi(app, `processings/${target.id}`, { as: 'economist' })).status).toBe(200);
    expect((await callApi(app, `processings/${target.id}/restore`, { method: 'POST', as: 'dpo' })).body.code).toBe('processing.notRetired');
    expect((await callApi(app, `processings/${target.id}/audit`, { as: 'dpo' })).body.items.map((e: { action: string }) => e.action)).toContain('restored');
  });
});
