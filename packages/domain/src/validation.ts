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
import type { ErrorCode, ErrorParams } from './errorCodes.js';
import { checkText } from './plainText.js';
import { isCalendarDay } from './register/calendarDayMath.js';
import { readDataFlows, readDpia, readJointControllers, readProcessorRecord, readRetentionDecision, readRole, readTransferAssessment } from './recordFields.js';

export interface FieldError<C extends ErrorCode = ErrorCode> {
  /** Path into the submitted document, e.g. "purposes[1].legalBasis.article6". */
  field: string;
  code: C;
  params?: ErrorParams<C>;
  /** Developer English for logs and the CLI; the tab translates code and params instead. */
  message: string;
}

export function fieldError<C extends ErrorCode>(field: string, code: C, params: ErrorParams<C>, message: string): FieldError {
  return Object.keys(params).length ? { field, code, params, message } : { field, code, message };
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const MAX_TEXT = 4000;
const MAX_LIST = 200;

/**
 * Reads untrusted JSON into ProcessingContent, collecting every problem rather than stopping at the first,
 * so a form or an import report can show them all at once.
 */
export function validateProcessingContent(input: unknown): Validated<ProcessingContent> {
  const errors: FieldError[] = [];
  const r = new Reader(errors);
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
function readRecordFields(r: Reader, input: Record<string, unknown>): Pick<ProcessingContent, 'dpia' | 'role' | 'jointControllers' | 'processorRecord'> {
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

function readPurpose(r: Reader, raw: unknown, field: string, processingName: string, index: number): Purpose | undefined {
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

function readLegalBasis(r: Reader, raw: unknown, field: string): LegalBasis | undefined {
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

function readRetention(r: Reader, raw: unknown, field: string): Retention | undefined {
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Field readers that record an error and return a neutral value, so validation carries on. */
class Reader {
  constructor(private readonly errors: FieldError[]) {}

  fail<C extends ErrorCode>(field: string, code: C, params: ErrorParams<C>, message: string): undefined {
    this.errors.push(fieldError(field, code, params, message));
    return undefined;
  }

  /** line: a single-line field (a name or label), where line breaks and tabs are refused too. */
  text(obj: Record<string, unknown>, key: string, opts: { required?: boolean; max?: number; prefix?: string; line?: boolean } = {}): string {
    const field = join(opts.prefix, key);
    const value = obj[key];
    if (value === undefined || value === null || value === '') {
      if (opts.required) this.fail(field, 'field.required', {}, 'is required');
      return '';
    }
    if (typeof value !== 'string') {
      this.fail(field, 'field.notString', {}, 'must be a string');
      return '';
    }
    const trimmed = this.checked(value, field, opts.line === true);
    if (trimmed === undefined) return '';
    if (opts.required && !trimmed) this.fail(field, 'field.blank', {}, 'must not be blank');
    const max = opts.max ?? MAX_TEXT;
    if (trimmed.length > max) this.fail(field, 'field.tooLong', { max }, `must be at most ${max} characters`);
    return trimmed;
  }

  /** The trimmed NFC text, or undefined (with the error recorded) when it holds a character the register refuses. */
  checked(value: string, field: string, line: boolean): string | undefined {
    const result = checkText(value, { multiline: !line });
    if (result.ok) return result.value;
    if (result.code === 'text.invisibleOnly') return this.fail(field, result.code, {}, 'holds only invisible characters');
    return this.fail(field, result.code, { position: result.position }, `holds a refused character (${result.code}) at position ${result.position}`);
  }

  /** A calendar day YYYY-MM-DD; '' when absent (and an error when required). */
  day(obj: Record<string, unknown>, key: string, prefix: string, required = false): string {
    const value = obj[key];
    if (value === undefined || value === null || value === '') {
      if (required) this.fail(join(prefix, key), 'field.required', {}, 'is required');
      return '';
    }
    if (!isCalendarDay(value)) {
      this.fail(join(prefix, key), 'date.invalid', {}, 'must be a date YYYY-MM-DD');
      return '';
    }
    return value;
  }

  wholeNumber(obj: Record<string, unknown>, key: string, prefix: string, range: { min: number; max: number; fallback: number }): number {
    const value = obj[key];
    if (value === undefined) return range.fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < range.min || value > range.max) {
      this.fail(join(prefix, key), 'field.notWholeNumber', { min: range.min, max: range.max }, `must be a whole number from ${range.min} to ${range.max}`);
      return range.fallback;
    }
    return value;
  }

  bool(obj: Record<string, unknown>, key: string, prefix: string): boolean {
    const value = obj[key];
    if (value === undefined) return false;
    if (typeof value !== 'boolean') {
      this.fail(join(prefix, key), 'field.notBoolean', {}, 'must be true or false');
      return false;
    }
    return value;
  }

  oneOf<T extends string>(obj: Record<string, unknown>, key: string, allowed: readonly T[], prefix: string): T | undefined {
    const value = obj[key];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(join(prefix, key), 'field.notOneOf', { allowed: [...allowed] }, `must be one of ${allowed.join(', ')}`);
  }

  enumList<T extends string>(obj: Record<string, unknown>, key: string, allowed: readonly T[], prefix: string): T[] {
    return this.list(
      obj,
      key,
      (v, f) =>
        typeof v === 'string' && (allowed as readonly string[]).includes(v)
          ? (v as T)
          : this.fail(f, 'field.notOneOf', { allowed: [...allowed] }, `must be one of ${allowed.join(', ')}`),
      prefix,
    );
  }

  stringList(obj: Record<string, unknown>, key: string, prefix = ''): string[] {
    return this.list(
      obj,
      key,
      (v, f) => {
        if (typeof v !== 'string') return this.fail(f, 'field.notString', {}, 'must be a string');
        const text = this.checked(v, f, false);
        if (text === undefined) return undefined;
        if (text.length > MAX_TEXT) return this.fail(f, 'field.tooLong', { max: MAX_TEXT }, `must be at most ${MAX_TEXT} characters`);
        return text || undefined;
      },
      prefix,
    );
  }

  list<T>(obj: Record<string, unknown>, key: string, read: (raw: unknown, field: string) => T | undefined, prefix = ''): T[] {
    const field = join(prefix, key);
    const value = obj[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.fail(field, 'field.notList', {}, 'must be a list');
      return [];
    }
    if (value.length > MAX_LIST) {
      this.fail(field, 'list.tooLong', { max: MAX_LIST }, `must have at most ${MAX_LIST} entries`);
      return [];
    }
    const out: T[] = [];
    value.forEach((item, i) => {
      const read1 = read(item, `${field}[${i}]`);
      if (read1 !== undefined) out.push(read1);
    });
    return out;
  }
}

function join(prefix: string | undefined, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}
