/**
 * The field reader every validator of untrusted JSON shares (processings in validation.ts, their record fields in
 * recordFields.ts, IT systems and processors in register/entityValidation.ts). It lives at the root and imports only
 * errorCodes and plainText, so register/ can use it without the folder cycle an import of validation.ts would close
 * (validation.ts depends on the processing model, which depends on register/).
 */
import type { ErrorCode, ErrorParams } from './errorCodes.js';
import { checkText } from './plainText.js';

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

export const MAX_TEXT = 4000;
export const MAX_LIST = 200;

type Obj = Record<string, unknown>;

export function isRecord(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A real calendar day YYYY-MM-DD. register/calendarDayMath re-exports it: this module may not import register/
 * (register/ uses it). A month 13 or day 00 makes an invalid Date, whose toISOString throws, hence the NaN check.
 */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(time.getTime()) && time.toISOString().startsWith(value);
}

/** Field readers that record an error and return a neutral value, so validation carries on. */
export class FieldReader {
  constructor(private readonly errors: FieldError[]) {}

  fail<C extends ErrorCode>(field: string, code: C, params: ErrorParams<C>, message: string): undefined {
    this.errors.push(fieldError(field, code, params, message));
    return undefined;
  }

  /** line: a single-line field (a name or label), where line breaks and tabs are refused too. */
  text(obj: Obj, key: string, opts: { required?: boolean; max?: number; prefix?: string; line?: boolean } = {}): string {
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

  /** A calendar day YYYY-MM-DD for a field the record always carries: '' when absent (and an error when required). */
  day(obj: Obj, key: string, prefix: string, required = false): string {
    const value = obj[key];
    if (value === undefined || value === null || value === '') {
      if (required) this.fail(join(prefix, key), 'field.required', {}, 'is required');
      return '';
    }
    return this.date(obj, key, prefix) ?? '';
  }

  /** A calendar day YYYY-MM-DD for an optional field: undefined when absent or wrong, so the caller can leave it out. */
  date(obj: Obj, key: string, prefix: string): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null || value === '') return undefined;
    if (!isCalendarDay(value)) return this.fail(join(prefix, key), 'date.invalid', {}, 'must be a date YYYY-MM-DD');
    return value;
  }

  wholeNumber(obj: Obj, key: string, prefix: string, range: { min: number; max: number; fallback: number }): number {
    const value = obj[key];
    if (value === undefined) return range.fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < range.min || value > range.max) {
      this.fail(join(prefix, key), 'field.notWholeNumber', { min: range.min, max: range.max }, `must be a whole number from ${range.min} to ${range.max}`);
      return range.fallback;
    }
    return value;
  }

  bool(obj: Obj, key: string, prefix: string): boolean {
    const value = obj[key];
    if (value === undefined) return false;
    if (typeof value !== 'boolean') {
      this.fail(join(prefix, key), 'field.notBoolean', {}, 'must be true or false');
      return false;
    }
    return value;
  }

  oneOf<T extends string>(obj: Obj, key: string, allowed: readonly T[], prefix: string): T | undefined {
    const value = obj[key];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(join(prefix, key), 'field.notOneOf', { allowed: [...allowed] }, `must be one of ${allowed.join(', ')}`);
  }

  enumList<T extends string>(obj: Obj, key: string, allowed: readonly T[], prefix: string): T[] {
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

  stringList(obj: Obj, key: string, prefix = ''): string[] {
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

  /** Reads each entry with `read` (given its path and index); entries it returns undefined for are left out. */
  list<T>(obj: Obj, key: string, read: (raw: unknown, field: string, index: number) => T | undefined, prefix = ''): T[] {
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
