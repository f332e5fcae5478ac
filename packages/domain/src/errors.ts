import type { FieldError } from './validation.js';

/** Errors the domain and its adapters raise; the HTTP layer maps each to one status code. */
export class ValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(`invalid input: ${errors.map((e) => `${e.field || '(body)'} ${e.reason}`).join('; ')}`);
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

/** The document changed since the caller read it (stale ETag). */
export class PreconditionFailedError extends Error {
  constructor(what: string) {
    super(`${what} was changed by someone else; reload it and apply your change again`);
    this.name = 'PreconditionFailedError';
  }
}

export class ConflictError extends Error {
  constructor(what: string) {
    super(`${what} already exists`);
    this.name = 'ConflictError';
  }
}

export class UnauthorizedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnauthorizedError';
  }
}

export class ForbiddenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ForbiddenError';
  }
}
