/** dsrHandler: handles data-subject requests beside the DPO (e.g. the registry); sees the requests it handles. */
export const ROLES = ['staff', 'dpo', 'whistleblowerHandler', 'dsrHandler', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in caller. userId is the Entra object id (oid); it is pseudonymous and safe to store. */
export interface Principal {
  tenantId: string;
  userId: string;
  displayName: string;
  roles: Role[];
}

export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.includes(role);
}
