import type { Directory } from '../../directory/directory.js';

/** Display names of directory users, for history and decisions; system actors ("system:import") have none. */
export async function displayNames(directory: Directory, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(ids)) {
    if (id.startsWith('system:')) continue;
    const user = await directory.getUser(tenantId, id).catch(() => undefined);
    if (user) names.set(id, user.displayName);
  }
  return names;
}

export function systemActorName(id: string): string {
  return id.startsWith('system:') ? id.slice('system:'.length) : '';
}
