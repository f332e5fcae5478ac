import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CachingDirectory, USER_CACHE_TTL_MS } from '@prt/functions/directory/cachingDirectory.js';
import type { Directory, DirectoryUser } from '@prt/functions/directory/directory.js';
import { reportProcessing } from '@prt/functions/app/review/report.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { createRoutes } from '@prt/functions/triggers/routes.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { invoke } from '../support/invoke.js';
import { content } from '../support/reviewWorld.js';
import { startTestApp } from '../support/testApp.js';

/** A directory that counts what it is asked, in front of the real one. */
function counting(inner: Directory): Directory & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    getUser: (tenantId, userId) => {
      asked.push(`${tenantId}/${userId}`);
      return inner.getUser(tenantId, userId);
    },
    usersWithRole: (tenantId, role) => {
      asked.push(`${tenantId}/role:${role}`);
      return inner.usersWithRole(tenantId, role);
    },
  };
}

describe('owner facet names from a cached directory', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp({ seedPath: null });
    const tenantId = app.directory.tenantId;
    // Processings reported by three different people, so the owner facet names three owners.
    for (const [i, who] of (['staff', 'economist', 'dpo'] as const).entries()) {
      const principal = { tenantId, userId: DEMO_USERS[who], displayName: who, roles: ['staff' as const] };
      await reportProcessing(app.services, principal, content({ name: `Ägd ${i}` }));
    }
  });
  afterAll(() => app?.stop());

  it('asks the directory once per owner within the TTL, and again after it (injected clock), through the search route', async () => {
    let now = 1_000_000;
    const directory = counting(app.services.directory);
    const routes = createRoutes({ ...app.services, directory: new CachingDirectory(directory, () => now) });
    const search = () => invoke({ routes, services: app.services }, 'searchRegister', { path: 'search?q=', as: 'dpo' });
    const first = await search();
    expect(first.status).toBe(200);
    expect(first.body.ownerFacet.map((o: { name: string }) => o.name).sort()).toEqual(['Anna Lindqvist', 'Erik Johansson', 'Maria Berg'].sort());
    const afterFirst = directory.asked.length;
    expect(afterFirst).toBe(3);
    for (let i = 0; i < 5; i++) {
      now += (USER_CACHE_TTL_MS - 1) / 6;
      expect((await search()).body.ownerFacet).toEqual(first.body.ownerFacet);
    }
    expect(directory.asked).toHaveLength(afterFirst);
    now += USER_CACHE_TTL_MS;
    expect((await search()).body.ownerFacet).toEqual(first.body.ownerFacet);
    expect(directory.asked).toHaveLength(afterFirst + 3);
  });

  it('keeps tenants apart, remembers an unknown user, forgets a failure, shares one lookup, and never caches roles', async () => {
    let now = 0;
    const user = (tenantId: string, id: string): DirectoryUser => ({
      id,
      tenantId,
      displayName: `${tenantId}:${id}`,
      mail: '',
      department: '',
      jobTitle: '',
      groupIds: [],
      preferredLanguage: 'sv',
    });
    let fail = true;
    const asked: string[] = [];
    const inner: Directory = {
      getUser: async (t, id) => {
        asked.push(`${t}/${id}`);
        await new Promise((r) => setTimeout(r, 5));
        if (id === 'flaky' && fail) throw new Error('Graph is busy');
        return id === 'ghost' ? undefined : user(t, id);
      },
      usersWithRole: async (t) => {
        asked.push(`${t}/roles`);
        return [];
      },
    };
    const cached = new CachingDirectory(inner, () => now, 1000);
    expect((await cached.getUser('a', 'u'))!.displayName).toBe('a:u');
    expect((await cached.getUser('b', 'u'))!.displayName).toBe('b:u');
    expect((await cached.getUser('a', 'u'))!.displayName).toBe('a:u');
    expect(await cached.getUser('a', 'ghost')).toBeUndefined();
    expect(await cached.getUser('a', 'ghost')).toBeUndefined();
    await expect(cached.getUser('a', 'flaky')).rejects.toThrow('busy');
    fail = false;
    expect((await cached.getUser('a', 'flaky'))!.displayName).toBe('a:flaky');
    await Promise.all(Array.from({ length: 10 }, () => cached.getUser('a', 'many')));
    await cached.usersWithRole('a', 'dpo');
    await cached.usersWithRole('a', 'dpo');
    expect(asked).toEqual(['a/u', 'b/u', 'a/ghost', 'a/flaky', 'a/flaky', 'a/many', 'a/roles', 'a/roles']);
    now = 1000;
    await cached.getUser('a', 'u');
    expect(asked.at(-1)).toBe('a/u');
  });
});
