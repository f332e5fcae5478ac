import { ConflictError, NotFoundError, ValidationError } from '@prt/domain/errors';
import { draftFields, FIELD_ACTIONS, type FieldDecision } from '@prt/domain/documents/draftReview';
import { checkText } from '@prt/domain/plainText';
import type { Principal } from '@prt/domain/principal';
import { fieldError, type FieldError } from '@prt/domain/validation';
import type { Stored } from '../../store/processingRepository.js';
import type { DocumentDraft } from '../../store/documentDraftRepository.js';
import { draftChanged, requireDraftRole, storedDraft, type DraftDependencies } from './draftDependencies.js';
import { draftView, type DraftView } from './draftView.js';

const MAX_EDIT = 4000;

/** Decisions for one proposal's fields; null clears a decision (back to undecided). */
export interface FieldDecisions {
  proposal: string;
  decisions: Record<string, FieldDecision | null>;
}

/** Reads a decisions body: each path must be a field of the proposal, each decision one of the three actions. */
export function readFieldDecisions(body: unknown): FieldDecisions {
  const raw = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const errors: FieldError[] = [];
  const proposal = typeof raw['proposal'] === 'string' ? raw['proposal'] : '';
  if (!proposal) errors.push(fieldError('proposal', 'field.required', {}, 'name the proposal the decisions are for'));
  const decisionsRaw = raw['decisions'];
  const decisions: Record<string, FieldDecision | null> = {};
  if (typeof decisionsRaw !== 'object' || decisionsRaw === null || Array.isArray(decisionsRaw)) {
    errors.push(fieldError('decisions', 'field.notObject', {}, 'must be an object of field path to decision'));
  } else {
    for (const [path, value] of Object.entries(decisionsRaw as Record<string, unknown>)) {
      const at = `decisions.${path}`;
      if (value === null) {
        decisions[path] = null;
        continue;
      }
      const action = typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)['action'] : undefined;
      if (!(FIELD_ACTIONS as readonly unknown[]).includes(action)) {
        errors.push(fieldError(`${at}.action`, 'field.notOneOf', { allowed: [...FIELD_ACTIONS] }, `must be one of ${FIELD_ACTIONS.join(', ')}`));
        continue;
      }
      if (action !== 'edited') {
        decisions[path] = { action: action as 'accepted' | 'dropped' };
        continue;
      }
      const edit = (value as Record<string, unknown>)['value'];
      if (typeof edit !== 'string') {
        errors.push(fieldError(`${at}.value`, 'field.notString', {}, 'an edit is text'));
        continue;
      }
      const checked = checkText(edit, { multiline: true });
      if (!checked.ok) errors.push(fieldError(`${at}.value`, checked.code, { position: checked.position }, 'contains characters that are not text'));
      else if (checked.value === '') errors.push(fieldError(`${at}.value`, 'field.blank', {}, 'drop the field instead of emptying it'));
      else if (checked.value.length > MAX_EDIT) errors.push(fieldError(`${at}.value`, 'field.tooLong', { max: MAX_EDIT }, `at most ${MAX_EDIT} characters`));
      else decisions[path] = { action: 'edited', value: checked.value };
    }
  }
  if (errors.length > 0) throw new ValidationError(errors);
  return { proposal, decisions };
}

/** Records the DPO's decisions on a proposal's fields; the draft's ETag guards against a concurrent reviewer. */
export async function decideFields(
  deps: DraftDependencies,
  principal: Principal,
  id: string,
  etag: string,
  change: FieldDecisions,
): Promise<Stored<DraftView>> {
  requireDraftRole(principal);
  const stored = await storedDraft(deps, principal, id);
  if (stored.etag !== etag) throw draftChanged();
  const draft = stored.value;
  const proposal = draft.reading.proposals.find((p) => p.key === change.proposal);
  if (!proposal) throw new NotFoundError('documentDraft.proposalNotFound', {}, 'the draft has no such proposal');
  if (draft.submissions[proposal.key])
    throw new ConflictError('documentDraft.alreadySubmitted', {}, 'the proposal was sent to review; change it there, through the review flow');
  const paths = new Set(draftFields(proposal).map((f) => f.path));
  const unknown = Object.keys(change.decisions).filter((p) => !paths.has(p));
  if (unknown.length > 0)
    throw new ValidationError(unknown.map((p) => fieldError(`decisions.${p}`, 'documentDraft.fieldNotFound', { field: p }, 'not a field of the proposal')));
  const current = { ...(draft.decisions[proposal.key] ?? {}) };
  for (const [path, decision] of Object.entries(change.decisions)) {
    if (decision === null) delete current[path];
    else current[path] = decision;
  }
  const next: DocumentDraft = { ...draft, decisions: { ...draft.decisions, [proposal.key]: current }, updatedAt: deps.clock.now().toISOString() };
  try {
    const saved = await deps.documentDrafts.replace(next, stored.etag);
    return { value: draftView(saved.value), etag: saved.etag };
  } catch (error) {
    if (error instanceof Error && error.name === 'PreconditionFailedError') throw draftChanged();
    throw error;
  }
}
