import type { DocumentReading, NoticeDifference, ReadDocumentOptions } from '@prt/domain/documents/documentReading';
import type { ProcessingContent } from '@prt/domain/processing';

/**
 * The rules that read a document into proposed processings and compare a notice with a processing. Pure and
 * deterministic (the domain's reader); behind this port so the use cases can be tested with a reader of known output.
 */
export interface DocumentReader {
  read(text: string, options: ReadDocumentOptions): DocumentReading;
  compare(notice: DocumentReading, processing: ProcessingContent): NoticeDifference[];
}
