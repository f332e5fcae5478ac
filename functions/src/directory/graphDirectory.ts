import { Client } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials/index.js';
import type { TokenCredential } from '@azure/identity';
import type { Directory, DirectoryUser } from './directory.js';

interface GraphUser {
  id: string;
  displayName?: string | null;
  mail?: string | null;
  department?: string | null;
  jobTitle?: string | null;
  preferredLanguage?: string | null;
}

/**
 * Microsoft Graph with the app's own identity (application permissions User.Read.All and
 * GroupMember.Read.All), so the API never needs to hold a user's Graph token.
 */
export class GraphDirectory implements Directory {
  private readonly client: Client;

  constructor(credential: TokenCredential) {
    const authProvider = new TokenCredentialAuthenticationProvider(credential, { scopes: ['https://graph.microsoft.com/.default'] });
    this.client = Client.initWithMiddleware({ authProvider });
  }

  async getUser(tenantId: string, userId: string): Promise<DirectoryUser | undefined> {
    let user: GraphUser;
    try {
      user = (await this.client
        .api(`/users/${encodeURIComponent(userId)}`)
        .select('id,displayName,mail,department,jobTitle,preferredLanguage')
        .get()) as GraphUser;
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw error;
    }
    const groupIds: string[] = [];
    let page = (await this.client
      .api(`/users/${encodeURIComponent(userId)}/transitiveMemberOf/microsoft.graph.group`)
      .select('id')
      .top(999)
      .get()) as { value: { id: string }[]; '@odata.nextLink'?: string };
    for (;;) {
      groupIds.push(...page.value.map((g) => g.id));
      const next = page['@odata.nextLink'];
      if (!next) break;
      page = (await this.client.api(next).get()) as typeof page;
    }
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
}
