import { fieldError, type FieldError } from '../validation.js';
import { checkText } from '../plainText.js';
import type { ErrorCode, ErrorParams } from '../errorCodes.js';
import { CASE_EVENTS, type CaseEventName } from './caseEvents.js';
import { MAX_BREACH_TEXT_LENGTH, MAX_NOTE_LENGTH, REASONS_BY_EVENT, type EventWithReason } from './caseReasons.js';
import { CASE_TYPES, DSR_KINDS, type CaseType, type DeadlineCase, type DsrKind } from './cases.js';
import { findIdentity } from './identityPatterns.js';
import { compareDates, isPlainDate, type PlainDate } from './plainDate.js';

export { CASE_EVENTS, type CaseEventName };

export interface NewCaseInput {
  type: CaseType;
  kind?: DsrKind;
  reference: string;
  unit: string;
  handlerId?: string;
  receivedOn?: PlainDate;
  awareAt?: string;
}

/** What a tenant decides about case fields: the form of its case numbers and the units it has. */
export interface CaseFieldPolicy {
  /** A regular expression per case type that a reference must match in full. */
  caseNumberPattern: Record<CaseType, string>;
  /** Shown in errors and as placeholder: what a valid case number looks like. */
  caseNumberExample: Record<CaseType, string>;
  /** The tenant's units; empty means the tenant has not listed them and any identity-free name is taken. */
  units: string[];
}

/** Letters of the diarium series, the year, a running number: "KS 2026/123", "VB 2026/7". */
export const DEFAULT_CASE_NUMBER_PATTERN = '^[A-ZÅÄÖÆØ]{1,6} \\d{4}/\\d{1,6}$';

export const DEFAULT_CASE_FIELD_POLICY: CaseFieldPolicy = {
  caseNumberPattern: { dsr: DEFAULT_CASE_NUMBER_PATTERN, whistleblower: DEFAULT_CASE_NUMBER_PATTERN, breach: DEFAULT_CASE_NUMBER_PATTERN },
  caseNumberExample: { dsr: 'KS 2026/123', whistleblower: 'VB 2026/7', breach: 'KS 2026/123' },
  units: [],
};

/** Refuses text that looks like a personal identifier; every case field goes through this. */
export function identityError(field: string, text: string): FieldError | undefined {
  const kind = findIdentity(text);
  return kind ? fieldError(field, 'case.identityLike', { field, kind }, `looks like a ${kind}; cases must not hold anyone's identity`) : undefined;
}

/**
 * Reads a new case from untrusted JSON, keeping only the fields deadlines need. Anything else (names,
 * descriptions, a whistleblower's identity) is refused rather than silently stored.
 */
export function readNewCase(
  input: unknown,
  today: PlainDate,
  policy: CaseFieldPolicy = DEFAULT_CASE_FIELD_POLICY,
): { ok: true; value: NewCaseInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, errors: [fieldError('', 'field.notObject', {}, 'must be a JSON object')] };
  const raw = input as Record<string, unknown>;
  const allowed = new Set(['type', 'kind', 'reference', 'unit', 'handlerId', 'receivedOn', 'awareAt']);
  for (const key of Object.keys(raw))
    if (!allowed.has(key)) errors.push(fieldError(key, 'field.notStored', {}, 'is not stored: cases hold only what their deadlines need'));
  const type = raw['type'];
  const knownType = typeof type === 'string' && (CASE_TYPES as readonly string[]).includes(type);
  if (!knownType) errors.push(fieldError('type', 'field.notOneOf', { allowed: [...CASE_TYPES] }, `must be one of ${CASE_TYPES.join(', ')}`));
  const text = (key: string, max: number, required = true, checkIdentity = true): string => {
    const v = raw[key];
    if (v === undefined || v === '') {
      if (required) errors.push(fieldError(key, 'field.required', {}, 'is required'));
      return '';
    }
    if (typeof v !== 'string') {
      errors.push(fieldError(key, 'field.notString', {}, 'must be text'));
      return '';
    }
    const checked = checkText(v, { multiline: false });
    if (!checked.ok) {
      errors.push(textError(key, checked));
      return '';
    }
    // Identity next: a pasted e-mail thread is refused for what it holds, not only for its length.
    const identity = checkIdentity ? identityError(key, checked.value) : undefined;
    if (identity) {
      errors.push(identity);
      return '';
    }
    if (checked.value.length > max) {
      errors.push(fieldError(key, 'field.tooLong', { max }, `must be text of at most ${max} characters`));
      return '';
    }
    if (required && !checked.value) errors.push(fieldError(key, 'field.blank', {}, 'must not be blank'));
    return checked.value;
  };
  const reference = text('reference', 100);
  if (reference && knownType) {
    const t = type as CaseType;
    if (!new RegExp(policy.caseNumberPattern[t], 'u').test(reference))
      errors.push(
        fieldError(
          'reference',
          'case.referencePattern',
          { pattern: policy.caseNumberExample[t] },
          `must follow the case-number pattern, e.g. ${policy.caseNumberExample[t]}`,
        ),
      );
  }
  const unit = text('unit', 200);
  if (unit && policy.units.length > 0 && !policy.units.includes(unit))
    errors.push(fieldError('unit', 'case.unknownUnit', {}, "must be one of the tenant's units"));
  // An Entra object id, checked against the directory by the caller; its digits are not a phone number.
  const handlerId = text('handlerId', 100, false, false);
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

