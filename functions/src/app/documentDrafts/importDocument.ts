import type { Language } from '@prt/domain/language';
import type { Principal } from '@prt/domain/principal';
import { checkText } from '@prt/domain/plainText';
import { ValidationError } from '@prt/domain/errors';
import { fieldError } from '@prt/domain/validation';
import { documentTooLarge } from '../../import/documents/documentLimits.js';
import type { DocumentDraft } from '../../store/documentDraftRepository.js';
import { requireDraftRole, type DraftDependencies } from './draftDependencies.js';
import { draftView, type DraftView } from './draftView.js';

export interface DocumentUpload {
  bytes: Uint8Array;
  fileName: string;
  organisationUnit: string;
  controller: string;
  language?: Language;
}

/** A draft document must stay well inside Cosmos DB's 2 MB per item, with the text and every passage in it. */
const MAX_DRAFT_JSON_CHARS = 1_500_000;

/**
 * Reads an uploaded document into proposed processings and keeps them as a draft for the DPO's review. Nothing
 * is written to the register: each proposal reaches it only by being sent to review (submitProposal) and approved.
 */
export async function importDocument(deps: DraftDependencies, principal: Principal, upload: DocumentUpload): Promise<DraftView> {
  requireDraftRole(principal);
  const organisationUnit = upload.organisationUnit.trim();
  const controller = upload.controller.trim();
  const errors = [
    ...(organisationUnit ? [] : [fieldError('unit', 'field.required', {}, 'name the organisation unit the document is imported for')]),
    ...(controller ? [] : [fieldError('controller', 'field.required', {}, 'name the controller (the municipality)')]),
    ...lineErrors('unit', organisationUnit),
    ...lineErrors('controller', controller),
  ];
  if (errors.length > 0) throw new ValidationError(errors);
  // The file formats (mammoth, htmlparser2, pdf.js) load when someone imports a document, not with every worker.
  const { extractDocumentText } = await import('../../import/documents/documentText.js');
  const { format, text } = await extractDocumentText(upload.bytes, upload.fileName);
  const reading = deps.documentReader.read(text, { unit: organisationUnit, ...(upload.language ? { language: upload.language } : {}) });
  const at = deps.clock.now().toISOString();
  const draft: DocumentDraft = {
    id: crypto.randomUUID(),
    kind: 'documentDraft',
    tenantId: principal.tenantId,
    fileName: upload.fileName,
    format,
    organisationUnit,
    controller,
    createdBy: principal.userId,
    createdAt: at,
    updatedAt: at,
    reading,
    decisions: {},
    submissions: {},
    status: reading.proposals.length === 0 ? 'submitted' : 'open',
  };
  if (JSON.stringify(draft).length > MAX_DRAFT_JSON_CHARS) throw documentTooLarge(`the reading is larger than ${MAX_DRAFT_JSON_CHARS} characters`);
  const stored = await deps.documentDrafts.create(draft);
  return draftView(stored.value);
}

function lineErrors(field: string, value: string) {
  if (value.length > 200) return [fieldError(field, 'field.tooLong', { max: 200 }, 'at most 200 characters')];
  const checked = checkText(value, { multiline: false });
  return checked.ok ? [] : [fieldError(field, checked.code, { position: checked.position }, 'contains characters that are not text')];
}
