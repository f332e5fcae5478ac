import type { Processing } from '../processing.js';
import { dpiaNextReview } from '../register/dpiaScreening.js';
import type { Deadline, DeadlineSettings } from './caseDeadlines.js';
import { endOfDay, isPlainDate } from './plainDate.js';

/**
 * An approved processing's DPIA is reviewed on its next review day (Art. 35(11)): the day recorded, or the
 * review interval after it was performed. Like the yearly review, it stays open until a newer DPIA record moves it.
 */
export function dpiaReviewDeadline(p: Processing, s: Pick<DeadlineSettings, 'calendar'>, ownerId: string): Deadline | undefined {
  const assessment = p.dpia?.assessment;
  if (p.status !== 'approved' || !assessment || !isPlainDate(assessment.performedOn)) return undefined;
  const due = dpiaNextReview(assessment);
  if (!isPlainDate(due)) return undefined;
  // A review day is a latest date the DPO chose, so it is not moved past a holiday.
  return {
    subjectId: p.id,
    tenantId: p.tenantId,
    reference: p.name,
    kind: 'processing.dpiaReview',
    ownerId,
    completed: false,
    dueDate: due,
    dueAt: endOfDay(due, s.calendar.timeZone).toISOString(),
  };
}
