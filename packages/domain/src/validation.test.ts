import { describe, expect, it } from 'vitest';
import { validateProcessingContent } from './validation.js';
import { processingInput } from './testing/processingFixtures.js';

describe('validateProcessingContent', () => {
  it('accepts a complete processing and fills defaults', () => {
    const result = validateProcessingContent(processingInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.purposes[0]!.legalBasis.article9).toEqual(['substantialPublicInterest']);
    expect(result.value.purposes[0]!.id).toMatch(/^p1-/);
    expect(result.value.processors).toEqual([]);
    expect(result.value.audience).toEqual({ units: [], roles: [] });
  });

  it('reports every bad field with its path and code', () => {
    const result = validateProcessingContent({
      name: '',
      organisationUnit: 42,
      purposes: [{ description: 'x', legalBasis: { article6: ['maybe'] }, thirdCountryTransfers: [{ country: 'USA', safeguard: 'trust-me' }] }],
      systems: 'Heroma',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = result.errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'name',
        'organisationUnit',
        'controller',
        'purposes[0].legalBasis.article6[0]',
        'purposes[0].thirdCountryTransfers[0].safeguard',
        'systems',
      ]),
    );
    expect(result.errors.find((e) => e.field === 'organisationUnit')).toMatchObject({ code: 'field.notString', message: 'must be a string' });
    expect(result.errors.find((e) => e.field === 'purposes[0].thirdCountryTransfers[0].safeguard')).toMatchObject({
      code: 'field.notOneOf',
      params: { allowed: expect.arrayContaining(['scc']) },
    });
  });

  it('requires at least one purpose and a legal basis per purpose', () => {
    const noPurpose = validateProcessingContent(processingInput({ purposes: [] }));
    expect(noPurpose.ok).toBe(false);
    const noBasis = validateProcessingContent(processingInput({ purposes: [{ description: 'x' }] }));
    expect(noBasis.ok ? [] : noBasis.errors.map((e) => e.field)).toContain('purposes[0].legalBasis');
  });

  it('requires an Art. 9(2) condition when a purpose has special categories', () => {
    const input = processingInput();
    const purposes = input['purposes'] as Record<string, unknown>[];
    purposes[0]!['legalBasis'] = { article6: ['publicTask'] };
    const result = validateProcessingContent(input);
    expect(result.ok ? [] : result.errors).toContainEqual(
      expect.objectContaining({ field: 'purposes[0].legalBasis.article9', code: 'purpose.article9ConditionRequired' }),
    );
  });

  it('rejects non-objects and oversized text', () => {
    expect(validateProcessingContent([]).ok).toBe(false);
    const result = validateProcessingContent(processingInput({ name: 'x'.repeat(301) }));
    expect(result.ok ? undefined : result.errors[0]).toMatchObject({
      field: 'name',
      code: 'field.tooLong',
      params: { max: 300 },
      message: 'must be at most 300 characters',
    });
  });
});

describe('retention from wording', () => {
  it('reads the period when a client sends only the text', () => {
    const input = processingInput();
    (input['purposes'] as Record<string, unknown>[])[0]!['retention'] = 'Gallras 3 år efter avslutat ärende';
    const result = validateProcessingContent(input);
    expect(result.ok && result.value.purposes[0]!.retention).toEqual({
      text: 'Gallras 3 år efter avslutat ärende',
      periods: [{ amount: 3, unit: 'years' }],
      preserved: false,
    });
    (input['purposes'] as Record<string, unknown>[])[0]!['retention'] = { text: 'Bevaras' };
    const preserved = validateProcessingContent(input);
    expect(preserved.ok && preserved.value.purposes[0]!.retention.preserved).toBe(true);
  });
});

describe('validateProcessingContent with a day that cannot exist', () => {
  it('reports date.invalid for month 13 or day 00 instead of throwing', () => {
    for (const screenedOn of ['2026-13-01', '2026-00-10', '2026-04-00', '2026-04-31']) {
      const result = validateProcessingContent(processingInput({ dpia: { screening: { criteria: ['largeScale'], screenedOn } } }));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((e) => `${e.field} ${e.code}`)).toEqual(['dpia.screening.screenedOn date.invalid']);
    }
  });
});
