import { ConflictError, PreconditionFailedError, ValidationError } from '@prt/domain/errors';
import { dateInZone } from '@prt/domain/deadlines/plainDate';
import { entityId } from '@prt/domain/identity';
import type { Principal } from '@prt/domain/principal';
import { isRegisterReviewer } from '@prt/domain/processingVisibility';
import type { RegisterProcessor, RegisterSystem } from '@prt/domain/register/entities';
import { foldEntityName, validateProcessorInput, validateSystemInput, type ProcessorInput, type SystemInput } from '@prt/domain/register/entityValidation';
import { requireRole } from '../../auth/authenticator.js';
import type { EntityRepository } from '../../store/entityRepository.js';
import type { Stored } from '../../store/processingRepository.js';
import { WorkingDayCalendar } from '@prt/domain/deadlines/workingDays';
import { entityNotFound, type EntityDependencies, type EntityKind } from './entityDependencies.js';
import { auditEntity } from './entityReferenceRewrite.js';
import { propagateEntity } from './referencePropagation.js';

type Entity = RegisterSystem | RegisterProcessor;
type Input = SystemInput | ProcessorInput;

function repository(deps: Pick<EntityDependencies, 'systems' | 'processors'>, kind: EntityKind): EntityRepository<Entity> {
  return kind === 'system' ? deps.systems : deps.processors;
}

function validated(kind: EntityKind, body: unknown): Input {
  const result = kind === 'system' ? validateSystemInput(body) : validateProcessorInput(body);
  if (!result.ok) throw new ValidationError(result.errors);
  return result.value;
}

function nameTaken(kind: EntityKind, name: string): ConflictError {
  return kind === 'system'
    ? new ConflictError('system.nameTaken', { name }, `an IT system named "${name}" already exists`)
    : new ConflictError('processor.nameTaken', { name }, `a processor named "${name}" already exists`);
}

function writer(principal: Principal): void {
  requireRole(principal, 'dpo', 'admin');
}

export function today(deps: Pick<EntityDependencies, 'clock' | 'tenants'>, tenantId: string): string {
  return dateInZone(deps.clock.now(), new WorkingDayCalendar(deps.tenants.settings(tenantId).calendar).timeZone);
}

export async function listEntities(deps: EntityDependencies, principal: Principal, kind: EntityKind): Promise<Entity[]> {
  return repository(deps, kind).list(principal.tenantId);
}

export async function getEntity(deps: EntityDependencies, principal: Principal, kind: EntityKind, id: string): Promise<Stored<Entity>> {
  const stored = await repository(deps, kind).get(principal.tenantId, id);
  if (!stored) throw entityNotFound(kind);
  return stored;
}

/** An active entity with the same folded name, other than `exceptId`. */
async function sameName(
  deps: Pick<EntityDependencies, 'systems' | 'processors'>,
  tenantId: string,
  kind: EntityKind,
  name: string,
  exceptId?: string,
): Promise<Entity | undefined> {
  const folded = foldEntityName(name);
  return (await repository(deps, kind).list(tenantId)).find((e) => e.id !== exceptId && !e.retired && foldEntityName(e.name) === folded);
}

/**
 * Creates a system or processor. The id comes from the folded name, so two creations of one name at the same
 * moment collide in the store and the second is told the name is taken rather than making a duplicate.
 */
export async function createEntity(deps: EntityDependencies, principal: Principal, kind: EntityKind, body: unknown): Promise<Stored<Entity>> {
  writer(principal);
  const input = validated(kind, body);
  return createFromInput(deps, principal.tenantId, principal.userId, kind, input);
}

export type CreationDependencies = Pick<EntityDependencies, 'systems' | 'processors' | 'audit' | 'clock'>;

