import type { Principal } from '@prt/domain/principal';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  PreconditionFailedError,
  ServiceUnavailableError,
  ValidationError,
} from '@prt/domain/errors';
import { proposalBaseHolds } from '@prt/domain/entityReferences';
import { isRegisterReviewer } from '@prt/domain/processingVisibility';
import type { Processing } from '@prt/domain/processing';
import type { BulkReviewResult } from '@prt/domain/api/responses';
import { fieldError, type FieldError } from '@prt/domain/validation';
import { requireRole } from '../auth/authenticator.js';
import type { ProcessingRepository, Stored } from '../store/processingRepository.js';
import type { AuditLog } from '../store/versionRepository.js';
import type { Clock } from '../time/clock.js';

type ReviewDeps = { processings: ProcessingRepository; audit: AuditLog; clock: Clock };

/** A bulk review names at most this many processings; the tab's "select all shown" stays below it. */
export const MAX_BULK_REVIEW = 200;

/**
 * The yearly review confirms the record is still true; it changes no content, so it is an audited date on the
 * processing rather than a new version. Reviewers and whoever last changed the processing may record it.
 */
export async function markReviewed(deps: ReviewDeps, principal: Principal, id: string): Promise<Processing> {
  const stored = await deps.processings.get(principal.tenantId, id);
  if (!stored || stored.value.status !== 'approved') throw notApproved();
  if (!isRegisterReviewer(principal) && stored.value.updatedBy !== principal.userId)
    throw new ForbiddenError('review.ownerOrDpoOnly', {}, 'only the DPO or the owner of the processing can record its review');
  return (await reviewStored(deps, principal, stored, deps.clock.now().toISOString())).value;
}

export interface BulkReviewItem {
  id: string;
  etag: string;
}

/**
 * The DPO's "mark selected as reviewed": each item reviewed exactly as `markReviewed` does, but only while the
 * record is still the one the DPO saw (its ETag). Items are done one after another, each on its own; a store
 * failure on one item is that item's 503 and the next is tried. An item is either fully reviewed (date, marker,
 * audit event) or untouched, and sending the same request again completes what a crash left undone.
 */
export async function markReviewedBulk(deps: ReviewDeps, principal: Principal, body: unknown): Promise<BulkReviewResult[]> {
  requireRole(principal, 'dpo', 'admin');
  const items = readBulkItems(body);
  const at = deps.clock.now().toISOString();
  const results: BulkReviewResult[] = [];
  for (const item of items) results.push(await reviewItem(deps, principal, item, at));
  return results;
}

async function reviewItem(deps: ReviewDeps, principal: Principal, item: BulkReviewItem, at: string): Promise<BulkReviewResult> {
  try {
    const stored = await deps.processings.get(principal.tenantId, item.id);
    if (!stored || stored.value.status !== 'approved') return { id: item.id, status: 404, code: 'processing.notApproved' };
    if (stored.etag !== item.etag && !proposalBaseHolds(stored.value, stored.etag, item.etag)) return await alreadyReviewed(deps, principal, item, stored);
    try {
      const reviewed = await reviewStored(deps, principal, stored, at);
      return { id: item.id, status: 200, etag: reviewed.etag, lastReviewedAt: at };
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
      // Another write won on this ETag: if it was this same review (the request sent twice at once), it is done.
      const now = await deps.processings.get(principal.tenantId, item.id);
      return now ? await alreadyReviewed(deps, principal, item, now) : { id: item.id, status: 404, code: 'processing.notApproved' };
    }
  } catch (error) {
    if (error instanceof NotFoundError) return { id: item.id, status: 404, code: 'processing.notApproved' };
    if (error instanceof ServiceUnavailableError) return { id: item.id, status: 503, code: String(error.code) };
    throw error;
  }
}

/** The record moved on from the item's ETag: 200 when what moved it was a review of that ETag (its audit event completed), 412 otherwise. */
async function alreadyReviewed(deps: ReviewDeps, principal: Principal, item: BulkReviewItem, now: Stored<Processing>): Promise<BulkReviewResult> {
  const from = now.value.reviewedFrom;
  if (from?.etag !== item.etag || !now.value.lastReviewedAt) return { id: item.id, status: 412, code: 'processing.changed' };
  await ensureAudit(deps, principal.tenantId, now.value, from, now.value.lastReviewedAt);
  return { id: item.id, status: 200, etag: now.etag, lastReviewedAt: now.value.lastReviewedAt };
}

