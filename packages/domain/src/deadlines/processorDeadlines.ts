import type { DataProcessingAgreement, RegisterProcessor, Supervision } from '../register/entities.js';
import type { Deadline, DeadlineSettings } from './caseDeadlines.js';
import { addDays, addMonths, compareDates, endOfDay, type PlainDate } from './plainDate.js';

/**
 * The date of the next supervision: the one set by hand when there is one, otherwise the last supervision plus
 * the interval (a period of months as Regulation 1182/71 counts it, so 31 Aug + 6 months = 28/29 Feb). A
 * processor never supervised and without a set date has none yet.
 */
export function nextSupervisionOn(supervision: Supervision): PlainDate | undefined {
  if (supervision.nextOn) return supervision.nextOn;
  if (supervision.lastOn) return addMonths(supervision.lastOn, supervision.intervalMonths);
  return undefined;
}

/**
 * One deadline of kind "processor.supervision" per agreement in force that has a next supervision date, so the
 * reminder engine treats it as it treats a processing's yearly review. The owner is whoever follows up the
 * supervision, or the DPO. A retired processor has none.
 */
export function processorDeadlines(processor: RegisterProcessor, s: DeadlineSettings, dpoId: string): Deadline[] {
  if (processor.retired) return [];
  const out: Deadline[] = [];
  const seen = new Set<string>();
  for (const agreement of processor.agreements) {
    if (!agreement.inPlace || !agreement.supervision) continue;
    const due = nextSupervisionOn(agreement.supervision);
    // Two agreements supervised on the same day are one supervision; one reminder, not two with one key.
    if (!due || seen.has(due)) continue;
    seen.add(due);
    out.push({
      subjectId: processor.id,
      tenantId: processor.tenantId,
      reference: processor.name,
      kind: 'processor.supervision',
      ownerId: agreement.supervision.ownerId || dpoId,
      completed: false,
      dueDate: due,
      dueAt: endOfDay(due, s.calendar.timeZone).toISOString(),
    });
  }
  return out;
}

export const DPA_STATUSES = ['none', 'inPlace', 'expiring', 'expired'] as const;
export type DpaStatus = (typeof DPA_STATUSES)[number];

/** How long before its end an agreement shows as expiring. */
export const DPA_EXPIRING_DAYS = 60;

/**
 * Where the processor's agreements stand on a day. An agreement whose validUntil has passed surfaces as
 * "expired" (on the processor, the processings that link it and the Art. 30 export) rather than as a deadline:
 * the remedy is a new agreement, which the DPO records, not a dated task someone is reminded of.
 */
export function dpaStatus(processor: Pick<RegisterProcessor, 'agreements'>, today: PlainDate): DpaStatus {
  const inForce = processor.agreements.filter((a) => a.inPlace);
  if (inForce.length === 0) return 'none';
  const states = inForce.map((a) => agreementStatus(a, today));
  if (states.includes('inPlace')) return 'inPlace';
  if (states.includes('expiring')) return 'expiring';
  return 'expired';
}

export function agreementStatus(agreement: DataProcessingAgreement, today: PlainDate): DpaStatus {
  if (!agreement.inPlace) return 'none';
  if (!agreement.validUntil) return 'inPlace';
  if (compareDates(agreement.validUntil, today) < 0) return 'expired';
  return compareDates(agreement.validUntil, addDays(today, DPA_EXPIRING_DAYS)) <= 0 ? 'expiring' : 'inPlace';
}
