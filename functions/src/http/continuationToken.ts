import { ValidationError } from '@prt/domain/errors';
import { fieldError } from '@prt/domain/validation';

/**
 * The continuation token a client passes back for the next page. It wraps the store's own token (or an offset
 * into search hits) with the query it belongs to, so a token cannot be replayed against another filter, and
 * anything that is not one of ours is refused with 400 instead of reaching the store.
 */
export interface Continuation {
  /** Which query the token continues: the filter as the route saw it. */
  query: string;
  store?: string;
  offset?: number;
}

const MAX_TOKEN_CHARS = 8_000;

export function encodeContinuation(continuation: Continuation): string {
  return Buffer.from(JSON.stringify({ v: 1, ...continuation }), 'utf8').toString('base64url');
}

export function decodeContinuation(token: string, query: string): Continuation {
  if (token.length > MAX_TOKEN_CHARS || !/^[A-Za-z0-9_-]+$/.test(token)) throw invalidContinuation();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalidContinuation();
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalidContinuation();
  const { v, query: forQuery, store, offset } = parsed as Record<string, unknown>;
  if (v !== 1 || forQuery !== query) throw invalidContinuation();
  if (store !== undefined && (typeof store !== 'string' || !store)) throw invalidContinuation();
  if (offset !== undefined && (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0)) throw invalidContinuation();
  if ((store === undefined) === (offset === undefined)) throw invalidContinuation();
  return { query, ...(store !== undefined ? { store } : {}), ...(offset !== undefined ? { offset } : {}) };
}

export function invalidContinuation(): ValidationError {
  return new ValidationError([fieldError('continuation', 'paging.invalidContinuation', {}, 'is not a continuation token from an earlier page of this list')]);
}
