import { describe, expect, it } from 'vitest';

describe('chat redelivery', () => {
  it('retries messages whose delivery failed, once they can be delivered', async () => {
    const { startTestApp } = await import('../support/testApp.js');
    const { ChatOutbox } = await import('@prt/functions/notify/chatOutbox.js');
    const { FixedClock } = await import('@prt/functions/time/clock.js');
    const clock = new FixedClock(new Date('2026-10-01T08:00:00Z'));
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
        clock,
      );
      const tenantId = app.directory.tenantId;
      await outbox.send({ key: 'k1', tenantId, recipientUserId: 'u', kind: 'deadlineReminder', title: 't', text: 'x' });
      expect((await outbox.list(tenantId))[0]).toMatchObject({ deliveryError: 'Error' });
      up = true;
      // A failed delivery waits for its backoff (1 minute after the first failure) before it is tried again.
      expect(await outbox.redeliver(tenantId)).toBe(0);
      clock.set(new Date('2026-10-01T08:01:01Z'));
      expect(await outbox.redeliver(tenantId)).toBe(1);
      expect(delivered).toEqual(['k1']);
      expect(await outbox.redeliver(tenantId)).toBe(0);
    } finally {
      await app.stop();
    }
  });
});
