import { ConflictError, NotFoundError, PreconditionFailedError } from '@prt/domain/errors';

/** Maps the Cosmos SDK's status codes to domain errors so callers never see SDK types. */
export function translateCosmosError(error: unknown, what: string): Error {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 412) return new PreconditionFailedError(what);
  if (code === 409) return new ConflictError(what);
  if (code === 404) return new NotFoundError(what);
  if (code === 503) return new StoreUnavailableError();
  return error instanceof Error ? error : new Error(String(error));
}

/** Cosmos adds system properties (_rid, _self, _etag, _ts, _attachments); domain documents never carry them. */
export function stripSystemProperties<T extends object>(resource: T): T {
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(resource as Record<string, unknown>)) {
    if (!key.startsWith('_')) clean[key] = value;
  }
  return clean as T;
}

/** The store could not make a write durable (locally: a full disk under the journal); nothing was applied. */
export class StoreUnavailableError extends Error {
  readonly retryAfterSeconds = 30;
  constructor() {
    super('The register store cannot save changes right now; nothing was changed. Try again later.');
    this.name = 'StoreUnavailableError';
  }
}

/** A raw SDK error (from code that does not translate) for a 503 from the store. */
export function isStoreUnavailable(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 503 && (error as { name?: unknown }).name !== 'ServiceUnavailableError';
}
