import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { PUBLIC, withOverrides } from '@microsoft/teams.api';
import { TeamsBot } from '@prt/functions/bot/teamsBot.js';
import { CosmosConversationStore } from '@prt/functions/bot/conversationStore.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { DEMO_TENANT_ID, DEMO_USERS } from '../support/demoUsers.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { callApi, startTestApp } from '../support/testApp.js';

const BOT_ID = '9c1f3e2a-0000-4000-8000-00000000b07';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

async function keyPair(kid: string) {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { privateKey, jwk };
}

describe('POST /api/messages (Teams bot)', () => {
  let app: LocalApp;
  let channelKey: Awaited<ReturnType<typeof keyPair>>;
  let forgerKey: Awaited<ReturnType<typeof keyPair>>;

  let keyServer: Server;
  const token = (key: Awaited<ReturnType<typeof keyPair>>, claims: { aud?: string; iss?: string; serviceurl?: string | null; exp?: string } = {}) =>
    new SignJWT(claims.serviceurl === null ? {} : { serviceurl: claims.serviceurl ?? SERVICE_URL })
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
    // The bot as composeAzure builds it, with the SDK's token check pointed at keys we control instead of login.botframework.com.
    keyServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [channelKey.jwk] })));
    await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
    const keysUrl = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}/v1/.well-known`;
    const cloud = withOverrides(PUBLIC, { openIdMetadataUrl: `${keysUrl}/openidconfiguration`, tokenIssuer: BOT_FRAMEWORK_ISSUER });
    app.services.localBot = undefined;
    app.services.bot = new TeamsBot(
      { ...app.services, conversations: new CosmosConversationStore(app.store.containers.conversations) },
      { clientId: BOT_ID, clientSecret: 'not-used', tenantId: DEMO_TENANT_ID, cloud },
    );
  });
  afterAll(async () => {
    await app.stop();
    keyServer.close();
  });

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
    // Issue #12: a token without a serviceurl claim must not be accepted for an activity naming a service URL.
    expect((await post(activity, await token(channelKey, { serviceurl: null }))).status).toBe(401);
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
    const card = JSON.stringify(response.body.value);
    expect(card).toContain('Erik Johansson: Godkänd');
    expect(card).toContain('"refresh"');
    expect(card).not.toContain('Action.Execute","verb":"decide"');
    expect((await callApi(app, `processings/${id}`, { as: 'economist' })).body.status).toBe('approved');
  });

  it('answers staff with a card saying only the DPO can decide, and changes nothing', async () => {
    const report = await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hantera bilpool' }) });
    const id = report.body.id as string;
    const response = await post(cardAction(DEMO_USERS.staff, { verb: 'decide', processingId: id, version: 1, decision: 'approve' }), await token(channelKey));
    expect(JSON.stringify(response.body.value)).toContain('Bara dataskyddsombudet kan fatta beslut.');
    expect((await callApi(app, `processings/${id}`, { as: 'dpo' })).body.status).toBe('pending');
  });

  it('keeps the card and what was typed when a DPO rejects without a reason, with the error by the field', async () => {
    const report = await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hantera lånecyklar' }) });
    const id = report.body.id as string;
    const response = await post(
      cardAction(DEMO_USERS.dpo, { verb: 'decide', processingId: id, version: 1, decision: 'reject', reason: '  ' }),
      await token(channelKey),
    );
    const card = response.body.value as {
      body: { type: string; id?: string; value?: string; errorMessage?: string }[];
      actions: { type: string; fallback?: { type: string; url: string } }[];
    };
    const input = card.body.find((b) => b.id === 'reason');
    expect(input).toMatchObject({ type: 'Input.Text', value: '  ', errorMessage: 'Skriv en motivering för att avslå eller begära ändring.' });
    const execute = card.actions.filter((a) => a.type === 'Action.Execute');
    expect(execute).toHaveLength(3);
    expect(execute.every((a) => a.fallback?.type === 'Action.OpenUrl' && a.fallback.url.startsWith(app.url))).toBe(true);
    expect((await callApi(app, `processings/${id}`, { as: 'dpo' })).body.status).toBe('pending');
  });

  it('local host: takes unsigned (Playground) traffic on its loopback listener and runs the same role checks', async () => {
    const local = await startTestApp();
    try {
      const invoke = await callApi(local, `messages${new URL(local.botEndpoint).search}`, {
        method: 'POST',
        as: null,
        body: { ...cardAction(DEMO_USERS.staff, { processingId: 'x', version: 1, decision: 'approve' }), serviceUrl: 'http://127.0.0.1:9/' },
      });
      expect(invoke.status).toBe(200);
      expect(JSON.stringify(invoke.body)).toContain('Bara dataskyddsombudet kan fatta beslut.');
    } finally {
      await local.stop();
    }
  });
});
