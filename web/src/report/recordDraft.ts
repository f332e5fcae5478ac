import type { Processing } from '@prt/domain/processing';
import type { JointController, ProcessingRole } from '@prt/domain/register/controllers';
import type { DpiaRecord, Wp248Criterion } from '@prt/domain/register/dpia';
import { dpiaNextReview, screenDpia } from '@prt/domain/register/dpiaScreening';

/** What the form edits of the processing-level record fields; lists typed as text stay text until sent. */
export interface RecordDraft {
  /** Absent until the reporter starts the screening. */
  screening?: { criteria: Wp248Criterion[]; override: boolean; reason: string; screenedOn: string; screenedBy: string };
  assessment?: Omit<DpiaRecord, 'reviewIntervalMonths'> & { reviewIntervalMonths: string };
  role: ProcessingRole;
  jointControllers: JointController[];
  processorRecord: { controllers: { name: string; contact: string; representative: string }[]; categories: string; agreementReference: string };
}

export function emptyRecordDraft(): RecordDraft {
  return { role: 'controller', jointControllers: [], processorRecord: { controllers: [], categories: '', agreementReference: '' } };
}

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function recordDraft(p: Processing): RecordDraft {
  const s = p.dpia?.screening;
  const a = p.dpia?.assessment;
  return {
    ...(s
      ? {
          screening: {
            criteria: [...s.criteria],
            override: s.required !== screenDpia(s.criteria).required,
            reason: s.reason,
            screenedOn: s.screenedOn,
            screenedBy: s.screenedBy,
          },
        }
      : {}),
    // The next review is shown as given only when it differs from the one the interval gives, so changing the interval moves it.
    ...(a ? { assessment: assessmentDraft(a) } : {}),
    role: p.role ?? 'controller',
    jointControllers: (p.jointControllers ?? []).map((c) => ({ ...c })),
    processorRecord: {
      controllers: (p.processorRecord?.controllers ?? []).map((c) => ({ ...c })),
      categories: (p.processorRecord?.categoriesOfProcessing ?? []).join(', '),
      agreementReference: p.processorRecord?.agreementReference ?? '',
    },
  };
}

function assessmentDraft(a: DpiaRecord): NonNullable<RecordDraft['assessment']> {
  const { nextReviewOn, ...rest } = a;
  const derived = dpiaNextReview({ performedOn: a.performedOn, reviewIntervalMonths: a.reviewIntervalMonths });
  return { ...rest, reviewIntervalMonths: String(a.reviewIntervalMonths), ...(nextReviewOn && nextReviewOn !== derived ? { nextReviewOn } : {}) };
}

/** The screening's outcome as the form shows it: the two-criteria rule, or its opposite when the DPO overrides it. */
export function screeningOutcome(screening: NonNullable<RecordDraft['screening']>): { required: boolean; reasons: Wp248Criterion[] } {
  const result = screenDpia(screening.criteria);
  return { required: screening.override ? !result.required : result.required, reasons: result.reasons };
}

export function recordContent(r: RecordDraft, dpiaRequired: boolean): Record<string, unknown> {
  const screening = r.screening
    ? {
        criteria: r.screening.criteria,
        required: screeningOutcome(r.screening).required,
        reason: r.screening.reason,
        screenedOn: r.screening.screenedOn,
        screenedBy: r.screening.screenedBy,
      }
    : undefined;
  const a = r.assessment;
  const interval = Number(a?.reviewIntervalMonths);
  const assessment = a
    ? { ...a, reviewIntervalMonths: Number.isInteger(interval) && a?.reviewIntervalMonths.trim() ? interval : a.reviewIntervalMonths }
    : undefined;
  const categories = r.processorRecord.categories
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const processorRecord = { ...r.processorRecord, categoriesOfProcessing: categories, controllers: r.processorRecord.controllers.filter((c) => c.name.trim()) };
  delete (processorRecord as Partial<typeof processorRecord>).categories;
  return {
    ...(screening || assessment ? { dpia: { ...(screening ? { screening } : {}), ...(assessment ? { assessment } : {}) } } : {}),
    dpiaRequired: screening ? screening.required : dpiaRequired,
    role: r.role,
    ...(r.role === 'jointController' ? { jointControllers: r.jointControllers } : {}),
    ...(r.role === 'processor' ? { processorRecord } : {}),
  };
}
