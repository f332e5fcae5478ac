import { randomUUID } from 'node:crypto';
import type { Principal } from '@prt/domain/principal';
import { requireRole } from '../auth/authenticator.js';
import type { Directory, DirectoryUser } from '../directory/directory.js';
import { ConflictError, NotFoundError, PreconditionFailedError, ValidationError } from '@prt/domain/errors';
import { fieldError } from '@prt/domain/validation';
import { languageFromLocale } from '@prt/domain/language';
import type { Processing, ProcessingContent } from '@prt/domain/processing';
import { diffProcessing, type FieldChange } from '@prt/domain/processingDiff';
import { contentOf, newProcessing, revisedProcessing } from '@prt/domain/processingLifecycle';
import { isVisibleTo } from '@prt/domain/processingVisibility';
import {
  decisionDocumentId,
  decisionProblem,
  stateOf,
  statusAfterDecision,
  versionDocumentId,
  type Decision,
  type ProcessingVersion,
  type VersionDecision,
  type VersionState,
} from '@prt/domain/review';
import { decisionMessage, reviewCard } from '../notify/cards/reviewCard.js';
import type { Notifier } from '../notify/chatMessage.js';
import type { ProcessingRepository, Stored } from '../store/processingRepository.js';
import type { AuditEvent, AuditLog, VersionRepository } from '../store/versionRepository.js';
import type { Clock } from './clock.js';

export interface ReviewDependencies {
  processings: ProcessingRepository;
  versions: VersionRepository;
  audit: AuditLog;
  chat: Notifier;
  directory: Directory;
  clock: Clock;
  /** Absolute link into the tab for a path such as "/?processing=id". */
  tabLink(path: string): string;
}

/** Staff report a new processing: it is pending until the DPO decides, and every DPO is told. */
export async function reportProcessing(deps: ReviewDependencies, principal: Principal, content: ProcessingContent): Promise<Stored<Processing>> {
  const at = deps.clock.now();
  const processing = newProcessing(content, { tenantId: principal.tenantId, actorId: principal.userId, at }, 'pending', { kind: 'api', reference: 'report' });
  const stored = await deps.processings.create(processing);
  const version = versionOf(processing, 1, null, null, diffProcessing(undefined, content), principal.userId, at, 'report');
  await deps.versions.createVersion(version);
  await audit(deps, principal.userId, version, 'reported', at);
  await notifyReviewers(deps, principal, processing, version);
  return stored;
}

/**
 * A change to a processing. For an approved processing the current record stays what staff see until the DPO
 * approves; the proposal remembers the ETag it was based on so an approval cannot overwrite a later change.
 * A report sent back for changes is revised the same way.
 */
export async function proposeChange(
  deps: ReviewDependencies,
  principal: Principal,
  processingId: string,
  content: ProcessingContent,
  ifMatch: string,
): Promise<ProcessingVersion> {
  const current = await visibleProcessing(deps, principal, processingId);
  if (current.etag !== ifMatch) throw processingChanged(current.value.name);
  if (content.name !== current.value.name || content.organisationUnit !== current.value.organisationUnit) {
    throw new ValidationError([fieldError('name', 'proposal.identityChanged', {}, 'name and organisation unit identify the processing and cannot be changed by a proposal; report a new processing instead')]);
  }
  const { versions, decisions } = await deps.versions.history(principal.tenantId, processingId);
  const open = versions.find((v) => stateOf(v, decisions.find((d) => d.version === v.version)) === 'pending');
  if (open) throw new ConflictError('proposal.alreadyOpen', { version: open.version }, `a change (version ${open.version}) is already awaiting review; it already exists`);
  const changes = diffProcessing(contentOf(current.value), content);
  if (changes.length === 0) throw new ValidationError([fieldError('', 'proposal.noChanges', {}, 'the proposal changes nothing')]);
  const next = Math.max(current.value.version, ...versions.map((v) => v.version)) + 1;
  const at = deps.clock.now();
  const isApproved = current.value.status === 'approved';
  const version = versionOf(current.value, next, isApproved ? current.value.version : null, current.etag, changes, principal.userId, at, isApproved ? 'proposal' : 'report', content);
  // Creating the version document is the concurrency guard: two proposals on the same base get the same number.
  await deps.versions.createVersion(version).catch((error: unknown) => {
    throw error instanceof ConflictError ? processingChanged(current.value.name) : error;
  });
  if (!isApproved) {
    // Not yet in the register: the pending document itself carries the revised content for reviewers.
    await deps.processings.replace({ ...revisedProcessing(current.value, content, by(principal, at), 'pending'), version: next }, current.etag);
  }
  await audit(deps, principal.userId, version, 'proposed', at);
  await notifyReviewers(deps, principal, current.value, version);
  return version;
}

