import type { VerifiedUser } from './entraTokenValidator.js';
import type { Role } from '@prt/domain/principal';

/** Roles of a signed-in user, from Entra group membership. */
export interface RoleResolver {
  rolesOf(user: VerifiedUser): Promise<Role[]>;
}
