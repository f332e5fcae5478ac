import type { HttpRequest } from '@azure/functions';
import { UnauthorizedError } from '@prt/domain/errors';
import type { Authenticator } from './authenticator.js';
import type { EntraTokenValidator } from './entraTokenValidator.js';
import type { Principal } from '@prt/domain/principal';
import type { RoleResolver } from './roleResolver.js';

/** `Authorization: Bearer <Teams SSO token>` → principal; the same code path locally and in Azure. */
export class BearerAuthenticator implements Authenticator {
  constructor(
    private readonly validator: EntraTokenValidator,
    private readonly roles: RoleResolver,
  ) {}

  async authenticate(request: HttpRequest): Promise<Principal> {
    const header = request.headers.get('authorization') ?? '';
    const token = /^Bearer\s+([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+)$/.exec(header.trim())?.[1];
    if (!token) throw new UnauthorizedError('auth.tokenMissing', {}, 'sign in: send Authorization: Bearer with a Teams SSO token');
    const user = await this.validator.verify(token);
    return { tenantId: user.tenantId, userId: user.userId, displayName: user.displayName, roles: await this.roles.rolesOf(user) };
  }
}
