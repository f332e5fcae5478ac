import { missingRequired } from '@prt/domain/completeness';
import { ConflictError, ValidationError } from '@prt/domain/errors';
import type { Principal } from '@prt/domain/principal';
import type { Processing, ProcessingContent, Provenance } from '@prt/domain/processing';
import { diffProcessing } from '@prt/domain/processingDiff';
import { contentOf, newProcessing, sameContent } from '@prt/domain/processingLifecycle';
import type { Stored } from '../../store/processingRepository.js';
import { notifyReviewers } from './notifications.js';
import type { ReviewDependencies } from './reviewDependencies.js';
import { audit, audited, versionOf } from './versionRecords.js';

/**
 * Staff report a new processing: it is pending until the DPO decides, and every DPO is told. The same report
 * sent again by the same person while it is still pending completes the first (a crash may have cut it short).
 * A report drafted from a document carries that document draft as its provenance.
 */
export async function reportProcessing(
  deps: ReviewDependencies,
  principal: Principal,
  content: ProcessingContent,
  provenance: Provenance = { kind: 'api', reference: 'report' },
): Promise<Stored<Processing>> {
  const incomplete = missingRequired(content);
  if (incomplete.length > 0) throw new ValidationError(incomplete);
  const candidate = newProcessing(content, { tenantId: principal.tenantId, actorId: principal.userId, at: deps.clock.now() }, 'pending', provenance);
  let stored: Stored<Processing>;
  try {
    stored = await deps.processings.create(candidate);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const existing = await deps.processings.get(principal.tenantId, candidate.id);
    if (!existing || !isSameReport(existing.value, principal, content, provenance)) throw error;
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

function isSameReport(existing: Processing, principal: Principal, content: ProcessingContent, provenance: Provenance): boolean {
  return (
    existing.status === 'pending' &&
    existing.version === 1 &&
    existing.createdBy === principal.userId &&
    existing.provenance?.kind === provenance.kind &&
    existing.provenance.reference === provenance.reference &&
    sameContent(contentOf(existing), content)
  );
}
