import { afterAll, describe, expect, it } from 'vitest';
import { createCase, recordCaseEvent } from '@prt/functions/app/caseManagement.js';
import { runReminderSweep } from '@prt/functions/app/reminderSweep.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { FixedClock } from '@prt/functions/time/clock.js';
import { FaultFigures, FaultPlan, faultyServices, InjectedFault, type FaultMode } from '../support/faultyStore.js';
import { principals } from '../support/reviewWorld.js';
import { startTestApp } from '../support/testApp.js';

const MODES: FaultMode[] = ['before', 'after'];

describe('every write of case registration, case events and the reminder sweep can fail; re-running does it once', () => {
  const figures = new FaultFigures();
  const apps: LocalApp[] = [];
  afterAll(async () => {
    figures.print('fault injection, deadline cases:');
    for (const app of apps) await app.stop();
  });

  async function world() {
    const clock = new FixedClock(new Date('2026-09-01T08:00:00Z'));
    const app = await startTestApp({ seedPath: null, clock });
    apps.push(app);
    return { app, clock, dpo: principals(app).dpo };
  }

  it('registering a case and recording an event on it: fails each write, before and after it reaches the store', async () => {
    const { app, dpo } = await world();
    let tried = 0;
    const broken: string[] = [];
    let n = 0;
    for (const mode of MODES) {
      tried++;
      const body = { type: 'dsr', kind: 'access', reference: `KS 2026/${++n}`, unit: 'Kommunstyrelsen', receivedOn: '2026-08-31' };
      try {
        await expect(createCase(faultyServices(app.services, new FaultPlan(1, mode)), dpo, body)).rejects.toBeInstanceOf(InjectedFault);
        // The registration sent again: one case, whether or not the first reached the store.
        const again = await createCase(app.services, dpo, body);
        expect((await app.services.cases.open(dpo.tenantId)).filter((c) => c.reference === body.reference)).toHaveLength(1);

        tried++;
        await expect(
          recordCaseEvent(faultyServices(app.services, new FaultPlan(1, mode)), dpo, again.case.id, { event: 'pause', date: '2026-09-02' }, again.etag),
        ).rejects.toBeInstanceOf(InjectedFault);
        // Sent again with the same If-Match: applied now, or refused (412) because it already was; never twice.
        await recordCaseEvent(app.services, dpo, again.case.id, { event: 'pause', date: '2026-09-02' }, again.etag).catch((error: unknown) => {
          expect((error as Error).name).toBe('PreconditionFailedError');
        });
        const stored = (await app.services.cases.get(dpo.tenantId, again.case.id))!.value;
        expect(stored.type === 'dsr' && stored.pauses).toHaveLength(1);
      } catch (error) {
        broken.push(`${mode}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    figures.add('register a case, then record an event (1 write each)', 1, tried, tried - broken.length);
    expect(broken).toEqual([]);
  });

  it('the reminder sweep: fails the k-th write for every k; the next sweep sends every reminder exactly once', async () => {
    async function sweepWorld() {
      const w = await world();
      await createCase(w.app.services, w.dpo, { type: 'dsr', kind: 'access', reference: 'KS 2026/101', unit: 'Kommunstyrelsen', receivedOn: '2026-08-31' });
      await createCase(w.app.services, w.dpo, { type: 'dsr', kind: 'erasure', reference: 'KS 2026/102', unit: 'Socialnämnden', receivedOn: '2026-08-28' });
      w.clock.set(new Date('2026-09-24T06:00:00Z'));
      return w;
    }
    const reminderKeys = async (app: LocalApp) =>
      (await app.services.chat.list(app.directory.tenantId)).map((m) => m.key).filter((k) => k.startsWith('reminder|'));

    const counting = new FaultPlan();
    const first = await sweepWorld();
    await runReminderSweep(faultyServices(first.app.services, counting), first.clock.now());
    const expected = (await reminderKeys(first.app)).sort();
    expect(expected.length).toBeGreaterThan(0);
    const writes = counting.writes;

    let tried = 0;
    const broken: string[] = [];
    for (const mode of MODES) {
      for (let k = 1; k <= writes; k++) {
        tried++;
        const w = await sweepWorld();
        const plan = new FaultPlan(k, mode);
        try {
          await expect(runReminderSweep(faultyServices(w.app.services, plan), w.clock.now())).rejects.toBeInstanceOf(InjectedFault);
          expect(new Set(await reminderKeys(w.app)).size).toBe((await reminderKeys(w.app)).length);
          await runReminderSweep(w.app.services, w.clock.now());
          expect((await reminderKeys(w.app)).sort()).toEqual(expected);
          const again = await runReminderSweep(w.app.services, w.clock.now());
          expect(again.sent).toBe(0);
        } catch (error) {
          broken.push(`k=${k} ${mode} (${plan.log[k - 1]}): ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    figures.add(`reminder sweep (${expected.length} reminders)`, writes, tried, tried - broken.length);
    expect(broken).toEqual([]);
  }, 120_000);
});
