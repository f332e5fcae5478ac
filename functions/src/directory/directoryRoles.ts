import type { Role } from '@prt/domain/principal';
import type { Directory } from './directory.js';

/** The roles a user holds according to the Directory port: what decides whether they may open a case. */
export async function directoryRoles(directory: Directory, tenantId: string, userId: string): Promise<Role[] | undefined> {
  const user = await directory.getUser(tenantId, userId).catch(() => undefined);
  if (!user) return undefined;
  const roles: Role[] = ['staff'];
  for (const role of ['dpo', 'whistleblowerHandler', 'dsrHandler', 'admin'] as const) {
    const members = await directory.usersWithRole(tenantId, role);
    if (members.some((m) => m.id === userId)) roles.push(role);
  }
  return roles;
}
