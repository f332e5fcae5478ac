/**
 * Data protection impact assessment (Art. 35): the screening against the nine criteria of the Article 29 Working
 * Party's guidelines WP248 rev.01 (endorsed by the EDPB), and the DPIA record itself. Two or more criteria usually
 * mean a DPIA is required; the DPO may decide otherwise with a reason.
 */
import type { CalendarDay as PlainDate } from './calendarDay.js';

export const WP248_CRITERIA = [
  'evaluationOrScoring',
  'automatedDecisionWithLegalEffect',
  'systematicMonitoring',
  'sensitiveOrHighlyPersonalData',
  'largeScale',
  'matchingOrCombiningDatasets',
  'vulnerableDataSubjects',
  'innovativeTechnology',
  'preventsExercisingRights',
] as const;
export type Wp248Criterion = (typeof WP248_CRITERIA)[number];

export interface DpiaScreening {
  /** The criteria that apply, in WP248 order. */
  criteria: Wp248Criterion[];
  /** The outcome: derived from the criteria unless overridden with a reason. */
  required: boolean;
  /** Why the outcome differs from the two-criteria rule, or anything the DPO wants recorded. */
  reason: string;
  screenedOn: PlainDate;
  /** Entra object id. */
  screenedBy: string;
}

export const RESIDUAL_RISKS = ['low', 'medium', 'high'] as const;
export type ResidualRisk = (typeof RESIDUAL_RISKS)[number];

export interface DpiaRecord {
  performedOn: PlainDate;
  conclusion: string;
  residualRisk: ResidualRisk;
  /** Prior consultation of the supervisory authority (Art. 36), required when residual risk stays high. */
  priorConsultation: boolean;
  priorConsultationOn?: PlainDate;
  /** Document reference of the full assessment. */
  reference: string;
  reviewIntervalMonths: number;
  /** Next review of the DPIA; it feeds the deadline and reminder engine (kind "processing.dpiaReview"). */
  nextReviewOn?: PlainDate;
}

export interface Dpia {
  screening?: DpiaScreening;
  assessment?: DpiaRecord;
}
