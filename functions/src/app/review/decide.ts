import type { Principal } from '@prt/domain/principal';
import { ConflictError, NotFoundError, PreconditionFailedError, ValidationError } from '@prt/domain/errors';
import type { Processing } from '@prt/domain/processing';
import { proposalBaseHolds, refreshReferences } from '@prt/domain/entityReferences';
import {
  decisionApplied,
  decisionDocumentId,
  decisionProblem,
  processingAfterDecision,
  type Decision,
  type ProcessingVersion,
  type VersionDecision,
} from '@prt/domain/review';
import { requireRole } from '../../auth/authenticator.js';
import { notifyReporter } from './notifications.js';
import { displayNames, systemActorName } from './people.js';
import { processingChanged, processingNotFound, type ReviewDependencies } from './reviewDependencies.js';
import { audit } from './versionRecords.js';

export interface DecisionOutcome {
  processing: Processing;
  decision: VersionDecision;
  version: ProcessingVersion;
}

/**
 * The DPO approves, rejects or asks for changes to one version. Each version is decided once: the decision
 * document is created first and is the lock (of two DPOs deciding at the same moment exactly one creates it),
 * and everything else is applied from it idempotently, so a crash in between is completed later, never undone.
 */
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
    if (earlier.applied === false) await completeDecision(deps, version, earlier);
    throw await alreadyDecided(deps, earlier);
  }
  const latest = Math.max(...versions.map((v) => v.version));
  if (versionNumber !== latest)
    throw new ConflictError(
      'decision.superseded',
      { version: versionNumber, latest },
      `a newer version (${latest}) exists; version ${versionNumber} is superseded`,
    );
  // An approval must not overwrite a change made to the record since the proposal; checked before anything is written.
  // A rename of a linked system or processor rewrote only references meanwhile; that does not make the proposal stale.
  if (decision === 'approve' && version.baseVersion !== null && !proposalBaseHolds(current.value, current.etag, version.baseEtag))
    throw processingChanged(current.value.name);

  const record: VersionDecision = {
    id: decisionDocumentId(processingId, versionNumber),
    kind: 'decision',
    tenantId: principal.tenantId,
    processingId,
    version: versionNumber,
    decision,
    reason: reason.trim(),
    decidedBy: principal.userId,
    decidedAt: deps.clock.now().toISOString(),
    applied: false,
  };
  try {
    await deps.versions.createDecision(record);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    // Another DPO decided this version at the same moment and created the decision first: theirs stands.
    const { decisions: now } = await deps.versions.history(principal.tenantId, processingId);
    const winner = now.find((d) => d.version === versionNumber);
    throw winner ? await alreadyDecided(deps, winner) : error;
  }
  const processing = await completeDecision(deps, version, record);
  return { processing, decision: { ...record, applied: true }, version };
}

/**
 * Writes a recorded decision's effects: the record, the audit event, the reporter's message, then the applied
 * flag. Each step is a no-op when already done, so running this again after any crash finishes the decision once.
 */
export async function completeDecision(deps: ReviewDependencies, version: ProcessingVersion, record: VersionDecision): Promise<Processing> {
  const processing = await applyToRecord(deps, version, record);
  const action = record.decision === 'approve' ? 'approved' : record.decision === 'reject' ? 'rejected' : 'changesRequested';
  await audit(deps, record.decidedBy, version, action, new Date(record.decidedAt));
  await notifyReporter(deps, version, processing, record);
  await deps.versions.markDecisionApplied(record);
  return processing;
}

async function applyToRecord(deps: ReviewDependencies, version: ProcessingVersion, record: VersionDecision): Promise<Processing> {
  // The decision is final once recorded, so a write that slipped in meanwhile (a review date) is applied over, not lost to.
  for (let attempt = 0; ; attempt++) {
    const current = await deps.processings.get(version.tenantId, version.processingId);
    if (!current) throw processingNotFound();
    if (decisionApplied(current.value, version, record.decision)) return current.value;
    try {
      return (await deps.processings.replace(await withCurrentReferences(deps, processingAfterDecision(current.value, version, record)), current.etag)).value;
    } catch (error) {
      if (!(error instanceof PreconditionFailedError) || attempt >= 5) throw error;
    }
  }
}

/**
 * The decided record with each linked system's and processor's current name: a proposal written while the entity
 * was being renamed may carry the name from before, and the rename's pass over pending proposals may have missed it.
 */
async function withCurrentReferences(deps: ReviewDependencies, processing: Processing): Promise<Processing> {
  if (!deps.systems || !deps.processors) return processing;
  if (!processing.systems.some((s) => s.id) && !processing.processors.some((p) => p.id)) return processing;
  const [systems, processors] = await Promise.all([deps.systems.list(processing.tenantId), deps.processors.list(processing.tenantId)]);
  return refreshReferences(processing, {
    systems: new Map(systems.map((s) => [s.id, { name: s.name, kind: s.kind }])),
    processors: new Map(processors.map((p) => [p.id, { name: p.name, agreementInPlace: p.agreements.some((a) => a.inPlace) }])),
  }).value;
}

/** Completes decisions a crash left half-written, for one processing or the whole tenant. Returns how many. */
export async function repairDecisions(deps: ReviewDependencies, tenantId: string, processingId?: string): Promise<number> {
  const unapplied = await deps.versions.unappliedDecisions(tenantId, processingId);
  for (const record of unapplied) {
    const { versions } = await deps.versions.history(tenantId, record.processingId);
    const version = versions.find((v) => v.version === record.version);
    if (version) await completeDecision(deps, version, record);
  }
  return unapplied.length;
}

async function alreadyDecided(deps: ReviewDependencies, earlier: VersionDecision): Promise<ConflictError<'decision.alreadyMade'>> {
  const by = (await displayNames(deps.directory, earlier.tenantId, [earlier.decidedBy])).get(earlier.decidedBy) ?? systemActorName(earlier.decidedBy);
  return new ConflictError(
    'decision.alreadyMade',
    { version: earlier.version, by, at: earlier.decidedAt },
    `a decision on version ${earlier.version} already exists`,
  );
}
