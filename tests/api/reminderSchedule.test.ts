import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '@prt/functions/time/clock.js';
import { runReminderSweep } from '@prt/functions/app/reminderSweep.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { callApi, startTestApp } from '../support/testApp.js';

const clock = new FixedClock(new Date('2026-10-01T12:00:00Z'));

/** The stored reminder schedule: a sweep reads only cases with a reminder due, and a change puts a case back in view. */
describe('reminder schedule on cases', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp({ clock });
  });
  afterAll(() => app.stop());

  it('looks at a case again only when its next reminder is due or it changed', async () => {
    const created = await callApi(app, 'cases', {
      method: 'POST',
      as: 'staff',
      body: { type: 'breach', reference: 'IS 2026/77', unit: 'IT-avdelningen', awareAt: '2026-10-01T10:00:00Z' },
    });
    expect(created.status).toBe(201);
    const { id, tenantId } = created.body.case as { id: string; tenantId: string };
    const remindable = async (at: string) => app.services.ledger.scheduledBy!(tenantId, new Date(at));
    const unseen = async () => {
      const last = await app.services.ledger.lastScheduled!(tenantId);
      return (await app.services.cases.openChangedSince!(tenantId, last && new Date(last.getTime() - 3_600_000))).map((c) => c.id);
    };

    // New: not on the schedule yet, so the first sweep must look at it.
    expect(await unseen()).toContain(id);
    const first = await runReminderSweep(app.services, clock.now());
    expect(first.casesExamined).toBeGreaterThan(0);

    // Scheduled for its first slot, 24 hours before the 72-hour deadline (2026-10-04T10:00Z).
    expect(await remindable('2026-10-01T12:15:00Z')).not.toContain(id);
    expect(await remindable('2026-10-03T09:59:59.999Z')).not.toContain(id);
    expect(await remindable('2026-10-03T10:00:00Z')).toContain(id);
    // Within the hour of overlap the sweep reads it once more; after that, not until its slot comes.
    await runReminderSweep(app.services, new Date('2026-10-01T13:30:00Z'));
    clock.set(new Date('2026-10-01T14:30:00Z'));
    const quiet = await runReminderSweep(app.services, clock.now());
    expect(quiet.casesExamined).toBeLessThan(first.casesExamined);

    clock.set(new Date('2026-10-03T10:05:00Z'));
    const due = await runReminderSweep(app.services, clock.now());
    expect(due.sent).toBeGreaterThan(0);
    // A breach staff register is handed to the DPO, who gets its reminders.
    const handlerChat = (await callApi(app, 'chat/messages', { as: 'dpo' })).body.items as { text: string }[];
    expect(handlerChat.filter((m) => m.text.includes('IS 2026/77'))).toHaveLength(1);
    // Next: 12 hours before the deadline.
    expect(await remindable('2026-10-03T21:59:00Z')).not.toContain(id);
    expect(await remindable('2026-10-03T22:00:00Z')).toContain(id);

    // A change forgets the schedule: the next sweep recomputes the case from its new state.
    const changed = await callApi(app, `cases/${id}/events`, {
      method: 'POST',
      as: 'dpo',
      body: { event: 'notificationNotRequired', reason: 'dataEncrypted' },
      headers: { 'if-match': created.headers.get('etag')! },
    });
    expect(changed.status).toBe(200);
    expect(await unseen()).toContain(id);
    const after = await runReminderSweep(app.services, new Date('2026-10-03T10:10:00Z'));
    expect(after.casesExamined).toBeGreaterThan(0);
    // No notification is needed any more: nothing left to remind about.
    expect(await remindable('2026-10-20T00:00:00Z')).not.toContain(id);
  });
});
