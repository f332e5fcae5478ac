/**
 * Readers of the connected register's fields (who gets what, DPIA, controllers and Art. 30(2), transfer impact
 * assessments, retention decisions). They work through the FieldReader validation.ts passes in, so errors land in
 * the same list with the same paths.
 */
import { isRecord as isObj, type FieldReader } from './fieldReader.js';
import { PROCESSING_ROLES, type JointController, type ProcessingRole, type ProcessorRecord } from './register/controllers.js';
import type { DataFlow } from './register/dataFlows.js';
import { RESIDUAL_RISKS, WP248_CRITERIA, type Dpia, type DpiaRecord, type DpiaScreening, type Wp248Criterion } from './register/dpia.js';
import { dpiaNextReview, isScreeningOverridden, screenDpia } from './register/dpiaScreening.js';
import { RETENTION_DECISION_KINDS, type RetentionDecision } from './register/retentionDecision.js';
import type { TransferImpactAssessment } from './register/transferAssessment.js';

type Obj = Record<string, unknown>;

const absent = (value: unknown) => value === undefined || value === null;

/** The purpose's own lists a who-gets-what cell may name. */
export interface PurposeLists {
  subjects: readonly string[];
  categories: readonly string[];
  recipients: readonly string[];
}

/** Reads `purpose.dataFlows`; `prefix` is the purpose's path. */
export function readDataFlows(r: FieldReader, purpose: Obj, prefix: string, lists: PurposeLists): DataFlow[] {
  const seen = new Set<string>();
  return r.list(
    purpose,
    'dataFlows',
    (c, f): DataFlow | undefined => {
      if (!isObj(c)) return r.fail(f, 'field.notObject', {}, 'must be an object with subject, dataCategory and recipients');
      const subject = r.text(c, 'subject', { required: true, max: 300, prefix: f });
      const dataCategory = r.text(c, 'dataCategory', { required: true, max: 300, prefix: f, line: true });
      const recipients = [...new Set(r.stringList(c, 'recipients', f))];
      let known = true;
      if (subject && !lists.subjects.includes(subject))
        known = !!r.fail(`${f}.subject`, 'dataFlow.unknownSubject', { name: subject }, 'names no data subject of the purpose');
      if (dataCategory && !lists.categories.includes(dataCategory))
        known = !!r.fail(`${f}.dataCategory`, 'dataFlow.unknownCategory', { name: dataCategory }, 'names no data category of the purpose');
      recipients.forEach((name, i) => {
        if (!lists.recipients.includes(name))
          known = !!r.fail(`${f}.recipients[${i}]`, 'dataFlow.unknownRecipient', { name }, 'names no recipient of the purpose');
      });
      if (!known || !subject || !dataCategory) return undefined;
      const key = JSON.stringify([subject, dataCategory]);
      if (seen.has(key)) return r.fail(f, 'dataFlow.duplicateCell', { subject, dataCategory }, 'the matrix already has this cell');
      seen.add(key);
      return { subject, dataCategory, recipients };
    },
    prefix,
  );
}

export function readDpia(r: FieldReader, raw: unknown, field: string): Dpia | undefined {
  if (absent(raw)) return undefined;
  if (!isObj(raw)) return r.fail(field, 'field.notObject', {}, 'must be an object with screening and/or assessment');
  const screening = readScreening(r, raw['screening'], `${field}.screening`);
  const assessment = readAssessment(r, raw['assessment'], `${field}.assessment`);
  if (!screening && !assessment) return undefined;
  return { ...(screening ? { screening } : {}), ...(assessment ? { assessment } : {}) };
}

function readScreening(r: FieldReader, raw: unknown, field: string): DpiaScreening | undefined {
  if (absent(raw)) return undefined;
  if (!isObj(raw)) return r.fail(field, 'field.notObject', {}, 'must be an object with criteria');
  const criteria = screenDpia(r.enumList<Wp248Criterion>(raw, 'criteria', WP248_CRITERIA, field)).reasons;
  const required = raw['required'] === undefined ? screenDpia(criteria).required : r.bool(raw, 'required', field);
  const reason = r.text(raw, 'reason', { prefix: field });
  if (isScreeningOverridden({ criteria, required }) && !reason) {
    r.fail(`${field}.reason`, 'dpia.overrideReasonRequired', {}, 'an outcome other than the two-criteria rule needs a reason');
  }
  return {
    criteria,
    required,
    reason,
    screenedOn: r.day(raw, 'screenedOn', field, true),
    screenedBy: r.text(raw, 'screenedBy', { max: 200, prefix: field, line: true }),
  };
}

