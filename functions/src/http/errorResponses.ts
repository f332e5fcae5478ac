import type { HttpResponseInit, InvocationContext } from '@azure/functions';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  PreconditionFailedError,
  PreconditionRequiredError,
  ServiceUnavailableError,
  UnauthorizedError,
  ValidationError,
} from '@prt/domain/errors';
import { ImportLimitError } from '../import/importLimits.js';
import { isStoreUnavailable, StoreUnavailableError } from '../store/cosmos/cosmosErrors.js';
import { problem } from './responses.js';

/** Status and RFC 9457 title of each kind of domain error; the first matching class wins. */
const KINDS: { kind: abstract new (...args: never[]) => DomainError; status: number; title: string }[] = [
  { kind: ValidationError, status: 400, title: 'The request has invalid fields' },
  { kind: ImportLimitError, status: 400, title: 'The file cannot be imported' },
  { kind: UnauthorizedError, status: 401, title: 'Not signed in' },
  { kind: ForbiddenError, status: 403, title: 'Not allowed' },
  { kind: NotFoundError, status: 404, title: 'Not found' },
  { kind: ConflictError, status: 409, title: 'Conflict' },
  { kind: PreconditionFailedError, status: 412, title: 'Changed by someone else' },
  { kind: PayloadTooLargeError, status: 413, title: 'Request body too large' },
  { kind: PreconditionRequiredError, status: 428, title: 'If-Match required' },
  { kind: ServiceUnavailableError, status: 503, title: 'Try again shortly' },
];

/**
 * One place that decides the status code of every error. Unexpected errors are logged by class and
 * invocation id only: messages from SDKs can contain request bodies, i.e. personal data.
 */
export function errorResponse(thrown: unknown, context: InvocationContext): HttpResponseInit {
  // A 503 from the store reached here untranslated (raw SDK call) is still the store refusing a write.
  const error = isStoreUnavailable(thrown) ? new StoreUnavailableError() : thrown;
  const domainError: DomainError | undefined = error instanceof DomainError ? (error as DomainError) : undefined;
  const known = domainError ? KINDS.find((k) => domainError instanceof k.kind) : undefined;
  if (domainError && known) {
    const error = domainError;
    return problem({
      // An import limit answers 413 when the file is too large and 400 when it is refused for its shape.
      status: error instanceof ImportLimitError ? error.status : known.status,
      title: known.title,
      code: error.code,
      params: error.params,
      detail: error.message,
      ...(error instanceof ValidationError ? { errors: error.errors } : {}),
      headers: headersFor(error),
    });
  }
  const name = error instanceof Error ? error.constructor.name : typeof error;
  context.error(`unhandled ${name} in ${context.functionName} (invocation ${context.invocationId})`);
  return problem({
    status: 500,
    title: 'Internal error',
    code: 'internal',
    params: { invocationId: context.invocationId },
    detail: `Something went wrong. Reference: ${context.invocationId}`,
  });
}

function headersFor(error: DomainError): Record<string, string> {
  if (error instanceof UnauthorizedError) return { 'www-authenticate': 'Bearer' };
  if (error instanceof ServiceUnavailableError) return { 'retry-after': String(error.retryAfterSeconds) };
  return {};
}
