import { refreshReferences } from '@prt/domain/entityReferences';
import type { Principal } from '@prt/domain/principal';
import type { ItSystem, ProcessingContent, Processor } from '@prt/domain/processing';
import type { RegisterProcessor, RegisterSystem } from '@prt/domain/register/entities';
import { foldEntityName } from '@prt/domain/register/entityValidation';
import { requireRole } from '../../auth/authenticator.js';
import type { EntityDependencies } from './entityDependencies.js';
import { entityLookup } from './entityLinks.js';
import { rewriteProcessingReferences } from './entityReferenceRewrite.js';
import { createFromInput, type CreationDependencies } from './entityUseCases.js';
import { ConflictError } from '@prt/domain/errors';

export interface LinkReport {
  systemsCreated: number;
  processorsCreated: number;
  processingsLinked: number;
}

export function emptySystem(name: string, kind: string) {
  return { name, kind, supplier: '', systemOwner: '', hosting: 'unknown' as const, location: '', archiveDuty: false, notes: '' };
}

export function emptyProcessor(name: string, agreementInPlace: boolean) {
  return {
    name,
    organisationNumber: '',
    location: '',
    contact: '',
    // A name recorded with "agreement in place" keeps that fact as an agreement without details.
    agreements: agreementInPlace ? [{ id: 'dpa-1', inPlace: true, reference: '', subProcessors: [] }] : [],
    notes: '',
  };
}

/** Entities by folded name: active ones first, so a retired namesake is not linked when an active one exists. */
export function byFoldedName<T extends RegisterSystem | RegisterProcessor>(entities: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const e of [...entities].sort((a, b) => Number(Boolean(b.retired)) - Number(Boolean(a.retired)))) map.set(foldEntityName(e.name), e);
  return map;
}

/** Links plain names to the entities of the same folded name, leaving names it cannot link as they are. */
export function linkByName(content: ProcessingContent, systems: Map<string, { id: string }>, processors: Map<string, { id: string }>) {
  const changed: string[] = [];
  const sys = content.systems.map((s, i): ItSystem => {
    const e = s.id ? undefined : systems.get(foldEntityName(s.name));
    if (!e) return s;
    changed.push(`systems[${i}].id`);
    return { id: e.id, ...s };
  });
  const proc = content.processors.map((p, i): Processor => {
    const e = p.id ? undefined : processors.get(foldEntityName(p.name));
    if (!e) return p;
    changed.push(`processors[${i}].id`);
    return { id: e.id, ...p };
  });
  return { value: changed.length ? { ...content, systems: sys, processors: proc } : content, changed };
}

/**
 * The one-off move of a register whose systems and processors are plain names: an entity for each distinct
 * (folded) name, created when missing, and every processing and pending proposal linked to them by id. Names,
 * kinds and the agreement flag are kept as they were. Running it again creates and links nothing new.
 */
export async function linkEntities(deps: EntityDependencies, principal: Principal): Promise<LinkReport> {
  requireRole(principal, 'dpo', 'admin');
  return linkTenantEntities(deps, principal.tenantId, principal.userId);
}

export async function linkTenantEntities(deps: EntityDependencies, tenantId: string, actorId: string): Promise<LinkReport> {
  const report: LinkReport = { systemsCreated: 0, processorsCreated: 0, processingsLinked: 0 };
  const processings = await deps.processings.list(tenantId);
  const pending = await deps.versions.undecided(tenantId);
  const contents = [...processings, ...pending.map((v) => v.content)];
  const systems = byFoldedName(await deps.systems.list(tenantId));
  const processors = byFoldedName(await deps.processors.list(tenantId));
  for (const c of contents) {
    for (const s of c.systems) {
      const key = foldEntityName(s.name);
      if (s.id || !key || systems.has(key)) continue;
      systems.set(key, (await createOrFind(deps, tenantId, actorId, 'system', emptySystem(s.name, s.kind))) as RegisterSystem);
      report.systemsCreated++;
    }
    for (const p of c.processors) {
      const key = foldEntityName(p.name);
      if (p.id || !key || processors.has(key)) continue;
      processors.set(key, (await createOrFind(deps, tenantId, actorId, 'processor', emptyProcessor(p.name, p.agreementInPlace))) as RegisterProcessor);
      report.processorsCreated++;
    }
  }
  const lookup = await entityLookup(deps, tenantId);
  const rewrite = (content: ProcessingContent) => {
    const byName = linkByName(content, systems, processors);
    const refreshed = refreshReferences(byName.value, lookup);
    return { value: refreshed.value, changed: [...byName.changed, ...refreshed.changed] };
  };
  // Only processings with something to link are read again and written; on a linked register this is reads only.
  const ids = new Set([
    ...processings.filter((p) => rewrite(p).changed.length > 0).map((p) => p.id),
    ...pending.filter((v) => rewrite(v.content).changed.length > 0).map((v) => v.processingId),
  ]);
  for (const id of ids) {
    const linked = await rewriteProcessingReferences(deps, tenantId, id, rewrite, actorId, 'link-entities');
    if (linked) report.processingsLinked++;
  }
  return report;
}

/** Creates the entity, or returns the one a concurrent run (or an earlier, interrupted one) created under that name. */
export async function createOrFind(
  deps: CreationDependencies,
  tenantId: string,
  actorId: string,
  kind: 'system' | 'processor',
  input: ReturnType<typeof emptySystem> | ReturnType<typeof emptyProcessor>,
): Promise<RegisterSystem | RegisterProcessor> {
  try {
    return (await createFromInput(deps, tenantId, actorId, kind, input)).value;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const folded = foldEntityName(input.name);
    const list = kind === 'system' ? await deps.systems.list(tenantId) : await deps.processors.list(tenantId);
    const found = byFoldedName<RegisterSystem | RegisterProcessor>(list).get(folded);
    if (!found) throw error;
    return found;
  }
}