export interface DecisionOutcome {
  processing: Processing;
  decision: VersionDecision;
  version: ProcessingVersion;
}

/** The DPO approves, rejects or asks for changes to one version. Each version is decided once. */
export async function decide(
  deps: ReviewDependencies,
  principal: Principal,
  processingId: string,
  versionNumber: number,
  decision: Decision,
  reason: string,
): Promise<DecisionOutcome> {
  requireRole(principal, 'dpo');
  const problem = decisionProblem(decision, reason);
  if (problem) throw new ValidationError([problem]);
  const current = await deps.processings.get(principal.tenantId, processingId);
  if (!current) throw processingNotFound();
  const { versions, decisions } = await deps.versions.history(principal.tenantId, processingId);
  const version = versions.find((v) => v.version === versionNumber);
  if (!version) throw new NotFoundError('version.notFound', { version: versionNumber }, `version ${versionNumber} not found`);
  const earlier = decisions.find((d) => d.version === versionNumber);
  if (earlier) {
    const by = (await displayNames(deps.directory, principal.tenantId, [earlier.decidedBy])).get(earlier.decidedBy) ?? systemActorName(earlier.decidedBy);
    throw new ConflictError('decision.alreadyMade', { version: versionNumber, by, at: earlier.decidedAt }, `a decision on version ${versionNumber} already exists`);
  }
  const latest = Math.max(...versions.map((v) => v.version));
  if (versionNumber !== latest) throw new ConflictError('decision.superseded', { version: versionNumber, latest }, `a newer version (${latest}) exists; version ${versionNumber} is superseded`);

  const at = deps.clock.now();
  const isNewReport = version.baseVersion === null;
  let processing = current.value;
  if (decision === 'approve' || isNewReport) {
    // Applied before the decision is recorded: if the record changed since the proposal (412) nothing is decided.
    const expectedEtag = isNewReport ? current.etag : (version.baseEtag ?? '');
    const status = statusAfterDecision(current.value.status, decision, isNewReport);
    const next: Processing =
      decision === 'approve'
        ? { ...current.value, ...version.content, status, version: versionNumber, updatedAt: at.toISOString(), updatedBy: version.proposedBy }
        : { ...current.value, status };
    processing = (await deps.processings.replace(next, expectedEtag)).value;
  }
  const record: VersionDecision = {
    id: decisionDocumentId(processingId, versionNumber),
    kind: 'decision',
    tenantId: principal.tenantId,
    processingId,
    version: versionNumber,
    decision,
    reason: reason.trim(),
    decidedBy: principal.userId,
    decidedAt: at.toISOString(),
  };
  await deps.versions.createDecision(record);
  await audit(deps, principal.userId, version, decision === 'approve' ? 'approved' : decision === 'reject' ? 'rejected' : 'changesRequested', at);
  await notifyReporter(deps, version, processing, record);
  return { processing, decision: record, version };
}

export interface PendingReview {
  processingId: string;
  processingName: string;
  organisationUnit: string;
  version: number;
  isNewReport: boolean;
  proposedBy: { id: string; displayName: string };
  proposedAt: string;
  changes: FieldChange[];
  content: ProcessingContent;
}

