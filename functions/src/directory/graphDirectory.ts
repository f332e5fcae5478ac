import { Client } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials/index.js';
import type { TokenCredential } from '@azure/identity';
import type { Role } from '@prt/domain/principal';
import type { RoleGroupsFor } from '../auth/tenantRoleGroups.js';
import type { Directory, DirectoryUser } from './directory.js';

interface GraphUser {
  id: string;
  displayName?: string | null;
  mail?: string | null;
  department?: string | null;
  jobTitle?: string | null;
  preferredLanguage?: string | null;
}

/** A Graph client with the app's own identity (the managed identity in Azure). */
export function graphClient(credential: TokenCredential): Client {
  const authProvider = new TokenCredentialAuthenticationProvider(credential, { scopes: ['https://graph.microsoft.com/.default'] });
  return Client.initWithMiddleware({ authProvider });
}

/**
 * Microsoft Graph with the app's own identity (application permissions User.Read.All and
 * GroupMember.Read.All), so the API never needs to hold a user's Graph token.
 */
export class GraphDirectory implements Directory {
  /** groupsFor refuses (tenant.notConfigured) a tenant without its own role groups; every call asks it first. */
  constructor(
    private readonly client: Client,
    private readonly groupsFor: RoleGroupsFor,
  ) {}

  static withCredential(credential: TokenCredential, groupsFor: RoleGroupsFor): GraphDirectory {
    return new GraphDirectory(graphClient(credential), groupsFor);
  }

  async getUser(tenantId: string, userId: string): Promise<DirectoryUser | undefined> {
    this.groupsFor(tenantId);
    let user: GraphUser;
    try {
      user = (await this.client
        .api(`/users/${encodeURIComponent(userId)}`)
        .select(USER_FIELDS)
        .get()) as GraphUser;
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw error;
    }
    const groups = await this.allPages<{ id: string }>(`/users/${encodeURIComponent(userId)}/transitiveMemberOf/microsoft.graph.group`, 'id');
    return toDirectoryUser(
      user,
      tenantId,
      groups.map((g) => g.id),
    );
  }

  async usersWithRole(tenantId: string, role: Exclude<Role, 'staff'>): Promise<DirectoryUser[]> {
    const groupId = this.groupsFor(tenantId)[role];
    if (!groupId) return [];
    const members = await this.allPages<GraphUser>(`/groups/${encodeURIComponent(groupId)}/transitiveMembers/microsoft.graph.user`, USER_FIELDS);
    return members.map((m) => toDirectoryUser(m, tenantId, [groupId]));
  }

  /** Graph pages large results through @odata.nextLink; a DPO group or a user's groups can exceed one page. */
  private async allPages<T>(path: string, select: string): Promise<T[]> {
    const out: T[] = [];
    let page = (await this.client.api(path).select(select).top(999).get()) as { value: T[]; '@odata.nextLink'?: string };
    for (;;) {
      out.push(...page.value);
      const next = page['@odata.nextLink'];
      if (!next) return out;
      page = (await this.client.api(next).get()) as typeof page;
    }
  }
}

const USER_FIELDS = 'id,displayName,mail,department,jobTitle,preferredLanguage';

function toDirectoryUser(user: GraphUser, tenantId: string, groupIds: string[]): DirectoryUser {
  return {
    id: user.id,
    tenantId,
    displayName: user.displayName ?? '',
    mail: user.mail ?? '',
    department: user.department ?? '',
    jobTitle: user.jobTitle ?? '',
    groupIds,
    preferredLanguage: user.preferredLanguage ?? '',
  };
}
