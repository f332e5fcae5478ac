/** A transfer impact assessment, recorded where a transfer relies on standard contractual clauses (Schrems II). */
import type { CalendarDay as PlainDate } from './calendarDay.js';

export interface TransferImpactAssessment {
  assessedOn: PlainDate;
  /** The conclusion, e.g. "supplementary measures (encryption with keys held by the municipality) suffice". */
  conclusion: string;
  supplementaryMeasures: string;
  reference: string;
}
