import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { UnauthorizedError } from '@prt/domain/errors';
import { EntraTokenValidator, REQUIRED_SCOPE } from './entraTokenValidator.js';
import { rolesFromGroups, type RoleGroups } from './roleMapping.js';
import type { RoleResolver } from './roleResolver.js';

export const LOCAL_CLIENT_ID = '00000000-0000-4000-8000-00000000c11e';
const LOCAL_AUTHORITY = 'https://login.microsoftonline.com';

/**
 * The demo directory as far as signing in needs it (LocalDirectory fits). Declared here so auth/ does not
 * import directory/, which imports auth/ for the role mapping.
 */
export interface DemoUserSource {
  readonly tenantId: string;
  readonly roleGroups: RoleGroups;
  getUser(tenantId: string, userId: string): Promise<{ id: string; tenantId: string; displayName: string; mail: string; groupIds: string[] } | undefined>;
}

/**
 * Local mode: signs demo users in with tokens shaped like Entra's (issuer of the demo tenant, audience, scp,
 * tid, oid), signed by a key made at start-up, so they pass through the very validator Azure uses. It refuses
 * to exist where Azure Functions sets its site variables.
 */
export class LocalTokenIssuer {
  private constructor(
    private readonly privateKey: CryptoKey,
    readonly publicJwk: JWK,
    private readonly directory: DemoUserSource,
  ) {}

  static async create(directory: DemoUserSource, env: NodeJS.ProcessEnv = process.env): Promise<LocalTokenIssuer> {
    if (env['WEBSITE_SITE_NAME'] || env['WEBSITE_INSTANCE_ID']) throw new Error('local sign-in cannot be used in Azure');
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    return new LocalTokenIssuer(privateKey, { ...(await exportJWK(publicKey)), kid: 'local-demo-key', alg: 'RS256', use: 'sig' }, directory);
  }

  async issue(userId: string, lifetime = '8h'): Promise<string> {
    const user = await this.directory.getUser(this.directory.tenantId, userId);
    if (!user) throw new UnauthorizedError('auth.unknownDemoUser', {}, 'unknown demo user');
    return new SignJWT({ tid: user.tenantId, oid: user.id, name: user.displayName, scp: REQUIRED_SCOPE, preferred_username: user.mail })
      .setProtectedHeader({ alg: 'RS256', kid: 'local-demo-key', typ: 'JWT' })
      .setIssuer(`${LOCAL_AUTHORITY}/${user.tenantId}/v2.0`)
      .setAudience(LOCAL_CLIENT_ID)
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(this.privateKey);
  }

  validator(): EntraTokenValidator {
    return new EntraTokenValidator({
      audiences: [LOCAL_CLIENT_ID],
      allowedTenants: [this.directory.tenantId],
      keys: createLocalJWKSet({ keys: [this.publicJwk] }),
      authorityHost: LOCAL_AUTHORITY,
    });
  }

  /**
   * Roles from the demo directory's group membership, as Graph would report them, by the groups of the user's own
   * tenant (TENANT_SETTINGS roleGroups in the directory file) when it names them.
   */
  roles(roleGroupsFor: (tenantId: string) => RoleGroups = () => this.directory.roleGroups): RoleResolver {
    return {
      rolesOf: async (user) => {
        const found = await this.directory.getUser(user.tenantId, user.userId);
        return found ? rolesFromGroups(found.groupIds, roleGroupsFor(user.tenantId)) : ['staff'];
      },
    };
  }
}
