import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulkReviewResult } from '@prt/domain/api/responses';
import { PreconditionFailedError } from '@prt/domain/errors';
import { reviewState } from '@prt/domain/overview/registerFilter';
import type { Principal } from '@prt/domain/principal';
import type { Processing } from '@prt/domain/processing';
import { markReviewed, markReviewedBulk } from '@prt/functions/app/processingReviewDate.js';
import { overviewClock } from '@prt/functions/app/registerOverviewQuery.js';
import { decide } from '@prt/functions/app/review/decide.js';
import { retireProcessing } from '@prt/functions/app/review/lifecycle.js';
import { reportProcessing } from '@prt/functions/app/review/report.js';
import type { Services } from '@prt/functions/app/services.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import type { Stored } from '@prt/functions/store/processingRepository.js';
import { FixedClock } from '@prt/functions/time/clock.js';
import { FaultFigures, FaultPlan, faultyServices, InjectedFault, type FaultMode } from '../support/faultyStore.js';
import { checkStoredInvariants, content, principals } from '../support/reviewWorld.js';
import { startTestApp } from '../support/testApp.js';

const RACES = 30;

/**
 * The bulk review writes two documents per item (the record, then its audit event). Every write of a 3-item
 * request is failed in turn, before it reaches the store and after it did without an answer: each item must end
 * fully reviewed (date, audit event once, next review moved) or untouched, and the same request sent again
 * completes the rest.
 */
