import { LOCALES, type Language } from '../i18n/language.js';
/** The API's case views as the tab reads them. */
export interface Deadline {
  subjectId: string;
  reference: string;
  kind: string;
  dueDate: string | null;
  dueAt: string;
  overdue: boolean;
  paused?: boolean;
  completed: boolean;
}

export type CaseType = 'dsr' | 'whistleblower' | 'breach';

export interface CaseRecord {
  id: string;
  type: CaseType;
  reference: string;
  unit: string;
  handlerId: string;
  receivedOn?: string;
  awareAt?: string;
  closedOn?: string;
  pauses?: { from: string; to?: string }[];
  history?: { event: string; date: string; at: string; by: string }[];
  facts?: string;
  effects?: string;
  remedialAction?: string;
  notifiedAt?: string;
  notificationNotRequired?: string;
  notificationNotRequiredNote?: string;
}

export interface CaseView {
  case: CaseRecord;
  deadlines: Deadline[];
  allowedEvents: string[];
  deletesOn?: string;
  handlerName?: string;
}

export interface CaseSettings {
  country: 'SE' | 'DK';
  authority: string;
  timeZone: string;
  danishCustomaryClosedDays: boolean;
  units: string[];
  caseNumberExample: Record<CaseType, string>;
}

/** Events that take a reason from a list; the codes match the domain's lists. */
export const REASONS: Record<string, string[]> = {
  extend: ['complexRequest', 'manyRequests'],
  pause: ['identityVerification', 'clarificationRequested'],
  notificationNotRequired: ['unlikelyRisk', 'dataEncrypted', 'riskRemovedPromptly'],
  close: ['completed', 'withdrawn', 'manifestlyUnfounded', 'referredElsewhere', 'noFurtherAction'],
};

/** Events applied at once; the others open a dialog (a reason, a note, the breach documentation or a confirmation). */
export const NEEDS_DIALOG = new Set(['extend', 'pause', 'notificationNotRequired', 'close', 'delete', 'document']);

export function formatPlainDate(date: string, language: Language): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' });
}
