import type { FieldChange } from './processingDiff.js';
import type { Processing, ProcessingContent, ProcessingStatus } from './processing.js';
import { fieldError, type FieldError } from './validation.js';

export const DECISIONS = ['approve', 'reject', 'requestChanges'] as const;
export type Decision = (typeof DECISIONS)[number];

/** An immutable snapshot of what someone reported or proposed; never updated once written. */
export interface ProcessingVersion {
  id: string;
  kind: 'version';
  tenantId: string;
  processingId: string;
  version: number;
  /** The approved version this proposal changes; null for a new report. */
  baseVersion: number | null;
  /** ETag of the current document the proposal was made against; the approval is applied only if it is unchanged. */
  baseEtag: string | null;
  content: ProcessingContent;
  changes: FieldChange[];
  proposedBy: string;
  proposedAt: string;
  /** Set for versions written by an import or the seed; they need no review. */
  origin: 'report' | 'proposal' | 'import';
}

/** The DPO's decision on one version, written once beside it. */
export interface VersionDecision {
  id: string;
  kind: 'decision';
  tenantId: string;
  processingId: string;
  version: number;
  decision: Decision;
  reason: string;
  decidedBy: string;
  decidedAt: string;
  /**
   * False from the moment the decision is recorded until its effects (record, audit, notification) are written;
   * a decision left false by a crash is completed by the next read of the processing or the repair timer.
   * Absent on decisions recorded before decisions were written first.
   */
  applied?: boolean;
}

export type VersionState = 'pending' | 'approved' | 'rejected' | 'changesRequested';

export function versionDocumentId(processingId: string, version: number): string {
  return `${processingId}~v${version}`;
}

export function decisionDocumentId(processingId: string, version: number): string {
  return `${processingId}~v${version}~decision`;
}

export function stateOf(version: ProcessingVersion, decision: VersionDecision | undefined): VersionState {
  if (version.origin === 'import') return 'approved';
  if (!decision) return 'pending';
  return decision.decision === 'approve' ? 'approved' : decision.decision === 'reject' ? 'rejected' : 'changesRequested';
}

/** A reason is owed to the reporter whenever the DPO does not approve. */
export function decisionProblem(decision: Decision, reason: string): FieldError | undefined {
  if (decision !== 'approve' && !reason.trim())
    return fieldError('reason', 'decision.reasonRequired', {}, 'a reason is required when rejecting or asking for changes');
  if (reason.length > MAX_DECISION_REASON)
    return fieldError('reason', 'field.tooLong', { max: MAX_DECISION_REASON }, `must be at most ${MAX_DECISION_REASON} characters`);
  return undefined;
}

const MAX_DECISION_REASON = 2000;

/**
 * Status of the processing document after a decision. A new report that is approved becomes the register's
 * record; a change proposal never changes the status of the approved record unless it is approved.
 */
export function statusAfterDecision(current: ProcessingStatus, decision: Decision, isNewReport: boolean): ProcessingStatus {
  if (decision === 'approve') return 'approved';
  if (!isNewReport) return current;
  return decision === 'reject' ? 'rejected' : 'draft';
}

/**
 * Whether the processing document already shows a decision, so applying it again is a no-op. A report (no
 * base version) is the record's working copy: the decision is there once the record has left "pending" at that
 * version or moved past it. A decided proposal on an approved record only changes it when approved.
 */
export function decisionApplied(current: Processing, version: ProcessingVersion, decision: Decision): boolean {
  if (version.baseVersion === null) return current.version > version.version || (current.version === version.version && current.status !== 'pending');
  if (decision !== 'approve') return true;
  return current.version >= version.version;
}

/** The processing document once a decision is applied to it (see decisionApplied). */
export function processingAfterDecision(current: Processing, version: ProcessingVersion, decision: VersionDecision): Processing {
  const isNewReport = version.baseVersion === null;
  const status = statusAfterDecision(current.status, decision.decision, isNewReport);
  if (decision.decision === 'approve') {
    return { ...current, ...version.content, status, version: version.version, updatedAt: decision.decidedAt, updatedBy: version.proposedBy };
  }
  // A report's record carries the content that was decided, so record and version agree even when the revision
  // itself was cut short before it reached the record.
  return isNewReport ? { ...current, ...version.content, status, version: version.version } : current;
}
