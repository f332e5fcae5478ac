import { ServiceUnavailableError, UnauthorizedError } from '@prt/domain/errors';
import type { Role } from '@prt/domain/principal';
import type { RoleResolver, VerifiedUser } from './roleResolver.js';
import { rolesFromGroups, type RoleGroups } from './roleMapping.js';

export interface GraphRoleResolverOptions {
  clientId: string;
  clientSecret: string;
  roleGroups: RoleGroups;
  fetch?: typeof fetch;
  now?: () => number;
  /** How long a user's roles are trusted before Graph is asked again. */
  ttlMs?: number;
  maxEntries?: number;
  /** Longest Retry-After honoured inside a request; beyond it the caller gets 503. */
  maxRetryWaitMs?: number;
}

export { ServiceUnavailableError };

function directoryBusy(retryAfterSeconds: number): ServiceUnavailableError {
  return new ServiceUnavailableError('directory.busy', { retryAfterSeconds }, 'the directory is busy; try again shortly');
}

/**
 * Roles from the user's group membership, read from Microsoft Graph on behalf of the user (OBO): the API
 * exchanges the user's token for a Graph token and asks `checkMemberGroups` about the role groups only. The
 * Graph token never leaves the server. Results are cached per user; Graph throttling (429) is retried once
 * after its Retry-After, then reported as 503.
 */
export class GraphRoleResolver implements RoleResolver {
  private readonly cache = new Map<string, { roles: Role[]; expires: number }>();
  private readonly fetch: typeof fetch;
  private readonly now: () => number;

  constructor(private readonly options: GraphRoleResolverOptions) {
    this.fetch = options.fetch ?? fetch;
    this.now = options.now ?? Date.now;
  }

  async rolesOf(user: VerifiedUser): Promise<Role[]> {
    const key = `${user.tenantId}/${user.userId}`;
    const cached = this.cache.get(key);
    if (cached && cached.expires > this.now()) return cached.roles;
    const graphToken = await this.onBehalfOf(user);
    const groupIds = Object.values(this.options.roleGroups).filter((g): g is string => Boolean(g));
    const response = await this.withThrottling(() =>
      this.fetch('https://graph.microsoft.com/v1.0/me/checkMemberGroups', {
        method: 'POST',
        headers: { authorization: `Bearer ${graphToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ groupIds }),
      }),
    );
    if (!response.ok) throw new Error(`Graph checkMemberGroups answered ${response.status}`);
    const member = ((await response.json()) as { value: string[] }).value;
    const roles = rolesFromGroups(member, this.options.roleGroups);
    if (this.cache.size >= (this.options.maxEntries ?? 10_000)) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, { roles, expires: this.now() + (this.options.ttlMs ?? 5 * 60_000) });
    return roles;
  }

  private async onBehalfOf(user: VerifiedUser): Promise<string> {
    const response = await this.withThrottling(() =>
      this.fetch(`https://login.microsoftonline.com/${encodeURIComponent(user.tenantId)}/oauth2/v2.0/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
          client_id: this.options.clientId,
          client_secret: this.options.clientSecret,
          assertion: user.token,
          scope: 'https://graph.microsoft.com/GroupMember.Read.All https://graph.microsoft.com/User.Read',
          requested_token_use: 'on_behalf_of',
        }).toString(),
      }),
    );
    // A refused exchange (consent missing, token revoked) means the user cannot be signed in.
    if (response.status === 400 || response.status === 401)
      throw new UnauthorizedError('auth.consentRequired', {}, 'the sign-in could not be completed; ask your administrator to grant consent');
    if (!response.ok) throw new Error(`on-behalf-of exchange answered ${response.status}`);
    return ((await response.json()) as { access_token: string }).access_token;
  }

  private async withThrottling(call: () => Promise<Response>): Promise<Response> {
    const first = await call();
    if (first.status !== 429) return first;
    const wait = retryAfterMs(first);
    if (wait > (this.options.maxRetryWaitMs ?? 5_000)) throw directoryBusy(Math.ceil(wait / 1000));
    await new Promise((resolve) => setTimeout(resolve, wait));
    const second = await call();
    if (second.status === 429) throw directoryBusy(Math.ceil(retryAfterMs(second) / 1000));
    return second;
  }
}

function retryAfterMs(response: Response): number {
  const header = response.headers.get('retry-after');
  const seconds = header ? Number(header) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}