/**
 * The record write is the commit point; the audit event is derived from it with an id of its own (processing and
 * review instant), so writing it again after a lost answer finds it there instead of adding a second one.
 */
async function reviewStored(deps: ReviewDeps, principal: Principal, stored: Stored<Processing>, at: string): Promise<Stored<Processing>> {
  const reviewedFrom = { etag: stored.etag, by: principal.userId };
  let written: Stored<Processing>;
  try {
    written = await deps.processings.replace({ ...stored.value, lastReviewedAt: at, reviewedFrom }, stored.etag);
  } catch (error) {
    // An unanswered write may still have landed: the record says so by carrying this very review.
    const now = error instanceof PreconditionFailedError ? undefined : await deps.processings.get(principal.tenantId, stored.value.id).catch(() => undefined);
    if (now?.value.reviewedFrom?.etag !== stored.etag || now.value.lastReviewedAt !== at) throw error;
    written = now;
  }
  await ensureAudit(deps, principal.tenantId, written.value, reviewedFrom, at);
  return written;
}

/** The event's id names the processing and the ETag the review confirmed: of two reviews from one base only one wins, so only one event. */
async function ensureAudit(deps: ReviewDeps, tenantId: string, processing: Processing, from: { etag: string; by: string }, at: string): Promise<void> {
  const event = {
    id: `${processing.id}~reviewed~${from.etag.replace(/[^A-Za-z0-9-]/g, '')}`,
    tenantId,
    processingId: processing.id,
    version: processing.version,
    action: 'reviewed' as const,
    actorId: from.by,
    at,
    changedFields: [],
  };
  // One retry: the audit write is idempotent by its id, so a write whose answer was lost is found, not doubled.
  for (let attempt = 0; ; attempt++) {
    try {
      await deps.audit.append(event);
      return;
    } catch (error) {
      if (error instanceof ConflictError) return;
      if (attempt >= 1) throw error;
    }
  }
}

function readBulkItems(body: unknown): BulkReviewItem[] {
  const raw = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>)['items'] : undefined;
  if (raw === undefined) throw new ValidationError([fieldError('items', 'field.required', {}, 'send { items: [{ id, etag }] }')]);
  if (!Array.isArray(raw)) throw new ValidationError([fieldError('items', 'field.notList', {}, 'items must be a list')]);
  if (raw.length > MAX_BULK_REVIEW)
    throw new ValidationError([fieldError('items', 'list.tooLong', { max: MAX_BULK_REVIEW }, `at most ${MAX_BULK_REVIEW} items per request`)]);
  if (raw.length === 0) throw new ValidationError([fieldError('items', 'list.atLeastOne', {}, 'name at least one processing')]);
  const errors: FieldError[] = [];
  const items: BulkReviewItem[] = [];
  raw.forEach((entry: unknown, i) => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry))
      return errors.push(fieldError(`items[${i}]`, 'field.notObject', {}, 'must be { id, etag }'));
    const { id, etag } = entry as Record<string, unknown>;
    for (const [name, value] of [
      ['id', id],
      ['etag', etag],
    ] as const) {
      if (value === undefined || value === '') errors.push(fieldError(`items[${i}].${name}`, 'field.required', {}, `${name} is required`));
      else if (typeof value !== 'string') errors.push(fieldError(`items[${i}].${name}`, 'field.notString', {}, `${name} must be text`));
      else if (value.length > 200) errors.push(fieldError(`items[${i}].${name}`, 'field.tooLong', { max: 200 }, `${name} is too long`));
    }
    // The same processing twice is reviewed once; the second finds the first's write and answers 200 too.
    if (typeof id === 'string' && typeof etag === 'string' && id && etag) items.push({ id, etag });
    return undefined;
  });
  if (errors.length) throw new ValidationError(errors);
  return items;
}

function notApproved(): DomainError {
  return new NotFoundError('processing.notApproved', {}, 'approved processing not found');
}