export async function pendingReviews(deps: ReviewDependencies, principal: Principal): Promise<PendingReview[]> {
  requireRole(principal, 'dpo', 'admin');
  const open = await deps.versions.undecided(principal.tenantId);
  const latestPerProcessing = new Map<string, ProcessingVersion>();
  for (const v of open) {
    const seen = latestPerProcessing.get(v.processingId);
    if (!seen || seen.version < v.version) latestPerProcessing.set(v.processingId, v);
  }
  const names = await displayNames(deps.directory, principal.tenantId, [...latestPerProcessing.values()].map((v) => v.proposedBy));
  return [...latestPerProcessing.values()]
    .sort((a, b) => a.proposedAt.localeCompare(b.proposedAt))
    .map((v) => ({
      processingId: v.processingId,
      processingName: v.content.name,
      organisationUnit: v.content.organisationUnit,
      version: v.version,
      isNewReport: v.baseVersion === null,
      proposedBy: { id: v.proposedBy, displayName: names.get(v.proposedBy) ?? '' },
      proposedAt: v.proposedAt,
      changes: v.changes,
      content: v.content,
    }));
}

export interface HistoryEntry {
  version: number;
  state: VersionState;
  origin: ProcessingVersion['origin'];
  proposedBy: { id: string; displayName: string };
  proposedAt: string;
  changes: FieldChange[];
  decision?: { decision: Decision; reason: string; decidedBy: { id: string; displayName: string }; decidedAt: string };
}

export async function processingHistory(deps: ReviewDependencies, principal: Principal, processingId: string): Promise<HistoryEntry[]> {
  await visibleProcessing(deps, principal, processingId);
  const { versions, decisions } = await deps.versions.history(principal.tenantId, processingId);
  const names = await displayNames(deps.directory, principal.tenantId, [...versions.map((v) => v.proposedBy), ...decisions.map((d) => d.decidedBy)]);
  const person = (id: string) => ({ id, displayName: names.get(id) ?? systemActorName(id) });
  return versions
    .map((v) => {
      const d = decisions.find((x) => x.version === v.version);
      const entry: HistoryEntry = { version: v.version, state: stateOf(v, d), origin: v.origin, proposedBy: person(v.proposedBy), proposedAt: v.proposedAt, changes: v.changes };
      if (d) entry.decision = { decision: d.decision, reason: d.reason, decidedBy: person(d.decidedBy), decidedAt: d.decidedAt };
      return entry;
    })
    .reverse();
}

export interface MyReport {
  processingId: string;
  processingName: string;
  version: number;
  state: VersionState;
  proposedAt: string;
  reason: string;
}

export async function myReports(deps: ReviewDependencies, principal: Principal): Promise<MyReport[]> {
  const { versions, decisions } = await deps.versions.byAuthor(principal.tenantId, principal.userId);
  return versions
    .filter((v) => v.origin !== 'import')
    .map((v) => {
      const d = decisions.find((x) => x.processingId === v.processingId && x.version === v.version);
      return { processingId: v.processingId, processingName: v.content.name, version: v.version, state: stateOf(v, d), proposedAt: v.proposedAt, reason: d?.reason ?? '' };
    })
    .sort((a, b) => b.proposedAt.localeCompare(a.proposedAt));
}

/** The version document of an imported or seeded processing, so its history starts somewhere. */
export function importedVersion(processing: Processing, actorId: string, at: Date, changes: FieldChange[]): ProcessingVersion {
  return versionOf(processing, processing.version, null, null, changes, actorId, at, 'import');
}

export async function auditImported(deps: Pick<ReviewDependencies, 'audit'>, actorId: string, version: ProcessingVersion, at: Date): Promise<void> {
  await audit(deps, actorId, version, 'imported', at);
}

async function visibleProcessing(deps: ReviewDependencies, principal: Principal, id: string): Promise<Stored<Processing>> {
  const stored = await deps.processings.get(principal.tenantId, id);
  if (!stored || !isVisibleTo(stored.value, principal)) throw processingNotFound();
  return stored;
}

