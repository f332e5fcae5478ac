/**
 * Reads untrusted input for IT systems and processors (with their data processing agreements), collecting every
 * problem as validation.ts does for processings. The reader is a small copy of validation.ts's rather than an
 * import of it: validation.ts depends on the processing model, which depends on this folder, and the folder-cycle
 * rule forbids the way back. The field errors have the same shape, so they travel in a ValidationError.
 */
import type { ErrorCode, ErrorParams } from '../errorCodes.js';
import { foldDiacritics } from '../identity.js';
import { checkText } from '../plainText.js';
import type { CalendarDay } from './calendarDay.js';
import {
  HOSTING_KINDS,
  SUPERVISION_METHODS,
  type DataProcessingAgreement,
  type EntityStamp,
  type RegisterProcessor,
  type RegisterSystem,
  type SubProcessor,
  type Supervision,
} from './entities.js';

export interface EntityFieldError {
  field: string;
  code: ErrorCode;
  params?: ErrorParams;
  message: string;
}

export type EntityValidated<T> = { ok: true; value: T } | { ok: false; errors: EntityFieldError[] };

/** What a client supplies for a system; id, stamps and retirement are the system's. */
export type SystemInput = Omit<RegisterSystem, keyof EntityStamp | 'id' | 'retired'>;
export type ProcessorInput = Omit<RegisterProcessor, keyof EntityStamp | 'id' | 'retired'>;

const MAX_TEXT = 4000;
const MAX_LIST = 200;
const MAX_INTERVAL_MONTHS = 120;

