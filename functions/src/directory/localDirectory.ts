import { readFile } from 'node:fs/promises';
import type { Role } from '@prt/domain/principal';
import type { TenantSettingsOverride } from '../tenants/tenantSettings.js';
import { rolesFromGroups, type RoleGroups } from '../auth/roleMapping.js';
import type { Directory, DirectoryUser } from './directory.js';

export interface LocalDirectoryFile {
  tenantId: string;
  roleGroups: RoleGroups;
  /** Deadline calendar of the demo tenant (country, closed days). */
  tenantSettings?: Record<string, TenantSettingsOverride>;
  groups: { id: string; displayName: string }[];
  users: Omit<DirectoryUser, 'tenantId'>[];
}

/** Demo users from a JSON file stand in for Microsoft Graph when running locally. */
export class LocalDirectory implements Directory {
  constructor(private readonly file: LocalDirectoryFile) {}

  static async load(path: string): Promise<LocalDirectory> {
    return new LocalDirectory(JSON.parse(await readFile(path, 'utf8')) as LocalDirectoryFile);
  }

  get tenantId(): string {
    return this.file.tenantId;
  }

  users(): DirectoryUser[] {
    return this.file.users.map((u) => ({ ...u, tenantId: this.file.tenantId }));
  }

  get tenantSettings(): Record<string, TenantSettingsOverride> {
    return this.file.tenantSettings ?? {};
  }

  get roleGroups(): RoleGroups {
    return this.file.roleGroups;
  }

  groups(): LocalDirectoryFile['groups'] {
    return this.file.groups;
  }

  async getUser(tenantId: string, userId: string): Promise<DirectoryUser | undefined> {
    if (tenantId !== this.file.tenantId) return undefined;
    return this.users().find((u) => u.id === userId);
  }

  async usersWithRole(tenantId: string, role: Exclude<Role, 'staff'>): Promise<DirectoryUser[]> {
    if (tenantId !== this.file.tenantId) return [];
    return this.users().filter((u) => rolesFromGroups(u.groupIds, this.file.roleGroups).includes(role));
  }
}
