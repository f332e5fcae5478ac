import { ConflictError, PreconditionFailedError, ValidationError } from '@prt/domain/errors';
import type { Principal } from '@prt/domain/principal';
import { DEFAULT_THESAURUS, validateThesaurus, type ConceptGroup } from '@prt/domain/search/thesaurus';
import { requireRole } from '../auth/authenticator.js';
import type { Clock } from '../time/clock.js';
import type { ThesaurusRepository } from '../store/thesaurusRepository.js';
import type { RegisterSearch } from './registerSearch.js';

/**
 * The ETag of a tenant that still uses the built-in thesaurus: there is no document yet, but the first save must
 * still say which version it edited, so two DPOs saving their first edit at once do not overwrite each other.
 */
export const BUILT_IN_ETAG = '"built-in"';

export interface ThesaurusView {
  groups: ConceptGroup[];
  /** False while the tenant uses the built-in groups. */
  custom: boolean;
  etag: string;
}

export interface ThesaurusDependencies {
  thesauri: ThesaurusRepository;
  search: RegisterSearch;
  clock: Clock;
}

export async function getThesaurus(deps: ThesaurusDependencies, principal: Principal): Promise<ThesaurusView> {
  requireRole(principal, 'dpo', 'admin');
  const stored = await deps.thesauri.get(principal.tenantId);
  return stored
    ? { groups: stored.value.groups, custom: true, etag: stored.etag }
    : { groups: DEFAULT_THESAURUS.map(copyGroup), custom: false, etag: BUILT_IN_ETAG };
}

/** Saves the DPO's groups over the version named by ifMatch and applies them to the tenant's search at once. */
export async function saveThesaurus(deps: ThesaurusDependencies, principal: Principal, body: unknown, ifMatch: string): Promise<ThesaurusView> {
  requireRole(principal, 'dpo', 'admin');
  const groups = (body && typeof body === 'object' ? (body as { groups?: unknown }).groups : undefined) ?? body;
  const validated = validateThesaurus(groups);
  if (!validated.ok) throw new ValidationError(validated.errors);
  const current = await deps.thesauri.get(principal.tenantId);
  const currentEtag = current?.etag ?? BUILT_IN_ETAG;
  if (ifMatch !== currentEtag) throw changed();
  const document = {
    id: 'thesaurus' as const,
    tenantId: principal.tenantId,
    groups: validated.value,
    updatedAt: deps.clock.now().toISOString(),
    updatedBy: principal.userId,
  };
  let saved;
  try {
    saved = current ? await deps.thesauri.replace(document, current.etag) : await deps.thesauri.create(document);
  } catch (error) {
    if (error instanceof PreconditionFailedError || error instanceof ConflictError) throw changed();
    throw error;
  }
  deps.search.setThesaurus(principal.tenantId, saved.value.groups);
  return { groups: saved.value.groups, custom: true, etag: saved.etag };
}

function changed() {
  return new PreconditionFailedError('thesaurus.changed', {}, 'the thesaurus was changed by someone else; reload it and apply your change again');
}

function copyGroup(group: ConceptGroup): ConceptGroup {
  return { id: group.id, domain: group.domain, terms: { sv: [...group.terms.sv], da: [...group.terms.da], en: [...group.terms.en] } };
}