export function validateSystemInput(input: unknown): EntityValidated<SystemInput> {
  const errors: EntityFieldError[] = [];
  const r = new EntityReader(errors);
  if (!isRecord(input)) return { ok: false, errors: [{ field: '', code: 'field.notObject', message: 'must be a JSON object' }] };
  const externalId = r.text(input, 'externalId', { max: 200, line: true });
  const value: SystemInput = {
    name: r.text(input, 'name', { required: true, max: 200, line: true }),
    kind: r.text(input, 'kind', { max: 200, line: true }),
    supplier: r.text(input, 'supplier', { max: 300, line: true }),
    systemOwner: r.text(input, 'systemOwner', { max: 300, line: true }),
    hosting: input['hosting'] === undefined ? 'unknown' : (r.oneOf(input, 'hosting', HOSTING_KINDS, '') ?? 'unknown'),
    location: r.text(input, 'location', { max: 200, line: true }),
    archiveDuty: r.bool(input, 'archiveDuty', ''),
    notes: r.text(input, 'notes', {}),
    ...(externalId ? { externalId } : {}),
  };
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

export function validateProcessorInput(input: unknown): EntityValidated<ProcessorInput> {
  const errors: EntityFieldError[] = [];
  const r = new EntityReader(errors);
  if (!isRecord(input)) return { ok: false, errors: [{ field: '', code: 'field.notObject', message: 'must be a JSON object' }] };
  const agreements = r.list(input, 'agreements', (raw, field, index) => readAgreement(r, raw, field, index));
  const ids = new Set<string>();
  agreements.forEach((a, i) => {
    // Agreement ids name reminders and history entries; two with one id would share them.
    if (ids.has(a.id)) a.id = `${a.id}-${i + 1}`;
    ids.add(a.id);
  });
  const value: ProcessorInput = {
    name: r.text(input, 'name', { required: true, max: 300, line: true }),
    organisationNumber: r.text(input, 'organisationNumber', { max: 50, line: true }),
    location: r.text(input, 'location', { max: 200, line: true }),
    contact: r.text(input, 'contact', { max: 500 }),
    agreements,
    notes: r.text(input, 'notes', {}),
  };
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

function readAgreement(r: EntityReader, raw: unknown, field: string, index: number): DataProcessingAgreement | undefined {
  if (!isRecord(raw)) return r.fail(field, 'field.notObject', {}, 'must be an object');
  const id = r.text(raw, 'id', { max: 100, line: true, prefix: field }) || `dpa-${index + 1}`;
  const signedOn = r.date(raw, 'signedOn', field);
  const validUntil = r.date(raw, 'validUntil', field);
  if (signedOn && validUntil && validUntil < signedOn)
    r.fail(`${field}.validUntil`, 'agreement.validUntilBeforeSigned', {}, 'the agreement cannot end before it was signed');
  const subProcessors = r.list(
    raw,
    'subProcessors',
    (s, f): SubProcessor | undefined => {
      if (!isRecord(s)) return r.fail(f, 'field.notObject', {}, 'must be an object with name, location and purpose');
      return {
        name: r.text(s, 'name', { required: true, max: 300, line: true, prefix: f }),
        location: r.text(s, 'location', { max: 200, line: true, prefix: f }),
        purpose: r.text(s, 'purpose', { max: 1000, prefix: f }),
      };
    },
    field,
  );
  const supervision =
    raw['supervision'] === undefined || raw['supervision'] === null ? undefined : readSupervision(r, raw['supervision'], `${field}.supervision`);
  return {
    id,
    inPlace: r.bool(raw, 'inPlace', field),
    ...(signedOn ? { signedOn } : {}),
    ...(validUntil ? { validUntil } : {}),
    reference: r.text(raw, 'reference', { max: 300, line: true, prefix: field }),
    subProcessors,
    ...(supervision ? { supervision } : {}),
  };
}

function readSupervision(r: EntityReader, raw: unknown, field: string): Supervision | undefined {
  if (!isRecord(raw)) return r.fail(field, 'field.notObject', {}, 'must be an object with method and intervalMonths');
  const method = r.oneOf(raw, 'method', SUPERVISION_METHODS, field);
  const interval = raw['intervalMonths'];
  let intervalMonths = 12;
  if (interval !== undefined) {
    if (typeof interval !== 'number' || !Number.isInteger(interval) || interval < 1 || interval > MAX_INTERVAL_MONTHS) {
      r.fail(
        `${field}.intervalMonths`,
        'field.notWholeNumber',
        { min: 1, max: MAX_INTERVAL_MONTHS },
        `must be a whole number from 1 to ${MAX_INTERVAL_MONTHS}`,
      );
    } else intervalMonths = interval;
  }
  const lastOn = r.date(raw, 'lastOn', field);
  const nextOn = r.date(raw, 'nextOn', field);
  if (lastOn && nextOn && nextOn < lastOn) r.fail(`${field}.nextOn`, 'supervision.nextBeforeLast', {}, 'the next supervision cannot come before the last one');
  const ownerId = r.text(raw, 'ownerId', { max: 100, line: true, prefix: field });
  const lastOutcome = r.text(raw, 'lastOutcome', { prefix: field });
  if (!method) return undefined;
  return {
    method,
    intervalMonths,
    ...(lastOn ? { lastOn } : {}),
    ...(nextOn ? { nextOn } : {}),
    ...(ownerId ? { ownerId } : {}),
    ...(lastOutcome ? { lastOutcome } : {}),
  };
}

/** Case-, accent- and spacing-insensitive form of an entity name, so "Visma  HR" and "visma hr" are one system. */
export function foldEntityName(name: string): string {
  return foldDiacritics(name.normalize('NFKC').toLowerCase()).replace(/\s+/g, ' ').trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDay(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === value;
}

class EntityReader {
  constructor(private readonly errors: EntityFieldError[]) {}

  fail<C extends ErrorCode>(field: string, code: C, params: ErrorParams<C>, message: string): undefined {
    this.errors.push(Object.keys(params).length ? { field, code, params, message } : { field, code, message });
    return undefined;
  }

  text(obj: Record<string, unknown>, key: string, opts: { required?: boolean; max?: number; prefix?: string; line?: boolean }): string {
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
    const result = checkText(value, { multiline: !opts.line });
    if (!result.ok) {
      if (result.code === 'text.invisibleOnly') this.fail(field, result.code, {}, 'holds only invisible characters');
      else this.fail(field, result.code, { position: result.position }, `holds a refused character (${result.code}) at position ${result.position}`);
      return '';
    }
    const trimmed = result.value;
    if (opts.required && !trimmed) this.fail(field, 'field.blank', {}, 'must not be blank');
    const max = opts.max ?? MAX_TEXT;
    if (trimmed.length > max) this.fail(field, 'field.tooLong', { max }, `must be at most ${max} characters`);
    return trimmed;
  }

  date(obj: Record<string, unknown>, key: string, prefix: string): CalendarDay | undefined {
    const value = obj[key];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string' || !isCalendarDay(value)) return this.fail(join(prefix, key), 'date.invalid', {}, 'must be a date YYYY-MM-DD');
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

  list<T>(obj: Record<string, unknown>, key: string, read: (raw: unknown, field: string, index: number) => T | undefined, prefix = ''): T[] {
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
      const one = read(item, `${field}[${i}]`, i);
      if (one !== undefined) out.push(one);
    });
    return out;
  }
}

function join(prefix: string | undefined, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}
