import type { ProcessingVersion, VersionDecision } from '@prt/domain/review';

/**
 * Versions and decisions of processings. Documents are only ever created, never replaced; the one exception is
 * a decision's `applied` flag, set once its effects are written.
 */
export interface VersionRepository {
  /** Throws ConflictError when that version number is taken (someone proposed at the same time). */
  createVersion(version: ProcessingVersion): Promise<void>;
  /** Throws ConflictError when the version is already decided. */
  createDecision(decision: VersionDecision): Promise<void>;
  /** Sets `applied` on a decision whose effects are all written. */
  markDecisionApplied(decision: VersionDecision): Promise<void>;
  /** Decisions recorded but not yet applied (a crash between the decision and its effects), oldest first. */
  unappliedDecisions(tenantId: string, processingId?: string): Promise<VersionDecision[]>;
  /** Only for undoing a version this request wrote and could not complete (an import that failed halfway). */
  discardVersion(version: ProcessingVersion): Promise<void>;
  history(tenantId: string, processingId: string): Promise<{ versions: ProcessingVersion[]; decisions: VersionDecision[] }>;
  /** Versions without a decision, across the tenant (the DPO's queue), and their processings' decisions. */
  undecided(tenantId: string): Promise<ProcessingVersion[]>;
  byAuthor(tenantId: string, userId: string): Promise<{ versions: ProcessingVersion[]; decisions: VersionDecision[] }>;
}

export interface AuditEvent {
  id: string;
  tenantId: string;
  processingId: string;
  version: number;
  action: 'reported' | 'proposed' | 'approved' | 'rejected' | 'changesRequested' | 'imported' | 'reviewed';
  /** Entra object id, or "system:import". Field paths only, never values: values can hold personal data. */
  actorId: string;
  at: string;
  changedFields: string[];
}

export interface AuditLog {
  append(event: AuditEvent): Promise<void>;
  forProcessing(tenantId: string, processingId: string): Promise<AuditEvent[]>;
}
