import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ServiceUnavailableError, UnauthorizedError } from '@prt/domain/errors';
import type { VerifiedUser } from './roleResolver.js';

// Signature, algorithm, expiry and audience are checked by jose; only Entra's own rules (per-tenant issuer, tenant
// allow-list, scope) are written here, since no maintained library states them for a multi-tenant API.
export const ENTRA_JWKS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';
export const REQUIRED_SCOPE = 'access_as_user';

export interface EntraValidationOptions {
  /** Accepted audiences: the app's client id and its Application ID URI. */
  audiences: string[];
  /** Tenants allowed to use this deployment. */
  allowedTenants: string[];
  keys?: JWTVerifyGetKey;
  /** The authority host; tokens issued locally use the same shape so they pass the same checks. */
  authorityHost?: string;
}

// Declared beside the role resolver port, which graphRoleResolver implements, so the two files do not import each other.
export type { VerifiedUser } from './roleResolver.js';

/**
 * Teams SSO access tokens for this API: RS256 signature from the Entra key set, audience = this app, issuer
 * exactly the one of the token's own tenant (v2 `login.microsoftonline.com/{tid}/v2.0`, or v1
 * `sts.windows.net/{tid}/`), tenant on the allow-list, `scp` containing access_as_user, not expired or early.
 */
export class EntraTokenValidator {
  private readonly keys: JWTVerifyGetKey;
  private readonly authorityHost: string;

  constructor(private readonly options: EntraValidationOptions) {
    this.keys = options.keys ?? createRemoteJWKSet(new URL(ENTRA_JWKS_URL), { cacheMaxAge: 6 * 3_600_000 });
    this.authorityHost = options.authorityHost ?? 'https://login.microsoftonline.com';
  }

  async verify(token: string): Promise<VerifiedUser> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        algorithms: ['RS256'],
        audience: this.options.audiences,
        clockTolerance: 60,
        requiredClaims: ['exp', 'tid', 'oid'],
      }));
    } catch (error) {
      // Entra's key set out of reach is our outage, not a bad token: 503 lets the tab retry instead of signing out.
      if (isKeySetUnavailable(error))
        throw new ServiceUnavailableError('auth.keySetUnavailable', { retryAfterSeconds: 30 }, 'the token key set is out of reach');
      // The reason stays generic: details of why a token failed help an attacker more than a user.
      throw new UnauthorizedError('auth.tokenInvalid', {}, 'the access token is not valid');
    }
    const tid = String(payload['tid']);
    const allowedIssuers = [`${this.authorityHost}/${tid}/v2.0`, `https://sts.windows.net/${tid}/`];
    if (!payload.iss || !allowedIssuers.includes(payload.iss)) throw new UnauthorizedError('auth.wrongIssuer', {}, 'the access token has the wrong issuer');
    if (!this.options.allowedTenants.includes(tid))
      throw new UnauthorizedError('auth.tenantNotAllowed', {}, 'this organisation is not allowed to use this app');
    const scopes = typeof payload['scp'] === 'string' ? payload['scp'].split(' ') : [];
    if (!scopes.includes(REQUIRED_SCOPE))
      throw new UnauthorizedError('auth.scopeMissing', { scope: REQUIRED_SCOPE }, `the access token lacks the ${REQUIRED_SCOPE} scope`);
    return { tenantId: tid, userId: String(payload['oid']), displayName: typeof payload['name'] === 'string' ? payload['name'] : '', token };
  }
}

function isKeySetUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === 'ERR_JWKS_TIMEOUT' || (error instanceof TypeError && /fetch/i.test(error.message));
}
