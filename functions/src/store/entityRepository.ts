import type { RegisterProcessor, RegisterSystem } from '@prt/domain/register/entities';
import type { Stored } from './processingRepository.js';

/** Register entities (IT systems, processors) of a tenant. Implementations throw the errors in domain/errors.ts. */
export interface EntityRepository<T extends { id: string; tenantId: string; name: string }> {
  get(tenantId: string, id: string): Promise<Stored<T> | undefined>;
  /** Every entity of the tenant, retired ones included, in name order. */
  list(tenantId: string): Promise<T[]>;
  /** Throws ConflictError when the id is taken. */
  create(entity: T): Promise<Stored<T>>;
  /** Throws PreconditionFailedError when etag is stale, NotFoundError when the document is gone. */
  replace(entity: T, etag: string): Promise<Stored<T>>;
}

export type SystemRepository = EntityRepository<RegisterSystem>;
export type ProcessorRepository = EntityRepository<RegisterProcessor>;
