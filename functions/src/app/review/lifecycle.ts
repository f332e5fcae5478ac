import type { Principal } from '@prt/domain/principal';
import { ConflictError, ValidationError } from '@prt/domain/errors';
import type { Processing } from '@prt/domain/processing';
import { diffProcessing } from '@prt/domain/processingDiff';
import { contentOf, restoredProcessing, retiredProcessing } from '@prt/domain/processingLifecycle';
import { fieldError } from '@prt/domain/validation';
import { requireRole } from '../../auth/authenticator.js';
import type { Stored } from '../../store/processingRepository.js';
import { processingNotFound, type ReviewDependencies } from './reviewDependencies.js';
import { audit, by, versionOf } from './versionRecords.js';

const MAX_REASON = 2000;

/**
 * The DPO or an admin retires a processing that has ended: it leaves the public register but keeps its record
 * and history, as a version of its own with the reason and the day it ended.
 */
export async function retireProcessing(
  deps: ReviewDependencies,
  principal: Principal,
  processingId: string,
  reason: string,
  on: string,
): Promise<Stored<Processing>> {
  requireRole(principal, 'dpo', 'admin');
  const errors = [];
  if (!reason.trim()) errors.push(fieldError('reason', 'field.required', {}, 'a reason is required to retire a processing'));
  if (reason.length > MAX_REASON) errors.push(fieldError('reason', 'field.tooLong', { max: MAX_REASON }, `must be at most ${MAX_REASON} characters`));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on) || Number.isNaN(Date.parse(on))) errors.push(fieldError('on', 'date.invalid', {}, 'must be a date YYYY-MM-DD'));
  if (errors.length) throw new ValidationError(errors);
  const current = await deps.processings.get(principal.tenantId, processingId);
  if (!current) throw processingNotFound();
  if (current.value.status !== 'approved') throw new ConflictError('processing.notRetirable', {}, 'only an approved processing can be retired');
  const at = deps.clock.now();
  return record(deps, principal, current, retiredProcessing(current.value, { reason: reason.trim(), on }, by(principal, at)), 'retired', at);
}

/** Brings a retired processing back into the register, as a new version. */
export async function restoreProcessing(deps: ReviewDependencies, principal: Principal, processingId: string): Promise<Stored<Processing>> {
  requireRole(principal, 'dpo', 'admin');
  const current = await deps.processings.get(principal.tenantId, processingId);
  if (!current) throw processingNotFound();
  if (current.value.status !== 'archived') throw new ConflictError('processing.notRetired', {}, 'the processing is not retired');
  const at = deps.clock.now();
  return record(deps, principal, current, restoredProcessing(current.value, by(principal, at)), 'restored', at);
}

async function record(
  deps: ReviewDependencies,
  principal: Principal,
  current: Stored<Processing>,
  next: Processing,
  action: 'retired' | 'restored',
  at: Date,
): Promise<Stored<Processing>> {
  const changes = [
    { path: 'status', before: current.value.status, after: next.status },
    ...(next.retirement || current.value.retirement ? [{ path: 'retirement', before: current.value.retirement ?? null, after: next.retirement ?? null }] : []),
    ...diffProcessing(contentOf(current.value), contentOf(next)),
  ];
  // Numbered after every version so far, pending proposals included, so the version document is new.
  const { versions } = await deps.versions.history(principal.tenantId, current.value.id);
  next.version = Math.max(current.value.version, ...versions.map((v) => v.version)) + 1;
  const stored = await deps.processings.replace(next, current.etag);
  const version = versionOf(next, next.version, current.value.version, current.etag, changes, principal.userId, at, 'lifecycle');
  await deps.versions.createVersion(version);
  await audit(deps, principal.userId, version, action, at);
  return stored;
}
