import { describe, expect, it } from 'vitest';
import { TeamsBotDelivery } from '@prt/functions/notify/teamsBotDelivery.js';
import type { StoredChatMessage } from '@prt/functions/notify/chatMessage.js';

function fakeConnector(status: Record<string, number> = {}) {
  const calls: { url: string; body: string; auth: string | null }[] = [];
  const fetchFake = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, body: String(init?.body ?? ''), auth: new Headers(init?.headers).get('authorization') });
    const code = Object.entries(status).find(([part]) => url.includes(part))?.[1] ?? 200;
    if (url.includes('/oauth2/v2.0/token')) return new Response(JSON.stringify({ access_token: 'bot-token', expires_in: 3600 }), { status: code });
    if (url.endsWith('/v3/conversations')) return new Response(JSON.stringify({ id: 'a:conv-1' }), { status: code });
    return new Response('{"id":"1"}', { status: code });
  }) as typeof fetch;
  return { calls, fetchFake };
}

const message: StoredChatMessage = {
  id: 'm1',
  key: 'review|p|v1|u',
  tenantId: 'tenant-1',
  recipientUserId: 'user-oid-1',
  kind: 'processingReported',
  title: 'Ny behandling att granska',
  text: 'Hantera bilpool',
  card: { type: 'AdaptiveCard', version: '1.5', body: [] },
  createdAt: '2026-11-23T08:00:00Z',
};

describe('TeamsBotDelivery', () => {
  it('gets a bot token once, opens a 1:1 conversation by Entra object id and posts the card', async () => {
    const { calls, fetchFake } = fakeConnector();
    const delivery = new TeamsBotDelivery({
      botId: 'bot-1',
      botTenantId: 'tenant-1',
      clientSecret: 's3cret',
      fetch: fetchFake,
      serviceUrl: 'https://smba.example/emea',
    });
    await delivery.deliver(message);
    await delivery.deliver(message);
    expect(calls.map((c) => c.url)).toEqual([
      'https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token',
      'https://smba.example/emea/v3/conversations',
      'https://smba.example/emea/v3/conversations/a%3Aconv-1/activities',
      'https://smba.example/emea/v3/conversations',
      'https://smba.example/emea/v3/conversations/a%3Aconv-1/activities',
    ]);
    expect(calls[0]!.body).toContain('scope=https%3A%2F%2Fapi.botframework.com%2F.default');
    expect(JSON.parse(calls[1]!.body)).toMatchObject({ bot: { id: '28:bot-1' }, members: [{ id: '8:orgid:user-oid-1' }], tenantId: 'tenant-1' });
    expect(calls[1]!.auth).toBe('Bearer bot-token');
    expect(JSON.parse(calls[2]!.body).attachments[0]).toEqual({ contentType: 'application/vnd.microsoft.card.adaptive', content: message.card });
  });

  it('fails with the status only, so the outbox keeps the message for redelivery', async () => {
    const { fetchFake } = fakeConnector({ '/activities': 403 });
    const delivery = new TeamsBotDelivery({ botId: 'bot-1', botTenantId: 'tenant-1', clientSecret: 's3cret', fetch: fetchFake });
    await expect(delivery.deliver(message)).rejects.toMatchObject({ name: 'DeliveryError', message: 'Bot Connector answered 403' });
  });
});

describe('chat redelivery', () => {
  it('retries messages whose delivery failed, once they can be delivered', async () => {
    const { startTestApp } = await import('../support/testApp.js');
    const { ChatOutbox } = await import('@prt/functions/notify/chatOutbox.js');
    const app = await startTestApp({ seedPath: null });
    try {
      let up = false;
      const delivered: string[] = [];
      const outbox = new ChatOutbox(
        app.store.containers.chatOutbox,
        {
          deliver: async (m) => {
            if (!up) throw new Error('Bot Connector down');
            delivered.push(m.key);
          },
        },
        app.services.clock,
      );
      const tenantId = app.directory.tenantId;
      await outbox.send({ key: 'k1', tenantId, recipientUserId: 'u', kind: 'deadlineReminder', title: 't', text: 'x' });
      expect((await outbox.list(tenantId))[0]).toMatchObject({ deliveryError: 'Error' });
      up = true;
      expect(await outbox.redeliver(tenantId)).toBe(1);
      expect(delivered).toEqual(['k1']);
      expect(await outbox.redeliver(tenantId)).toBe(0);
    } finally {
      await app.stop();
    }
  });
});
