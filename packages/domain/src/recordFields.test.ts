import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeLabel } from './changeLabels.js';
import { completeness, missingRequired } from './completeness.js';
import { diffProcessing } from './processingDiff.js';
import { recordWarnings } from './recordCompleteness.js';
import { WP248_CRITERIA, type Wp248Criterion } from './register/dpia.js';
import { dpiaNextReview, screenDpia } from './register/dpiaScreening.js';
import { processingInput } from './testing/processingFixtures.js';
import { validateProcessingContent } from './validation.js';

const purpose0 = () => (processingInput().purposes as Record<string, unknown>[])[0]!;
const withPurpose = (extra: Record<string, unknown>, overrides: Record<string, unknown> = {}) =>
  processingInput({ purposes: [{ ...purpose0(), ...extra }], ...overrides });
const codes = (input: unknown) => {
  const r = validateProcessingContent(input);
  return r.ok ? [] : r.errors.map((e) => `${e.field} ${e.code}`);
};
const valid = (input: unknown) => {
  const r = validateProcessingContent(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('who gets what in validation', () => {
  it("keeps a matrix that names the purpose's own subjects, categories and recipients", () => {
    const flows = [{ subject: 'Sökande', dataCategory: 'Uppgifter om hälsa', recipients: ['Transportstyrelsen'] }];
    expect(valid(withPurpose({ dataFlows: flows })).purposes[0]!.dataFlows).toEqual(flows);
  });

  it('refuses a cell naming anything the lists do not hold, each with its own code and the name', () => {
    const r = validateProcessingContent(withPurpose({ dataFlows: [{ subject: 'Elever', dataCategory: 'Betyg', recipients: ['Skolverket'] }] }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.field, e.code, e.params])).toEqual([
      ['purposes[0].dataFlows[0].subject', 'dataFlow.unknownSubject', { name: 'Elever' }],
      ['purposes[0].dataFlows[0].dataCategory', 'dataFlow.unknownCategory', { name: 'Betyg' }],
      ['purposes[0].dataFlows[0].recipients[0]', 'dataFlow.unknownRecipient', { name: 'Skolverket' }],
    ]);
  });

  it('refuses the same cell twice and hostile shapes', () => {
    const cell = { subject: 'Sökande', dataCategory: 'Namn', recipients: [] };
    expect(codes(withPurpose({ dataFlows: [cell, cell] }))).toEqual(['purposes[0].dataFlows[1] dataFlow.duplicateCell']);
    expect(codes(withPurpose({ dataFlows: 'Sökande: Namn' }))).toEqual(['purposes[0].dataFlows field.notList']);
    expect(codes(withPurpose({ dataFlows: [null] }))).toEqual(['purposes[0].dataFlows[0] field.notObject']);
    expect(codes(withPurpose({ dataFlows: [{ ...cell, subject: 'Sökande\u202e' }] }))).toEqual(['purposes[0].dataFlows[0].subject text.bidiControl']);
  });

  it('accepts only names from the lists, whatever they are (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (name) => {
        fc.pre(name.trim() !== '' && name.trim() !== 'Sökande');
        const r = validateProcessingContent(withPurpose({ dataFlows: [{ subject: name, dataCategory: 'Namn', recipients: [] }] }));
        expect(r.ok).toBe(false);
      }),
    );
  });

  it('an empty matrix is no matrix, so a proposal without one shows no change', () => {
    const before = valid(processingInput());
    const after = valid(withPurpose({ dataFlows: [] }));
    expect(after.purposes[0]).not.toHaveProperty('dataFlows');
    expect(diffProcessing(before, after)).toEqual([]);
  });
});

