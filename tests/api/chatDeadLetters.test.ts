import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { ChatOutbox } from '@prt/functions/notify/chatOutbox.js';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from '@prt/functions/notify/deliveryPolicy.js';
import type { StoredChatMessage } from '@prt/functions/notify/chatMessage.js';
import { FixedClock } from '@prt/functions/time/clock.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { callApi, startTestApp } from '../support/testApp.js';

/** Teams as it behaves when the app is not installed for the recipient: every delivery fails until it is fixed. */
class BrokenTeams {
  working = false;
  attempts: string[] = [];
  async deliver(message: StoredChatMessage): Promise<void> {
    this.attempts.push(message.id);
    await Promise.resolve();
    if (!this.working) throw new TypeError('app not installed');
  }
}

describe('chat delivery: backoff, attempt limit, dead letters the DPO can retry', () => {
  let app: LocalApp;
  const clock = new FixedClock(new Date('2026-09-01T08:00:00Z'));
  const teams = new BrokenTeams();
  let outbox: ChatOutbox;
  const tenantId = () => app.services.tenants.ids()[0]!;

  beforeAll(async () => {
    app = await startTestApp({ seedPath: null, clock });
    outbox = new ChatOutbox(app.store.containers.chatOutbox, teams, clock);
    (app.services as { chat: ChatOutbox }).chat = outbox;
  });
  afterAll(() => app.stop());

  it('retries only after the backoff, stops after the limit and shows the DPO who, what kind and when, not the text', async () => {
    await outbox.send({
      key: 'test|dead-letter|1',
      tenantId: tenantId(),
      recipientUserId: DEMO_USERS.staff,
      kind: 'deadlineReminder',
      title: 'Påminnelse KS 2026/9',
      text: 'Svara Anna Andersson senast fredag',
    });
    expect(teams.attempts).toHaveLength(1);
    // Nothing is retried before its backoff has passed, however often the timer runs.
    expect(await outbox.redeliver(tenantId())).toBe(0);
    let sweeps = 0;
    for (let failed = 1; failed < MAX_DELIVERY_ATTEMPTS; failed++) {
      clock.set(new Date(clock.now().getTime() + retryDelayMs(failed) - 1000));
      expect(await outbox.redeliver(tenantId())).toBe(0);
      clock.set(new Date(clock.now().getTime() + 1000));
      expect(await outbox.redeliver(tenantId())).toBe(1);
      sweeps++;
    }
    expect(teams.attempts).toHaveLength(MAX_DELIVERY_ATTEMPTS);
    expect(sweeps).toBe(MAX_DELIVERY_ATTEMPTS - 1);
    // Dead-lettered: the timer no longer tries, even days later.
    clock.set(new Date(clock.now().getTime() + 7 * 86_400_000));
    expect(await outbox.redeliver(tenantId())).toBe(0);
    expect(teams.attempts).toHaveLength(MAX_DELIVERY_ATTEMPTS);

    const listed = await callApi(app, 'chat/dead-letters', { as: 'dpo' });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      {
        id: expect.any(String),
        recipientUserId: DEMO_USERS.staff,
        kind: 'deadlineReminder',
        createdAt: '2026-09-01T08:00:00.000Z',
        deadLetteredAt: expect.any(String),
        attempts: MAX_DELIVERY_ATTEMPTS,
        deliveryError: 'TypeError',
      },
    ]);
    expect(JSON.stringify(listed.body)).not.toMatch(/Anna|KS 2026/);
  });

  it('is for the DPO and admins only', async () => {
    const staff = await callApi(app, 'chat/dead-letters', { as: 'staff' });
    expect(staff.status).toBe(403);
    expect(staff.body).toMatchObject({ code: 'auth.roleRequired' });
    const id = (await callApi(app, 'chat/dead-letters', { as: 'dpo' })).body.items[0].id as string;
    expect((await callApi(app, `chat/dead-letters/${id}/retry`, { method: 'POST', as: 'staff' })).status).toBe(403);
  });

  it('a retry by the DPO delivers once the cause is fixed, and the letter leaves the list', async () => {
    const id = (await callApi(app, 'chat/dead-letters', { as: 'dpo' })).body.items[0].id as string;
    // Still broken: the retry starts a fresh round, which fails and waits for its backoff.
    expect((await callApi(app, `chat/dead-letters/${id}/retry`, { method: 'POST', as: 'dpo' })).body).toEqual({ delivered: false });
    expect((await callApi(app, 'chat/dead-letters', { as: 'dpo' })).body.items).toEqual([]);
    teams.working = true;
    clock.set(new Date(clock.now().getTime() + retryDelayMs(1)));
    expect(await outbox.redeliver(tenantId())).toBe(1);
    expect(await outbox.redeliver(tenantId())).toBe(0);
    const missing = await callApi(app, `chat/dead-letters/${id}/retry`, { method: 'POST', as: 'dpo' });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'chat.deadLetterNotFound' });
  });
});
