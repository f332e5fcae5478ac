import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '@prt/domain/errorCodes';
import { LANGUAGES } from './language.js';
import { allErrorTexts, errorText, fieldErrorText } from './errorMessages.js';

/** Params of the right shape for every code, so each text is rendered as users would see it. */
function sampleParams(code: ErrorCode): Record<string, unknown> {
  const sample: Record<string, Record<string, unknown>> = {
    'import.unreadableLegalBasis': { text: 'Kanske' },
    'template.duplicateId': { id: '06' },
    'template.unknownLegalBasisCode': { value: 'register-gdpr-p9-z' },
    'template.invalidKleCode': { value: '29-03' },
    'template.unreadableLegalBasis': { value: 'Kanske' },
    'template.tooMany': { max: 1000 },
    'template.itemsRejected': { count: 2 },
    'template.nameTaken': { name: 'Sygesikring' },
    'system.nameTaken': { name: 'Visma HR' },
    'processor.nameTaken': { name: 'Tieto AB' },
    'field.tooLong': { max: 4000 },
    'list.tooLong': { max: 200 },
    'field.notOneOf': { allowed: ['consent', 'contract'] },
    'legalBasis.article6Required': { allowed: ['consent', 'contract'] },
    'field.notWholeNumber': { min: 1, max: 500 },
    'request.invalid': { count: 2 },
    'body.tooLarge': { limit: 262144 },
    'upload.tooLarge': { megabytes: 10 },
    'body.tooDeep': { max: 32 },
    internal: { invocationId: 'abc-123' },
    'version.notFound': { version: 3 },
    'proposal.alreadyOpen': { version: 2 },
    'decision.alreadyMade': { version: 1, by: 'Erik Eriksson', at: '2026-09-01T10:00:00.000Z' },
    'decision.superseded': { version: 1, latest: 2 },
    'event.notAllowed': { event: 'pause', allowed: ['respond', 'close'] },
    'import.pendingReview': { name: 'Rekrytering' },
    'import.pendingReviewVersion': { name: 'Rekrytering', version: 2 },
    'import.rowsRejected': { count: 3 },
    'documentDraft.fieldNotFound': { field: 'purposes[0].recipients[1]' },
    'import.changedDuringImport': { name: 'Rekrytering' },
    'case.referenceTaken': { reference: 'KS 2026/101' },
    'auth.scopeMissing': { scope: 'access_as_user' },
    'auth.roleRequired': { roles: ['dpo', 'admin'] },
    'auth.keySetUnavailable': { retryAfterSeconds: 30 },
    'directory.busy': { retryAfterSeconds: 5 },
    'case.identityLike': { field: 'reference', kind: 'personnummer' },
    'case.referencePattern': { pattern: 'KS 2026/123' },
    'case.handlerNotInRole': { roles: ['dpo', 'dsrHandler'] },
    'case.eventNotInState': { event: 'giveFeedback', allowed: ['acknowledge', 'close'] },
    'text.controlCharacter': { position: 7 },
    'text.loneSurrogate': { position: 3 },
    'text.bidiControl': { position: 12 },
    'thesaurus.idDuplicate': { id: 'recruitment' },
    'thesaurus.tooFewTerms': { min: 2 },
    'store.unavailable': { retryAfterSeconds: 30 },
    'dataFlow.unknownSubject': { name: 'Elever' },
    'dataFlow.unknownCategory': { name: 'Betyg' },
    'dataFlow.unknownRecipient': { name: 'Skolverket' },
    'dataFlow.duplicateCell': { subject: 'Elever', dataCategory: 'Betyg' },
    'transfer.impactAssessmentMissing': { country: 'USA' },
  };
  return sample[code] ?? {};
}

describe('error messages', () => {
  it("name the case field in the reader's language", () => {
    const p = { field: 'note', kind: 'phone' };
    expect(errorText('case.identityLike', p, 'sv')).toBe(
      'Kort anteckning ser ut att innehålla ett telefonnummer. Ärenden får inte innehålla någons identitet – ta bort den.',
    );
    expect(errorText('case.identityLike', { field: 'reference', kind: 'cpr' }, 'da')).toMatch(/^Sagsnummer ser ud til at indeholde et CPR-nummer/);
    expect(errorText('case.identityLike', { field: 'unit', kind: 'email' }, 'en')).toMatch(/^Committee\/unit seems to contain an e-mail address/);
  });

  it('translate every code of the catalogue into plain sv, da and en', () => {
    const texts = allErrorTexts();
    expect(Object.keys(texts).sort()).toEqual([...ERROR_CODES].sort());
    for (const code of ERROR_CODES) {
      for (const lang of LANGUAGES) {
        const text = errorText(code, sampleParams(code), lang);
        expect(text.trim(), `${code} in ${lang}`).not.toBe('');
        expect(text, `${code} in ${lang}`).not.toMatch(/undefined|NaN|\{\w+\}/);
        expect(text, `${code} in ${lang} should not fall back to the generic text`).not.toBe(errorText('no.such.code', {}, lang));
      }
    }
  });

  it('fills in params the way each language writes numbers', () => {
    expect(errorText('field.tooLong', { max: 4000 }, 'sv')).toBe('Högst 4000 tecken.');
    expect(errorText('field.tooLong', { max: 4000 }, 'da')).toBe('Højst 4000 tegn.');
    expect(errorText('field.tooLong', { max: 4000 }, 'en')).toBe('At most 4,000 characters.');
    expect(fieldErrorText({ field: 'purposes', code: 'list.tooLong', params: { max: 200 } }, 'sv')).toBe('Högst 200 rader.');
    expect(errorText('auth.roleRequired', { roles: ['dpo', 'admin'] }, 'en')).toBe('Requires the role data protection officer or administrator.');
  });

  it('falls back to a generic text for an unknown code or params of the wrong shape', () => {
    expect(errorText('no.such.code', {}, 'sv')).toBe('Något gick fel. Försök igen.');
    expect(errorText('field.tooLong', {}, 'en')).toBe('Something went wrong. Try again.');
  });
});
