import { ForbiddenError } from '@prt/domain/errors';
import type { Tenants } from '../tenants/tenantSettings.js';
import type { Role } from '@prt/domain/principal';
import { rolesFromGroups, type RoleGroups } from './roleMapping.js';

export type RoleGroupsFor = (tenantId: string) => RoleGroups;

/**
 * Which groups grant roles in a tenant. Group ids belong to one tenant, so a multi-tenant deployment must use each
 * tenant's own (TENANT_SETTINGS roleGroups): handing tenant B the DPO group of tenant A would make nobody B's DPO,
 * or, with a colliding id, the wrong people. The deployment-wide DPO_GROUP_ID etc. apply only when the deployment
 * serves a single tenant. A tenant with neither is refused rather than served with another tenant's groups.
 */
export function tenantRoleGroups(tenants: Tenants, deploymentGroups: RoleGroups): RoleGroupsFor {
  return (tenantId) => {
    const ids = tenants.ids();
    if (!ids.includes(tenantId)) throw notConfigured();
    const own = tenants.settings(tenantId).roleGroups;
    if (own) return own;
    if (ids.length === 1) return deploymentGroups;
    throw notConfigured();
  };
}

/**
 * A user's roles by the groups of their own tenant. Where the bot or the local host only knows the group ids (card
 * actions, typed messages, demo sign-in), a tenant without role groups grants nothing beyond staff.
 */
export function rolesInTenant(tenants: Tenants, deploymentGroups: RoleGroups, tenantId: string, groupIds: readonly string[]): Role[] {
  let groups: RoleGroups;
  try {
    groups = tenantRoleGroups(tenants, deploymentGroups)(tenantId);
  } catch (error) {
    if (error instanceof ForbiddenError) return rolesFromGroups(groupIds, {});
    throw error;
  }
  return rolesFromGroups(groupIds, groups);
}

function notConfigured(): ForbiddenError<'tenant.notConfigured'> {
  return new ForbiddenError('tenant.notConfigured', {}, 'this tenant has no role groups configured (TENANT_SETTINGS roleGroups)');
}