describe('DPIA screening (WP248 rev.01)', () => {
  it('requires a DPIA from two criteria on, with the criteria as reasons in WP248 order', () => {
    expect(screenDpia([])).toEqual({ required: false, reasons: [] });
    expect(screenDpia(['largeScale'])).toEqual({ required: false, reasons: ['largeScale'] });
    expect(screenDpia(['vulnerableDataSubjects', 'sensitiveOrHighlyPersonalData', 'vulnerableDataSubjects'])).toEqual({
      required: true,
      reasons: ['sensitiveOrHighlyPersonalData', 'vulnerableDataSubjects'],
    });
  });

  it('agrees with counting distinct criteria (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WP248_CRITERIA)), (criteria: Wp248Criterion[]) => {
        const result = screenDpia(criteria);
        expect(result.required).toBe(new Set(criteria).size >= 2);
        expect(new Set(result.reasons)).toEqual(new Set(criteria));
      }),
    );
  });

  it('keeps dpiaRequired in step with the screening and derives the outcome when it is not given', () => {
    const screening = { criteria: ['largeScale', 'systematicMonitoring'], screenedOn: '2026-11-02' };
    const v = valid(processingInput({ dpiaRequired: false, dpia: { screening } }));
    expect(v.dpiaRequired).toBe(true);
    expect(v.dpia?.screening).toMatchObject({ criteria: ['systematicMonitoring', 'largeScale'], required: true, reason: '' });
  });

  it('an outcome against the rule needs a reason', () => {
    const screening = { criteria: ['largeScale', 'systematicMonitoring'], required: false, screenedOn: '2026-11-02' };
    expect(codes(processingInput({ dpia: { screening } }))).toEqual(['dpia.screening.reason dpia.overrideReasonRequired']);
    const v = valid(processingInput({ dpiaRequired: true, dpia: { screening: { ...screening, reason: 'Endast anställda i liten omfattning' } } }));
    expect(v.dpiaRequired).toBe(false);
    expect(codes(processingInput({ dpia: { screening: { criteria: ['largeScale'], required: true, screenedOn: '2026-11-02' } } }))).toEqual([
      'dpia.screening.reason dpia.overrideReasonRequired',
    ]);
  });

  it('refuses unknown criteria and a screening without a date', () => {
    expect(codes(processingInput({ dpia: { screening: { criteria: ['scary'] } } }))).toEqual([
      'dpia.screening.criteria[0] field.notOneOf',
      'dpia.screening.screenedOn field.required',
    ]);
  });
});

describe('the DPIA record', () => {
  const assessment = { performedOn: '2026-01-31', conclusion: 'Risker hanteras', residualRisk: 'low', reference: 'KS 2026/12', reviewIntervalMonths: 1 };

  it('next review is the interval after the DPIA unless given', () => {
    expect(valid(processingInput({ dpia: { assessment } })).dpia?.assessment?.nextReviewOn).toBe('2026-02-28');
    expect(valid(processingInput({ dpia: { assessment: { ...assessment, nextReviewOn: '2026-06-01' } } })).dpia?.assessment?.nextReviewOn).toBe('2026-06-01');
    expect(dpiaNextReview({ performedOn: '2024-02-29', reviewIntervalMonths: 12 })).toBe('2025-02-28');
    expect(codes(processingInput({ dpia: { assessment: { ...assessment, nextReviewOn: '2025-06-01' } } }))).toEqual([
      'dpia.assessment.nextReviewOn dpia.reviewBeforePerformed',
    ]);
  });

  it('refuses a bad date, risk and interval', () => {
    expect(
      codes(processingInput({ dpia: { assessment: { ...assessment, performedOn: '2026-02-30', residualRisk: 'none', reviewIntervalMonths: 0 } } })),
    ).toEqual([
      'dpia.assessment.performedOn date.invalid',
      'dpia.assessment.reviewIntervalMonths field.notWholeNumber',
      'dpia.assessment.residualRisk field.notOneOf',
    ]);
  });

  it('warns, without refusing, when residual risk stays high and the authority was not consulted', () => {
    const high = valid(processingInput({ dpia: { assessment: { ...assessment, residualRisk: 'high' } } }));
    expect(recordWarnings(high)).toEqual([{ field: 'dpia.assessment.priorConsultation', code: 'dpia.priorConsultationAdvised' }]);
    const consulted = valid(
      processingInput({ dpia: { assessment: { ...assessment, residualRisk: 'high', priorConsultation: true, priorConsultationOn: '2026-03-01' } } }),
    );
    expect(recordWarnings(consulted)).toEqual([]);
  });

  it('a required DPIA without a record is recommended', () => {
    expect(completeness(valid(processingInput({ dpiaRequired: true }))).recommended).toContain('dpia.assessment');
    expect(completeness(valid(processingInput({ dpiaRequired: true, dpia: { assessment } }))).recommended).not.toContain('dpia.assessment');
  });
});

