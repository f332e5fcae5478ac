/** What the /api/documents endpoints answer; the tab reads the same types the functions write. */
import type { Language } from '../language.js';
import type { NoticeDifference, SourcePassage } from '../documents/documentReading.js';
import type { DraftField, FieldDecision } from '../documents/draftReview.js';

export type DocumentFormat = 'txt' | 'html' | 'docx' | 'pdf';

export interface DraftSubmission {
  /** "sending" freezes the decisions before the report is made; "sent" once the report is complete. */
  state: 'sending' | 'sent';
  processingId: string;
  by: string;
  at: string;
}

/** What an import found, per proposal, and what it could not place: the first thing the DPO sees. */
export interface ImportReport {
  found: number;
  proposals: { key: string; name: string; fields: number; purposes: number }[];
  notUnderstood: SourcePassage[];
}

export interface ProposalView {
  key: string;
  name: string;
  section: SourcePassage;
  fields: (DraftField & { decision?: FieldDecision })[];
  submission?: DraftSubmission;
}

/** A draft: the document's text, each proposal's fields with their decisions. */
export interface DraftView {
  id: string;
  fileName: string;
  format: DocumentFormat;
  organisationUnit: string;
  controller: string;
  language: Language;
  status: 'open' | 'submitted';
  createdAt: string;
  text: string;
  report: ImportReport;
  proposals: ProposalView[];
}

export interface DocumentDraftSummary {
  id: string;
  fileName: string;
  organisationUnit: string;
  createdAt: string;
  status: DraftView['status'];
  proposals: number;
}

export interface NoticeCheck {
  processingId: string;
  processingName: string;
  /** The notice's language, as given or detected. */
  noticeLanguage: Language;
  /** The notice's plain text, which the differences' passages point into. */
  text: string;
  differences: NoticeDifference[];
  notUnderstood: SourcePassage[];
}
