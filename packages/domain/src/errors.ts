import type { ErrorCode, ErrorParams } from './errorCodes.js';
import type { FieldError } from './validation.js';

/**
 * Every error the domain and its adapters raise on purpose. `code` and `params` are stable and what clients
 * translate; `message` is developer English for logs and the CLI. The HTTP layer maps each kind to one status
 * by class (instanceof), never by name.
 */
export abstract class DomainError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    readonly params: ErrorParams<C>,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** One or more fields of the request are invalid; each field error has its own code. */
export class ValidationError extends DomainError<'request.invalid'> {
  constructor(readonly errors: FieldError[]) {
    super('request.invalid', { count: errors.length }, `invalid input: ${errors.map((e) => `${e.field || '(body)'} ${e.message}`).join('; ')}`);
  }
}

export class NotFoundError<C extends ErrorCode = ErrorCode> extends DomainError<C> {}

/** The document changed since the caller read it (stale ETag). */
export class PreconditionFailedError<C extends ErrorCode = ErrorCode> extends DomainError<C> {}

/** A write that must name the version it changes (If-Match) did not. */
export class PreconditionRequiredError<C extends ErrorCode = ErrorCode> extends DomainError<C> {}

export class ConflictError<C extends ErrorCode = ErrorCode> extends DomainError<C> {}

export class UnauthorizedError<C extends ErrorCode = ErrorCode> extends DomainError<C> {}

export class ForbiddenError<C extends ErrorCode = ErrorCode> extends DomainError<C> {}

type RetryableCode = 'directory.busy' | 'auth.keySetUnavailable' | 'store.unavailable';

/** A dependency (the directory, the token key set, the store) is busy or down; the caller may retry after the given time. */
export class ServiceUnavailableError<C extends RetryableCode = RetryableCode> extends DomainError<C> {
  readonly retryAfterSeconds: number;

  constructor(code: C, params: ErrorParams<C>, message: string) {
    super(code, params, message);
    this.retryAfterSeconds = params.retryAfterSeconds;
  }
}

export class PayloadTooLargeError extends DomainError<'body.tooLarge'> {
  constructor(readonly limit: number) {
    super('body.tooLarge', { limit }, `request body is larger than ${limit} bytes`);
  }
}
