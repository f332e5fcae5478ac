/** The document files the server reads into drafts or checks against a notice (functions/src/import/documents). */
export const DOCUMENT_TYPES = ['.txt', '.html', '.htm', '.docx', '.pdf'] as const;