const EVENTS_BY_TYPE: Record<CaseType, CaseEventName[]> = {
  dsr: ['respond', 'extend', 'sendExtensionNotice', 'pause', 'resume', 'close'],
  whistleblower: ['acknowledge', 'giveFeedback', 'close', 'delete'],
  breach: ['document', 'notifyAuthority', 'notificationNotRequired', 'close'],
};

/** The events that fit the case's state now; the API refuses the others and the tab offers only these. */
export function allowedEvents(c: DeadlineCase): CaseEventName[] {
  if (c.type === 'whistleblower') {
    if (c.closedOn) return c.deletedOn ? [] : ['delete'];
    return [...(c.acknowledgedOn ? [] : (['acknowledge'] as const)), ...(c.acknowledgedOn && !c.feedbackOn ? (['giveFeedback'] as const) : []), 'close'];
  }
  if (c.closedOn) return [];
  if (c.type === 'dsr') {
    const paused = c.pauses.some((p) => !p.to);
    const out: CaseEventName[] = [];
    if (!c.respondedOn && !paused) out.push('respond');
    if (!c.extension && !c.respondedOn) out.push('extend');
    if (c.extension && !c.extensionNoticeSentOn && !c.respondedOn) out.push('sendExtensionNotice');
    if (!c.respondedOn) out.push(paused ? 'resume' : 'pause');
    out.push('close');
    return out;
  }
  const decided = Boolean(c.notifiedAt || c.notificationNotRequired);
  return ['document', ...(decided ? [] : (['notifyAuthority', 'notificationNotRequired'] as const)), 'close'];
}

/** Why an event that fits the case type does not fit its state, with the most specific code there is. */
function stateError(c: DeadlineCase, event: CaseEventName, allowed: CaseEventName[]): FieldError {
  if (event === 'delete' && !c.closedOn) return fieldError('event', 'case.notClosed', {}, 'close the case before deleting its personal data');
  if (c.closedOn) return fieldError('event', 'case.closed', {}, 'the case is closed');
  if (c.type === 'dsr') {
    const paused = c.pauses.some((p) => !p.to);
    if (event === 'pause' && paused) return fieldError('event', 'case.alreadyPaused', {}, 'the request is already paused');
    if (event === 'resume' && !paused) return fieldError('event', 'case.notPaused', {}, 'the request is not paused');
    if (event === 'extend' && c.extension) return fieldError('event', 'case.alreadyExtended', {}, 'the request is already extended');
  }
  return fieldError(
    'event',
    'case.eventNotInState',
    { event, allowed },
    `${event} does not fit the case's state now; possible: ${allowed.join(', ') || 'none'}`,
  );
}

export interface CaseEventContext {
  /** Today in the tenant's zone: the default date of an event. */
  today: PlainDate;
  now: Date;
  /** Entra object id of the person recording the event, for the case's history. */
  by: string;
}

/**
 * Applies a dated event, read from untrusted JSON, to a case. Reasons come from fixed lists; notes and the breach
 * documentation are short and identity-free. Returns field errors for events that do not fit the case's state.
 */
