import type { DocumentDraftSummary, DocumentFormat, DraftSubmission } from '@prt/domain/api/documentDraftResponses';
import type { DocumentReading } from '@prt/domain/documents/documentReading';
import type { FieldDecision } from '@prt/domain/documents/draftReview';
import type { Stored } from './processingRepository.js';

export type { DocumentDraftSummary, DraftSubmission };

/** A document read into proposed processings and the DPO's review of them, until each is sent to review. */
export interface DocumentDraft {
  id: string;
  kind: 'documentDraft';
  tenantId: string;
  /** The uploaded file's name, cleaned; no other trace of the file is kept than the reading's text. */
  fileName: string;
  format: DocumentFormat;
  organisationUnit: string;
  controller: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  reading: DocumentReading;
  /** Per proposal key, per field path (see draftFields). */
  decisions: Record<string, Record<string, FieldDecision>>;
  submissions: Record<string, DraftSubmission>;
  /** "open" while some proposal is not sent; "submitted" once every one is. */
  status: 'open' | 'submitted';
}

export interface DocumentDraftRepository {
  get(tenantId: string, id: string): Promise<Stored<DocumentDraft> | undefined>;
  list(tenantId: string): Promise<DocumentDraftSummary[]>;
  /** Throws ConflictError when a draft with the id exists. */
  create(draft: DocumentDraft): Promise<Stored<DocumentDraft>>;
  /** Throws PreconditionFailedError when etag is stale. */
  replace(draft: DocumentDraft, etag: string): Promise<Stored<DocumentDraft>>;
}
