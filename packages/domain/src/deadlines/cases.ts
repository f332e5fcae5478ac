import type { PlainDate } from './plainDate.js';

export const DSR_KINDS = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection'] as const;
export type DsrKind = (typeof DSR_KINDS)[number];
export const CASE_TYPES = ['dsr', 'whistleblower', 'breach'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/**
 * Only what the deadlines need: a reference, dates, who handles it and for which unit. No description, no
 * data subject, and never a whistleblower's identity.
 */
interface CaseBase {
  id: string;
  tenantId: string;
  /** The municipality's own case number, e.g. "KS 2026/123". */
  reference: string;
  unit: string;
  /** Entra object id of the handler. */
  handlerId: string;
  createdAt: string;
  createdBy: string;
  /** Set on every change; the reminder sweep re-examines a case changed since its last run. */
  updatedAt?: string;
  closedOn?: PlainDate;
}

export interface DsrCase extends CaseBase {
  type: 'dsr';
  kind: DsrKind;
  receivedOn: PlainDate;
  /** Waiting for the requester to prove identity stops the clock (EDPB Guidelines 01/2022). */
  pauses: { from: PlainDate; to?: PlainDate }[];
  extension?: { reason: string; decidedOn: PlainDate };
  extensionNoticeSentOn?: PlainDate;
  respondedOn?: PlainDate;
}

export interface WhistleblowerCase extends CaseBase {
  type: 'whistleblower';
  receivedOn: PlainDate;
  acknowledgedOn?: PlainDate;
  feedbackOn?: PlainDate;
  deletedOn?: PlainDate;
}

export interface BreachCase extends CaseBase {
  type: 'breach';
  /** When the municipality became aware of the breach (Art. 33(1)); an instant, the clock runs in hours. */
  awareAt: string;
  notifiedAt?: string;
  /** Art. 33(1): not notified because unlikely to result in a risk; the reason is documented (Art. 33(5)). */
  notificationNotRequired?: string;
}

export type DeadlineCase = DsrCase | WhistleblowerCase | BreachCase;
