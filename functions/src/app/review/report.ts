import { ConflictError } from '@prt/domain/errors';
import type { Principal } from '@prt/domain/principal';
import type { Processing, ProcessingContent } from '@prt/domain/processing';
import { diffProcessing } from '@prt/domain/processingDiff';
import { contentOf, newProcessing, sameContent } from '@prt/domain/processingLifecycle';
import type { Stored } from '../../store/processingRepository.js';
import { notifyReviewers } from './notifications.js';
import type { ReviewDependencies } from './reviewDependencies.js';
import { audit, audited, versionOf } from './versionRecords.js';

/**
 * Staff report a new processing: it is pending until the DPO decides, and every DPO is told. The same report
 * sent again by the same person while it is still pending completes the first (a crash may have cut it short).
 */
export async function reportProcessing(deps: ReviewDependencies, principal: Principal, content: ProcessingContent): Promise<Stored<Processing>> {
  const candidate = newProcessing(content, { tenantId: principal.tenantId, actorId: principal.userId, at: deps.clock.now() }, 'pending', {
    kind: 'api',
    reference: 'report',
  });
  let stored: Stored<Processing>;
  try {
    stored = await deps.processings.create(candidate);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const existing = await deps.processings.get(principal.tenantId, candidate.id);
    if (!existing || !isSameReport(existing.value, principal, content)) throw error;
    if (await audited(deps, reportVersion(existing.value, principal, content), 'reported')) throw error;
    stored = existing;
  }
  const processing = stored.value;
  const version = reportVersion(processing, principal, content);
  const at = new Date(version.proposedAt);
  await deps.versions.createVersion(version).catch((error: unknown) => {
    if (!(error instanceof ConflictError)) throw error;
  });
  await notifyReviewers(deps, principal, processing, version);
  // Last, so that a report with its audit event is complete and the same report sent again is a duplicate.
  await audit(deps, principal.userId, version, 'reported', at);
  return stored;
}

function reportVersion(processing: Processing, principal: Principal, content: ProcessingContent) {
  return versionOf(processing, 1, null, null, diffProcessing(undefined, content), principal.userId, new Date(processing.createdAt), 'report');
}

function isSameReport(existing: Processing, principal: Principal, content: ProcessingContent): boolean {
  return (
    existing.status === 'pending' &&
    existing.version === 1 &&
    existing.createdBy === principal.userId &&
    existing.provenance?.kind === 'api' &&
    sameContent(contentOf(existing), content)
  );
}
