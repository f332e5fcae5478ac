import type { ConceptGroup } from '@prt/domain/search/thesaurus';
import type { Stored } from './processingRepository.js';

/** A tenant's own thesaurus, as its DPO edited it: one document per tenant, in the tenant's partition. */
export interface TenantThesaurus {
  id: 'thesaurus';
  tenantId: string;
  groups: ConceptGroup[];
  updatedAt: string;
  updatedBy: string;
}

export interface ThesaurusRepository {
  /** Undefined while the tenant uses the built-in thesaurus. */
  get(tenantId: string): Promise<Stored<TenantThesaurus> | undefined>;
  /** Throws ConflictError when another write created it first. */
  create(thesaurus: TenantThesaurus): Promise<Stored<TenantThesaurus>>;
  /** Throws PreconditionFailedError when etag is stale. */
  replace(thesaurus: TenantThesaurus, etag: string): Promise<Stored<TenantThesaurus>>;
}
