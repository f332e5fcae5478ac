/**
 * The WP248 rev.01 rule of thumb: a processing meeting two or more of the nine criteria is likely to result in a
 * high risk, so a DPIA is required. The DPO may decide otherwise, but only with a recorded reason.
 */
import { monthsLater } from './calendarDayMath.js';
import type { CalendarDay } from './calendarDay.js';
import { WP248_CRITERIA, type DpiaRecord, type DpiaScreening, type Wp248Criterion } from './dpia.js';

export const DPIA_CRITERIA_THRESHOLD = 2;

export interface DpiaScreeningResult {
  required: boolean;
  /** The criteria that apply, deduplicated and in WP248 order: the reasons for the outcome. */
  reasons: Wp248Criterion[];
}

export function screenDpia(criteria: readonly Wp248Criterion[]): DpiaScreeningResult {
  const reasons = WP248_CRITERIA.filter((c) => criteria.includes(c));
  return { required: reasons.length >= DPIA_CRITERIA_THRESHOLD, reasons };
}

/** Whether the screening's recorded outcome departs from what its criteria give (and so needs a reason). */
export function isScreeningOverridden(screening: Pick<DpiaScreening, 'criteria' | 'required'>): boolean {
  return screenDpia(screening.criteria).required !== screening.required;
}

/** When the DPIA is next reviewed: as recorded, or the review interval after it was performed. */
export function dpiaNextReview(record: Pick<DpiaRecord, 'performedOn' | 'reviewIntervalMonths' | 'nextReviewOn'>): CalendarDay {
  return record.nextReviewOn ?? monthsLater(record.performedOn, record.reviewIntervalMonths);
}
