import type { Role } from '@prt/domain/principal';

/** What the organisation directory (Microsoft Graph in Azure) says about a user. */
export interface DirectoryUser {
  id: string;
  tenantId: string;
  displayName: string;
  mail: string;
  department: string;
  jobTitle: string;
  /** Object ids of the groups the user is a (transitive) member of. */
  groupIds: string[];
  preferredLanguage: string;
}

export interface Directory {
  getUser(tenantId: string, userId: string): Promise<DirectoryUser | undefined>;
  /** Everyone holding a role through its Entra group (e.g. all DPOs, to notify them of a report). */
  usersWithRole(tenantId: string, role: Exclude<Role, 'staff'>): Promise<DirectoryUser[]>;
}
