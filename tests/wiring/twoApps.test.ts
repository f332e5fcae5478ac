import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '@prt/functions/time/clock.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { createRoutes } from '@prt/functions/triggers/routes.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { invoke } from '../support/invoke.js';
import { callApi, startTestApp } from '../support/testApp.js';

// What withServices used to give through AsyncLocalStorage, now by construction: each app's routes are bound to its own services.
describe('two apps in one process', () => {
  let a: LocalApp;
  let b: LocalApp;
  const aTime = '2026-03-02T09:00:00.000Z';
  const bTime = '2031-11-20T15:30:00.000Z';

  beforeAll(async () => {
    [a, b] = await Promise.all([
      startTestApp({ clock: new FixedClock(new Date(aTime)) }),
      startTestApp({ clock: new FixedClock(new Date(bTime)), seedPath: null }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('answers every interleaved request with its own app’s clock and store, over HTTP and direct calls alike', async () => {
    const seeded = (await callApi(a, 'processings')).body.total as number;
    expect(seeded).toBeGreaterThan(0);
    const rounds = Array.from({ length: 12 }, (_, i) => i);
    const results = await Promise.all(
      rounds.flatMap((i) => {
        const app = i % 2 === 0 ? a : b;
        const expected = app === a ? { time: aTime, total: seeded } : { time: bTime, total: 0 };
        return [
          callApi(app, 'health', { as: null }).then((r) => ({ got: r.body.time, want: expected.time })),
          invoke(app, 'health', { path: 'health', as: null }).then((r) => ({ got: r.body.time, want: expected.time })),
          callApi(app, 'processings').then((r) => ({ got: r.body.total, want: expected.total })),
          invoke(app, 'listProcessings', { path: 'processings' }).then((r) => ({ got: r.body.total, want: expected.total })),
        ];
      }),
    );
    for (const { got, want } of results) expect(got).toBe(want);
  });

  it('writes through one app land in that app’s store only', async () => {
    const created = await callApi(b, 'processings', { method: 'POST', body: processingInput({ name: 'Bara i app B' }) });
    expect(created.status).toBe(201);
    expect(created.body.createdAt).toBe(bTime);
    expect((await callApi(b, `processings/${created.body.id}`)).status).toBe(200);
    expect((await callApi(a, `processings/${created.body.id}`)).status).toBe(404);
    expect((await invoke(a, 'getProcessing', { path: `processings/${created.body.id}`, params: { id: created.body.id } })).status).toBe(404);
  });

  it('binds routes built from one app’s services to that app, whoever calls them', async () => {
    const routesOfB = createRoutes(b.services);
    const fromA = await invoke({ routes: createRoutes(a.services), services: a.services }, 'health', { path: 'health', as: null });
    const fromB = await invoke({ routes: routesOfB, services: b.services }, 'health', { path: 'health', as: null });
    expect([fromA.body.time, fromB.body.time]).toEqual([aTime, bTime]);
  });
});
