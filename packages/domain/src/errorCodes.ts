/**
 * Every error code the API can answer with, and the parameters each one carries. The tab translates a code
 * with its params; the developer message beside it is English for logs and the CLI only. Adding a code
 * here without a translation in web/src/i18n/errorMessages.ts is a type error there.
 */
/** A code that carries no parameters. */
export type NoParams = Record<never, never>;

export interface ErrorCatalogue {
  // Fields of a submitted document.
  'field.required': NoParams;
  'field.blank': NoParams;
  'field.notString': NoParams;
  'field.notBoolean': NoParams;
  'field.notObject': NoParams;
  'field.notList': NoParams;
  'field.tooLong': { max: number };
  'field.notOneOf': { allowed: string[] };
  'field.notWholeNumber': { min: number; max: number };
  'field.notPositiveWholeNumber': NoParams;
  'field.notStored': NoParams;
  'list.tooLong': { max: number };
  'list.atLeastOne': NoParams;
  'legalBasis.article6Required': { allowed: string[] };
  'purpose.article9ConditionRequired': NoParams;
  // The connected register's fields: who gets what, DPIA, transfers, retention decisions.
  /** name: the subject, category or recipient a who-gets-what cell names that the purpose's own list lacks. */
  'dataFlow.unknownSubject': { name: string };
  'dataFlow.unknownCategory': { name: string };
  'dataFlow.unknownRecipient': { name: string };
  'dataFlow.duplicateCell': { subject: string; dataCategory: string };
  'dpia.overrideReasonRequired': NoParams;
  'dpia.reviewBeforePerformed': NoParams;
  /** A warning: residual risk stays high and the supervisory authority has not been consulted (Art. 36). */
  'dpia.priorConsultationAdvised': NoParams;
  /** A warning: the transfer relies on standard contractual clauses and no transfer impact assessment is recorded. */
  'transfer.impactAssessmentMissing': { country: string };
  'retention.danishCodeRequired': NoParams;
  'date.invalid': NoParams;
  'date.inFuture': NoParams;
  'date.beforePause': NoParams;
  'dateTime.invalid': NoParams;
  /** Typed into a date field in neither ISO nor the language's own form (DD.MM.YYYY, DD/MM/YYYY), or no such day. */
  'date.unrecognised': NoParams;
  /** Typed into a time field as no 24-hour HH:MM. */
  'time.invalid': NoParams;
  'text.controlCharacter': { position: number };
  'text.loneSurrogate': { position: number };
  'text.bidiControl': { position: number };
  'text.invisibleOnly': NoParams;
  // The request as a whole.
  'request.invalid': { count: number };
  'body.required': NoParams;
  'body.malformedJson': NoParams;
  'body.tooLarge': { limit: number };
  'body.tooDeep': { max: number };
  'body.malformedUtf8': NoParams;
  'body.controlCharacter': NoParams;
  'body.notJson': NoParams;
  'id.invalid': NoParams;
  'url.malformed': NoParams;
  'request.hostNotAllowed': NoParams;
  'ifMatch.required': NoParams;
  'paging.invalidContinuation': NoParams;
  'route.notFound': NoParams;
  'method.notAllowed': NoParams;
  internal: { invocationId: string };
  // Documents.
  'processing.notFound': NoParams;
  'processing.changed': NoParams;
  'processing.notApproved': NoParams;
  'processing.notRetirable': NoParams;
  'processing.notRetired': NoParams;
  'version.notFound': { version: number };
  'case.notFound': NoParams;
  'case.changed': NoParams;
  'register.notFound': NoParams;
  'document.notFound': NoParams;
  'document.exists': NoParams;
  'document.changed': NoParams;
  // The tenant's search thesaurus.
  'thesaurus.changed': NoParams;
  'thesaurus.idInvalid': NoParams;
  'thesaurus.idDuplicate': { id: string };
  'thesaurus.tooFewTerms': { min: number };
  // Review of reports and change proposals.
  'proposal.identityChanged': NoParams;
  'proposal.noChanges': NoParams;
  'proposal.alreadyOpen': { version: number };
  'decision.reasonRequired': NoParams;
  'decision.alreadyMade': { version: number; by: string; at: string };
  'decision.superseded': { version: number; latest: number };
  'cardAction.incomplete': NoParams;
  'review.ownerOrDpoOnly': NoParams;
  'review.rejectedFinal': NoParams;
  // IT systems and processors (register entities) and the links to them from processings.
  'system.notFound': NoParams;
  'processor.notFound': NoParams;
  'system.nameTaken': { name: string };
  'processor.nameTaken': { name: string };
  'entity.retired': NoParams;
  'link.unknownSystem': NoParams;
  'link.unknownProcessor': NoParams;
  'agreement.validUntilBeforeSigned': NoParams;
  'supervision.nextBeforeLast': NoParams;
  // Deadline cases.
  'event.notAllowed': { event: string; allowed: string[] };
  'case.closed': NoParams;
  'case.notClosed': NoParams;
  'case.extensionReasonRequired': NoParams;
  'case.alreadyExtended': NoParams;
  'case.alreadyPaused': NoParams;
  'case.notPaused': NoParams;
  'case.notificationReasonRequired': NoParams;
  'case.whistleblowerOnly': NoParams;
  'case.breachLogReviewersOnly': NoParams;
  /** kind: personnummer | samordningsnummer | cpr | email | phone; field: the case field that holds it. */
  'case.identityLike': { field: string; kind: string };
  /** pattern: an example of the tenant's case-number form, e.g. "KS 2026/123". */
  'case.referencePattern': { pattern: string };
  'case.unknownUnit': NoParams;
  'case.handlerNotInRole': { roles: string[] };
  'case.eventNotInState': { event: string; allowed: string[] };
  'case.referenceTaken': { reference: string };
  // Import of register files.
  'import.fileRequired': NoParams;
  'import.noHeader': NoParams;
  'import.noProcessingName': NoParams;
  'import.noUnit': NoParams;
  'import.pendingReview': { name: string };
  'import.pendingReviewVersion': { name: string; version: number };
  'import.rowsRejected': { count: number };
  'import.changedDuringImport': { name: string };
  'import.unreadableText': NoParams;
  'import.unreadableLegalBasis': { text: string };
  'import.tooLarge': NoParams;
  'import.tooManyRows': NoParams;
  'import.tooManyColumns': NoParams;
  'import.cellTooLong': NoParams;
  'import.invalidFile': NoParams;
  // Documents read into drafts (privacy notices, handbooks) and the drafts' review.
  'document.unsupportedType': NoParams;
  'document.unreadable': NoParams;
  'document.tooLarge': NoParams;
  'document.noText': NoParams;
  // A file picked for upload that is larger than the route accepts; the tab says so before sending it.
  'upload.tooLarge': { megabytes: number };
  'documentDraft.notFound': NoParams;
  'documentDraft.changed': NoParams;
  'documentDraft.proposalNotFound': NoParams;
  'documentDraft.fieldNotFound': { field: string };
  'documentDraft.nameRequired': NoParams;
  'documentDraft.alreadySubmitted': NoParams;
  // Templates: standard processings a unit starts its register from.
  'template.notAnObject': NoParams;
  'template.nameMissing': NoParams;
  'template.duplicateId': { id: string };
  'template.unknownLegalBasisCode': { value: string };
  'template.invalidKleCode': { value: string };
  'template.unreadableLegalBasis': { value: string };
  'template.notText': NoParams;
  'template.noHeader': NoParams;
  'template.tooMany': { max: number };
  'template.invalidJson': NoParams;
  'template.fileRequired': NoParams;
  'template.itemsRejected': { count: number };
  'template.notFound': NoParams;
  'template.setChanged': NoParams;
  'template.unitRequired': NoParams;
  'template.selectionRequired': NoParams;
  'template.nameTaken': { name: string };
  'template.nothingToApply': NoParams;
  'template.notFromTemplate': NoParams;
  // Sign-in and permissions.
  'auth.tokenMissing': NoParams;
  'auth.tokenInvalid': NoParams;
  'auth.wrongIssuer': NoParams;
  'auth.tenantNotAllowed': NoParams;
  'tenant.notConfigured': NoParams;
  'auth.scopeMissing': { scope: string };
  'auth.consentRequired': NoParams;
  'auth.unknownDemoUser': NoParams;
  'auth.localSignInUnavailable': NoParams;
  'auth.roleRequired': { roles: string[] };
  'auth.keySetUnavailable': { retryAfterSeconds: number };
  'directory.busy': { retryAfterSeconds: number };
  'store.unavailable': { retryAfterSeconds: number };
  'bot.tokenMissing': NoParams;
  'bot.tokenInvalid': NoParams;
  'bot.noLocalChannel': NoParams;
  'chat.deadLetterNotFound': NoParams;
}