export async function createFromInput(deps: CreationDependencies, tenantId: string, actorId: string, kind: EntityKind, input: Input): Promise<Stored<Entity>> {
  const repo = repository(deps, kind);
  if (await sameName(deps, tenantId, kind, input.name)) throw nameTaken(kind, input.name);
  const at = deps.clock.now().toISOString();
  const folded = foldEntityName(input.name);
  for (let attempt = 0; attempt < 20; attempt++) {
    const entity = {
      ...input,
      id: entityId(kind, folded, attempt),
      tenantId,
      version: 1,
      createdAt: at,
      createdBy: actorId,
      updatedAt: at,
      updatedBy: actorId,
    } as Entity;
    try {
      const stored = await repo.create(entity);
      await auditEntity(deps, stored.value, 'entityCreated', actorId, at, Object.keys(input).sort());
      return stored;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // The id is held: by the same name created a moment ago (then the name is taken), or by an entity renamed since.
      const holder = await repo.get(tenantId, entity.id);
      if (holder && foldEntityName(holder.value.name) === folded && !holder.value.retired) throw nameTaken(kind, input.name);
    }
  }
  throw nameTaken(kind, input.name);
}

/**
 * Changes a system or processor and brings every processing that links it in line (a rename rewrites their
 * references). Sending the same change again after a failure writes nothing new and completes the propagation.
 */
export async function updateEntity(
  deps: EntityDependencies,
  principal: Principal,
  kind: EntityKind,
  id: string,
  body: unknown,
  ifMatch: string,
): Promise<Stored<Entity>> {
  writer(principal);
  const input = validated(kind, body);
  const repo = repository(deps, kind);
  const stored = await repo.get(principal.tenantId, id);
  if (!stored) throw entityNotFound(kind);
  const changed = changedFields(stored.value, input);
  let result = stored;
  if (changed.length > 0) {
    if (stored.etag !== ifMatch) throw changedByOthers(kind, stored.value.name);
    if (changed.includes('name') && (await sameName(deps, principal.tenantId, kind, input.name, id))) throw nameTaken(kind, input.name);
    const at = deps.clock.now().toISOString();
    result = await repo.replace({ ...stored.value, ...input, version: stored.value.version + 1, updatedAt: at, updatedBy: principal.userId }, stored.etag);
  }
  await propagateEntity(deps, principal.tenantId, kind, id, principal.userId);
  // Last and keyed by version, so a change whose propagation was cut short is recorded once, when it completes.
  if (result.value.version > 1 || changed.length > 0)
    await auditEntity(deps, result.value, 'entityUpdated', result.value.updatedBy, result.value.updatedAt, changed.length ? changed : ['(unchanged)']);
  return result;
}

/** Retired entities stay linked from the processings that name them, and a retired processor has no supervision deadline. */
export async function retireEntity(deps: EntityDependencies, principal: Principal, kind: EntityKind, id: string, ifMatch: string): Promise<Stored<Entity>> {
  writer(principal);
  const repo = repository(deps, kind);
  const stored = await repo.get(principal.tenantId, id);
  if (!stored) throw entityNotFound(kind);
  if (stored.value.retired) return stored;
  if (stored.etag !== ifMatch) throw changedByOthers(kind, stored.value.name);
  const at = deps.clock.now();
  const retired = await repo.replace(
    {
      ...stored.value,
      retired: { on: today(deps, principal.tenantId), by: principal.userId },
      version: stored.value.version + 1,
      updatedAt: at.toISOString(),
      updatedBy: principal.userId,
    },
    stored.etag,
  );
  await auditEntity(deps, retired.value, 'entityRetired', principal.userId, at.toISOString(), ['retired']);
  return retired;
}

function changedByOthers(kind: EntityKind, name: string): PreconditionFailedError {
  return new PreconditionFailedError('document.changed', {}, `${kind} "${name}" was changed by someone else; reload it and apply your change again`);
}

function changedFields(stored: Entity, input: Input): string[] {
  const before = stored as unknown as Record<string, unknown>;
  const after = input as unknown as Record<string, unknown>;
  return Object.keys(after)
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .sort();
}

/** Whether the caller may see a processor's agreements in full (supervision, outcome, references). */
export function seesAgreementInternals(principal: Principal): boolean {
  return isRegisterReviewer(principal);
}
