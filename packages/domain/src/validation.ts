import {
  ARTICLE_6_BASES,
  ARTICLE_9_CONDITIONS,
  RETENTION_UNITS,
  TRANSFER_SAFEGUARDS,
  type Article6Basis,
  type Article9Condition,
  type DataCategory,
  type ItSystem,
  type LegalBasis,
  type Processor,
  type ProcessingContent,
  type Purpose,
  type Retention,
  type RetentionPeriod,
  type ThirdCountryTransfer,
} from './processing.js';
import { purposeId } from './identity.js';
import { interpretRetention } from './interpretation/retentionText.js';
import { FieldReader, MAX_LIST, fieldError, isRecord, type FieldError, type Validated } from './fieldReader.js';
import { readDataFlows, readDpia, readJointControllers, readProcessorRecord, readRetentionDecision, readRole, readTransferAssessment } from './recordFields.js';

export { fieldError, type FieldError, type Validated } from './fieldReader.js';

/**
 * Reads untrusted JSON into ProcessingContent, collecting every problem rather than stopping at the first,
 * so a form or an import report can show them all at once.
 */
export function validateProcessingContent(input: unknown): Validated<ProcessingContent> {
  const errors: FieldError[] = [];
  const r = new FieldReader(errors);
  if (!isRecord(input)) {
    return { ok: false, errors: [fieldError('', 'field.notObject', {}, 'must be a JSON object')] };
  }
  const name = r.text(input, 'name', { required: true, max: 300, line: true });
  const organisationUnit = r.text(input, 'organisationUnit', { required: true, max: 300, line: true });
  const controller = r.text(input, 'controller', { required: true, max: 300, line: true });
  const dpoContact = r.text(input, 'dpoContact', { max: 500 });
  const purposesRaw = input['purposes'];
  const purposes: Purpose[] = [];
  if (!Array.isArray(purposesRaw) || purposesRaw.length === 0) {
    errors.push(fieldError('purposes', 'list.atLeastOne', {}, 'at least one purpose is required'));
  } else if (purposesRaw.length > MAX_LIST) {
    errors.push(fieldError('purposes', 'list.tooLong', { max: MAX_LIST }, `at most ${MAX_LIST} purposes`));
  } else {
    purposesRaw.forEach((raw, i) => {
      const purpose = readPurpose(r, raw, `purposes[${i}]`, name, i);
      if (purpose) purposes.push(purpose);
    });
  }
  const systems = r.list(input, 'systems', (raw, field): ItSystem | undefined => {
    if (!isRecord(raw)) return r.fail(field, 'field.notObject', {}, 'must be an object with name and kind');
    const id = r.text(raw, 'id', { max: 100, prefix: field, line: true });
    return {
      ...(id ? { id } : {}),
      name: r.text(raw, 'name', { required: true, max: 200, prefix: field, line: true }),
      kind: r.text(raw, 'kind', { max: 200, prefix: field, line: true }),
    };
  });
  const processors = r.list(input, 'processors', (raw, field): Processor | undefined => {
    if (!isRecord(raw)) return r.fail(field, 'field.notObject', {}, 'must be an object with name');
    const id = r.text(raw, 'id', { max: 100, prefix: field, line: true });
    return {
      ...(id ? { id } : {}),
      name: r.text(raw, 'name', { required: true, max: 300, prefix: field, line: true }),
      agreementInPlace: r.bool(raw, 'agreementInPlace', field),
    };
  });
  const securityMeasures = r.stringList(input, 'securityMeasures');
  const dpiaRequired = r.bool(input, 'dpiaRequired', '');
  const audienceRaw = input['audience'];
  let audience = { units: [] as string[], roles: [] as string[] };
  if (audienceRaw !== undefined) {
    if (!isRecord(audienceRaw)) errors.push(fieldError('audience', 'field.notObject', {}, 'must be an object with units and roles'));
    else audience = { units: r.stringList(audienceRaw, 'units', 'audience'), roles: r.stringList(audienceRaw, 'roles', 'audience') };
  }
  const record = readRecordFields(r, input);
  if (errors.length > 0) return { ok: false, errors };
  // A screening decides whether a DPIA is required; the flag follows it so lists and exports agree with the record.
  const required = record.dpia?.screening ? record.dpia.screening.required : dpiaRequired;
  return {
    ok: true,
    value: { name, organisationUnit, controller, dpoContact, purposes, systems, processors, securityMeasures, dpiaRequired: required, audience, ...record },
  };
}

/** The connected register's processing-level fields, each present only when the document holds it. */
function readRecordFields(r: FieldReader, input: Record<string, unknown>): Pick<ProcessingContent, 'dpia' | 'role' | 'jointControllers' | 'processorRecord'> {
  const dpia = readDpia(r, input['dpia'], 'dpia');
  const role = readRole(r, input, '');
  const jointControllers = readJointControllers(r, input, '');
  const processorRecord = readProcessorRecord(r, input['processorRecord'], 'processorRecord');
  return {
    ...(dpia ? { dpia } : {}),
    ...(role && role !== 'controller' ? { role } : {}),
    ...(jointControllers.length ? { jointControllers } : {}),
    ...(processorRecord ? { processorRecord } : {}),
  };
}

