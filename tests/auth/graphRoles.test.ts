import { describe, expect, it } from 'vitest';
import { GraphRoleResolver } from '@prt/functions/auth/graphRoleResolver.js';
import type { VerifiedUser } from '@prt/functions/auth/entraTokenValidator.js';

const user: VerifiedUser = { tenantId: 't-1', userId: 'u-1', displayName: 'Anna', token: 'user-token' };
const roleGroups = { dpo: 'g-dpo', whistleblowerHandler: 'g-wb', admin: 'g-admin' };

function fakeGraph(script: Response[]) {
  const calls: { url: string; body: string; auth: string | null }[] = [];
  const fetchFake = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(input), body: String(init?.body ?? ''), auth: new Headers(init?.headers).get('authorization') });
    const next = script.shift();
    if (!next) throw new Error('unexpected call');
    return next;
  }) as typeof fetch;
  return { calls, fetchFake };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('roles from Graph group membership on behalf of the user', () => {
  it('exchanges the user token (OBO), checks the role groups, and caches the answer', async () => {
    const { calls, fetchFake } = fakeGraph([json({ access_token: 'graph-token' }), json({ value: ['g-dpo'] })]);
    let now = 0;
    const resolver = new GraphRoleResolver({ clientId: 'api-client', clientSecret: 's3cret', roleGroups, fetch: fetchFake, now: () => now });
    expect(await resolver.rolesOf(user)).toEqual(['staff', 'dpo']);
    expect(calls[0]!.url).toBe('https://login.microsoftonline.com/t-1/oauth2/v2.0/token');
    expect(new URLSearchParams(calls[0]!.body).get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(new URLSearchParams(calls[0]!.body).get('requested_token_use')).toBe('on_behalf_of');
    expect(new URLSearchParams(calls[0]!.body).get('assertion')).toBe('user-token');
    expect(calls[1]).toMatchObject({ url: 'https://graph.microsoft.com/v1.0/me/checkMemberGroups', auth: 'Bearer graph-token' });
    expect(JSON.parse(calls[1]!.body)).toEqual({ groupIds: ['g-dpo', 'g-wb', 'g-admin'] });
    now = 60_000;
    expect(await resolver.rolesOf(user)).toEqual(['staff', 'dpo']);
    expect(calls).toHaveLength(2);
  });

  it('waits out a short 429 Retry-After once, and reports a long one as 503', async () => {
    const { fetchFake } = fakeGraph([json({ access_token: 'g' }), json({}, 429, { 'retry-after': '0' }), json({ value: [] })]);
    expect(await new GraphRoleResolver({ clientId: 'c', clientSecret: 's', roleGroups, fetch: fetchFake }).rolesOf(user)).toEqual(['staff']);
    const busy = fakeGraph([json({ access_token: 'g' }), json({}, 429, { 'retry-after': '120' })]);
    await expect(new GraphRoleResolver({ clientId: 'c', clientSecret: 's', roleGroups, fetch: busy.fetchFake }).rolesOf(user)).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      retryAfterSeconds: 120,
    });
  });

  it('treats a refused exchange as a failed sign-in', async () => {
    const { fetchFake } = fakeGraph([json({ error: 'invalid_grant' }, 400)]);
    await expect(new GraphRoleResolver({ clientId: 'c', clientSecret: 's', roleGroups, fetch: fetchFake }).rolesOf(user)).rejects.toMatchObject({
      name: 'UnauthorizedError',
    });
  });
});
