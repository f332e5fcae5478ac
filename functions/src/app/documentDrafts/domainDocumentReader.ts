import { compareNoticeWithProcessing } from '@prt/domain/documents/noticeComparison';
import { readDocument } from '@prt/domain/documents/readDocument';
import type { DocumentReader } from './documentReader.js';

/** The domain's rules behind the port: deterministic sv/da/en reading, no model, nothing downloaded. */
export const domainDocumentReader: DocumentReader = {
  read: readDocument,
  compare: compareNoticeWithProcessing,
};
