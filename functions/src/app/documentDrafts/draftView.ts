import type { DraftView, ImportReport } from '@prt/domain/api/documentDraftResponses';
import { draftFields } from '@prt/domain/documents/draftReview';
import type { DocumentDraft } from '../../store/documentDraftRepository.js';

export type { DraftView, ImportReport };

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
