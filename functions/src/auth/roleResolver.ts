import type { VerifiedUser } from './entraTokenValidator.js';
import type { Role } from './principal.js';

/** Roles of a signed-in user, from Entra group membership. */
export interface RoleResolver {
  rolesOf(user: VerifiedUser): Promise<Role[]>;
}
