/**
 * Reads untrusted input for IT systems and processors (with their data processing agreements), collecting every
 * problem with the same FieldReader validation.ts uses for processings, so the errors travel in a ValidationError.
 */
import { FieldReader, isRecord, type FieldError, type Validated } from '../fieldReader.js';
import { foldDiacritics } from '../identity.js';
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

/** What a client supplies for a system; id, stamps and retirement are the system's. */
export type SystemInput = Omit<RegisterSystem, keyof EntityStamp | 'id' | 'retired'>;
export type ProcessorInput = Omit<RegisterProcessor, keyof EntityStamp | 'id' | 'retired'>;

const MAX_INTERVAL_MONTHS = 120;

export function validateSystemInput(input: unknown): Validated<SystemInput> {
  const errors: FieldError[] = [];
  const r = new FieldReader(errors);
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

export function validateProcessorInput(input: unknown): Validated<ProcessorInput> {
  const errors: FieldError[] = [];
  const r = new FieldReader(errors);
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

function readAgreement(r: FieldReader, raw: unknown, field: string, index: number): DataProcessingAgreement | undefined {
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

function readSupervision(r: FieldReader, raw: unknown, field: string): Supervision | undefined {
  if (!isRecord(raw)) return r.fail(field, 'field.notObject', {}, 'must be an object with method and intervalMonths');
  const method = r.oneOf(raw, 'method', SUPERVISION_METHODS, field);
  const intervalMonths = r.wholeNumber(raw, 'intervalMonths', field, { min: 1, max: MAX_INTERVAL_MONTHS, fallback: 12 });
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
