import type { Role } from '@prt/domain/principal';

/** Who a validated token says signed in. */
export interface VerifiedUser {
  tenantId: string;
  userId: string;
  displayName: string;
  /** The raw token, for on-behalf-of exchanges; never logged, never sent to the browser. */
  token: string;
}

/** Roles of a signed-in user, from Entra group membership. */
export interface RoleResolver {
  rolesOf(user: VerifiedUser): Promise<Role[]>;
}
