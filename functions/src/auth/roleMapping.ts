import type { Role } from '@prt/domain/principal';

/** Which Entra group grants which role; set per deployment (DPO_GROUP_ID etc.) or in the local directory file. */
export interface RoleGroups {
  dpo?: string;
  whistleblowerHandler?: string;
  dsrHandler?: string;
  admin?: string;
}

/** Everyone signed in is staff; other roles come only from group membership, never from the client. */
export function rolesFromGroups(groupIds: readonly string[], groups: RoleGroups): Role[] {
  const roles: Role[] = ['staff'];
  if (groups.dpo && groupIds.includes(groups.dpo)) roles.push('dpo');
  if (groups.whistleblowerHandler && groupIds.includes(groups.whistleblowerHandler)) roles.push('whistleblowerHandler');
  if (groups.dsrHandler && groupIds.includes(groups.dsrHandler)) roles.push('dsrHandler');
  if (groups.admin && groupIds.includes(groups.admin)) roles.push('admin');
  return roles;
}
