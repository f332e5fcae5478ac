import { linksEntity, refreshReferences, type LinkedProcessor, type LinkedSystem } from '@prt/domain/entityReferences';
import type { EntityDependencies, EntityKind } from './entityDependencies.js';
import { linkedProcessor, linkedSystem } from './entityLinks.js';
import { rewriteProcessingReferences } from './entityReferenceRewrite.js';

export interface PropagationReport {
  /** Processings that link the entity. */
  linked: number;
  /** Of those, the ones whose references were rewritten by this run. */
  rewritten: number;
}

/**
 * Brings every processing that links the entity (by id), and every proposal awaiting review, in line with the
 * entity as it is stored now. It reads the entity afresh rather than taking the new name from the caller, so
 * two renames in quick succession, or a run repeated after a crash, all end at the last stored name.
 */
export async function propagateEntity(deps: EntityDependencies, tenantId: string, kind: EntityKind, id: string, actorId: string): Promise<PropagationReport> {
  const lookup = { systems: new Map<string, LinkedSystem>(), processors: new Map<string, LinkedProcessor>() };
  let version: number;
  if (kind === 'system') {
    const stored = await deps.systems.get(tenantId, id);
    if (!stored) return { linked: 0, rewritten: 0 };
    lookup.systems.set(id, linkedSystem(stored.value));
    version = stored.value.version;
  } else {
    const stored = await deps.processors.get(tenantId, id);
    if (!stored) return { linked: 0, rewritten: 0 };
    lookup.processors.set(id, linkedProcessor(stored.value));
    version = stored.value.version;
  }
  const processings = (await deps.processings.list(tenantId)).filter((p) => linksEntity(p, kind, id));
  // Proposals awaiting review on processings that do not link it yet (a proposal adding the link).
  const pendingOnly = (await deps.versions.undecided(tenantId))
    .filter((v) => linksEntity(v.content, kind, id) && !processings.some((p) => p.id === v.processingId))
    .map((v) => v.processingId);
  let rewritten = 0;
  for (const processingId of [...processings.map((p) => p.id), ...new Set(pendingOnly)]) {
    const changed = await rewriteProcessingReferences(
      deps,
      tenantId,
      processingId,
      (content) => refreshReferences(content, lookup),
      actorId,
      `${kind}:${id}:v${version}`,
    );
    if (changed) rewritten++;
  }
  return { linked: processings.length, rewritten };
}
