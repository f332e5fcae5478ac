import { describe, expect, it } from 'vitest';
import { LocalTokenIssuer } from '@prt/functions/auth/localTokenIssuer.js';
import { tenantRoleGroups } from '@prt/functions/auth/tenantRoleGroups.js';
import type { DirectoryUser } from '@prt/functions/directory/directory.js';
import { runCardAction } from '@prt/functions/app/review/cardActions.js';
import { REVIEW_TEXTS } from '@prt/functions/notify/cards/reviewTexts.js';
import { staticTenants } from '@prt/functions/tenants/tenantSettings.js';
import type { ReviewDependencies } from '@prt/functions/app/review/reviewDependencies.js';
import type { RoleGroups } from '@prt/functions/auth/roleMapping.js';

/**
 * Two municipalities on one deployment, each with its own DPO group. The deployment-wide groups (DPO_GROUP_ID, the
 * local directory's roleGroups) are tenant A's; tenant B's DPO must get the role from B's group, and membership of A's
 * group must grant nothing in B.
 */
const A = '11111111-0000-4000-8000-00000000000a';
const B = '22222222-0000-4000-8000-00000000000b';
const DEPLOYMENT: RoleGroups = { dpo: 'grp-a-dpo', admin: 'grp-a-admin' };
const tenants = staticTenants([A, B], { [A]: { roleGroups: { dpo: 'grp-a-dpo' } }, [B]: { roleGroups: { dpo: 'grp-b-dpo', admin: 'grp-b-admin' } } }, 'SE');

const user = (tenantId: string, id: string, groupIds: string[]): DirectoryUser => ({
  id,
  tenantId,
  displayName: id,
  mail: `${id}@example.test`,
  department: '',
  jobTitle: '',
  groupIds,
  preferredLanguage: 'sv-SE',
});
const users = [
  user(A, 'a-dpo', ['grp-a-dpo']),
  user(B, 'b-dpo', ['grp-b-dpo']),
  // In B, but a member of A's DPO group id (ids collide or were copied): must not be B's DPO.
  user(B, 'b-with-a-group', ['grp-a-dpo', 'grp-a-admin']),
  user(B, 'b-admin', ['grp-b-admin']),
];
const directory = {
  getUser: (tenantId: string, id: string) => Promise.resolve(users.find((u) => u.tenantId === tenantId && u.id === id)),
  usersWithRole: () => Promise.resolve([]),
};

const verified = (tenantId: string, userId: string) => ({ tenantId, userId, displayName: userId, token: 'not-used' });

describe('roles come from the tenant’s own role groups (two tenants)', () => {
  const deps = {
    directory,
    tenants,
    roleGroups: DEPLOYMENT,
    tabLink: (p: string) => `https://register.example.test${p}`,
    // A refresh of an unknown review: a DPO gets "could not", anyone else "only the DPO".
    processings: { get: () => Promise.resolve(undefined) },
    versions: { get: () => Promise.resolve(undefined), list: () => Promise.resolve([]), history: () => Promise.resolve({ versions: [], decisions: [] }) },
  } as unknown as ReviewDependencies & { roleGroups: RoleGroups; tenants: typeof tenants };
  const refresh = (tenantId: string, userId: string) =>
    runCardAction(deps, { tenantId, userId }, { verb: 'refreshReview', data: { verb: 'refreshReview', processingId: 'p-1', version: 1 } });
  const notAllowed = JSON.stringify(REVIEW_TEXTS.sv.notAllowed);

  it('card actions: B’s DPO acts as DPO in B; A’s group grants nothing in B; A’s DPO stays DPO in A', async () => {
    expect(JSON.stringify(await refresh(B, 'b-dpo'))).not.toContain(notAllowed);
    expect(JSON.stringify(await refresh(B, 'b-with-a-group'))).toContain(notAllowed);
    expect(JSON.stringify(await refresh(B, 'b-admin'))).toContain(notAllowed);
    expect(JSON.stringify(await refresh(A, 'a-dpo'))).not.toContain(notAllowed);
  });

  it('card actions: a tenant the deployment does not serve gets no DPO, even with the deployment’s group', async () => {
    users.push(user('33333333-0000-4000-8000-00000000000c', 'c-dpo', ['grp-a-dpo']));
    expect(JSON.stringify(await refresh('33333333-0000-4000-8000-00000000000c', 'c-dpo'))).toContain(notAllowed);
  });

  it('the local token issuer’s roles: each user by their own tenant’s groups', async () => {
    const issuer = await LocalTokenIssuer.create({ tenantId: A, roleGroups: DEPLOYMENT, getUser: directory.getUser }, {});
    const roles = issuer.roles(tenantRoleGroups(tenants, DEPLOYMENT));
    expect(await roles.rolesOf(verified(B, 'b-dpo'))).toEqual(['staff', 'dpo']);
    expect(await roles.rolesOf(verified(B, 'b-with-a-group'))).toEqual(['staff']);
    expect(await roles.rolesOf(verified(B, 'b-admin'))).toEqual(['staff', 'admin']);
    expect(await roles.rolesOf(verified(A, 'a-dpo'))).toEqual(['staff', 'dpo']);
    // The old behaviour, the deployment's groups for everyone, is what this replaces.
    expect(await issuer.roles().rolesOf(verified(B, 'b-with-a-group'))).toEqual(['staff', 'dpo', 'admin']);
  });
});
