import type { Processing, ProcessingStatus } from '@prt/domain/processing';

export interface Stored<T> {
  value: T;
  /** Opaque version token; pass it back to replace() so a stale write fails instead of overwriting. */
  etag: string;
}

export interface ProcessingFilter {
  organisationUnit?: string;
  status?: ProcessingStatus;
}

export interface PageRequest {
  limit: number;
  /** The store's own continuation token from the previous page; absent for the first page. */
  continuation?: string;
}

export interface Page<T> {
  items: T[];
  /** Absent on the last page. */
  continuation?: string;
}

/** Current state of processings, per tenant. Implementations throw the errors in domain/errors.ts. */
export interface ProcessingRepository {
  get(tenantId: string, id: string): Promise<Stored<Processing> | undefined>;
  list(tenantId: string, filter?: ProcessingFilter): Promise<Processing[]>;
  /**
   * One page in name order. Throws ValidationError (paging.invalidContinuation) when the store refuses the
   * continuation token.
   */
  listPage(tenantId: string, filter: ProcessingFilter, page: PageRequest): Promise<Page<Processing>>;
  /** Throws ConflictError when the id is taken. */
  create(processing: Processing): Promise<Stored<Processing>>;
  /** Throws PreconditionFailedError when etag is stale, NotFoundError when the document is gone. */
  replace(processing: Processing, etag: string): Promise<Stored<Processing>>;
  /**
   * Only for undoing a write of the same request that could not be completed (an import that failed halfway).
   * Throws PreconditionFailedError when etag is stale: then someone else has written since, and it stays.
   */
  remove(tenantId: string, id: string, etag: string): Promise<void>;
  /**
   * Processings written at or after a cursor from an earlier call (0 for all), and the cursor to pass next time.
   * Lets every instance keep its in-memory search index current without a change feed.
   */
  changedSince(tenantId: string, cursor: number): Promise<{ items: Processing[]; cursor: number }>;
}
