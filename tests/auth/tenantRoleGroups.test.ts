import { describe, expect, it } from 'vitest';
import type { Client } from '@microsoft/microsoft-graph-client';
import { Client as GraphClient } from '@microsoft/microsoft-graph-client';
import { GraphRoleResolver } from '@prt/functions/auth/graphRoleResolver.js';
import { tenantRoleGroups } from '@prt/functions/auth/tenantRoleGroups.js';
import { GraphDirectory } from '@prt/functions/directory/graphDirectory.js';
import { staticTenants } from '@prt/functions/tenants/tenantSettings.js';

const deploymentGroups = { dpo: 'home-dpo', admin: 'home-admin' };
const twoTenants = staticTenants(['t-a', 't-b'], { 't-a': { roleGroups: { dpo: 'a-dpo', admin: 'a-admin' } } }, 'SE');

/** Graph as a middleware: answers by path, records every request. */
function fakeGraph(answers: Record<string, unknown>): { client: Client; paths: string[] } {
  const paths: string[] = [];
  const client = GraphClient.initWithMiddleware({
    middleware: {
      execute: async (context) => {
        const url = new URL(typeof context.request === 'string' ? context.request : context.request.url);
        paths.push(url.pathname);
        const body = answers[url.pathname.replace(/^\/v1\.0/, '')];
        context.response = new Response(JSON.stringify(body ?? { error: { code: 'NotFound' } }), {
          status: body ? 200 : 404,
          headers: { 'content-type': 'application/json' },
        });
        await Promise.resolve();
      },
      setNext: () => undefined,
    },
  });
  return { client, paths };
}

describe("each tenant's own role groups", () => {
  it('uses the tenant’s own groups, the deployment groups only for a single-tenant deployment, and refuses others', () => {
    const groupsFor = tenantRoleGroups(twoTenants, deploymentGroups);
    expect(groupsFor('t-a')).toEqual({ dpo: 'a-dpo', admin: 'a-admin' });
    for (const tenant of ['t-b', 't-unknown'])
      expect(() => groupsFor(tenant)).toThrow(expect.objectContaining({ code: 'tenant.notConfigured', name: 'ForbiddenError' }));
    const single = tenantRoleGroups(staticTenants(['t-a'], {}, 'SE'), deploymentGroups);
    expect(single('t-a')).toEqual(deploymentGroups);
    expect(() => single('t-b')).toThrow(expect.objectContaining({ code: 'tenant.notConfigured' }));
  });

  it("the DPO lookup reads the tenant's own DPO group and refuses an unconfigured tenant before calling Graph", async () => {
    const graph = fakeGraph({
      '/groups/a-dpo/transitiveMembers/microsoft.graph.user': { value: [{ id: 'u-a', displayName: 'A DPO' }] },
      '/groups/home-dpo/transitiveMembers/microsoft.graph.user': { value: [{ id: 'u-home', displayName: 'Home DPO' }] },
    });
    const directory = new GraphDirectory(graph.client, tenantRoleGroups(twoTenants, deploymentGroups));
    expect((await directory.usersWithRole('t-a', 'dpo')).map((u) => [u.id, u.tenantId, u.groupIds])).toEqual([['u-a', 't-a', ['a-dpo']]]);
    await expect(directory.usersWithRole('t-b', 'dpo')).rejects.toMatchObject({ code: 'tenant.notConfigured' });
    await expect(directory.getUser('t-b', 'u-home')).rejects.toMatchObject({ code: 'tenant.notConfigured' });
    expect(graph.paths.some((p) => p.includes('home-dpo'))).toBe(false);
    expect(graph.paths).toHaveLength(1);
  });

  it('role resolution checks the tenant’s own groups and refuses an unconfigured tenant without any token exchange', async () => {
    const calls: string[] = [];
    const fetchFake = (async (input: string | URL | Request, init?: RequestInit) => {
      calls.push(`${String(input)} ${String(init?.body ?? '')}`);
      await Promise.resolve();
      return new Response(JSON.stringify(calls.length === 1 ? { access_token: 'g' } : { value: ['a-dpo'] }), { status: 200 });
    }) as typeof fetch;
    const resolver = new GraphRoleResolver({ clientId: 'c', clientSecret: 's', roleGroups: tenantRoleGroups(twoTenants, deploymentGroups), fetch: fetchFake });
    expect(await resolver.rolesOf({ tenantId: 't-a', userId: 'u', displayName: 'U', token: 'x' })).toEqual(['staff', 'dpo']);
    expect(JSON.parse(calls[1]!.split(' ').slice(1).join(' '))).toEqual({ groupIds: ['a-dpo', 'a-admin'] });
    await expect(resolver.rolesOf({ tenantId: 't-b', userId: 'u', displayName: 'U', token: 'x' })).rejects.toMatchObject({
      code: 'tenant.notConfigured',
    });
    expect(calls).toHaveLength(2);
  });
});
