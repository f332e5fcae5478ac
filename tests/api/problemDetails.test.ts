import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { callApi, startTestApp } from '../support/testApp.js';

describe('RFC 9457 problem details', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('answers invalid input with application/problem+json, a code and a code per field', async () => {
    const response = await callApi(app, 'processings', { method: 'POST', body: { name: 'x'.repeat(301), organisationUnit: 42, purposes: [] } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body).toMatchObject({
      type: 'urn:prt:problem:request.invalid',
      title: expect.any(String),
      status: 400,
      code: 'request.invalid',
      detail: expect.stringContaining('invalid input'),
    });
    expect(response.body.params.count).toBe(response.body.errors.length);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'field.tooLong', params: { max: 300 }, detail: 'must be at most 300 characters' },
        { field: 'organisationUnit', code: 'field.notString', params: {}, detail: 'must be a string' },
        { field: 'controller', code: 'field.required', params: {}, detail: 'is required' },
        { field: 'purposes', code: 'list.atLeastOne', params: {}, detail: 'at least one purpose is required' },
      ]),
    );
  });

  it('gives every other kind a code too, keeping WWW-Authenticate on 401', async () => {
    const unauthorized = await callApi(app, 'processings', { as: null });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('content-type')).toBe('application/problem+json');
    expect(unauthorized.headers.get('www-authenticate')).toBe('Bearer');
    expect(unauthorized.body).toMatchObject({ status: 401, code: 'auth.tokenMissing', params: {} });
    const forbidden = await callApi(app, 'reviews/pending', { as: 'staff' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({ status: 403, code: 'auth.roleRequired', params: { roles: ['dpo', 'admin'] } });
    const missing = await callApi(app, 'processings/nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ status: 404, code: 'processing.notFound' });
    const unknownRoute = await callApi(app, 'no-such-route');
    expect(unknownRoute.status).toBe(404);
    expect(unknownRoute.headers.get('content-type')).toBe('application/problem+json');
    expect(unknownRoute.body).toMatchObject({ status: 404, code: 'route.notFound' });
  });

  it('says which version conflicts when a decision was already made, and by whom', async () => {
    const report = await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hantera problemrapporter' }) });
    const id = report.body.id as string;
    expect((await callApi(app, `processings/${id}/versions/1/decision`, { method: 'POST', as: 'dpo', body: { decision: 'approve' } })).status).toBe(200);
    const again = await callApi(app, `processings/${id}/versions/1/decision`, { method: 'POST', as: 'dpo', body: { decision: 'reject', reason: 'x' } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'decision.alreadyMade',
      params: { version: 1, by: expect.any(String), at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
    });
  });
});
