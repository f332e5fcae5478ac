import { afterAll, describe, expect, it } from 'vitest';
import { createCase, recordCaseEvent } from '@prt/functions/app/caseManagement.js';
import { runReminderSweep } from '@prt/functions/app/reminderSweep.js';
import type { Services } from '@prt/functions/app/services.js';
import type { ReminderLedger } from '@prt/functions/store/caseRepository.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import type { DeadlineCase } from '@prt/domain/deadlines/cases';
import { FixedClock } from '@prt/functions/time/clock.js';
import { FaultFigures, FaultPlan, faultyServices, InjectedFault, type FaultMode } from '../support/faultyStore.js';
import { principals } from '../support/reviewWorld.js';
import { startTestApp } from '../support/testApp.js';

const MODES: FaultMode[] = ['before', 'after'];
const T1 = new Date('2026-09-20T06:00:00Z');
const T2 = new Date('2026-09-24T06:00:00Z');
const T3 = new Date('2026-10-02T06:00:00Z');

interface LedgerDoc {
  key?: string;
  recipientId?: string;
  supersedes?: string[];
  supersededBy?: string;
}

/**
 * The sent reminder's ledger entry names the slots it supersedes instead of one entry per superseded slot. These
 * sweeps cover several overdue slots per deadline (owner and escalation), a breach in hours, a request extended
 * between sweeps (new due instants, new keys, an extension notice), and a request whose received date is corrected
 * earlier (its deadline moves earlier).
 */
