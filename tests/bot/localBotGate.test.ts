import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { CosmosConversationStore } from '@prt/functions/bot/conversationStore.js';
import { startTestApp } from '../support/testApp.js';
import { rawRequest } from '../support/rawHttp.js';
import { DEMO_TENANT_ID, DEMO_USERS } from '../support/demoUsers.js';

/** What the Playground sends first: the app installed in the user's personal chat (the bot stores the conversation). */
const install = (userId: string) => ({
  type: 'installationUpdate',
  action: 'add',
  serviceUrl: 'http://127.0.0.1:9/_connector',
  from: { id: `29:${userId}`, aadObjectId: userId },
  recipient: { id: '28:bot' },
  conversation: { id: `personal-${userId}`, tenantId: DEMO_TENANT_ID, conversationType: 'personal' },
  channelId: 'msteams',
});

describe('the local /api/messages: unsigned activities only with this run’s secret, as JSON, on loopback', () => {
  let app: LocalApp;
  let other: LocalApp;
  let conversations: CosmosConversationStore;

  beforeAll(async () => {
    [app, other] = await Promise.all([startTestApp({ seedPath: null }), startTestApp({ seedPath: null })]);
    conversations = new CosmosConversationStore(app.store.containers.conversations);
  });
  afterAll(async () => {
    await app.stop();
    await other.stop();
  });

  const post = (query: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${app.url}/api/messages${query}`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const secret = () => new URL(app.botEndpoint).searchParams.get('secret')!;

  it('each run makes its own long secret', () => {
    expect(secret().length).toBeGreaterThanOrEqual(40);
    expect(new URL(other.botEndpoint).searchParams.get('secret')).not.toBe(secret());
  });

  it('refuses a request without the secret (401 bot.tokenMissing) and stores nothing', async () => {
    const response = await post('', install(DEMO_USERS.staff));
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as { code: string }).code).toBe('bot.tokenMissing');
    expect(await conversations.find(DEMO_TENANT_ID, DEMO_USERS.staff)).toBeUndefined();
  });

  it('refuses a wrong secret, another run’s secret, one differing in a single character, and an empty one', async () => {
    const s = secret();
    const wrong = [
      new URL(other.botEndpoint).searchParams.get('secret')!,
      `${s.slice(0, -1)}${s.endsWith('A') ? 'B' : 'A'}`,
      s.slice(0, -1),
      `${s}x`,
      s.toUpperCase() === s ? s.toLowerCase() : s.toUpperCase(),
    ];
    for (const candidate of wrong) {
      const response = await post(`?secret=${encodeURIComponent(candidate)}`, install(DEMO_USERS.staff));
      expect(response.status).toBe(401);
      expect(((await response.json()) as { code: string }).code).toBe('bot.tokenInvalid');
    }
    expect((await post('?secret=', install(DEMO_USERS.staff))).status).toBe(401);
    expect(await conversations.find(DEMO_TENANT_ID, DEMO_USERS.staff)).toBeUndefined();
  });

  it('refuses the right secret without a JSON content type (a cross-site form post), 400 body.notJson', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      const response = await post(`?secret=${encodeURIComponent(secret())}`, JSON.stringify(install(DEMO_USERS.staff)), headers);
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toContain('body.notJson');
    }
    expect(await conversations.find(DEMO_TENANT_ID, DEMO_USERS.staff)).toBeUndefined();
  });

  it('refuses the right secret with a Host that is not loopback', async () => {
    const port = new URL(app.url).port;
    const body = JSON.stringify(install(DEMO_USERS.staff));
    const status = await rawRequest(
      app.url,
      `POST /api/messages?secret=${encodeURIComponent(secret())} HTTP/1.1\r\nHost: evil.example:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(status).toMatch(/^HTTP\/1\.1 4\d\d/);
    expect(await conversations.find(DEMO_TENANT_ID, DEMO_USERS.staff)).toBeUndefined();
  });

  it('takes the activity with the secret and JSON (charset allowed): the conversation is stored', async () => {
    const response = await post(`?secret=${encodeURIComponent(secret())}`, install(DEMO_USERS.dpo), { 'content-type': 'application/json; charset=utf-8' });
    expect(response.status).toBe(200);
    expect(await conversations.find(DEMO_TENANT_ID, DEMO_USERS.dpo)).toMatchObject({ conversationId: `personal-${DEMO_USERS.dpo}` });
  });
});
