import type { SourcePassage } from '@prt/domain/documents/documentReading';
import { draftFields, type DraftField, type FieldDecision } from '@prt/domain/documents/draftReview';
import type { DocumentDraft, DraftSubmission } from '../../store/documentDraftRepository.js';

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

/** A draft as the API answers it: the document's text, each proposal's fields with their decisions. */
export interface DraftView {
  id: string;
  fileName: string;
  format: DocumentDraft['format'];
  organisationUnit: string;
  controller: string;
  language: DocumentDraft['reading']['language'];
  status: DocumentDraft['status'];
  createdAt: string;
  text: string;
  report: ImportReport;
  proposals: ProposalView[];
}

export function importReport(draft: DocumentDraft): ImportReport {
  return {
    found: draft.reading.proposals.length,
    proposals: draft.reading.proposals.map((p) => ({ key: p.key, name: p.name.value, fields: draftFields(p).length, purposes: p.purposes.length })),
    notUnderstood: draft.reading.notUnderstood,
  };
}

export function draftView(draft: DocumentDraft): DraftView {
  return {
    id: draft.id,
    fileName: draft.fileName,
    format: draft.format,
    organisationUnit: draft.organisationUnit,
    controller: draft.controller,
    language: draft.reading.language,
    status: draft.status,
    createdAt: draft.createdAt,
    text: draft.reading.text,
    report: importReport(draft),
    proposals: draft.reading.proposals.map((p) => {
      const decisions = draft.decisions[p.key] ?? {};
      const submission = draft.submissions[p.key];
      return {
        key: p.key,
        name: p.name.value,
        section: p.section,
        fields: draftFields(p).map((f) => ({ ...f, ...(decisions[f.path] ? { decision: decisions[f.path] } : {}) })),
        ...(submission ? { submission } : {}),
      };
    }),
  };
}
