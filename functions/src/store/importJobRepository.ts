import type { Stored } from './processingRepository.js';

/** One processing an import writes: the version it gets and the version it replaces (null for a new one). */
export interface ImportJobStep {
  processingId: string;
  version: number;
  previousVersion: number | null;
}

/**
 * The plan of one import, written before any row is: its id is derived from the tenant, the file's rows and
 * its name, so running the same file again finds the plan and completes it instead of starting over.
 */
export interface ImportJob {
  id: string;
  kind: 'importJob';
  tenantId: string;
  fileName: string;
  actorId: string;
  at: string;
  state: 'running' | 'completed';
  outcome: { created: number; updated: number; unchanged: number };
  steps: ImportJobStep[];
}

export interface ImportJobRepository {
  get(tenantId: string, id: string): Promise<Stored<ImportJob> | undefined>;
  /** Throws ConflictError when the same import is being planned at the same time. */
  create(job: ImportJob): Promise<Stored<ImportJob>>;
  /** Throws PreconditionFailedError when etag is stale. */
  replace(job: ImportJob, etag: string): Promise<Stored<ImportJob>>;
}
