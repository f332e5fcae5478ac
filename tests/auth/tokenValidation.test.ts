import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BearerAuthenticator } from '@prt/functions/auth/bearerAuthenticator.js';
import { azureAuthenticator } from '@prt/functions/azure/azureAuthenticator.js';
import { createRoutes } from '@prt/functions/triggers/routes.js';
import { LazyServices } from '@prt/functions/wiring/servicesSource.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { callApi, startTestApp } from '../support/testApp.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { APP_ID_URI, entraToken, signingKey, TENANT_A, TENANT_B, validatorFor, type SigningKey } from './tokens.js';

describe('Entra token validation on every /api call', () => {
  let app: LocalApp;
  let key: SigningKey;
  let forger: SigningKey;

  beforeAll(async () => {
    app = await startTestApp();
    key = await signingKey();
    forger = await signingKey('test-key');
    // The Azure authenticator's parts, with a key set and role source under the test's control.
    app.services.authenticator = new BearerAuthenticator(validatorFor(key), {
      rolesOf: async (u) => (u.userId.startsWith('dpo') ? ['staff', 'dpo'] : ['staff']),
    });
  });
  afterAll(() => app.stop());

  const get = (token: string | undefined, path = 'processings') =>
    callApi(app, path, { as: null, headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });

  it('accepts a valid token with the client id or the Application ID URI as audience, and v1 issuers', async () => {
    expect((await get(await entraToken(key))).status).toBe(200);
    expect((await get(await entraToken(key, { aud: APP_ID_URI }))).status).toBe(200);
    expect((await get(await entraToken(key, { iss: `https://sts.windows.net/${TENANT_A}/` }))).status).toBe(200);
  });

  it.each([
    ['no token', async () => undefined],
    ['a malformed token', async () => 'not-a-jwt'],
    ['a forged signature', async (k: SigningKey, f: SigningKey) => entraToken(f)],
    ['the wrong audience', async (k: SigningKey) => entraToken(k, { aud: 'api://someone-else' })],
    ['the wrong issuer', async (k: SigningKey) => entraToken(k, { iss: 'https://login.example.com/v2.0' })],
    ['an issuer of another tenant than its tid', async (k: SigningKey) => entraToken(k, { iss: `https://login.microsoftonline.com/${TENANT_B}/v2.0` })],
    ['a tenant not on the allow-list', async (k: SigningKey) => entraToken(k, { tid: 'cccccccc-0000-4000-8000-00000000000c' })],
    ['an expired token', async (k: SigningKey) => entraToken(k, { exp: Math.floor(Date.now() / 1000) - 600 })],
    ['a token not yet valid', async (k: SigningKey) => entraToken(k, { nbf: Math.floor(Date.now() / 1000) + 600 })],
    ['no access_as_user scope', async (k: SigningKey) => entraToken(k, { scp: 'User.Read' })],
  ])('refuses %s with 401 and WWW-Authenticate', async (_label, make) => {
    const response = await get(await make(key, forger));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('keeps tenants apart: tenant B never reads what tenant A wrote', async () => {
    const aToken = await entraToken(key, { tid: TENANT_A, oid: 'user-a' });
    const bToken = await entraToken(key, { tid: TENANT_B, oid: 'dpo-b' });
    const created = await callApi(app, 'processings', {
      method: 'POST',
      as: null,
      headers: { authorization: `Bearer ${aToken}` },
      body: processingInput({ name: 'Tenant A:s behandling' }),
    });
    expect(created.status).toBe(201);
    expect(created.body.tenantId).toBe(TENANT_A);
    expect((await get(bToken, `processings/${created.body.id}`)).status).toBe(404);
    expect((await get(bToken, 'processings')).body.total).toBe(0);
    expect((await get(bToken, 'search?q=tenant&status=pending')).body.total).toBe(0);
    expect((await get(bToken, 'reviews/pending')).body.items).toEqual([]);
    expect((await get(aToken, `processings/${created.body.id}`)).status).toBe(200);
  });

  it('refuses staff on DPO actions with 403', async () => {
    const staff = await entraToken(key, { oid: 'user-a' });
    expect((await get(staff, 'reviews/pending')).status).toBe(403);
    const decision = await callApi(app, 'processings/x/versions/1/decision', {
      method: 'POST',
      as: null,
      headers: { authorization: `Bearer ${staff}` },
      body: { decision: 'approve' },
    });
    expect(decision.status).toBe(403);
  });

  it('answers 413 for an oversized body and 400 for malformed JSON', async () => {
    const token = await entraToken(key);
    const big = await callApi(app, 'processings', {
      method: 'POST',
      as: null,
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'x'.repeat(300_000) }),
    });
    expect(big.status).toBe(413);
    const broken = await callApi(app, 'processings', { method: 'POST', as: null, headers: { authorization: `Bearer ${token}` }, body: '{"name": ' });
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0]).toMatchObject({ field: '', code: 'body.malformedJson', detail: 'body is not valid JSON' });
  });
});

describe('when Entra cannot be reached', () => {
  it('answers 503 with Retry-After instead of refusing the user', async () => {
    const { EntraTokenValidator } = await import('@prt/functions/auth/entraTokenValidator.js');
    const key = await signingKey();
    const unreachable = new EntraTokenValidator({
      audiences: ['x'],
      allowedTenants: [TENANT_A],
      keys: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(unreachable.verify(await entraToken(key))).rejects.toMatchObject({ name: 'ServiceUnavailableError', retryAfterSeconds: 30 });
  });
});

describe('deployment wiring', () => {
  it('fails at start-up in Azure when a sign-in setting is missing', () => {
    expect(() => azureAuthenticator({})).toThrow('setting ENTRA_CLIENT_ID is required');
    expect(() => azureAuthenticator({ ENTRA_CLIENT_ID: 'x', ENTRA_APP_ID_URI: 'api://x', ENTRA_ALLOWED_TENANTS: TENANT_A })).toThrow(
      'setting ENTRA_CLIENT_SECRET is required',
    );
  });

  it('never registers the local sign-in or demo routes in the Azure route table', () => {
    // Listing routes builds no services; the holder is never asked.
    const unbuilt = new LazyServices<never>(() => Promise.reject(new Error('not built')));
    expect(
      createRoutes(unbuilt)
        .map((r) => r.route)
        .filter((r) => r.startsWith('local/')),
    ).toEqual([]);
  });
});
