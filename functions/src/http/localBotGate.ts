import { createHash, timingSafeEqual } from 'node:crypto';
import type { HttpRequest } from '@azure/functions';
import { UnauthorizedError, ValidationError } from '@prt/domain/errors';
import { fieldError } from '@prt/domain/validation';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The local bot takes unsigned activities (Microsoft 365 Agents Playground has no Bot Framework token), so what stands
 * in for the signature is: a loopback Host, a JSON body (a plain HTML form cannot send one cross-site without a CORS
 * preflight) and the secret made for this run (`?secret=`), which a page on another origin cannot know.
 */
export function checkLocalBotRequest(request: HttpRequest, secret: string): void {
  if (!LOOPBACK.has(new URL(request.url).hostname)) throw new UnauthorizedError('bot.tokenInvalid', {}, 'the local bot only answers on loopback');
  const given = new URL(request.url).searchParams.get('secret');
  if (!given) throw new UnauthorizedError('bot.tokenMissing', {}, 'the local bot needs the secret printed at start (?secret=)');
  if (!sameSecret(given, secret)) throw new UnauthorizedError('bot.tokenInvalid', {}, 'wrong local bot secret');
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new ValidationError([fieldError('', 'body.notJson', {}, 'the bot takes application/json only')]);
}

/** Compared as digests, so neither the length nor a common prefix of the secret shows in the time taken. */
function sameSecret(given: string, secret: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(secret));
}
