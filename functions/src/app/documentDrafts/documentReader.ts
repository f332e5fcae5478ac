import type { DocumentReading, NoticeDifference, ReadDocumentOptions } from '@prt/domain/documents/documentReading';
import type { Language } from '@prt/domain/language';
import type { ProcessingContent } from '@prt/domain/processing';

/**
 * The rules that read a document into proposed processings and compare a notice with a processing. Pure and
 * deterministic (the domain's reader); behind this port so the use cases can be tested with a reader of known output.
 */
export interface DocumentReader {
  read(text: string, options: ReadDocumentOptions): DocumentReading;
  /** Differences worded in the given language (the user's), whatever the notice's own language. */
  compare(notice: DocumentReading, processing: ProcessingContent, language: Language): NoticeDifference[];
}
