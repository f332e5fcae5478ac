import { ValidationError } from '@prt/domain/errors';
import { refreshReferences, type EntityLookup, type LinkedProcessor, type LinkedSystem } from '@prt/domain/entityReferences';
import type { ProcessingContent } from '@prt/domain/processing';
import type { RegisterProcessor, RegisterSystem } from '@prt/domain/register/entities';
import { fieldError, type FieldError } from '@prt/domain/validation';
import type { EntityDependencies } from './entityDependencies.js';

export function linkedSystem(s: RegisterSystem): LinkedSystem {
  return { name: s.name, kind: s.kind };
}

export function linkedProcessor(p: RegisterProcessor): LinkedProcessor {
  return { name: p.name, agreementInPlace: p.agreements.some((a) => a.inPlace) };
}

/** What processings show of every entity of the tenant, by id. */
export async function entityLookup(deps: Pick<EntityDependencies, 'systems' | 'processors'>, tenantId: string): Promise<EntityLookup> {
  const [systems, processors] = await Promise.all([deps.systems.list(tenantId), deps.processors.list(tenantId)]);
  return {
    systems: new Map(systems.map((s) => [s.id, linkedSystem(s)])),
    processors: new Map(processors.map((p) => [p.id, linkedProcessor(p)])),
  };
}

/**
 * Content a client submitted, with each linked reference checked against the register's entities and its copy
 * taken from the entity (the client may hold a name from before a rename). An id the tenant has no entity for
 * is refused with a field error; a reference without an id is a plain name and stays one.
 */
export async function resolveEntityLinks(
  deps: Pick<EntityDependencies, 'systems' | 'processors'>,
  tenantId: string,
  content: ProcessingContent,
): Promise<ProcessingContent> {
  if (!content.systems.some((s) => s.id) && !content.processors.some((p) => p.id)) return content;
  const lookup = await entityLookup(deps, tenantId);
  const errors: FieldError[] = [];
  content.systems.forEach((s, i) => {
    if (s.id && !lookup.systems.has(s.id)) errors.push(fieldError(`systems[${i}].id`, 'link.unknownSystem', {}, 'no IT system with this id'));
  });
  content.processors.forEach((p, i) => {
    if (p.id && !lookup.processors.has(p.id)) errors.push(fieldError(`processors[${i}].id`, 'link.unknownProcessor', {}, 'no processor with this id'));
  });
  if (errors.length > 0) throw new ValidationError(errors);
  return refreshReferences(content, lookup).value;
}
