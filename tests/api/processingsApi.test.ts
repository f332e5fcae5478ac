import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { invoke } from '../support/invoke.js';
import { startTestApp } from '../support/testApp.js';

describe('processings API handlers', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('health answers without sign-in', async () => {
    const response = await invoke(app, 'health', { path: 'health', as: null });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ok');
  });

  it('refuses calls without a signed-in user (401)', async () => {
    expect((await invoke(app, 'listProcessings', { path: 'processings', as: null })).status).toBe(401);
    expect((await invoke(app, 'listProcessings', { path: 'processings', asUserId: 'not-a-user', as: null })).status).toBe(401);
  });

  it('lists the seeded register and searches it', async () => {
    const all = await invoke(app, 'listProcessings', { path: 'processings' });
    expect(all.body.total).toBe(40);
    const hits = await invoke(app, 'listProcessings', { path: 'processings?q=rekrytering' });
    expect(hits.body.items.map((p: { name: string }) => p.name)).toContain('Hantera rekrytering');
    const units = await invoke(app, 'listProcessings', { path: 'processings?unit=Kommunstyrelsen' });
    expect(units.body.total).toBe(29);
    expect((await invoke(app, 'listProcessings', { path: 'processings?unit=Socialn%C3%A4mnden' })).body.total).toBe(3);
    expect((await invoke(app, 'listProcessings', { path: 'processings?unit=Milj%C3%B6n%C3%A4mnden' })).body.total).toBe(0);
  });

  it('rejects an unknown status filter with the field and reason', async () => {
    const response = await invoke(app, 'listProcessings', { path: 'processings?status=maybe' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'status', code: 'field.notOneOf', params: { allowed: expect.arrayContaining(['approved']) } });
  });

  it('creates a processing as pending and returns it with an ETag', async () => {
    const created = await invoke(app, 'reportProcessing', { method: 'POST', path: 'processings', body: processingInput() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'pending', version: 1, createdBy: DEMO_USERS.staff });
    expect(created.headers.get('etag')).toBeTruthy();
    const read = await invoke(app, 'getProcessing', { path: `processings/${created.body.id}`, params: { id: created.body.id } });
    expect(read.body.name).toBe('Hantera parkeringstillstånd');
    expect(read.headers.get('etag')).toBe(created.headers.get('etag'));
  });

  it('answers 400 with field errors for invalid input and malformed JSON', async () => {
    const invalid = await invoke(app, 'reportProcessing', { method: 'POST', path: 'processings', body: { name: 'x' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['organisationUnit', 'controller', 'purposes']));
    const malformed = await invoke(app, 'reportProcessing', { method: 'POST', path: 'processings', body: '{"name":' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0]).toMatchObject({ code: 'body.malformedJson', detail: 'body is not valid JSON' });
  });

  it('refuses a duplicate (409) and an unknown id (404)', async () => {
    const input = processingInput({ name: 'Dubblett' });
    expect((await invoke(app, 'reportProcessing', { method: 'POST', path: 'processings', body: input })).status).toBe(201);
    expect((await invoke(app, 'reportProcessing', { method: 'POST', path: 'processings', body: input })).status).toBe(409);
    expect((await invoke(app, 'getProcessing', { path: 'processings/nope', params: { id: 'nope' } })).status).toBe(404);
  });

  it('proposes a change with If-Match, refuses a stale ETag (412) and a missing one (428)', async () => {
    const list = await invoke(app, 'listProcessings', { path: 'processings?q=l%C3%B6neadministration' });
    const id = list.body.items[0].id as string;
    const read = await invoke(app, 'getProcessing', { path: `processings/${id}`, params: { id } });
    const etag = read.headers.get('etag')!;
    const changed = { ...read.body, dpoContact: 'dataskyddsombud@exempelby.example' };
    const first = await invoke(app, 'proposeProcessingChange', {
      method: 'POST',
      path: `processings/${id}/proposals`,
      params: { id },
      headers: { 'if-match': etag },
      body: changed,
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ version: 2, baseVersion: 1, changes: [{ path: 'dpoContact', before: '', after: 'dataskyddsombud@exempelby.example' }] });
    const stale = await invoke(app, 'proposeProcessingChange', {
      method: 'POST',
      path: `processings/${id}/proposals`,
      params: { id },
      headers: { 'if-match': 'stale-etag' },
      body: changed,
    });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ status: 412, code: 'processing.changed', detail: expect.stringMatching(/changed by someone else/) });
    const missing = await invoke(app, 'proposeProcessingChange', { method: 'POST', path: `processings/${id}/proposals`, params: { id }, body: changed });
    expect(missing.status).toBe(428);
  });
});
