import type { DeadlineCase } from '@prt/domain/deadlines/cases';
import type { PlainDate } from '@prt/domain/deadlines/plainDate';
import type { Stored } from './processingRepository.js';

/** What is left of a case deleted at the end of its retention: that it existed and when it went, nothing else. */
export interface CaseDeletionRecord {
  caseId: string;
  tenantId: string;
  caseType: DeadlineCase['type'];
  closedOn: PlainDate;
  deletedAt: string;
}

export interface CaseRepository {
  get(tenantId: string, id: string): Promise<Stored<DeadlineCase> | undefined>;
  create(c: DeadlineCase): Promise<Stored<DeadlineCase>>;
  replace(c: DeadlineCase, etag: string): Promise<Stored<DeadlineCase>>;
  /** Open cases, and closed whistleblower cases whose data is not deleted yet (their deletion deadline runs). */
  open(tenantId: string): Promise<DeadlineCase[]>;
  /** Every case of a type, open or closed: the breach log of Art. 33(5) keeps them all. */
  allOfType(tenantId: string, type: DeadlineCase['type']): Promise<DeadlineCase[]>;
  /** Closed cases not yet deleted: searchable for their retention period. */
  closed(tenantId: string): Promise<DeadlineCase[]>;
  /** Replaces the case by its deletion record in one conditional write; false when the case changed meanwhile. */
  replaceWithDeletionRecord(c: Stored<DeadlineCase>, record: CaseDeletionRecord): Promise<boolean>;
  deletionRecords(tenantId: string): Promise<CaseDeletionRecord[]>;
  /** Open cases created or changed after `since` (all open cases when undefined): what the reminder schedule has not seen. */
  openChangedSince?(tenantId: string, since: Date | undefined): Promise<DeadlineCase[]>;
  /** The open ones among these cases. */
  openByIds?(tenantId: string, ids: readonly string[]): Promise<DeadlineCase[]>;
}

/** Sorts after every real instant, so a case with nothing left to remind about is not picked again until it changes. */
export const NO_MORE_REMINDERS = '9999-12-31T23:59:59.999Z';

/** One document per reminder, created before it is sent; its id is derived from the reminder key. */
export interface ReminderLedger {
  /** True when this call recorded the reminder; false when it was already recorded (a second or crashed sweep). */
  record(entry: { tenantId: string; key: string; recipientId: string; firesAt: string; sentAt: string; supersededBy?: string }): Promise<boolean>;
  /**
   * Records a reminder about to be sent together with the earlier slots it stands in for (their slot names), in
   * one document, where `record` took one per superseded slot: a first sweep wrote 600k documents nobody reads.
   * Same id and outcome as `record` for the sent reminder. Without it a sweep records each superseded slot apart.
   */
  recordSent?(entry: { tenantId: string; key: string; recipientId: string; firesAt: string; sentAt: string; supersedes: readonly string[] }): Promise<boolean>;
  /** When the tenant's last sweep completed, or undefined before the first. */
  lastSweep(tenantId: string): Promise<Date | undefined>;
  completeSweep(tenantId: string, at: Date): Promise<void>;
  /**
   * The reminder schedule: when each case's next reminder fires, kept beside the ledger rather than on the case so
   * the sweep's bookkeeping never changes a case's etag under a user who is editing it. Without these methods a
   * sweep looks at every open case.
   */
  scheduledBy?(tenantId: string, now: Date): Promise<string[]>;
  recordNextReminders?(tenantId: string, next: readonly { id: string; at: string }[]): Promise<void>;
  /** When the last sweep that brought the schedule up to date started; undefined before the first. */
  lastScheduled?(tenantId: string): Promise<Date | undefined>;
  completeSchedule?(tenantId: string, at: Date): Promise<void>;
}
