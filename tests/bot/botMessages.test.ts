import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { BotFrameworkVerifier, BOT_FRAMEWORK_ISSUER } from '@prt/functions/bot/botRequestVerifier.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { DEMO_TENANT_ID, DEMO_USERS } from '../support/demoUsers.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { callApi, startTestApp } from '../support/testApp.js';

const BOT_ID = '9c1f3e2a-0000-4000-8000-00000000b07';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

async function keyPair(kid: string) {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { privateKey, jwk };
}

describe('POST /api/messages (Teams bot)', () => {
  let app: LocalApp;
  let channelKey: Awaited<ReturnType<typeof keyPair>>;
  let forgerKey: Awaited<ReturnType<typeof keyPair>>;

  const token = (key: Awaited<ReturnType<typeof keyPair>>, claims: { aud?: string; iss?: string; serviceurl?: string; exp?: string } = {}) =>
    new SignJWT({ serviceurl: claims.serviceurl ?? SERVICE_URL })
      .setProtectedHeader({ alg: 'RS256', kid: key.jwk.kid! })
      .setIssuer(claims.iss ?? BOT_FRAMEWORK_ISSUER)
      .setAudience(claims.aud ?? BOT_ID)
      .setIssuedAt()
      .setExpirationTime(claims.exp ?? '5m')
      .sign(key.privateKey);

  const cardAction = (from: string, data: Record<string, unknown>) => ({
    type: 'invoke',
    name: 'adaptiveCard/action',
    serviceUrl: SERVICE_URL,
    from: { id: '29:abc', aadObjectId: from },
    conversation: { id: 'a:1', tenantId: DEMO_TENANT_ID },
    value: { action: { type: 'Action.Execute', verb: 'decide', data } },
  });

  beforeAll(async () => {
    app = await startTestApp();
    channelKey = await keyPair('channel-key');
    forgerKey = await keyPair('channel-key');
    // The Azure verifier, pointed at a key set we control instead of login.botframework.com.
    app.services.botVerifier = new BotFrameworkVerifier(BOT_ID, createLocalJWKSet({ keys: [channelKey.jwk] }));
  });
  afterAll(() => app.stop());

  const post = (activity: unknown, bearer?: string) =>
    callApi(app, 'messages', { method: 'POST', as: null, body: activity, headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });

  it('refuses requests without a token, with a forged signature, another audience or an expired token', async () => {
    const activity = cardAction(DEMO_USERS.dpo, {});
    expect((await post(activity)).status).toBe(401);
    expect((await post(activity, await token(forgerKey))).status).toBe(401);
    expect((await post(activity, await token(channelKey, { aud: 'another-bot' }))).status).toBe(401);
    expect((await post(activity, await token(channelKey, { iss: 'https://evil.example' }))).status).toBe(401);
    expect((await post(activity, await token(channelKey, { exp: '-10m' }))).status).toBe(401);
    expect((await post(activity, await token(channelKey, { serviceurl: 'https://other.example/' }))).status).toBe(401);
  });

  it('lets a DPO approve from the card and answers with the updated card', async () => {
    const report = await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hantera tjänstecyklar' }) });
    const id = report.body.id as string;
    const response = await post(
      cardAction(DEMO_USERS.dpo, { verb: 'decide', processingId: id, version: 1, decision: 'approve', reason: '' }),
      await token(channelKey),
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(response.body.value)).toContain('Erik Johansson: Godkänd');
    expect((await callApi(app, `processings/${id}`, { as: 'economist' })).body.status).toBe('approved');
  });

  it('answers staff with a card saying only the DPO can decide, and changes nothing', async () => {
    const report = await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hantera bilpool' }) });
    const id = report.body.id as string;
    const response = await post(cardAction(DEMO_USERS.staff, { verb: 'decide', processingId: id, version: 1, decision: 'approve' }), await token(channelKey));
    expect(JSON.stringify(response.body.value)).toContain('Bara dataskyddsombudet kan fatta beslut.');
    expect((await callApi(app, `processings/${id}`, { as: 'dpo' })).body.status).toBe('pending');
  });

  it('is refused entirely by the local host, which has no bot channel', async () => {
    const local = await startTestApp();
    try {
      expect((await callApi(local, 'messages', { method: 'POST', as: null, body: cardAction(DEMO_USERS.dpo, {}) })).status).toBe(401);
    } finally {
      await local.stop();
    }
  });
});
