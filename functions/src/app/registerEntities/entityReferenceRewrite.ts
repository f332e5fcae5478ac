import { ConflictError, PreconditionFailedError } from '@prt/domain/errors';
import { proposalBaseHolds, referencesRewriteMark } from '@prt/domain/entityReferences';
import type { ProcessingContent } from '@prt/domain/processing';
import { contentOf } from '@prt/domain/processingLifecycle';
import { stateOf, type ProcessingVersion } from '@prt/domain/review';
import type { AuditEvent } from '../../store/versionRepository.js';
import type { EntityDependencies } from './entityDependencies.js';

type Rewrite = (content: ProcessingContent) => { value: ProcessingContent; changed: string[] };

const MAX_ATTEMPTS = 20;

/**
 * Rewrites the system/processor references of one processing and of its versions awaiting review, as a system
 * change: no new version, no approval round, one audit event. Every step is a no-op when already done, so a run
 * cut short anywhere is completed by running it again. The record's write carries a mark with the ETag it
 * replaced, so a change proposal based on that ETag can still be approved (see proposalBaseHolds), and the
 * proposal is moved onto the new ETag afterwards; a crash in between is finished from the mark.
 */
export async function rewriteProcessingReferences(
  deps: Pick<EntityDependencies, 'processings' | 'versions' | 'audit' | 'clock'>,
  tenantId: string,
  processingId: string,
  rewrite: Rewrite,
  actorId: string,
  auditKey: string,
): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    const current = await deps.processings.get(tenantId, processingId);
    if (!current) return false;
    const { versions, decisions } = await deps.versions.history(tenantId, processingId);
    const undecided = versions.filter(
      (v) =>
        stateOf(
          v,
          decisions.find((d) => d.version === v.version),
        ) === 'pending',
    );
    const mark = current.value.referencesRewrittenFrom;
    const markHolds = mark !== undefined && proposalBaseHolds(current.value, current.etag, mark.etag);
    const revised = new Map<number, ProcessingVersion>();
    for (const v of undecided) {
      const { value, changed } = rewrite(v.content);
      // An earlier rewrite's proposal still on the ETag before it: moved on now that the record is known to be ours.
      const rebase = markHolds && v.baseVersion !== null && v.baseEtag === mark.etag;
      const next = { ...v, content: value, ...(rebase ? { baseEtag: current.etag } : {}) };
      if (changed.length > 0 || rebase) await deps.versions.reviseUndecided(next);
      revised.set(v.version, next);
    }
    const { value, changed } = rewrite(contentOf(current.value));
    if (changed.length === 0) return false;
    // Recorded before the write it describes, under a key of its own, so a run cut short and run again records it once.
    await appendOnce(deps, {
      id: `${processingId}~refs~${auditKey}`,
      tenantId,
      processingId,
      version: current.value.version,
      action: 'referencesRefreshed',
      actorId,
      at: deps.clock.now().toISOString(),
      changedFields: changed,
    });
    let written;
    try {
      written = await deps.processings.replace(
        { ...current.value, ...value, referencesRewrittenFrom: referencesRewriteMark(current.value, current.etag) },
        current.etag,
      );
    } catch (error) {
      // Someone else wrote the record meanwhile (an approval, a review date): read it again and rewrite that.
      if (error instanceof PreconditionFailedError && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
    for (const v of revised.values()) {
      if (v.baseVersion !== null && v.baseEtag === current.etag) await deps.versions.reviseUndecided({ ...v, baseEtag: written.etag });
    }
    return true;
  }
}

async function appendOnce(deps: Pick<EntityDependencies, 'audit'>, event: AuditEvent): Promise<void> {
  try {
    await deps.audit.append(event);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}

/** An audit event about an entity itself; its id is derived from the entity version so a re-run records it once. */
export async function auditEntity(
  deps: Pick<EntityDependencies, 'audit'>,
  entity: { id: string; tenantId: string; version: number },
  action: 'entityCreated' | 'entityUpdated' | 'entityRetired',
  actorId: string,
  at: string,
  changedFields: string[],
): Promise<void> {
  await appendOnce(deps, {
    id: `${entity.id}~v${entity.version}~${action}`,
    tenantId: entity.tenantId,
    processingId: entity.id,
    version: entity.version,
    action,
    actorId,
    at,
    changedFields,
  });
}