describe('controllers and Art. 30(2)', () => {
  it('a joint controllership needs joint controllers, each with the arrangement', () => {
    const joint = valid(processingInput({ role: 'jointController' }));
    expect(completeness(joint).required).toEqual(['jointControllers']);
    expect(missingRequired(joint).map((e) => e.code)).toEqual(['list.atLeastOne']);
    expect(codes(processingInput({ role: 'jointController', jointControllers: [{ name: 'Region Exempel' }] }))).toEqual([
      'jointControllers[0].arrangement field.required',
    ]);
    const ok = valid(
      processingInput({ role: 'jointController', jointControllers: [{ name: 'Region Exempel', arrangement: 'Regionen svarar de registrerade' }] }),
    );
    expect(completeness(ok).required).toEqual([]);
  });

  it('a processor needs its Art. 30(2) record: controllers and categories of processing', () => {
    expect(completeness(valid(processingInput({ role: 'processor' }))).required).toEqual(['processorRecord']);
    expect(completeness(valid(processingInput({ role: 'processor', processorRecord: {} }))).required).toEqual([
      'processorRecord.controllers',
      'processorRecord.categoriesOfProcessing',
    ]);
    const ok = valid(
      processingInput({ role: 'processor', processorRecord: { controllers: [{ name: 'Grannby kommun' }], categoriesOfProcessing: ['Lönehantering'] } }),
    );
    expect(completeness(ok).required).toEqual([]);
  });

  it('controller is the default and is not stored, so old records do not change', () => {
    expect(valid(processingInput({ role: 'controller' }))).not.toHaveProperty('role');
    expect(codes(processingInput({ role: 'owner' }))).toEqual(['role field.notOneOf']);
  });
});

describe('transfers and retention decisions', () => {
  const scc = { country: 'USA', safeguard: 'scc', details: '' };

  it('SCCs without a TIA are a warning and recommended, not an error', () => {
    const v = valid(withPurpose({ thirdCountryTransfers: [scc] }));
    expect(recordWarnings(v)).toEqual([
      { field: 'purposes[0].thirdCountryTransfers[0].impactAssessment', code: 'transfer.impactAssessmentMissing', params: { country: 'USA' } },
    ]);
    expect(completeness(v).recommended).toContain('purposes[0].thirdCountryTransfers[0].impactAssessment');
    const tia = { assessedOn: '2026-05-01', conclusion: 'Kryptering räcker', supplementaryMeasures: 'Egna nycklar', reference: 'DS 2026/3' };
    const assessed = valid(withPurpose({ thirdCountryTransfers: [{ ...scc, impactAssessment: tia }] }));
    expect(recordWarnings(assessed)).toEqual([]);
    expect(assessed.purposes[0]!.thirdCountryTransfers[0]!.impactAssessment).toEqual(tia);
    expect(codes(withPurpose({ thirdCountryTransfers: [{ ...scc, impactAssessment: {} }] }))).toEqual([
      'purposes[0].thirdCountryTransfers[0].impactAssessment.assessedOn field.required',
      'purposes[0].thirdCountryTransfers[0].impactAssessment.conclusion field.required',
    ]);
  });

  it('reads the retention decision and asks a bevaringsvurdering for B or K', () => {
    const decision = { kind: 'disposalDecision', reference: 'KS 2019/45 § 12', decidedOn: '2019-03-14', decidedBy: 'Kommunstyrelsen' };
    const retention = { text: 'Gallras 2 år efter beslut', periods: [{ amount: 2, unit: 'years' }], preserved: false, decision, startingEvent: 'beslutet' };
    expect(valid(withPurpose({ retention })).purposes[0]!.retention).toEqual(retention);
    expect(codes(withPurpose({ retention: { text: 'Bevares', decision: { kind: 'danishPreservationAssessment', decidedBy: 'Rigsarkivet' } } }))).toEqual([
      'purposes[0].retention.decision.danishCode retention.danishCodeRequired',
    ]);
    expect(codes(withPurpose({ retention: { text: 'x', decision: { kind: 'danishPreservationAssessment', danishCode: 'X' } } }))).toEqual([
      'purposes[0].retention.decision.danishCode field.notOneOf',
    ]);
  });
});

describe('change labels of the new fields', () => {
  it('names each field as a reader says it', () => {
    expect(changeLabel('purposes[0].dataFlows[1].recipients', 'sv')).toBe('Ändamål 1: Vem får vad');
    expect(changeLabel('purposes[1].retention.decision.reference', 'da')).toBe('Formål 2: Beslutning om bevaring eller kassation');
    expect(changeLabel('purposes[0].thirdCountryTransfers[0].impactAssessment.conclusion', 'en')).toBe('Purpose 1: Transfer impact assessment (TIA)');
    expect(changeLabel('dpia.screening.criteria', 'en')).toBe('DPIA screening');
    expect(changeLabel('dpia.assessment.residualRisk', 'sv')).toBe('Genomförd konsekvensbedömning');
    expect(changeLabel('jointControllers[0].name', 'en')).toBe('Joint controllers (Art. 26)');
    expect(changeLabel('processorRecord.controllers', 'en')).toBe('As processor for (Art. 30(2))');
    expect(changeLabel('role', 'da')).toBe('Rolle');
    expect(changeLabel('purposes[0].retention.text', 'sv')).toBe('Ändamål 1: Lagringstid');
  });
});