export function applyCaseEvent(c: DeadlineCase, body: unknown, ctx: CaseEventContext): { ok: true; value: DeadlineCase } | { ok: false; errors: FieldError[] } {
  const raw = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
  const fail = <C extends ErrorCode>(field: string, code: C, params: ErrorParams<C>, message: string) => ({
    ok: false as const,
    errors: [fieldError(field, code, params, message)],
  });
  const event = String(raw['event'] ?? '');
  if (!(EVENTS_BY_TYPE[c.type] as string[]).includes(event))
    return fail(
      'event',
      'event.notAllowed',
      { event, allowed: [...EVENTS_BY_TYPE[c.type]] },
      `must be one of ${EVENTS_BY_TYPE[c.type].join(', ')} for this case`,
    );
  const name = event as CaseEventName;
  const date = raw['date'] === undefined ? ctx.today : raw['date'];
  if (!isPlainDate(date)) return fail('date', 'date.invalid', {}, 'must be a date YYYY-MM-DD');
  const allowed = allowedEvents(c);
  if (!allowed.includes(name)) return { ok: false, errors: [stateError(c, name, allowed)] };

  const errors: FieldError[] = [];
  const shortText = (key: string, max: number): string | undefined => {
    const v = raw[key];
    if (v === undefined || v === '') return undefined;
    if (typeof v !== 'string') {
      errors.push(fieldError(key, 'field.notString', {}, 'must be text'));
      return undefined;
    }
    const checked = checkText(v, { multiline: true });
    if (!checked.ok) {
      errors.push(textError(key, checked));
      return undefined;
    }
    const identity = identityError(key, checked.value);
    if (identity) {
      errors.push(identity);
      return undefined;
    }
    if (checked.value.length > max) {
      errors.push(fieldError(key, 'field.tooLong', { max }, `must be text of at most ${max} characters`));
      return undefined;
    }
    return checked.value || undefined;
  };
  const reasonFor = (ev: EventWithReason, required: boolean): string | undefined => {
    const v = raw['reason'];
    const list = REASONS_BY_EVENT[ev] as readonly string[];
    if (v === undefined || v === '') {
      if (required)
        errors.push(
          ev === 'extend'
            ? fieldError('reason', 'case.extensionReasonRequired', {}, 'an extension needs a reason (Art. 12(3))')
            : fieldError('reason', 'case.notificationReasonRequired', {}, 'document why no notification is required (Art. 33(5))'),
        );
      return undefined;
    }
    if (typeof v !== 'string' || !list.includes(v)) {
      errors.push(fieldError('reason', 'field.notOneOf', { allowed: [...list] }, `must be one of ${list.join(', ')}`));
      return undefined;
    }
    return v;
  };
  const note = shortText('note', MAX_NOTE_LENGTH);
  const withNote = <T extends object>(value: T) => (note ? { ...value, note } : value);

  const next = structuredClone(c);
  switch (name) {
    case 'respond':
      (next as typeof c & { type: 'dsr' }).respondedOn = date;
      break;
    case 'extend': {
      const reason = reasonFor('extend', true);
      if (reason) (next as typeof c & { type: 'dsr' }).extension = withNote({ reason, decidedOn: date });
      break;
    }
    case 'sendExtensionNotice':
      (next as typeof c & { type: 'dsr' }).extensionNoticeSentOn = date;
      break;
    case 'pause': {
      const reason = reasonFor('pause', false);
      (next as typeof c & { type: 'dsr' }).pauses.push(withNote({ from: date, ...(reason ? { reason } : {}) }));
      break;
    }
    case 'resume': {
      const open = (next as typeof c & { type: 'dsr' }).pauses.find((p) => !p.to)!;
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
    case 'document': {
      const b = next as typeof c & { type: 'breach' };
      for (const key of ['facts', 'effects', 'remedialAction'] as const) {
        const value = shortText(key, MAX_BREACH_TEXT_LENGTH);
        if (value) b[key] = value;
      }
      break;
    }
    case 'close': {
      const reason = reasonFor('close', false);
      next.closedOn = date;
      if (reason) next.closure = withNote({ reason });
      break;
    }
    case 'delete':
      (next as typeof c & { type: 'whistleblower' }).deletedOn = date;
      break;
    case 'notifyAuthority':
      (next as typeof c & { type: 'breach' }).notifiedAt = ctx.now.toISOString();
      break;
    case 'notificationNotRequired': {
      const reason = reasonFor('notificationNotRequired', true);
      const b = next as typeof c & { type: 'breach' };
      if (reason) b.notificationNotRequired = reason;
      if (note) b.notificationNotRequiredNote = note;
      break;
    }
  }
  if (errors.length) return { ok: false, errors };
  next.history = [...(c.history ?? []), { event: name, date, at: ctx.now.toISOString(), by: ctx.by }];
  return { ok: true, value: next };
}

/** A refused character or invisible-only text, with the field it was found in. */
function textError(key: string, checked: Exclude<ReturnType<typeof checkText>, { ok: true }>): FieldError {
  return checked.code === 'text.invisibleOnly'
    ? fieldError(key, checked.code, {}, 'holds only invisible characters')
    : fieldError(key, checked.code, { position: checked.position }, `holds a refused character at position ${checked.position}`);
}
