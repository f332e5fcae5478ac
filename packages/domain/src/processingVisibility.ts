import type { Principal } from './principal.js';
import type { Processing } from './processing.js';

/** Who reviews and administers the register: they see every processing in every state. */
export function isRegisterReviewer(principal: Principal): boolean {
  return principal.roles.includes('dpo') || principal.roles.includes('admin');
}

/**
 * Staff see approved processings as the register; a report that is not approved yet is visible only to
 * whoever reported it (and reviewers), so unreviewed content never reads as the municipality's register.
 */
export function isVisibleTo(processing: Processing, principal: Principal): boolean {
  if (processing.tenantId !== principal.tenantId) return false;
  if (isRegisterReviewer(principal)) return true;
  if (processing.status === 'approved') return true;
  return processing.status !== 'archived' && processing.createdBy === principal.userId;
}