function readAssessment(r: FieldReader, raw: unknown, field: string): DpiaRecord | undefined {
  if (absent(raw)) return undefined;
  if (!isObj(raw)) return r.fail(field, 'field.notObject', {}, 'must be an object with performedOn, conclusion and residualRisk');
  const performedOn = r.day(raw, 'performedOn', field, true);
  const reviewIntervalMonths = r.wholeNumber(raw, 'reviewIntervalMonths', field, { min: 1, max: 120, fallback: 12 });
  const priorConsultation = r.bool(raw, 'priorConsultation', field);
  const priorConsultationOn = r.day(raw, 'priorConsultationOn', field);
  const given = r.day(raw, 'nextReviewOn', field);
  if (given && performedOn && given < performedOn) r.fail(`${field}.nextReviewOn`, 'dpia.reviewBeforePerformed', {}, 'the review cannot come before the DPIA');
  const record: DpiaRecord = {
    performedOn,
    conclusion: r.text(raw, 'conclusion', { prefix: field }),
    residualRisk: r.oneOf(raw, 'residualRisk', RESIDUAL_RISKS, field) ?? 'medium',
    priorConsultation,
    ...(priorConsultationOn ? { priorConsultationOn } : {}),
    reference: r.text(raw, 'reference', { max: 300, prefix: field, line: true }),
    reviewIntervalMonths,
  };
  if (!performedOn) return record;
  return { ...record, nextReviewOn: dpiaNextReview({ performedOn, reviewIntervalMonths, ...(given ? { nextReviewOn: given } : {}) }) };
}

export function readRole(r: FieldReader, input: Obj, prefix: string): ProcessingRole | undefined {
  return absent(input['role']) ? undefined : r.oneOf(input, 'role', PROCESSING_ROLES, prefix);
}

export function readJointControllers(r: FieldReader, input: Obj, prefix: string): JointController[] {
  return r.list(
    input,
    'jointControllers',
    (c, f): JointController | undefined => {
      if (!isObj(c)) return r.fail(f, 'field.notObject', {}, 'must be an object with name and arrangement');
      return {
        name: r.text(c, 'name', { required: true, max: 300, prefix: f, line: true }),
        // Art. 26(1): the arrangement is what makes a joint controllership lawful, so it is not optional.
        arrangement: r.text(c, 'arrangement', { required: true, prefix: f }),
        contact: r.text(c, 'contact', { max: 500, prefix: f }),
      };
    },
    prefix,
  );
}

export function readProcessorRecord(r: FieldReader, raw: unknown, field: string): ProcessorRecord | undefined {
  if (absent(raw)) return undefined;
  if (!isObj(raw)) return r.fail(field, 'field.notObject', {}, 'must be an object with controllers and categoriesOfProcessing');
  const controllers = r.list(
    raw,
    'controllers',
    (c, f) => {
      if (!isObj(c)) return r.fail(f, 'field.notObject', {}, 'must be an object with name');
      return {
        name: r.text(c, 'name', { required: true, max: 300, prefix: f, line: true }),
        contact: r.text(c, 'contact', { max: 500, prefix: f }),
        representative: r.text(c, 'representative', { max: 300, prefix: f }),
      };
    },
    field,
  );
  return {
    controllers,
    categoriesOfProcessing: r.stringList(raw, 'categoriesOfProcessing', field),
    agreementReference: r.text(raw, 'agreementReference', { max: 300, prefix: field }),
  };
}

export function readTransferAssessment(r: FieldReader, raw: unknown, field: string): TransferImpactAssessment | undefined {
  if (absent(raw)) return undefined;
  if (!isObj(raw)) return r.fail(field, 'field.notObject', {}, 'must be an object with assessedOn and conclusion');
  return {
    assessedOn: r.day(raw, 'assessedOn', field, true),
    conclusion: r.text(raw, 'conclusion', { required: true, prefix: field }),
    supplementaryMeasures: r.text(raw, 'supplementaryMeasures', { prefix: field }),
    reference: r.text(raw, 'reference', { max: 300, prefix: field, line: true }),
  };
}

export function readRetentionDecision(r: FieldReader, raw: unknown, field: string): RetentionDecision | undefined {
  if (absent(raw)) return undefined;
  if (!isObj(raw)) return r.fail(field, 'field.notObject', {}, 'must be an object with kind, reference and decidedBy');
  const kind = r.oneOf(raw, 'kind', RETENTION_DECISION_KINDS, field);
  const decidedOn = r.day(raw, 'decidedOn', field);
  const danishCode = absent(raw['danishCode']) ? undefined : r.oneOf(raw, 'danishCode', ['B', 'K'] as const, field);
  if (kind === 'danishPreservationAssessment' && !danishCode && absent(raw['danishCode'])) {
    r.fail(`${field}.danishCode`, 'retention.danishCodeRequired', {}, 'a bevaringsvurdering is B (bevares) or K (kasseres)');
  }
  if (!kind) return undefined;
  return {
    kind,
    reference: r.text(raw, 'reference', { max: 300, prefix: field, line: true }),
    ...(decidedOn ? { decidedOn } : {}),
    decidedBy: r.text(raw, 'decidedBy', { max: 300, prefix: field, line: true }),
    ...(danishCode ? { danishCode } : {}),
  };
}
