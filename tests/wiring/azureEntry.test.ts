import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HttpRequest, InvocationContext, type HttpHandler, type HttpMethod, type HttpResponseInit } from '@azure/functions';
import type { Services } from '@prt/functions/app/services.js';
import { createRoutes } from '@prt/functions/triggers/routes.js';
import { createTimers } from '@prt/functions/triggers/timers.js';
import { LazyServices } from '@prt/functions/wiring/servicesSource.js';

interface Registered {
  name: string;
  methods?: HttpMethod[];
  route?: string;
  handler: HttpHandler;
}

const registry = vi.hoisted(() => ({ http: [] as Registered[], timers: [] as { name: string; schedule: string }[] }));
const composed = vi.hoisted(() => ({ calls: 0, fail: true }));

// The entry registers with app.http/app.timer at module load; this records what it registers.
vi.mock('@azure/functions', async (importActual) => {
  const actual = await importActual<typeof import('@azure/functions') & { default: object }>();
  const app = {
    http: (name: string, options: Omit<Registered, 'name'>) => registry.http.push({ name, ...options }),
    timer: (name: string, options: { schedule: string }) => registry.timers.push({ name, schedule: options.schedule }),
  };
  return { ...actual, default: { ...actual.default, app } };
});

// Stands in for Cosmos and Graph: fails while `fail` is set, as an unreachable Cosmos account would.
vi.mock('@prt/functions/app/composeAzure.js', () => ({
  composeAzure: async (): Promise<Partial<Services>> => {
    composed.calls++;
    if (composed.fail) throw new Error('Cosmos unreachable');
    return {
      clock: { now: () => new Date('2026-05-05T05:05:05.000Z') },
      processings: { list: async () => [] } as unknown as Services['processings'],
      afterWrite: async () => undefined,
    };
  },
}));

// Entra settings are not needed to show the wiring; the real authenticator is covered by the token tests.
vi.mock('@prt/functions/azure/azureAuthenticator.js', () => ({
  azureAuthenticator: () => ({ authenticate: async () => ({ tenantId: '', userId: '', displayName: '', roles: [] }) }),
}));

const unbuilt = new LazyServices<never>(() => Promise.reject(new Error('listing routes builds no services')));
const shape = (r: { name: string; methods?: readonly string[]; route?: string }) => ({ name: r.name, methods: [...(r.methods ?? [])], route: r.route });

describe('Azure entry point', () => {
  beforeAll(async () => {
    await import('@prt/functions/azure/index.js');
  });
  beforeEach(() => {
    composed.fail = true;
  });

  it('registers exactly createRoutes’ list under /api, then the tab, without building services at load', () => {
    const expected = createRoutes(unbuilt).map((r) => shape({ ...r, route: `api/${r.route}` }));
    expect(registry.http.map(shape)).toEqual([...expected, { name: 'tab', methods: ['GET'], route: '{*path}' }]);
    expect(new Set(registry.http.map((r) => r.name)).size).toBe(registry.http.length);
    expect(composed.calls).toBe(0);
  });

  it('registers exactly createTimers’ list with its schedules', () => {
    expect(registry.timers).toEqual(createTimers(unbuilt).map((t) => ({ name: t.name, schedule: t.schedule })));
  });

  it('builds services on the first call, does not cache a failed start, and keeps a successful one', async () => {
    const health = registry.http.find((r) => r.name === 'health')!;
    const call = async () => {
      const request = new HttpRequest({ method: 'GET', url: 'http://localhost/api/health' });
      return health.handler(request, new InvocationContext({ functionName: 'health', invocationId: 'entry-test' }));
    };
    expect((await call()).status).toBe(500);
    expect(composed.calls).toBe(1);
    expect((await call()).status).toBe(500);
    expect(composed.calls).toBe(2);

    composed.fail = false;
    const ok = await call();
    expect(ok.status).toBe(200);
    expect(((ok as HttpResponseInit).jsonBody as { time: string }).time).toBe('2026-05-05T05:05:05.000Z');
    const built = composed.calls;
    await Promise.all([call(), call(), call()]);
    expect(composed.calls).toBe(built);
  });
});

describe('LazyServices', () => {
  it('shares one build between concurrent callers and retries after a failure', async () => {
    let builds = 0;
    const lazy = new LazyServices(async () => {
      builds++;
      if (builds === 1) throw new Error('first start fails');
      return { n: builds };
    });
    await expect(Promise.all([lazy.get(), lazy.get()])).rejects.toThrow('first start fails');
    expect(builds).toBe(1);
    const [x, y] = await Promise.all([lazy.get(), lazy.get()]);
    expect(x).toBe(y);
    expect(builds).toBe(2);
  });
});