function versionOf(
  processing: Processing,
  number: number,
  baseVersion: number | null,
  baseEtag: string | null,
  changes: FieldChange[],
  actorId: string,
  at: Date,
  origin: ProcessingVersion['origin'],
  content: ProcessingContent = contentOf(processing),
): ProcessingVersion {
  return {
    id: versionDocumentId(processing.id, number),
    kind: 'version',
    tenantId: processing.tenantId,
    processingId: processing.id,
    version: number,
    baseVersion,
    baseEtag,
    content,
    changes,
    proposedBy: actorId,
    proposedAt: at.toISOString(),
    origin,
  };
}

function by(principal: Principal, at: Date) {
  return { tenantId: principal.tenantId, actorId: principal.userId, at };
}

async function audit(deps: Pick<ReviewDependencies, 'audit'>, actorId: string, version: ProcessingVersion, action: AuditEvent['action'], at: Date): Promise<void> {
  await deps.audit.append({
    id: randomUUID(),
    tenantId: version.tenantId,
    processingId: version.processingId,
    version: version.version,
    action,
    actorId,
    at: at.toISOString(),
    changedFields: version.changes.map((c) => c.path),
  });
}

async function notifyReviewers(deps: ReviewDependencies, principal: Principal, processing: Processing, version: ProcessingVersion): Promise<void> {
  const reviewers = await deps.directory.usersWithRole(principal.tenantId, 'dpo');
  for (const reviewer of reviewers) {
    const language = languageFromLocale(reviewer.preferredLanguage);
    const card = reviewCard({
      language,
      processingId: processing.id,
      processingName: version.content.name,
      organisationUnit: version.content.organisationUnit,
      version: version.version,
      isNewReport: version.baseVersion === null,
      reporterName: principal.displayName,
      changedFields: version.changes.map((c) => c.path),
      content: version.content,
      link: deps.tabLink(`/?processing=${encodeURIComponent(processing.id)}&page=review`),
    });
    const title = (card['body'] as { text?: string }[])[0]?.text ?? '';
    await deps.chat.send({
      key: `review|${processing.id}|v${version.version}|${reviewer.id}`,
      tenantId: principal.tenantId,
      recipientUserId: reviewer.id,
      kind: 'processingReported',
      title,
      text: `${version.content.name} (${version.content.organisationUnit})`,
      card,
      link: `/?processing=${encodeURIComponent(processing.id)}&page=review`,
    });
  }
}

async function notifyReporter(deps: ReviewDependencies, version: ProcessingVersion, processing: Processing, record: VersionDecision): Promise<void> {
  const reporter: DirectoryUser | undefined = await deps.directory.getUser(version.tenantId, version.proposedBy);
  const language = languageFromLocale(reporter?.preferredLanguage);
  const message = decisionMessage(language, record.decision, version.content.name, version.version);
  await deps.chat.send({
    key: `decision|${processing.id}|v${version.version}`,
    tenantId: version.tenantId,
    recipientUserId: version.proposedBy,
    kind: 'decisionMade',
    title: message.title,
    text: record.reason ? `${message.text}\n\n${record.reason}` : message.text,
    link: `/?processing=${encodeURIComponent(processing.id)}`,
  });
}

function processingNotFound(): NotFoundError {
  return new NotFoundError('processing.notFound', {}, 'processing not found');
}

function processingChanged(name: string): PreconditionFailedError {
  return new PreconditionFailedError('processing.changed', {}, `processing "${name}" was changed by someone else; reload it and apply your change again`);
}

async function displayNames(directory: Directory, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(ids)) {
    if (id.startsWith('system:')) continue;
    const user = await directory.getUser(tenantId, id).catch(() => undefined);
    if (user) names.set(id, user.displayName);
  }
  return names;
}

function systemActorName(id: string): string {
  return id.startsWith('system:') ? id.slice('system:'.length) : '';
}

