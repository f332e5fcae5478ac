import type { HttpRequest } from '@azure/functions';
import { ForbiddenError } from '@prt/domain/errors';
import { hasRole, type Principal, type Role } from '@prt/domain/principal';

/** Turns a request into a principal or throws UnauthorizedError. */
export interface Authenticator {
  authenticate(request: HttpRequest): Promise<Principal>;
}

export function requireRole(principal: Principal, ...roles: Role[]): void {
  if (!roles.some((role) => hasRole(principal, role))) {
    throw new ForbiddenError('auth.roleRequired', { roles: [...roles] }, `requires one of the roles: ${roles.join(', ')}`);
  }
}
