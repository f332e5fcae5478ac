import type { DeadlineCase } from '@prt/domain/deadlines/cases';
import type { Stored } from './processingRepository.js';

export interface CaseRepository {
  get(tenantId: string, id: string): Promise<Stored<DeadlineCase> | undefined>;
  create(c: DeadlineCase): Promise<Stored<DeadlineCase>>;
  replace(c: DeadlineCase, etag: string): Promise<Stored<DeadlineCase>>;
  /** Open cases, and closed whistleblower cases whose data is not deleted yet (their deletion deadline runs). */
  open(tenantId: string): Promise<DeadlineCase[]>;
  /** Every case of a type, open or closed: the breach log of Art. 33(5) keeps them all. */
  allOfType(tenantId: string, type: DeadlineCase['type']): Promise<DeadlineCase[]>;
}

/** One document per reminder, created before it is sent; its id is derived from the reminder key. */
export interface ReminderLedger {
  /** True when this call recorded the reminder; false when it was already recorded (a second or crashed sweep). */
  record(entry: { tenantId: string; key: string; recipientId: string; firesAt: string; sentAt: string; supersededBy?: string }): Promise<boolean>;
  /** When the tenant's last sweep completed, or undefined before the first. */
  lastSweep(tenantId: string): Promise<Date | undefined>;
  completeSweep(tenantId: string, at: Date): Promise<void>;
}
