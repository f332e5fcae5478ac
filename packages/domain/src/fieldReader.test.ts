import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldReader, type FieldError } from './fieldReader.js';

function reader(): { r: FieldReader; errors: FieldError[] } {
  const errors: FieldError[] = [];
  return { r: new FieldReader(errors), errors };
}

/** Independent oracle: a day exists when its month has that many days (Gregorian leap years). */
function realDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= lengths[month - 1]!;
}

describe('FieldReader.day (a day the record always carries)', () => {
  it("answers '' for an absent day, and an error only when it is required", () => {
    for (const absent of [undefined, null, '']) {
      const optional = reader();
      expect(optional.r.day({ on: absent }, 'on', 'dpia')).toBe('');
      expect(optional.errors).toEqual([]);
      const required = reader();
      expect(required.r.day({ on: absent }, 'on', 'dpia', true)).toBe('');
      expect(required.errors).toEqual([{ field: 'dpia.on', code: 'field.required', message: 'is required' }]);
    }
  });

  it("answers '' with date.invalid for a day that does not exist or is not text", () => {
    for (const wrong of ['2026-02-29', '2026-13-01', '2026-1-01', 20260101, true]) {
      const { r, errors } = reader();
      expect(r.day({ on: wrong }, 'on', 'dpia', true)).toBe('');
      expect(errors.map((e) => [e.field, e.code])).toEqual([['dpia.on', 'date.invalid']]);
    }
  });
});

describe('FieldReader.date (an optional day the caller leaves out when absent)', () => {
  it('answers undefined without an error when absent', () => {
    for (const absent of [undefined, null, '']) {
      const { r, errors } = reader();
      expect(r.date({ signedOn: absent }, 'signedOn', 'agreements[0]')).toBeUndefined();
      expect(errors).toEqual([]);
    }
  });

  it('answers undefined with date.invalid for a wrong day, the day itself when right', () => {
    const { r, errors } = reader();
    expect(r.date({ signedOn: '2025-02-29' }, 'signedOn', 'agreements[0]')).toBeUndefined();
    expect(r.date({ signedOn: 5 }, 'signedOn', '')).toBeUndefined();
    expect(r.date({ signedOn: '2024-02-29' }, 'signedOn', 'agreements[0]')).toBe('2024-02-29');
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['agreements[0].signedOn', 'date.invalid'],
      ['signedOn', 'date.invalid'],
    ]);
  });

  it('accepts exactly the real days, and day and date agree on every input', () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
    const dayLike = fc.oneof(
      fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(dayLike, (text) => {
        const a = reader();
        const b = reader();
        const date = a.r.date({ on: text }, 'on', '');
        const day = b.r.day({ on: text }, 'on', '');
        if (text === '') return date === undefined && day === '' && a.errors.length === 0 && b.errors.length === 0;
        const real = realDay(text);
        expect(date).toBe(real ? text : undefined);
        expect(day).toBe(real ? text : '');
        expect(a.errors.length).toBe(real ? 0 : 1);
        expect(b.errors).toEqual(a.errors);
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('FieldReader.list', () => {
  it('gives each entry its path and index and leaves out what the reader refuses', () => {
    const { r, errors } = reader();
    const seen: [string, number][] = [];
    const out = r.list({ xs: ['a', 1, 'b'] }, 'xs', (v, f, i) => (seen.push([f, i]), typeof v === 'string' ? v : r.fail(f, 'field.notString', {}, 'x')), 'p');
    expect(out).toEqual(['a', 'b']);
    expect(seen).toEqual([
      ['p.xs[0]', 0],
      ['p.xs[1]', 1],
      ['p.xs[2]', 2],
    ]);
    expect(errors.map((e) => e.field)).toEqual(['p.xs[1]']);
  });
});
