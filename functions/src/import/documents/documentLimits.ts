import { ImportLimitError } from '../importLimits.js';

/**
 * What one document may be. A privacy notice or a handbook is some tens of pages; the limits leave ample room for
 * that while a hostile file (huge, a zip bomb, a PDF of a million pages) is refused before it takes the host.
 */
export const DOCUMENT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  /** Characters of plain text after extraction; the reader and the side-by-side view hold it whole. */
  maxTextChars: 400_000,
  maxPdfPages: 500,
} as const;

export const DOCUMENT_FORMATS = ['txt', 'html', 'docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export function documentTooLarge(detail: string): ImportLimitError {
  return new ImportLimitError('document.tooLarge', `the document is too large: ${detail}`);
}

export function documentUnreadable(format: DocumentFormat): ImportLimitError {
  return new ImportLimitError('document.unreadable', `the file looks like ${format} but cannot be read`);
}

export function unsupportedDocument(): ImportLimitError {
  return new ImportLimitError('document.unsupportedType', `the file is not one of ${DOCUMENT_FORMATS.join(', ')}`);
}