describe('bulk review under faults and races', { timeout: 180_000 }, () => {
  let app: LocalApp;
  let staff: Principal;
  let dpo: Principal;
  let n = 0;
  const clock = new FixedClock(new Date('2026-02-01T08:00:00Z'));
  const figures = new FaultFigures();
  const raceFigures: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ seedPath: null, clock });
    ({ staff, dpo } = principals(app));
  });
  afterAll(async () => {
    figures.print('faults, bulk review:');
    console.log(`races, bulk review:\n${raceFigures.map((f) => `  ${f}`).join('\n')}`);
    await app?.stop();
  });

  const tenant = () => app.directory.tenantId;
  const get = async (id: string) => (await app.services.processings.get(tenant(), id))!;
  const reviewedEvents = async (id: string) => (await app.services.audit.forProcessing(tenant(), id)).filter((e) => e.action === 'reviewed');
  const dueOn = (p: Processing) => reviewState(p, overviewClock(app.services, tenant()))!.dueOn;

  /** Three approved processings, read as the DPO's list shows them; approved at the clock, reviewed a month later. */
  async function world(): Promise<Stored<Processing>[]> {
    clock.set(new Date('2026-02-01T08:00:00Z'));
    const out: Stored<Processing>[] = [];
    for (let i = 0; i < 3; i++) {
      const stored = await reportProcessing(app.services, staff, content({ name: `Bulk ${n++}` }));
      await decide(app.services, dpo, stored.value.id, 1, 'approve', '');
      out.push(await get(stored.value.id));
    }
    clock.set(new Date('2026-03-02T08:00:00Z'));
    return out;
  }

  const body = (w: Stored<Processing>[]) => ({ items: w.map((s) => ({ id: s.value.id, etag: s.etag })) });

  /** Fully reviewed (the date, the marker naming the ETag it confirmed, one audit event, the next review a year on) or untouched. */
  async function state(before: Stored<Processing>): Promise<'reviewed' | 'untouched'> {
    const now = await get(before.value.id);
    const events = await reviewedEvents(before.value.id);
    await checkStoredInvariants(app.services, tenant(), before.value.id);
    if (now.etag === before.etag) {
      expect(now.value.lastReviewedAt, 'untouched record').toBeUndefined();
      expect(events, 'an audit event for a review that did not happen').toEqual([]);
      return 'untouched';
    }
    expect(now.value).toMatchObject({ lastReviewedAt: '2026-03-02T08:00:00.000Z', reviewedFrom: { etag: before.etag, by: dpo.userId } });
    expect(
      events.map((e) => [e.actorId, e.at]),
      `audit of ${before.value.name}`,
    ).toEqual([[dpo.userId, '2026-03-02T08:00:00.000Z']]);
    expect(dueOn(now.value) > dueOn(before.value), 'next review moved').toBe(true);
    return 'reviewed';
  }

  it('leaves every item fully reviewed or untouched when its k-th write fails, for every k, and a re-run completes the rest', async () => {
    const counting = new FaultPlan();
    const probe = await world();
    const probeResults = await markReviewedBulk(faultyServices(app.services, counting), dpo, body(probe));
    expect(probeResults.map((r) => r.status)).toEqual([200, 200, 200]);
    const writes = counting.writes;
    expect(writes).toBe(6);
    let tried = 0;
    let held = 0;
    const outcomes = new Map<string, number>();
    for (const mode of ['before', 'after'] as FaultMode[]) {
      for (let k = 1; k <= writes; k++) {
        const w = await world();
        tried++;
        const plan = new FaultPlan(k, mode);
        const result = await markReviewedBulk(faultyServices(app.services, plan), dpo, body(w)).then(
          (r) => r,
          (e: unknown) => {
            expect(e).toBeInstanceOf(InjectedFault);
            return undefined;
          },
        );
        const states = await Promise.all(w.map(state));
        const key = `${result ? 'answered' : 'failed'}: ${states.join(', ')}`;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        // What the answer says done is done.
        if (result) result.forEach((r, i) => r.status === 200 && expect(states[i]).toBe('reviewed'));
        // Sent again, as the tab would after an error: everything is reviewed once.
        const again = await markReviewedBulk(app.services, dpo, body(w));
        expect(again.map((r) => r.status)).toEqual([200, 200, 200]);
        expect(await Promise.all(w.map(state))).toEqual(['reviewed', 'reviewed', 'reviewed']);
        held++;
      }
    }
    console.log(`bulk review fault outcomes: ${[...outcomes].map(([k, v]) => `${v}× ${k}`).join('; ')}`);
    figures.add('bulk review of 3 processings (record + audit event each)', writes, tried, held);
    expect(held).toBe(tried);
  });

  it('when the audit log stays down after the record is written, the same request sent again completes the audit event once', async () => {
    const w = await world();
    const auditDown: Services = {
      ...app.services,
      audit: { append: () => Promise.reject(new InjectedFault('audit.append')), forProcessing: (t, p) => app.services.audit.forProcessing(t, p) },
    };
    await expect(markReviewedBulk(auditDown, dpo, body(w))).rejects.toBeInstanceOf(InjectedFault);
    // The first record carries the review, its audit event is missing; the others were not reached.
    expect((await get(w[0]!.value.id)).value.reviewedFrom?.etag).toBe(w[0]!.etag);
    expect(await reviewedEvents(w[0]!.value.id)).toEqual([]);
    expect(await state(w[1]!)).toBe('untouched');
    const again = await markReviewedBulk(app.services, dpo, body(w));
    expect(again.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await Promise.all(w.map(state))).toEqual(['reviewed', 'reviewed', 'reviewed']);
  });

  /** The app's services with every successful record write noted with the ETag it was based on. */
  function recordingWrites(): { services: Services; wins: string[] } {
    const wins: string[] = [];
    const inner = app.services.processings;
    const processings = new Proxy(inner, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (property !== 'replace' || typeof value !== 'function') return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
        return async (p: Processing, etag: string) => {
          const stored = await inner.replace(p, etag);
          wins.push(`${p.id} ${etag}`);
          return stored;
        };
      },
    });
    return { services: { ...app.services, processings }, wins };
  }

  const once = (wins: string[]) => expect(new Set(wins).size, `two writes won on one ETag: ${wins.join(' | ')}`).toBe(wins.length);

  it(`races a bulk review against retiring the same processing, ${RACES} times: never both win on one ETag`, async () => {
    let held = 0;
    const tally = { bulk: 0, retire: 0, both: 0 };
    for (let i = 0; i < RACES; i++) {
      const [p] = await world();
      const { services, wins } = recordingWrites();
      // Who starts first alternates, and the other is held back 0–2 ms, so each side wins some races.
      const later = <T>(f: () => Promise<T>) => new Promise<T>((resolve, reject) => setTimeout(() => void f().then(resolve, reject), i % 3));
      const bulkRun = () => markReviewedBulk(services, dpo, body([p!]));
      const retireRun = () => retireProcessing(services, dpo, p!.value.id, 'Upphört', '2026-03-02');
      const [bulk, retire] = await Promise.allSettled(i % 2 === 0 ? [bulkRun(), later(retireRun)] : [later(bulkRun), retireRun()]);
      if (bulk.status === 'rejected') throw bulk.reason;
      const item = bulk.value[0]!;
      once(wins);
      const now = await get(p!.value.id);
      if (retire.status === 'rejected') expect(retire.reason).toBeInstanceOf(PreconditionFailedError);
      if (item.status === 200 && retire.status === 'fulfilled') {
        // Both landed only if the retirement was based on the reviewed record: it then keeps the review date.
        tally.both++;
        expect(now.value).toMatchObject({ status: 'archived', lastReviewedAt: '2026-03-02T08:00:00.000Z' });
      } else if (item.status === 200) {
        tally.bulk++;
        expect(now.value).toMatchObject({ status: 'approved', lastReviewedAt: '2026-03-02T08:00:00.000Z' });
      } else {
        tally.retire++;
        expect([404, 412]).toContain(item.status);
        expect(retire.status).toBe('fulfilled');
        expect(now.value.status).toBe('archived');
        expect(now.value.lastReviewedAt).toBeUndefined();
        expect(await reviewedEvents(p!.value.id)).toEqual([]);
      }
      expect(wins.filter((x) => x.endsWith(p!.etag))).toHaveLength(1);
      await checkStoredInvariants(app.services, tenant(), p!.value.id);
      held++;
    }
    raceFigures.push(
      `bulk review vs retire: ${RACES} races run, ${held} held (review only ${tally.bulk}, retire won ${tally.retire}, both in turn ${tally.both})`,
    );
  });

  it(`races a bulk review against the single review and against itself, ${RACES} times each: one write per ETag, one audit event`, async () => {
    let held = 0;
    for (let i = 0; i < RACES; i++) {
      const w = await world();
      const { services, wins } = recordingWrites();
      const [bulk, single] = await Promise.allSettled([markReviewedBulk(services, dpo, body(w)), markReviewed(services, dpo, w[1]!.value.id)]);
      if (bulk.status === 'rejected') throw bulk.reason;
      if (single.status === 'rejected') expect(single.reason).toBeInstanceOf(PreconditionFailedError);
      once(wins);
      const statuses = bulk.value.map((r: BulkReviewResult) => r.status);
      expect([statuses[0], statuses[2]]).toEqual([200, 200]);
      expect(wins.filter((x) => x.endsWith(w[1]!.etag))).toHaveLength(1);
      expect(statuses[1]).toBe(200);
      // Whichever came second based its write on the first one's result, found the first one's review of that ETag, or was refused: one audit event per write.
      const events = await reviewedEvents(w[1]!.value.id);
      expect(events).toHaveLength(wins.filter((x) => x.startsWith(`${w[1]!.value.id} `)).length);

      const twice = recordingWrites();
      const [x, y] = await Promise.all([markReviewedBulk(twice.services, dpo, body(w)), markReviewedBulk(twice.services, dpo, body(w))]);
      once(twice.wins);
      // Item 0 and 2 were reviewed above from these ETags: both requests recognise that and write nothing.
      expect(twice.wins).toEqual([]);
      expect([x[0]!.status, y[0]!.status, x[2]!.status, y[2]!.status]).toEqual([200, 200, 200, 200]);
      for (const s of [w[0]!, w[2]!]) expect(await reviewedEvents(s.value.id)).toHaveLength(1);
      held++;
    }
    raceFigures.push(`bulk review vs single review, and bulk vs bulk: ${RACES} races run, ${held} held`);
  });

  it(`races two bulk reviews of fresh records, ${RACES} times: each record is written once and audited once, both answer 200`, async () => {
    let held = 0;
    for (let i = 0; i < RACES; i++) {
      const w = await world();
      const { services, wins } = recordingWrites();
      const [x, y] = await Promise.all([markReviewedBulk(services, dpo, body(w)), markReviewedBulk(services, dpo, body([...w].reverse()))]);
      once(wins);
      expect(wins).toHaveLength(3);
      expect([...x, ...y].map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(await Promise.all(w.map(state))).toEqual(['reviewed', 'reviewed', 'reviewed']);
      held++;
    }
    raceFigures.push(`bulk review vs bulk review: ${RACES} races run, ${held} held`);
  });
});
