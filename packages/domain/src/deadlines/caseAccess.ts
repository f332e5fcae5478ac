import type { Principal, Role } from '../principal.js';
import type { CaseType, DeadlineCase } from './cases.js';

/** The roles a case's handler must hold: the whistleblower function alone handles whistleblowing. */
export const CASE_HANDLER_ROLES: Record<CaseType, Exclude<Role, 'staff'>[]> = {
  whistleblower: ['whistleblowerHandler'],
  dsr: ['dpo', 'dsrHandler'],
  breach: ['dpo', 'admin'],
};

export function mayHandle(roles: readonly Role[], type: CaseType): boolean {
  return CASE_HANDLER_ROLES[type].some((r) => roles.includes(r));
}

/** Whistleblower cases are for the whistleblower function alone; other cases for reviewers and their handler. */
export function canSeeCase(principal: Pick<Principal, 'tenantId' | 'userId' | 'roles'>, c: DeadlineCase): boolean {
  if (c.tenantId !== principal.tenantId) return false;
  if (c.type === 'whistleblower') return principal.roles.includes('whistleblowerHandler');
  return principal.roles.includes('dpo') || principal.roles.includes('admin') || c.handlerId === principal.userId;
}
