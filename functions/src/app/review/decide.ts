import type { Principal } from '@prt/domain/principal';
import { ConflictError, NotFoundError, ValidationError } from '@prt/domain/errors';
import type { Processing } from '@prt/domain/processing';
import { decisionDocumentId, decisionProblem, statusAfterDecision, type Decision, type ProcessingVersion, type VersionDecision } from '@prt/domain/review';
import { requireRole } from '../../auth/authenticator.js';
import { notifyReporter } from './notifications.js';
import { processingNotFound, type ReviewDependencies } from './reviewDependencies.js';
import { displayNames, systemActorName } from './queries.js';
import { audit } from './versionRecords.js';

export interface DecisionOutcome {
  processing: Processing;
  decision: VersionDecision;
  version: ProcessingVersion;
}

/** The DPO approves, rejects or asks for changes to one version. Each version is decided once. */
export async function decide(
  deps: ReviewDependencies,
  principal: Principal,
  processingId: string,
  versionNumber: number,
  decision: Decision,
  reason: string,
): Promise<DecisionOutcome> {
  requireRole(principal, 'dpo');
  const problem = decisionProblem(decision, reason);
  if (problem) throw new ValidationError([problem]);
  const current = await deps.processings.get(principal.tenantId, processingId);
  if (!current) throw processingNotFound();
  const { versions, decisions } = await deps.versions.history(principal.tenantId, processingId);
  const version = versions.find((v) => v.version === versionNumber);
  if (!version) throw new NotFoundError('version.notFound', { version: versionNumber }, `version ${versionNumber} not found`);
  const earlier = decisions.find((d) => d.version === versionNumber);
  if (earlier) {
    const by = (await displayNames(deps.directory, principal.tenantId, [earlier.decidedBy])).get(earlier.decidedBy) ?? systemActorName(earlier.decidedBy);
    throw new ConflictError(
      'decision.alreadyMade',
      { version: versionNumber, by, at: earlier.decidedAt },
      `a decision on version ${versionNumber} already exists`,
    );
  }
  const latest = Math.max(...versions.map((v) => v.version));
  if (versionNumber !== latest)
    throw new ConflictError(
      'decision.superseded',
      { version: versionNumber, latest },
      `a newer version (${latest}) exists; version ${versionNumber} is superseded`,
    );

  const at = deps.clock.now();
  const isNewReport = version.baseVersion === null;
  let processing = current.value;
  if (decision === 'approve' || isNewReport) {
    // Applied before the decision is recorded: if the record changed since the proposal (412) nothing is decided.
    const expectedEtag = isNewReport ? current.etag : (version.baseEtag ?? '');
    const status = statusAfterDecision(current.value.status, decision, isNewReport);
    const next: Processing =
      decision === 'approve'
        ? { ...current.value, ...version.content, status, version: versionNumber, updatedAt: at.toISOString(), updatedBy: version.proposedBy }
        : { ...current.value, status };
    processing = (await deps.processings.replace(next, expectedEtag)).value;
  }
  const record: VersionDecision = {
    id: decisionDocumentId(processingId, versionNumber),
    kind: 'decision',
    tenantId: principal.tenantId,
    processingId,
    version: versionNumber,
    decision,
    reason: reason.trim(),
    decidedBy: principal.userId,
    decidedAt: at.toISOString(),
  };
  await deps.versions.createDecision(record);
  await audit(deps, principal.userId, version, decision === 'approve' ? 'approved' : decision === 'reject' ? 'rejected' : 'changesRequested', at);
  await notifyReporter(deps, version, processing, record);
  return { processing, decision: record, version };
}
