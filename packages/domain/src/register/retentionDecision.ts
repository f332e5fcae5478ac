/**
 * The decision that allows a retention (or requires preservation): sv. gallringsbeslut or dokumenthanteringsplan,
 * "bevaras" under arkivlagen; da. bevaringsvurdering (B = bevares, K = kassation) under arkivloven.
 */
import type { CalendarDay as PlainDate } from './calendarDay.js';

export const RETENTION_DECISION_KINDS = ['disposalDecision', 'documentManagementPlan', 'preservation', 'danishPreservationAssessment', 'law'] as const;
export type RetentionDecisionKind = (typeof RETENTION_DECISION_KINDS)[number];

export interface RetentionDecision {
  kind: RetentionDecisionKind;
  /** Diary number, plan section or statute, e.g. "KS 2019/45 § 12" or "Arkivloven § 7". */
  reference: string;
  decidedOn?: PlainDate;
  /** The nämnd or body that decided, e.g. "Kommunstyrelsen". */
  decidedBy: string;
  /** Danish bevaringsvurdering: B (bevares) or K (kasseres). */
  danishCode?: 'B' | 'K';
}
