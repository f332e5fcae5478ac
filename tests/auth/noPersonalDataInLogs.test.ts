import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BearerAuthenticator } from '@prt/functions/auth/bearerAuthenticator.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { callApi, startTestApp } from '../support/testApp.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { entraToken, signingKey, validatorFor } from './tokens.js';

describe('logs', () => {
  let app: LocalApp;
  const lines: string[] = [];
  beforeAll(async () => {
    app = await startTestApp();
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}\n${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      });
    }
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await app.stop();
  });

  it('hold no tokens, names, e-mail addresses or request content, even when things fail', async () => {
    const key = await signingKey();
    app.services.authenticator = new BearerAuthenticator(validatorFor(key), { rolesOf: async () => ['staff'] });
    const token = await entraToken(key, { name: 'Anna Andersson' });
    const forged = await entraToken(await signingKey());
    await callApi(app, 'processings', { as: null, headers: { authorization: `Bearer ${forged}` } });
    await callApi(app, 'processings', {
      method: 'POST',
      as: null,
      headers: { authorization: `Bearer ${token}` },
      body: { name: 'Personnummer 19121212-1212', organisationUnit: 'x' },
    });
    await callApi(app, 'processings', {
      method: 'POST',
      as: null,
      headers: { authorization: `Bearer ${token}` },
      body: processingInput({ name: 'Hantera Anna Anderssons ärende' }),
    });
    // An unexpected failure whose message carries personal data.
    const original = app.services.processings.list.bind(app.services.processings);
    app.services.processings.list = async () => {
      throw new Error('query failed for anna.andersson@kommun.example, 19121212-1212');
    };
    const failed = await callApi(app, 'processings', { as: null, headers: { authorization: `Bearer ${token}` } });
    app.services.processings.list = original;
    expect(failed.status).toBe(500);
    expect(failed.body).toMatchObject({
      status: 500,
      code: 'internal',
      params: { invocationId: expect.any(String) },
      detail: expect.stringMatching(/^Something went wrong\. Reference: /),
    });
    expect(lines.join('\n')).toContain('unhandled Error in listProcessings');
    const all = lines.join('\n');
    for (const secret of [token, forged, 'Anna Andersson', 'anna.andersson@kommun.example', '19121212-1212', 'Hantera Anna']) {
      expect(all).not.toContain(secret);
    }
  });
});
