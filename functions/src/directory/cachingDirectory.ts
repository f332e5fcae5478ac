import type { Role } from '@prt/domain/principal';
import type { Directory, DirectoryUser } from './directory.js';

interface Entry {
  user: DirectoryUser | undefined;
  until: number;
}

/** A short TTL: names shown in a reviewer's facets may lag a rename in Entra by this much, roles never do. */
export const USER_CACHE_TTL_MS = 60_000;
/** Per tenant; past this the tenant's entries are dropped and refilled, so a large organisation cannot grow it without bound. */
const MAX_USERS_PER_TENANT = 5_000;

/**
 * Keeps what the directory said about a user for a short while, per tenant, so a reviewer's search (the owner facet
 * names up to 50 owners) asks Microsoft Graph once a minute rather than 50 times per keystroke. Unknown users are
 * remembered too; failures are not. Role membership (`usersWithRole`) is never cached: it decides who may do what.
 */
export class CachingDirectory implements Directory {
  private readonly tenants = new Map<string, Map<string, Entry | Promise<DirectoryUser | undefined>>>();

  constructor(
    private readonly inner: Directory,
    private readonly now: () => number = Date.now,
    private readonly ttlMs = USER_CACHE_TTL_MS,
  ) {}

  async getUser(tenantId: string, userId: string): Promise<DirectoryUser | undefined> {
    let users = this.tenants.get(tenantId);
    if (!users) {
      users = new Map<string, Entry | Promise<DirectoryUser | undefined>>();
      this.tenants.set(tenantId, users);
    }
    const cached = users.get(userId);
    if (cached instanceof Promise) return cached;
    if (cached && cached.until > this.now()) return cached.user;
    if (users.size >= MAX_USERS_PER_TENANT) users.clear();
    // Concurrent asks for one user share one lookup.
    const pending = this.inner.getUser(tenantId, userId);
    users.set(userId, pending);
    try {
      const user = await pending;
      users.set(userId, { user, until: this.now() + this.ttlMs });
      return user;
    } catch (error) {
      users.delete(userId);
      throw error;
    }
  }

  usersWithRole(tenantId: string, role: Exclude<Role, 'staff'>): Promise<DirectoryUser[]> {
    return this.inner.usersWithRole(tenantId, role);
  }
}
