import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { ACTIVITY_TYPES, activityNotificationOf, UnknownActivityTypeError } from '@prt/functions/notify/activityFeed.js';
import { GraphActivityFeed } from '@prt/functions/notify/graphActivityFeed.js';
import { ChatOutbox } from '@prt/functions/notify/chatOutbox.js';
import type { ChatDelivery, StoredChatMessage } from '@prt/functions/notify/chatMessage.js';
import { RoutedDelivery } from '@prt/functions/notify/routedDelivery.js';
import { staticTenants, tenantOverridesSchema, type NotificationChannel } from '@prt/functions/tenants/tenantSettings.js';
import { FixedClock } from '@prt/functions/time/clock.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { DEMO_TENANT_ID, DEMO_USERS } from '../support/demoUsers.js';
import { callApi, startTestApp } from '../support/testApp.js';

const MANIFEST = new URL('../../teams-app/manifest.template.json', import.meta.url);

function message(overrides: Partial<StoredChatMessage> = {}): StoredChatMessage {
  return {
    id: 'm-1',
    key: 'k-1',
    tenantId: DEMO_TENANT_ID,
    recipientUserId: DEMO_USERS.dpo,
    kind: 'processingReported',
    title: 'Ny behandling att granska',
    text: 'Hantera parkeringstillstånd (Stadsbyggnadsnämnden)',
    link: '/?processing=p-1&page=review',
    activityParameters: { actor: 'Anna Lindqvist' },
    createdAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  };
}

