import type { Principal } from '@prt/domain/principal';
import { ConflictError, ValidationError } from '@prt/domain/errors';
import { fieldError } from '@prt/domain/validation';
import type { Processing, ProcessingContent } from '@prt/domain/processing';
import { diffProcessing } from '@prt/domain/processingDiff';
import { contentOf, revisedProcessing, sameContent } from '@prt/domain/processingLifecycle';
import { stateOf, type ProcessingVersion } from '@prt/domain/review';
import type { Stored } from '../../store/processingRepository.js';
import { repairDecisions } from './decide.js';
import { notifyReviewers } from './notifications.js';
import { processingChanged, visibleProcessing, type ReviewDependencies } from './reviewDependencies.js';
import { audit, audited, by, versionOf } from './versionRecords.js';

/** A rejected report is final: proposing a change to it would bring it back past the DPO; a new report is the way. */
function rejectedFinal(name: string): ConflictError<'review.rejectedFinal'> {
  return new ConflictError('review.rejectedFinal', {}, `processing "${name}" was rejected; a rejected report is final, report a new processing instead`);
}

/**
 * A change to a processing. For an approved processing the current record stays what staff see until the DPO
 * approves; the proposal remembers the ETag it was based on so an approval cannot overwrite a later change.
 * A report sent back for changes is revised the same way. The same proposal sent again after a crash (same
 * author, base and content) completes the first one instead of being refused.
 */
export async function proposeChange(
  deps: ReviewDependencies,
  principal: Principal,
  processingId: string,
  content: ProcessingContent,
  ifMatch: string,
): Promise<ProcessingVersion> {
  await repairDecisions(deps, principal.tenantId, processingId);
  const current = await visibleProcessing(deps, principal, processingId);
  const { versions, decisions } = await deps.versions.history(principal.tenantId, processingId);
  const open = versions.find(
    (v) =>
      stateOf(
        v,
        decisions.find((d) => d.version === v.version),
      ) === 'pending',
  );
  if (
    open &&
    open.proposedBy === principal.userId &&
    open.baseEtag === ifMatch &&
    sameContent(open.content, content) &&
    !(await audited(deps, open, 'proposed'))
  ) {
    return finishProposal(deps, principal, current, open);
  }
  if (current.value.status === 'rejected') throw rejectedFinal(current.value.name);
  if (current.etag !== ifMatch) throw processingChanged(current.value.name);
  if (content.name !== current.value.name || content.organisationUnit !== current.value.organisationUnit) {
    throw new ValidationError([
      fieldError(
        'name',
        'proposal.identityChanged',
        {},
        'name and organisation unit identify the processing and cannot be changed by a proposal; report a new processing instead',
      ),
    ]);
  }
  if (open)
    throw new ConflictError(
      'proposal.alreadyOpen',
      { version: open.version },
      `a change (version ${open.version}) is already awaiting review; it already exists`,
    );
  const changes = diffProcessing(contentOf(current.value), content);
  if (changes.length === 0) throw new ValidationError([fieldError('', 'proposal.noChanges', {}, 'the proposal changes nothing')]);
  const next = Math.max(current.value.version, ...versions.map((v) => v.version)) + 1;
  const at = deps.clock.now();
  const isApproved = current.value.status === 'approved';
  const version = versionOf(
    current.value,
    next,
    isApproved ? current.value.version : null,
    current.etag,
    changes,
    principal.userId,
    at,
    isApproved ? 'proposal' : 'report',
    content,
  );
  // Creating the version document is the concurrency guard: two proposals on the same base get the same number.
  await deps.versions.createVersion(version).catch((error: unknown) => {
    throw error instanceof ConflictError ? processingChanged(current.value.name) : error;
  });
  return finishProposal(deps, principal, current, version);
}

/** Everything after the version document; each step is a no-op when an earlier run already wrote it. */
async function finishProposal(
  deps: ReviewDependencies,
  principal: Principal,
  current: Stored<Processing>,
  version: ProcessingVersion,
): Promise<ProcessingVersion> {
  const at = new Date(version.proposedAt);
  if (version.origin === 'report' && current.etag === version.baseEtag) {
    // Not yet in the register: the pending document itself carries the revised content for reviewers.
    await deps.processings.replace(
      { ...revisedProcessing(current.value, version.content, by(principal, at), 'pending'), version: version.version },
      current.etag,
    );
  }
  await notifyReviewers(deps, principal, current.value, version);
  // Last, so that a proposal with its audit event is complete and sending it again is refused as before.
  await audit(deps, principal.userId, version, 'proposed', at);
  return version;
}
