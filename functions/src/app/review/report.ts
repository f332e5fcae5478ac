import type { Principal } from '@prt/domain/principal';
import type { Processing, ProcessingContent } from '@prt/domain/processing';
import { diffProcessing } from '@prt/domain/processingDiff';
import { newProcessing } from '@prt/domain/processingLifecycle';
import type { Stored } from '../../store/processingRepository.js';
import { notifyReviewers } from './notifications.js';
import type { ReviewDependencies } from './reviewDependencies.js';
import { audit, versionOf } from './versionRecords.js';

/** Staff report a new processing: it is pending until the DPO decides, and every DPO is told. */
export async function reportProcessing(deps: ReviewDependencies, principal: Principal, content: ProcessingContent): Promise<Stored<Processing>> {
  const at = deps.clock.now();
  const processing = newProcessing(content, { tenantId: principal.tenantId, actorId: principal.userId, at }, 'pending', { kind: 'api', reference: 'report' });
  const stored = await deps.processings.create(processing);
  const version = versionOf(processing, 1, null, null, diffProcessing(undefined, content), principal.userId, at, 'report');
  await deps.versions.createVersion(version);
  await audit(deps, principal.userId, version, 'reported', at);
  await notifyReviewers(deps, principal, processing, version);
  return stored;
}
