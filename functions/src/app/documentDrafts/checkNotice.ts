import type { NoticeCheck } from '@prt/domain/api/documentDraftResponses';
import { ValidationError } from '@prt/domain/errors';
import type { Language } from '@prt/domain/language';
import type { Principal } from '@prt/domain/principal';
import { contentOf } from '@prt/domain/processingLifecycle';
import { fieldError } from '@prt/domain/validation';
import { visibleProcessing } from '../review/reviewDependencies.js';
import { requireDraftRole, type DraftDependencies } from './draftDependencies.js';

export interface NoticeToCheck {
  processingId: string;
  /** The notice as text (pasted) or as a file (uploaded); exactly one. */
  text?: string;
  file?: { bytes: Uint8Array; fileName: string };
  /** The notice's language when known; otherwise the reader detects it. */
  noticeLanguage?: Language;
  /** The user's language, which the differences are worded in. */
  language: Language;
}

const MAX_PASTED_CHARS = 400_000;

/** What a published notice says that the register's record does not, and the reverse; nothing is stored. */
export async function checkNotice(deps: DraftDependencies, principal: Principal, notice: NoticeToCheck): Promise<NoticeCheck> {
  requireDraftRole(principal);
  if (!notice.processingId) throw new ValidationError([fieldError('processingId', 'field.required', {}, 'name the processing to check the notice against')]);
  const processing = await visibleProcessing(deps, principal, notice.processingId);
  let text: string;
  if (notice.file) {
    const { extractDocumentText } = await import('../../import/documents/documentText.js');
    text = (await extractDocumentText(notice.file.bytes, notice.file.fileName)).text;
  } else {
    text = (notice.text ?? '').replace(/\r\n?/g, '\n').trim();
    if (!text) throw new ValidationError([fieldError('text', 'field.required', {}, 'paste the notice text or upload the notice')]);
    if (text.length > MAX_PASTED_CHARS) throw new ValidationError([fieldError('text', 'field.tooLong', { max: MAX_PASTED_CHARS }, 'the notice is too long')]);
  }
  const reading = deps.documentReader.read(text, {
    unit: processing.value.organisationUnit,
    ...(notice.noticeLanguage ? { language: notice.noticeLanguage } : {}),
  });
  return {
    processingId: processing.value.id,
    processingName: processing.value.name,
    noticeLanguage: reading.language,
    text: reading.text,
    differences: deps.documentReader.compare(reading, contentOf(processing.value), notice.language),
    notUnderstood: reading.notUnderstood,
  };
}
