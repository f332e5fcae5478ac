import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewState } from '@prt/domain/overview/registerFilter';
import { decide } from '@prt/functions/app/review/decide.js';
import { reportProcessing } from '@prt/functions/app/review/report.js';
import { overviewClock } from '@prt/functions/app/registerOverviewQuery.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { FixedClock } from '@prt/functions/time/clock.js';
import { invoke } from '../support/invoke.js';
import { content, principals } from '../support/reviewWorld.js';
import { startTestApp } from '../support/testApp.js';

/** POST /api/register/reviewed: one request for the DPO's selection, one outcome per item. */
describe('bulk review of the register', () => {
  let app: LocalApp;
  const clock = new FixedClock(new Date('2026-01-10T09:00:00Z'));
  let n = 0;

  beforeAll(async () => {
    app = await startTestApp({ seedPath: null, clock });
  });
  afterAll(() => app?.stop());

  const tenant = () => app.directory.tenantId;

  async function approved(): Promise<{ id: string; etag: string }> {
    const { staff, dpo } = principals(app);
    const stored = await reportProcessing(app.services, staff, content({ name: `Granskad ${n++}` }));
    await decide(app.services, dpo, stored.value.id, 1, 'approve', '');
    const now = (await app.services.processings.get(tenant(), stored.value.id))!;
    return { id: now.value.id, etag: now.etag };
  }

  const reviewedEvents = async (id: string) => (await app.services.audit.forProcessing(tenant(), id)).filter((e) => e.action === 'reviewed');

  it('reviews each item on its ETag and says per item what happened: 200, 412 stale, 404 unknown', async () => {
    const [a, b, c] = [await approved(), await approved(), await approved()];
    // b changes after the DPO read it.
    const bNow = (await app.services.processings.get(tenant(), b.id))!;
    await app.services.processings.replace({ ...bNow.value, securityMeasures: ['Kryptering'] }, bNow.etag);
    const dueBefore = reviewState((await app.services.processings.get(tenant(), a.id))!.value, overviewClock(app.services, tenant()))!.dueOn;
    clock.set(new Date('2026-11-20T09:00:00Z'));

    const items = [a, b, { id: 'no-such-processing', etag: '"x"' }, c];
    const answer = await invoke(app, 'markProcessingsReviewed', { method: 'POST', path: 'register/reviewed', as: 'dpo', body: { items } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ reviewed: 2, failed: 2 });
    expect(answer.body.items.map((r: { id: string; status: number; code?: string }) => [r.id, r.status, r.code])).toEqual([
      [a.id, 200, undefined],
      [b.id, 412, 'processing.changed'],
      ['no-such-processing', 404, 'processing.notApproved'],
      [c.id, 200, undefined],
    ]);
    for (const x of [a, c]) {
      const stored = (await app.services.processings.get(tenant(), x.id))!;
      expect(stored.value.lastReviewedAt).toBe('2026-11-20T09:00:00.000Z');
      expect(answer.body.items.find((r: { id: string }) => r.id === x.id).etag).toBe(stored.etag);
      expect(await reviewedEvents(x.id)).toHaveLength(1);
      const due = reviewState(stored.value, overviewClock(app.services, tenant()))!.dueOn;
      expect(due > dueBefore, `${due} after ${dueBefore}`).toBe(true);
      expect(due.startsWith('2027-11')).toBe(true);
    }
    expect((await app.services.processings.get(tenant(), b.id))!.value.lastReviewedAt).toBeUndefined();
    expect(await reviewedEvents(b.id)).toHaveLength(0);

    // The same request again (a lost answer): the reviewed items answer 200 again, nothing is written twice.
    clock.set(new Date('2026-11-21T09:00:00Z'));
    const again = await invoke(app, 'markProcessingsReviewed', { method: 'POST', path: 'register/reviewed', as: 'dpo', body: { items } });
    expect(again.body.items.map((r: { status: number }) => r.status)).toEqual([200, 412, 404, 200]);
    for (const x of [a, c]) {
      expect((await app.services.processings.get(tenant(), x.id))!.value.lastReviewedAt).toBe('2026-11-20T09:00:00.000Z');
      expect(await reviewedEvents(x.id)).toHaveLength(1);
    }
  });

  it('is for the DPO and the admin only', async () => {
    const a = await approved();
    const staff = await invoke(app, 'markProcessingsReviewed', { method: 'POST', path: 'register/reviewed', as: 'staff', body: { items: [a] } });
    expect(staff.status).toBe(403);
    expect((await app.services.processings.get(tenant(), a.id))!.value.lastReviewedAt).toBeUndefined();
    const admin = await invoke(app, 'markProcessingsReviewed', { method: 'POST', path: 'register/reviewed', as: 'admin', body: { items: [a] } });
    expect(admin.body.items[0].status).toBe(200);
  });

  it('refuses more than 200 items, and malformed items, with the field and code, before writing anything', async () => {
    const a = await approved();
    const many = [a, ...Array.from({ length: 200 }, (_, i) => ({ id: `p-${i}`, etag: '"e"' }))];
    const tooMany = await invoke(app, 'markProcessingsReviewed', { method: 'POST', path: 'register/reviewed', as: 'dpo', body: { items: many } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.headers.get('content-type')).toContain('application/problem+json');
    expect(tooMany.body.errors).toEqual([expect.objectContaining({ field: 'items', code: 'list.tooLong', params: { max: 200 } })]);
    const bad = await invoke(app, 'markProcessingsReviewed', {
      method: 'POST',
      path: 'register/reviewed',
      as: 'dpo',
      body: { items: [a, { id: 7, etag: '' }, 'x'] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`)).toEqual([
      'items[1].id field.notString',
      'items[1].etag field.required',
      'items[2] field.notObject',
    ]);
    for (const body of [{}, { items: 'x' }, { items: [] }, []]) {
      const answer = await invoke(app, 'markProcessingsReviewed', { method: 'POST', path: 'register/reviewed', as: 'dpo', body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
    expect((await app.services.processings.get(tenant(), a.id))!.value.lastReviewedAt).toBeUndefined();
    const exactly = await invoke(app, 'markProcessingsReviewed', { method: 'POST', path: 'register/reviewed', as: 'dpo', body: { items: many.slice(0, 200) } });
    expect(exactly.status).toBe(200);
    expect(exactly.body).toMatchObject({ reviewed: 1, failed: 199 });
  });
});