export type ErrorCode = keyof ErrorCatalogue;
export type ErrorParamValue = string | number | boolean | string[];
export type ErrorParams<C extends ErrorCode = ErrorCode> = ErrorCatalogue[C];

const listed = {
  'field.required': true,
  'field.blank': true,
  'field.notString': true,
  'field.notBoolean': true,
  'field.notObject': true,
  'field.notList': true,
  'field.tooLong': true,
  'field.notOneOf': true,
  'field.notWholeNumber': true,
  'field.notPositiveWholeNumber': true,
  'field.notStored': true,
  'list.tooLong': true,
  'list.atLeastOne': true,
  'legalBasis.article6Required': true,
  'purpose.article9ConditionRequired': true,
  'dataFlow.unknownSubject': true,
  'dataFlow.unknownCategory': true,
  'dataFlow.unknownRecipient': true,
  'dataFlow.duplicateCell': true,
  'dpia.overrideReasonRequired': true,
  'dpia.reviewBeforePerformed': true,
  'dpia.priorConsultationAdvised': true,
  'transfer.impactAssessmentMissing': true,
  'retention.danishCodeRequired': true,
  'date.invalid': true,
  'date.inFuture': true,
  'date.beforePause': true,
  'dateTime.invalid': true,
  'date.unrecognised': true,
  'time.invalid': true,
  'text.controlCharacter': true,
  'text.loneSurrogate': true,
  'text.bidiControl': true,
  'text.invisibleOnly': true,
  'request.invalid': true,
  'body.required': true,
  'body.malformedJson': true,
  'body.tooLarge': true,
  'body.tooDeep': true,
  'body.malformedUtf8': true,
  'body.controlCharacter': true,
  'body.notJson': true,
  'id.invalid': true,
  'url.malformed': true,
  'request.hostNotAllowed': true,
  'ifMatch.required': true,
  'paging.invalidContinuation': true,
  'route.notFound': true,
  'method.notAllowed': true,
  internal: true,
  'processing.notFound': true,
  'processing.changed': true,
  'processing.notApproved': true,
  'processing.notRetirable': true,
  'processing.notRetired': true,
  'version.notFound': true,
  'case.notFound': true,
  'case.changed': true,
  'register.notFound': true,
  'document.notFound': true,
  'document.exists': true,
  'document.changed': true,
  'thesaurus.changed': true,
  'thesaurus.idInvalid': true,
  'thesaurus.idDuplicate': true,
  'thesaurus.tooFewTerms': true,
  'proposal.identityChanged': true,
  'proposal.noChanges': true,
  'proposal.alreadyOpen': true,
  'decision.reasonRequired': true,
  'decision.alreadyMade': true,
  'decision.superseded': true,
  'cardAction.incomplete': true,
  'review.ownerOrDpoOnly': true,
  'review.rejectedFinal': true,
  'system.notFound': true,
  'processor.notFound': true,
  'system.nameTaken': true,
  'processor.nameTaken': true,
  'entity.retired': true,
  'link.unknownSystem': true,
  'link.unknownProcessor': true,
  'agreement.validUntilBeforeSigned': true,
  'supervision.nextBeforeLast': true,
  'event.notAllowed': true,
  'case.closed': true,
  'case.notClosed': true,
  'case.extensionReasonRequired': true,
  'case.alreadyExtended': true,
  'case.alreadyPaused': true,
  'case.notPaused': true,
  'case.notificationReasonRequired': true,
  'case.whistleblowerOnly': true,
  'case.breachLogReviewersOnly': true,
  'case.identityLike': true,
  'case.referencePattern': true,
  'case.unknownUnit': true,
  'case.handlerNotInRole': true,
  'case.eventNotInState': true,
  'case.referenceTaken': true,
  'import.fileRequired': true,
  'import.noHeader': true,
  'import.noProcessingName': true,
  'import.noUnit': true,
  'import.pendingReview': true,
  'import.pendingReviewVersion': true,
  'import.rowsRejected': true,
  'import.changedDuringImport': true,
  'import.unreadableText': true,
  'import.unreadableLegalBasis': true,
  'import.tooLarge': true,
  'import.tooManyRows': true,
  'import.tooManyColumns': true,
  'import.cellTooLong': true,
  'import.invalidFile': true,
  'document.unsupportedType': true,
  'document.unreadable': true,
  'document.tooLarge': true,
  'document.noText': true,
  'upload.tooLarge': true,
  'documentDraft.notFound': true,
  'documentDraft.changed': true,
  'documentDraft.proposalNotFound': true,
  'documentDraft.fieldNotFound': true,
  'documentDraft.nameRequired': true,
  'documentDraft.alreadySubmitted': true,
  'template.notAnObject': true,
  'template.nameMissing': true,
  'template.duplicateId': true,
  'template.unknownLegalBasisCode': true,
  'template.invalidKleCode': true,
  'template.unreadableLegalBasis': true,
  'template.notText': true,
  'template.noHeader': true,
  'template.tooMany': true,
  'template.invalidJson': true,
  'template.fileRequired': true,
  'template.itemsRejected': true,
  'template.notFound': true,
  'template.setChanged': true,
  'template.unitRequired': true,
  'template.selectionRequired': true,
  'template.nameTaken': true,
  'template.nothingToApply': true,
  'template.notFromTemplate': true,
  'auth.tokenMissing': true,
  'auth.tokenInvalid': true,
  'auth.wrongIssuer': true,
  'auth.tenantNotAllowed': true,
  'tenant.notConfigured': true,
  'auth.scopeMissing': true,
  'auth.consentRequired': true,
  'auth.unknownDemoUser': true,
  'auth.localSignInUnavailable': true,
  'auth.roleRequired': true,
  'auth.keySetUnavailable': true,
  'directory.busy': true,
  'store.unavailable': true,
  'bot.tokenMissing': true,
  'bot.tokenInvalid': true,
  'bot.noLocalChannel': true,
  'chat.deadLetterNotFound': true,
} satisfies Record<ErrorCode, true>;

/** The catalogue at run time, for tests that every code is translated. */
export const ERROR_CODES = Object.keys(listed) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(listed, value);
}
