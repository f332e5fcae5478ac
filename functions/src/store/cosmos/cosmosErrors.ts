import { ConflictError, NotFoundError, PreconditionFailedError } from '@prt/domain/errors';

/** Maps the Cosmos SDK's status codes to domain errors so callers never see SDK types. */
export function translateCosmosError(error: unknown, what: string): Error {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 412) return new PreconditionFailedError('document.changed', {}, `${what} was changed by someone else; reload it and apply your change again`);
  if (code === 409) return new ConflictError('document.exists', {}, `${what} already exists`);
  if (code === 404) return new NotFoundError('document.notFound', {}, `${what} not found`);
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
