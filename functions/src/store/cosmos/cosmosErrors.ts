import { ConflictError, NotFoundError, PreconditionFailedError, ServiceUnavailableError } from '@prt/domain/errors';

/** Maps the Cosmos SDK's status codes to domain errors so callers never see SDK types. */
export function translateCosmosError(error: unknown, what: string): Error {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 412) return new PreconditionFailedError('document.changed', {}, `${what} was changed by someone else; reload it and apply your change again`);
  if (code === 409) return new ConflictError('document.exists', {}, `${what} already exists`);
  if (code === 404) return new NotFoundError('document.notFound', {}, `${what} not found`);
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
export class StoreUnavailableError extends ServiceUnavailableError<'store.unavailable'> {
  constructor() {
    super('store.unavailable', { retryAfterSeconds: 30 }, 'The register store cannot save changes right now; nothing was changed. Try again later.');
  }
}

/**
 * A raw SDK error for a 503 from the store, from code that does not translate; domain errors carry string
 * codes, so a numeric 503 is always the SDK's.
 */
export function isStoreUnavailable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 503;
}
