import type { NoticeDifference } from '@prt/domain/documents/documentReading';
import type { DraftFieldKind, FieldDecision } from '@prt/domain/documents/draftReview';
import type { MessageKey } from '../i18n/messages.js';

export const KIND_LABEL: Record<DraftFieldKind, MessageKey> = {
  name: 'kindName',
  description: 'kindDescription',
  legalBases: 'kindLegalBases',
  nationalLaw: 'kindNationalLaw',
  dataSubjectCategories: 'kindDataSubjectCategories',
  personalDataCategories: 'kindPersonalDataCategories',
  recipients: 'kindRecipients',
  thirdCountryTransfers: 'kindThirdCountryTransfers',
  retention: 'kindRetention',
  sources: 'kindSources',
};

export const DECISION_LABEL: Record<FieldDecision['action'] | 'none', MessageKey> = {
  accepted: 'decisionAccepted',
  edited: 'decisionEdited',
  dropped: 'decisionDropped',
  none: 'decisionNone',
};

export const DIFFERENCE_FIELD: Record<NoticeDifference['field'], MessageKey> = {
  legalBasis: 'diffLegalBasis',
  nationalLaw: 'diffNationalLaw',
  recipients: 'diffRecipients',
  retention: 'diffRetention',
  dataCategories: 'diffDataCategories',
  dataSubjects: 'diffDataSubjects',
  sources: 'diffSources',
  transfers: 'diffTransfers',
};
