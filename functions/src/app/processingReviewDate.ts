import { randomUUID } from 'node:crypto';
import type { Principal } from '@prt/domain/principal';
import { ForbiddenError, NotFoundError } from '@prt/domain/errors';
import { isRegisterReviewer } from '@prt/domain/processingVisibility';
import type { Processing } from '@prt/domain/processing';
import type { ProcessingRepository } from '../store/processingRepository.js';
import type { AuditLog } from '../store/versionRepository.js';
import type { Clock } from '../time/clock.js';

/**
 * The yearly review confirms the record is still true; it changes no content, so it is an audited date on the
 * processing rather than a new version. Reviewers and whoever last changed the processing may record it.
 */
export async function markReviewed(
  deps: { processings: ProcessingRepository; audit: AuditLog; clock: Clock },
  principal: Principal,
  id: string,
): Promise<Processing> {
  const stored = await deps.processings.get(principal.tenantId, id);
  if (!stored || stored.value.status !== 'approved') throw new NotFoundError('processing.notApproved', {}, 'approved processing not found');
  if (!isRegisterReviewer(principal) && stored.value.updatedBy !== principal.userId)
    throw new ForbiddenError('review.ownerOrDpoOnly', {}, 'only the DPO or the owner of the processing can record its review');
  const at = deps.clock.now().toISOString();
  const updated = await deps.processings.replace({ ...stored.value, lastReviewedAt: at }, stored.etag);
  await deps.audit.append({
    id: randomUUID(),
    tenantId: principal.tenantId,
    processingId: id,
    version: stored.value.version,
    action: 'reviewed',
    actorId: principal.userId,
    at,
    changedFields: [],
  });
  return updated.value;
}