describe('the reminder ledger with superseded slots inline: every write of three sweeps can fail, and sweeps can race', () => {
  const figures = new FaultFigures();
  const apps: LocalApp[] = [];
  afterAll(async () => {
    figures.print('fault injection, reminder ledger:');
    for (const app of apps) await app.stop();
  });

  let started: { app: LocalApp; clock: FixedClock } | undefined;

  /** One app for every run, its cases, ledger and outbox emptied in between: starting one per run took a minute more. */
  async function world() {
    if (!started) {
      const clock = new FixedClock(new Date('2026-09-01T08:00:00Z'));
      started = { app: await startTestApp({ seedPath: null, clock }), clock };
      apps.push(started.app);
    }
    const { app, clock } = started;
    const { cases, reminderLedger, chatOutbox } = app.store.containers;
    for (const container of [cases, reminderLedger, chatOutbox]) {
      const { resources } = await container.items.readAll<{ id: string; tenantId: string }>().fetchAll();
      await Promise.all(resources.map((r) => container.item(r.id, r.tenantId).delete()));
    }
    clock.set(new Date('2026-09-01T08:00:00Z'));
    const dpo = principals(app).dpo;
    const dsr = (reference: string, receivedOn: string) =>
      createCase(app.services, dpo, { type: 'dsr', kind: 'access', reference, unit: 'Kommunstyrelsen', receivedOn });
    // Due 1 September: by the first sweep every owner slot and three escalations have passed.
    await dsr('KS 2026/201', '2026-08-01');
    // Due 25 September, extended before the second sweep.
    const extended = await dsr('KS 2026/202', '2026-08-25');
    // Due 30 September, corrected to a received date a week earlier before the second sweep.
    const corrected = await dsr('KS 2026/203', '2026-08-30');
    await createCase(app.services, dpo, { type: 'breach', reference: 'IS 2026/7', unit: 'Kommunstyrelsen', awareAt: '2026-08-31T10:00:00.000Z' });
    return { app, clock, dpo, extended: extended.case.id, corrected: corrected.case.id };
  }

  type World = Awaited<ReturnType<typeof world>>;

  /** What happens between the first and the second sweep: an extension and a correction, both changing the case. */
  async function changes(w: World) {
    w.clock.set(new Date('2026-09-21T08:00:00Z'));
    const stored = (await w.app.services.cases.get(w.dpo.tenantId, w.extended))!;
    await recordCaseEvent(w.app.services, w.dpo, w.extended, { event: 'extend', date: '2026-09-21', reason: 'complexRequest' }, stored.etag);
    const c = (await w.app.services.cases.get(w.dpo.tenantId, w.corrected))!;
    const moved = { ...c.value, receivedOn: '2026-08-23', updatedAt: w.clock.now().toISOString() } as DeadlineCase;
    await w.app.services.cases.replace(moved, c.etag);
  }

  /** The three sweeps, each re-run without faults if it failed, as the next timer run would. */
  async function sweeps(w: World, services: (now: Date) => Services): Promise<number> {
    let failures = 0;
    for (const now of [T1, T2, T3]) {
      if (now === T2) await changes(w);
      w.clock.set(now);
      try {
        await runReminderSweep(services(now), now);
      } catch (error) {
        if (!(error instanceof InjectedFault)) throw error;
        failures++;
        await runReminderSweep(w.app.services, now);
      }
    }
    return failures;
  }

  const outbox = async (app: LocalApp) => (await app.services.chat.list(app.directory.tenantId)).map((m) => m.key).filter((k) => k.startsWith('reminder|'));

  async function ledger(app: LocalApp): Promise<LedgerDoc[]> {
    const { resources } = await app.store.containers.reminderLedger.items.readAll<LedgerDoc>().fetchAll();
    return resources.filter((d) => d.key !== undefined);
  }

  /** Keys of the slots a sent reminder stood in for, as they would be sent: `reminder|subject|kind|dueAt|slot|recipient`. */
  function supersededMessageKeys(docs: readonly LedgerDoc[]): string[] {
    return docs.flatMap((d) => {
      const prefix = d.key!.slice(0, d.key!.lastIndexOf('|'));
      return (d.supersedes ?? []).map((slot) => `reminder|${prefix}|${slot}|${d.recipientId}`);
    });
  }

  /** A ledger without `recordSent`, as before this change: one entry per superseded slot. */
  function withoutRecordSent(services: Services): Services {
    const ledger: ReminderLedger = Object.create(services.ledger) as ReminderLedger;
    // Shadowed on an object inheriting every other method, which keeps its `this`.
    Object.defineProperty(ledger, 'recordSent', { value: undefined });
    return { ...services, ledger };
  }

  it('fails the k-th write for every k, before and after it reaches the store; each due reminder is sent once, no superseded slot ever', async () => {
    const counting = new FaultPlan();
    const reference = await world();
    await sweeps(reference, () => faultyServices(reference.app.services, counting));
    const expected = (await outbox(reference.app)).sort();
    const docs = await ledger(reference.app);
    const superseded = supersededMessageKeys(docs);
    const writes = counting.writes;

    // The scenario does what it says: superseded slots on several deadlines, the extension's new deadlines reminded,
    // and no reminder of the extended request's former due instant after the extension.
    expect(docs.filter((d) => (d.supersedes?.length ?? 0) >= 2).length).toBeGreaterThanOrEqual(3);
    expect(docs.some((d) => d.supersededBy !== undefined)).toBe(false);
    expect(expected.some((k) => k.startsWith(`reminder|${reference.extended}|dsr.extensionNotice|`))).toBe(true);
    const extendedDue = new Set(expected.filter((k) => k.startsWith(`reminder|${reference.extended}|dsr.response|`)).map((k) => k.split('|')[3]));
    expect(extendedDue.size).toBe(1);
    expect(superseded.filter((k) => expected.includes(k))).toEqual([]);

    // The same three sweeps against a ledger recording each superseded slot apart send exactly the same reminders.
    const apart = await world();
    await sweeps(apart, () => withoutRecordSent(apart.app.services));
    expect((await outbox(apart.app)).sort()).toEqual(expected);

    let tried = 0;
    const broken: string[] = [];
    for (const mode of MODES) {
      for (let k = 1; k <= writes; k++) {
        tried++;
        const w = await world();
        const plan = new FaultPlan(k, mode);
        try {
          const failures = await sweeps(w, () => faultyServices(w.app.services, plan));
          expect(failures).toBe(1);
          const sent = await outbox(w.app);
          expect(sent.sort()).toEqual(expected);
          expect(supersededMessageKeys(await ledger(w.app)).filter((key) => sent.includes(key))).toEqual([]);
          const again = await runReminderSweep(w.app.services, T3);
          expect(again.sent).toBe(0);
        } catch (error) {
          broken.push(`k=${k} ${mode} (${plan.log[k - 1]}): ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    figures.add(
      `three sweeps, extension and correction (${expected.length} reminders, ${superseded.length} superseded slots)`,
      writes,
      tried,
      tried - broken.length,
    );
    expect(broken).toEqual([]);
    expect(tried).toBeGreaterThan(20);
  }, 300_000);

  it('two sweeps racing, many times: each reminder once, the same as one sweep after the other', async () => {
    const serial = await world();
    await runReminderSweep(serial.app.services, T1);
    await runReminderSweep(serial.app.services, new Date(T1.getTime() + 15 * 60_000));
    const expected = (await outbox(serial.app)).sort();
    let tried = 0;
    let held = 0;
    for (let round = 0; round < 12; round++) {
      tried++;
      const w = await world();
      w.clock.set(T1);
      // Even rounds: the timer firing twice at once; odd rounds: a slow sweep still running when the next one starts.
      const second = round % 2 === 0 ? T1 : new Date(T1.getTime() + 15 * 60_000);
      const reports = await Promise.all([runReminderSweep(w.app.services, T1), runReminderSweep(w.app.services, second)]);
      reports.push(await runReminderSweep(w.app.services, new Date(T1.getTime() + 15 * 60_000)));
      const sent = await outbox(w.app);
      expect(new Set(sent).size).toBe(sent.length);
      expect(sent.sort()).toEqual(expected);
      // Each reminder was queued by exactly one of the sweeps; the others found it in the outbox.
      expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(expected.length);
      expect(supersededMessageKeys(await ledger(w.app)).filter((key) => sent.includes(key))).toEqual([]);
      held++;
    }
    console.log(`two sweeps racing (same instant, or 15 min apart): ${tried} rounds tried, ${held} held`);
  }, 120_000);

  it('upgrades from a ledger holding one entry per superseded slot: nothing sent twice, nothing missed', async () => {
    // The first sweep by the former scheme, the later ones by the new: the same reminders as the new scheme throughout.
    const fresh = await world();
    await sweeps(fresh, () => fresh.app.services);
    const expected = (await outbox(fresh.app)).sort();
    const reference = await world();
    await sweeps(reference, (now) => (now === T1 ? withoutRecordSent(reference.app.services) : reference.app.services));
    const upgraded = await outbox(reference.app);
    expect(upgraded.sort()).toEqual(expected);
    const docs = await ledger(reference.app);
    // Both kinds of entry are there: the former's superseded slots and the new entries naming theirs.
    expect(docs.some((d) => d.supersededBy !== undefined)).toBe(true);
    expect(docs.some((d) => (d.supersedes?.length ?? 0) > 0)).toBe(true);
    const formerlySuperseded = docs.filter((d) => d.supersededBy !== undefined).map((d) => `reminder|${d.key}|${d.recipientId}`);
    expect(formerlySuperseded.filter((key) => upgraded.includes(key))).toEqual([]);
    expect((await runReminderSweep(reference.app.services, T3)).sent).toBe(0);
  }, 60_000);
});
