import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDay } from '@prt/domain/register/calendarDayMath';
import { errorText } from '../i18n/errorMessages.js';
import { LANGUAGES } from '../i18n/language.js';
import { dateOfDay, dayOfDate, formatDateText, parseDateText, parseTimeText } from './dateText.js';

/** The oracle: every real day from year 1000 to 9999 as a plain ISO string, built from UTC milliseconds. */
const isoDay = fc
  .integer({ min: Date.UTC(1000, 0, 1) / 86_400_000, max: Date.UTC(9999, 11, 31) / 86_400_000 })
  .map((days) => new Date(days * 86_400_000).toISOString().slice(0, 10));
const language = fc.constantFrom(...LANGUAGES);

describe('date text in sv, da and en', () => {
  it('format then parse gives the ISO day back, and parse then format gives the written text back, in every language', () => {
    fc.assert(
      fc.property(isoDay, language, (iso, lang) => {
        const text = formatDateText(iso, lang);
        expect(parseDateText(text, lang)).toEqual({ ok: true, day: iso });
        const read = parseDateText(text, lang);
        expect(read.ok && formatDateText(read.day, lang)).toBe(text);
        // ISO is read in every language, so a pasted 2026-03-31 works on a Danish page too.
        expect(parseDateText(iso, lang)).toEqual({ ok: true, day: iso });
      }),
      { numRuns: 3000 },
    );
  });

  it('writes the language’s own form, independently of any browser locale', () => {
    expect(formatDateText('2026-03-05', 'sv')).toBe('2026-03-05');
    expect(formatDateText('2026-03-05', 'da')).toBe('05.03.2026');
    expect(formatDateText('2026-03-05', 'en')).toBe('05/03/2026');
    expect(parseDateText('5.3.2026', 'da')).toEqual({ ok: true, day: '2026-03-05' });
    expect(parseDateText(' 5/3/2026 ', 'en')).toEqual({ ok: true, day: '2026-03-05' });
    // Day first in British English: 03/05 is the 3rd of May, never March 5th.
    expect(parseDateText('03/05/2026', 'en')).toEqual({ ok: true, day: '2026-05-03' });
    // Each language reads only its own hand-written form besides ISO.
    expect(parseDateText('05.03.2026', 'en').ok).toBe(false);
    expect(parseDateText('05/03/2026', 'da').ok).toBe(false);
    expect(parseDateText('05.03.2026', 'sv').ok).toBe(false);
  });

  it('any text at all gives a day or the translated code, never a thrown exception, and a day it gives is real', () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc
        .tuple(fc.integer({ min: -5, max: 120 }), fc.integer({ min: -5, max: 120 }), fc.integer({ min: 0, max: 99999 }))
        .chain(([a, b, y]) =>
          fc.constantFrom(`${y}-${a}-${b}`, `${a}.${b}.${y}`, `${a}/${b}/${y}`, `${y}-${String(a).padStart(2, '0')}-${String(b).padStart(2, '0')}`),
        ),
    );
    fc.assert(
      fc.property(hostile, language, (text, lang) => {
        const read = parseDateText(text, lang);
        if (read.ok) {
          expect(isCalendarDay(read.day)).toBe(true);
        } else {
          expect(read.code).toBe('date.unrecognised');
          expect(errorText(read.code, {}, lang)).not.toBe(errorText('no.such.code', {}, lang));
        }
      }),
      { numRuns: 5000 },
    );
    for (const text of ['2026-02-29', '2026-13-01', '2026-00-10', '31.04.2026', '29/02/2100', '', '   ', '2026-1-1x'])
      for (const lang of LANGUAGES) expect(parseDateText(text, lang).ok, `${text} ${lang}`).toBe(false);
    expect(parseDateText('29/02/2028', 'en')).toEqual({ ok: true, day: '2028-02-29' });
  });

  it('moves a day to a local Date and back without shifting it, also in years a Date constructor misreads', () => {
    fc.assert(
      fc.property(isoDay, (iso) => {
        expect(dayOfDate(dateOfDay(iso)!)).toBe(iso);
      }),
    );
    expect(dayOfDate(dateOfDay('0099-06-30')!)).toBe('0099-06-30');
    expect(dateOfDay('')).toBeNull();
    expect(dateOfDay('2026-02-30')).toBeNull();
  });

  it('reads 24-hour times (09:30, 9:30, 09.30) and refuses the rest with the translated code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(':', '.'), (h, m, sep) => {
        const expected = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        expect(parseTimeText(`${h}${sep}${String(m).padStart(2, '0')}`)).toEqual({ ok: true, time: expected });
        expect(parseTimeText(expected)).toEqual({ ok: true, time: expected });
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const read = parseTimeText(text);
        if (read.ok) expect(read.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        else expect(read.code).toBe('time.invalid');
      }),
    );
    for (const text of ['24:00', '12:60', '9', '09:5', '9 pm', '']) expect(parseTimeText(text).ok, text).toBe(false);
  });
});
