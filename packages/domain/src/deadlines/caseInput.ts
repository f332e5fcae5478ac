import { fieldError, type FieldError } from '../validation.js';
import type { ErrorCode, ErrorParams } from '../errorCodes.js';
import { CASE_TYPES, DSR_KINDS, type CaseType, type DeadlineCase, type DsrKind } from './cases.js';
import { compareDates, isPlainDate, type PlainDate } from './plainDate.js';

export interface NewCaseInput {
  type: CaseType;
  kind?: DsrKind;
  reference: string;
  unit: string;
  handlerId?: string;
  receivedOn?: PlainDate;
  awareAt?: string;
}

/**
 * Reads a new case from untrusted JSON, keeping only the fields deadlines need. Anything else (names,
 * descriptions, a whistleblower's identity) is refused rather than silently stored.
 */
export function readNewCase(input: unknown, today: PlainDate): { ok: true; value: NewCaseInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, errors: [fieldError('', 'field.notObject', {}, 'must be a JSON object')] };
  const raw = input as Record<string, unknown>;
  const allowed = new Set(['type', 'kind', 'reference', 'unit', 'handlerId', 'receivedOn', 'awareAt']);
  for (const key of Object.keys(raw))
    if (!allowed.has(key)) errors.push(fieldError(key, 'field.notStored', {}, 'is not stored: cases hold only what their deadlines need'));
  const type = raw['type'];
  if (typeof type !== 'string' || !(CASE_TYPES as readonly string[]).includes(type))
    errors.push(fieldError('type', 'field.notOneOf', { allowed: [...CASE_TYPES] }, `must be one of ${CASE_TYPES.join(', ')}`));
  const text = (key: string, max: number, required = true): string => {
    const v = raw[key];
    if (v === undefined || v === '') {
      if (required) errors.push(fieldError(key, 'field.required', {}, 'is required'));
      return '';
    }
    if (typeof v !== 'string' || v.trim().length > max) {
      errors.push(
        typeof v === 'string'
          ? fieldError(key, 'field.tooLong', { max }, `must be text of at most ${max} characters`)
          : fieldError(key, 'field.notString', {}, 'must be text'),
      );
      return '';
    }
    return v.trim();
  };
  const reference = text('reference', 100);
  const unit = text('unit', 200);
  const handlerId = text('handlerId', 100, false);
  const value: NewCaseInput = { type: type as CaseType, reference, unit, ...(handlerId ? { handlerId } : {}) };
  if (type === 'dsr') {
    const kind = raw['kind'];
    if (typeof kind !== 'string' || !(DSR_KINDS as readonly string[]).includes(kind))
      errors.push(fieldError('kind', 'field.notOneOf', { allowed: [...DSR_KINDS] }, `must be one of ${DSR_KINDS.join(', ')}`));
    else value.kind = kind as DsrKind;
  }
  if (type === 'dsr' || type === 'whistleblower') {
    const received = raw['receivedOn'];
    if (!isPlainDate(received)) errors.push(fieldError('receivedOn', 'date.invalid', {}, 'must be a date YYYY-MM-DD'));
    else if (compareDates(received, today) > 0) errors.push(fieldError('receivedOn', 'date.inFuture', {}, 'cannot be in the future'));
    else value.receivedOn = received;
  }
  if (type === 'breach') {
    const aware = raw['awareAt'];
    if (typeof aware !== 'string' || Number.isNaN(Date.parse(aware)))
      errors.push(fieldError('awareAt', 'dateTime.invalid', {}, 'must be a date and time (ISO 8601)'));
    else value.awareAt = new Date(aware).toISOString();
  }
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

export const CASE_EVENTS = [
  'respond',
  'extend',
  'sendExtensionNotice',
  'pause',
  'resume',
  'acknowledge',
  'giveFeedback',
  'close',
  'delete',
  'notifyAuthority',
  'notificationNotRequired',
] as const;
export type CaseEventName = (typeof CASE_EVENTS)[number];

const EVENTS_BY_TYPE: Record<CaseType, CaseEventName[]> = {
  dsr: ['respond', 'extend', 'sendExtensionNotice', 'pause', 'resume', 'close'],
  whistleblower: ['acknowledge', 'giveFeedback', 'close', 'delete'],
  breach: ['notifyAuthority', 'notificationNotRequired', 'close'],
};

/** Applies a dated event to a case. Returns field errors for events that do not fit the case's state. */
export function applyCaseEvent(
  c: DeadlineCase,
  event: string,
  date: PlainDate,
  reason: string,
  now: Date,
): { ok: true; value: DeadlineCase } | { ok: false; errors: FieldError[] } {
  const fail = <C extends ErrorCode>(field: string, code: C, params: ErrorParams<C>, message: string) => ({
    ok: false as const,
    errors: [fieldError(field, code, params, message)],
  });
  if (!(EVENTS_BY_TYPE[c.type] as string[]).includes(event))
    return fail(
      'event',
      'event.notAllowed',
      { event, allowed: [...EVENTS_BY_TYPE[c.type]] },
      `must be one of ${EVENTS_BY_TYPE[c.type].join(', ')} for this case`,
    );
  if (!isPlainDate(date)) return fail('date', 'date.invalid', {}, 'must be a date YYYY-MM-DD');
  if (c.closedOn && event !== 'delete') return fail('event', 'case.closed', {}, 'the case is closed');
  const next = structuredClone(c);
  switch (event as CaseEventName) {
    case 'respond':
      (next as typeof c & { type: 'dsr' }).respondedOn = date;
      break;
    case 'extend': {
      const d = next as typeof c & { type: 'dsr' };
      if (!reason.trim()) return fail('reason', 'case.extensionReasonRequired', {}, 'an extension needs a reason (Art. 12(3))');
      if (d.extension) return fail('event', 'case.alreadyExtended', {}, 'the request is already extended');
      d.extension = { reason: reason.trim().slice(0, 500), decidedOn: date };
      break;
    }
    case 'sendExtensionNotice':
      (next as typeof c & { type: 'dsr' }).extensionNoticeSentOn = date;
      break;
    case 'pause': {
      const d = next as typeof c & { type: 'dsr' };
      if (d.pauses.some((p) => !p.to)) return fail('event', 'case.alreadyPaused', {}, 'the request is already paused');
      d.pauses.push({ from: date });
      break;
    }
    case 'resume': {
      const d = next as typeof c & { type: 'dsr' };
      const open = d.pauses.find((p) => !p.to);
      if (!open) return fail('event', 'case.notPaused', {}, 'the request is not paused');
      if (compareDates(date, open.from) < 0) return fail('date', 'date.beforePause', {}, 'cannot be before the pause began');
      open.to = date;
      break;
    }
    case 'acknowledge':
      (next as typeof c & { type: 'whistleblower' }).acknowledgedOn = date;
      break;
    case 'giveFeedback':
      (next as typeof c & { type: 'whistleblower' }).feedbackOn = date;
      break;
    case 'close':
      next.closedOn = date;
      break;
    case 'delete':
      if (!c.closedOn) return fail('event', 'case.notClosed', {}, 'close the case before deleting its personal data');
      (next as typeof c & { type: 'whistleblower' }).deletedOn = date;
      break;
    case 'notifyAuthority':
      (next as typeof c & { type: 'breach' }).notifiedAt = now.toISOString();
      break;
    case 'notificationNotRequired':
      if (!reason.trim()) return fail('reason', 'case.notificationReasonRequired', {}, 'document why no notification is required (Art. 33(5))');
      (next as typeof c & { type: 'breach' }).notificationNotRequired = reason.trim().slice(0, 500);
      break;
  }
  return { ok: true, value: next };
}