describe('Teams activity feed (Graph sendActivityNotification), chosen per tenant', () => {
  let app: LocalApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  const useChannel = (channel: NotificationChannel | undefined) => {
    app.services.tenants = staticTenants([DEMO_TENANT_ID], channel ? { [DEMO_TENANT_ID]: { notificationChannel: channel } } : {}, 'SE');
  };
  const feed = () => app.services.localActivityFeed!.sent;

  it('every kind the product sends is an activity type in the manifest, and each template’s {parameters} are filled', async () => {
    const manifest = JSON.parse(await readFile(MANIFEST, 'utf8')) as { activities: { activityTypes: { type: string; templateText: string }[] } };
    expect(manifest.activities.activityTypes.map((a) => a.type).sort()).toEqual([...ACTIVITY_TYPES].sort());
    // What each sender fills in (notifications.ts, reminderSweep.ts) against what the manifest's template asks for.
    const sent = { processingReported: ['actor'], decisionMade: ['processing'], deadlineReminder: ['reference'] };
    for (const { type, templateText } of manifest.activities.activityTypes) {
      const asked = [...templateText.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect({ type, asked }).toEqual({ type, asked: sent[type as keyof typeof sent] });
    }
  });

  it('a message becomes a notification: its kind the activity type, its title the topic, a link to the record, preview ≤ 150 characters', () => {
    const n = activityNotificationOf(message({ text: 'x'.repeat(400) }), 'https://teams.microsoft.com/l/entity/app/register', 'app-id');
    expect(n).toMatchObject({
      topic: { source: 'text', value: 'Ny behandling att granska', webUrl: 'https://teams.microsoft.com/l/entity/app/register' },
      activityType: 'processingReported',
      templateParameters: [{ name: 'actor', value: 'Anna Lindqvist' }],
      teamsAppId: 'app-id',
    });
    expect(n.previewText.content.length).toBe(150);
    expect(() => activityNotificationOf(message({ kind: 'somethingElse' }), 'https://x')).toThrow(UnknownActivityTypeError);
  });

  it('Graph: posts the notification to /users/{id}/teamwork/sendActivityNotification for the recipient', async () => {
    const calls: { path: string; body: unknown }[] = [];
    const client = { api: (path: string) => ({ post: (body: unknown) => Promise.resolve(void calls.push({ path, body })) }) };
    const notification = activityNotificationOf(message(), 'https://teams.microsoft.com/l/entity/app/register');
    await new GraphActivityFeed(client as unknown as ConstructorParameters<typeof GraphActivityFeed>[0]).send(DEMO_TENANT_ID, 'a/b?c', notification);
    expect(calls).toEqual([{ path: '/users/a%2Fb%3Fc/teamwork/sendActivityNotification', body: notification }]);
  });

  it('TENANT_SETTINGS notificationChannel takes chat, activityFeed or both, and refuses anything else', () => {
    for (const channel of ['chat', 'activityFeed', 'both']) expect(tenantOverridesSchema.safeParse({ t: { notificationChannel: channel } }).success).toBe(true);
    for (const channel of ['feed', 'Chat', '', 1, null]) expect(tenantOverridesSchema.safeParse({ t: { notificationChannel: channel } }).success).toBe(false);
    expect(staticTenants(['t'], {}, 'SE').settings('t').notificationChannel).toBe('chat');
  });

  it('chat (the default): a report reaches the DPO in chat only, nothing in the feed', async () => {
    useChannel(undefined);
    const before = feed().length;
    const report = await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hantera cykelparkering' }) });
    expect(report.status).toBe(201);
    expect(feed().length).toBe(before);
    const chat = await app.services.chat.list(DEMO_TENANT_ID, DEMO_USERS.dpo);
    expect(chat.some((m) => m.text.startsWith('Hantera cykelparkering') && m.deliveredAt)).toBe(true);
  });

  it('activityFeed: the DPO’s feed gets the report (actor, link to the review), the reporter’s feed the decision', async () => {
    useChannel('activityFeed');
    const before = feed().length;
    const report = await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hantera båtplatser' }) });
    const id = report.body.id as string;
    const toDpo = feed()
      .slice(before)
      .filter((n) => n.userId === DEMO_USERS.dpo);
    expect(toDpo).toHaveLength(1);
    expect(toDpo[0]).toMatchObject({
      tenantId: DEMO_TENANT_ID,
      notification: {
        activityType: 'processingReported',
        topic: { source: 'text', webUrl: `${app.url}/?processing=${id}&page=review` },
        templateParameters: [{ name: 'actor', value: 'Anna Lindqvist' }],
      },
    });
    expect(toDpo[0]!.notification.previewText.content).toContain('Hantera båtplatser');

    const decided = await callApi(app, `processings/${id}/versions/1/decision`, { method: 'POST', as: 'dpo', body: { decision: 'approve', reason: '' } });
    expect(decided.status).toBe(200);
    const toReporter = feed().filter((n) => n.userId === DEMO_USERS.staff && n.notification.activityType === 'decisionMade');
    expect(toReporter.at(-1)!.notification.templateParameters).toEqual([{ name: 'processing', value: 'Hantera båtplatser' }]);
    expect(toReporter.at(-1)!.notification.topic.webUrl).toBe(`${app.url}/?processing=${id}`);
  });

  it('both: the message is in the chat and in the feed', async () => {
    useChannel('both');
    const before = feed().length;
    await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hantera kolonilotter' }) });
    expect(
      feed()
        .slice(before)
        .filter((n) => n.userId === DEMO_USERS.dpo),
    ).toHaveLength(1);
    const chat = await app.services.chat.list(DEMO_TENANT_ID, DEMO_USERS.dpo);
    expect(chat.some((m) => m.text.startsWith('Hantera kolonilotter') && m.deliveredAt)).toBe(true);
    useChannel(undefined);
  });

  /** Counts per channel, failing the first `failures` attempts of one channel. */
  function countingChannels(failing: 'chat' | 'activityFeed', failures: number) {
    const counts = { chat: 0, activityFeed: 0, attempts: 0 };
    const channel = (name: 'chat' | 'activityFeed'): ChatDelivery => ({
      deliver: () => {
        if (name === failing && counts.attempts++ < failures) return Promise.reject(new ThrottledError());
        counts[name]++;
        return Promise.resolve();
      },
    });
    return { counts, channels: { chat: channel('chat'), activityFeed: channel('activityFeed') } };
  }

  it('faults, both channels: whichever fails k times, each channel takes the message exactly once (k = 1…6)', async () => {
    let tried = 0;
    for (const failing of ['chat', 'activityFeed'] as const) {
      for (let k = 1; k <= 6; k++) {
        tried++;
        const clock = new FixedClock(new Date('2026-12-01T10:00:00Z'));
        const { counts, channels } = countingChannels(failing, k);
        const outbox = new ChatOutbox(app.store.containers.chatOutbox, new RoutedDelivery(channels, () => 'both'), clock);
        const key = `fault|${failing}|${k}|${Date.now()}`;
        expect(await outbox.send({ ...message(), key })).toBe('queued');
        for (let round = 0; round < 10; round++) {
          clock.set(new Date(clock.now().getTime() + 7 * 3600_000));
          await outbox.redeliver(DEMO_TENANT_ID);
        }
        expect({ failing, k, chat: counts.chat, feed: counts.activityFeed }).toEqual({ failing, k, chat: 1, feed: 1 });
        const stored = (await outbox.list(DEMO_TENANT_ID)).find((m) => m.key === key)!;
        expect(stored.deliveredAt).toBeDefined();
        expect(stored.deliveryError).toBe('ThrottledError');
      }
    }
    expect(tried).toBe(12);
  });

  it('races: the same message sent 20 times at once reaches each channel once (50 rounds)', async () => {
    for (let round = 0; round < 50; round++) {
      const { counts, channels } = countingChannels('chat', 0);
      const outbox = new ChatOutbox(app.store.containers.chatOutbox, new RoutedDelivery(channels, () => 'both'), new FixedClock(new Date()));
      const key = `race|${round}|${Date.now()}`;
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => outbox.send({ ...message(), key })));
      expect(outcomes.filter((o) => o === 'queued')).toHaveLength(1);
      expect(counts).toMatchObject({ chat: 1, activityFeed: 1 });
    }
  });
});

class ThrottledError extends Error {
  constructor() {
    super('429');
    this.name = 'ThrottledError';
  }
}
