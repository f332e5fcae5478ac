import type { ProcessingVersion, VersionDecision } from '@prt/domain/review';

/**
 * Versions and decisions of processings. Documents are only ever created, never replaced; the exceptions are
 * a decision's `applied` flag, set once its effects are written, and the linked-entity references of a version
 * still awaiting review, which a rename of the system or processor rewrites (reviseUndecided).
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
  /**
   * Replaces an undecided version's content after the system rewrote its entity references (a rename), and its
   * baseEtag when the record it was based on was rewritten the same way. Nothing else of a version ever changes.
   */
  reviseUndecided(version: ProcessingVersion): Promise<void>;
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
  action:
    | 'reported'
    | 'proposed'
    | 'approved'
    | 'rejected'
    | 'changesRequested'
    | 'imported'
    | 'reviewed'
    | 'retired'
    | 'restored'
    /** The system rewrote linked system/processor references after the entity changed (not a new version). */
    | 'referencesRefreshed'
    /** Changes to an IT system or processor entity; processingId then holds the entity's id. */
    | 'entityCreated'
    | 'entityUpdated'
    | 'entityRetired';
  /** Entra object id, or "system:import". Field paths only, never values: values can hold personal data. */
  actorId: string;
  at: string;
  changedFields: string[];
}

export interface AuditLog {
  append(event: AuditEvent): Promise<void>;
  forProcessing(tenantId: string, processingId: string): Promise<AuditEvent[]>;
}
