import { draftContent } from '@prt/domain/documents/draftReview';
import { ConflictError, NotFoundError, PreconditionFailedError, ValidationError } from '@prt/domain/errors';
import { processingId } from '@prt/domain/identity';
import type { Principal } from '@prt/domain/principal';
import type { Processing, ProcessingContent, Provenance } from '@prt/domain/processing';
import type { DocumentDraft } from '../../store/documentDraftRepository.js';
import type { Stored } from '../../store/processingRepository.js';
import { reportProcessing } from '../review/report.js';
import { draftChanged, requireDraftRole, storedDraft, type DraftDependencies } from './draftDependencies.js';
import { draftView, type DraftView } from './draftView.js';

const ATTEMPTS = 8;

export interface Submitted {
  processing: Processing;
  draft: DraftView;
}

/**
 * Sends one proposal, as the DPO decided its fields, into the normal report flow: a pending processing with its
 * version, audit event and reviewers' messages, exactly as a report from the form, never approved here.
 *
 * Three steps, each safe to repeat: the draft is marked "sending" (which freezes the decisions, so every
 * attempt sends the same content), the report is made (reportProcessing completes a report cut short), the draft
 * is marked "sent". A second submit, concurrent or later, finds the mark and ends with the same single report.
 */
export async function submitProposal(deps: DraftDependencies, principal: Principal, id: string, key: string): Promise<Submitted> {
  requireDraftRole(principal);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const stored = await storedDraft(deps, principal, id);
    const draft = stored.value;
    const proposal = draft.reading.proposals.find((p) => p.key === key);
    if (!proposal) throw new NotFoundError('documentDraft.proposalNotFound', {}, 'the draft has no such proposal');
    const submission = draft.submissions[key];
    if (submission?.state === 'sent') {
      const processing = await deps.processings.get(principal.tenantId, submission.processingId);
      if (processing) return { processing: processing.value, draft: draftView(draft) };
    }
    const content = contentToSend(draft, key);
    let current: Stored<DocumentDraft> = stored;
    if (!submission) {
      const sending = withSubmission(draft, key, {
        state: 'sending',
        processingId: processingId(content.organisationUnit, content.name),
        by: principal.userId,
        at: now(deps),
      });
      const saved = await replaced(deps, sending, stored.etag);
      if (!saved) continue;
      current = saved;
    }
    const processing = await report(deps, principal, content, provenanceOf(draft, key));
    const sentMark = { ...current.value.submissions[key]!, state: 'sent' as const, processingId: processing.id };
    const sent = await replaced(deps, withSubmission(current.value, key, sentMark), current.etag);
    if (!sent) continue;
    return { processing, draft: draftView(sent.value) };
  }
  throw draftChanged();
}

function contentToSend(draft: DocumentDraft, key: string): ProcessingContent {
  const proposal = draft.reading.proposals.find((p) => p.key === key)!;
  const result = draftContent(proposal, draft.decisions[key] ?? {}, { organisationUnit: draft.organisationUnit, controller: draft.controller });
  if (!result.ok) throw new ValidationError(result.errors);
  return result.value;
}

function provenanceOf(draft: DocumentDraft, key: string): Provenance {
  return { kind: 'document', reference: `${draft.fileName} (${draft.id.slice(0, 8)}/${key})`.slice(0, 200) };
}

function now(deps: Pick<DraftDependencies, 'clock'>): string {
  return deps.clock.now().toISOString();
}

function withSubmission(draft: DocumentDraft, key: string, submission: DocumentDraft['submissions'][string]): DocumentDraft {
  const submissions = { ...draft.submissions, [key]: submission };
  const allSent = draft.reading.proposals.every((p) => submissions[p.key]?.state === 'sent');
  return { ...draft, submissions, status: allSent ? 'submitted' : 'open', updatedAt: submission.at };
}

/** undefined when someone else wrote the draft in between: the caller reads it again and finds out what happened. */
async function replaced(deps: DraftDependencies, draft: DocumentDraft, etag: string): Promise<Stored<DocumentDraft> | undefined> {
  try {
    return await deps.documentDrafts.replace(draft, etag);
  } catch (error) {
    if (error instanceof PreconditionFailedError) return undefined;
    throw error;
  }
}

/**
 * The report, or the one a concurrent or earlier attempt from this draft made. reportProcessing refuses a second
 * report of a complete one; a record that carries this draft's provenance is that report, anything else is a
 * real conflict (a processing of the same name in the unit).
 */
async function report(deps: DraftDependencies, principal: Principal, content: ProcessingContent, provenance: Provenance): Promise<Processing> {
  try {
    return (await reportProcessing(deps, principal, content, provenance)).value;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const existing = await deps.processings.get(principal.tenantId, processingId(content.organisationUnit, content.name));
    if (existing?.value.provenance.kind === provenance.kind && existing.value.provenance.reference === provenance.reference) return existing.value;
    throw error;
  }
}