function readPurpose(r: FieldReader, raw: unknown, field: string, processingName: string, index: number): Purpose | undefined {
  if (!isRecord(raw)) return r.fail(field, 'field.notObject', {}, 'must be an object');
  const description = r.text(raw, 'description', { required: true, prefix: field });
  const legalBasis = readLegalBasis(r, raw['legalBasis'], `${field}.legalBasis`);
  const personalDataCategories = r.list(
    raw,
    'personalDataCategories',
    (c, f): DataCategory | undefined => {
      if (typeof c === 'string') {
        const name = r.checked(c, f, true);
        return name ? { name, special: false } : name === '' ? r.fail(f, 'field.blank', {}, 'must not be empty') : undefined;
      }
      if (!isRecord(c)) return r.fail(f, 'field.notObject', {}, 'must be a string or an object with name and special');
      return { name: r.text(c, 'name', { required: true, max: 300, prefix: f, line: true }), special: r.bool(c, 'special', f) };
    },
    field,
  );
  const thirdCountryTransfers = r.list(
    raw,
    'thirdCountryTransfers',
    (t, f): ThirdCountryTransfer | undefined => {
      if (!isRecord(t)) return r.fail(f, 'field.notObject', {}, 'must be an object with country and safeguard');
      const impactAssessment = readTransferAssessment(r, t['impactAssessment'], `${f}.impactAssessment`);
      return {
        country: r.text(t, 'country', { required: true, max: 100, prefix: f, line: true }),
        safeguard: r.oneOf(t, 'safeguard', TRANSFER_SAFEGUARDS, f) ?? 'unspecified',
        details: r.text(t, 'details', { prefix: f }),
        ...(impactAssessment ? { impactAssessment } : {}),
      };
    },
    field,
  );
  const retention = readRetention(r, raw['retention'], `${field}.retention`);
  if (legalBasis && personalDataCategories.some((c) => c.special) && legalBasis.article9.length === 0 && !legalBasis.originalText) {
    r.fail(`${field}.legalBasis.article9`, 'purpose.article9ConditionRequired', {}, 'special categories of personal data need an Art. 9(2) condition');
  }
  const dataSubjectCategories = r.stringList(raw, 'dataSubjectCategories', field);
  const recipients = r.stringList(raw, 'recipients', field);
  const lists = { subjects: dataSubjectCategories, categories: personalDataCategories.map((c) => c.name), recipients };
  const dataFlows = readDataFlows(r, raw, field, lists);
  if (!legalBasis || !retention) return undefined;
  const id = typeof raw['id'] === 'string' && raw['id'].trim() ? raw['id'].trim() : purposeId(processingName, index);
  return {
    id,
    description,
    legalBasis,
    dataSubjectCategories,
    personalDataCategories,
    recipients,
    thirdCountryTransfers,
    retention,
    sources: r.stringList(raw, 'sources', field),
    ...(dataFlows.length ? { dataFlows } : {}),
  };
}

function readLegalBasis(r: FieldReader, raw: unknown, field: string): LegalBasis | undefined {
  if (!isRecord(raw)) return r.fail(field, 'field.required', {}, 'is required: an object with article6 (Art. 6(1) a–f)');
  const article6 = r.enumList<Article6Basis>(raw, 'article6', ARTICLE_6_BASES, field);
  const originalText = r.text(raw, 'originalText', { prefix: field });
  if (article6.length === 0 && !originalText) {
    r.fail(`${field}.article6`, 'legalBasis.article6Required', { allowed: [...ARTICLE_6_BASES] }, `at least one of ${ARTICLE_6_BASES.join(', ')} is required`);
  }
  return {
    article6,
    article9: r.enumList<Article9Condition>(raw, 'article9', ARTICLE_9_CONDITIONS, field),
    article10: r.bool(raw, 'article10', field),
    nationalLaw: r.text(raw, 'nationalLaw', { prefix: field }),
    originalText,
  };
}

function readRetention(r: FieldReader, raw: unknown, field: string): Retention | undefined {
  if (raw === undefined) return { text: '', periods: [], preserved: false };
  // Forms and simple clients send only the wording; the structured period is read from it as for imports.
  if (typeof raw === 'string') return interpretRetention(raw);
  if (!isRecord(raw)) return r.fail(field, 'field.notObject', {}, 'must be an object with text, periods and preserved');
  const periods = r.list(
    raw,
    'periods',
    (p, f): RetentionPeriod | undefined => {
      if (!isRecord(p)) return r.fail(f, 'field.notObject', {}, 'must be an object with amount and unit');
      const amount = p['amount'];
      if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0 || amount > 1000) {
        return r.fail(`${f}.amount`, 'field.notWholeNumber', { min: 1, max: 1000 }, 'must be a whole number from 1 to 1000');
      }
      const unit = r.oneOf(p, 'unit', RETENTION_UNITS, f);
      return unit ? { amount, unit } : undefined;
    },
    field,
  );
  const text = r.text(raw, 'text', { prefix: field });
  const startingEvent = r.text(raw, 'startingEvent', { max: 300, prefix: field });
  const decision = readRetentionDecision(r, raw['decision'], `${field}.decision`);
  const extra = { ...(startingEvent ? { startingEvent } : {}), ...(decision ? { decision } : {}) };
  if (raw['periods'] === undefined && raw['preserved'] === undefined) return { ...interpretRetention(text), ...extra };
  return { text, periods, preserved: r.bool(raw, 'preserved', field), ...extra };
}
