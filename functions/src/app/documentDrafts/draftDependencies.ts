import { NotFoundError, PreconditionFailedError } from '@prt/domain/errors';
import type { Principal } from '@prt/domain/principal';
import { requireRole } from '../../auth/authenticator.js';
import type { DocumentDraft, DocumentDraftRepository } from '../../store/documentDraftRepository.js';
import type { Stored } from '../../store/processingRepository.js';
import type { ReviewDependencies } from '../review/reviewDependencies.js';
import type { DocumentReader } from './documentReader.js';

export interface DraftDependencies extends ReviewDependencies {
  documentDrafts: DocumentDraftRepository;
  documentReader: DocumentReader;
}

/** Drafts are the DPO's working material (admins may help); staff report processings through the form. */
export function requireDraftRole(principal: Principal): void {
  requireRole(principal, 'dpo', 'admin');
}

export async function storedDraft(deps: Pick<DraftDependencies, 'documentDrafts'>, principal: Principal, id: string): Promise<Stored<DocumentDraft>> {
  const stored = await deps.documentDrafts.get(principal.tenantId, id);
  if (!stored) throw new NotFoundError('documentDraft.notFound', {}, 'document draft not found');
  return stored;
}

export function draftChanged(): PreconditionFailedError {
  return new PreconditionFailedError('documentDraft.changed', {}, 'the draft was changed by someone else; reload it and apply your change again');
}
