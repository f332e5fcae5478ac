import { isCalendarDay } from '@prt/domain/register/calendarDayMath';
import type { Language } from '../i18n/language.js';

/**
 * Dates as each language writes them by hand, the stored value always ISO (YYYY-MM-DD): Swedish writes ISO itself,
 * Danish DD.MM.YYYY, British English DD/MM/YYYY. The browser's own date input follows the browser's locale instead
 * (mm/dd/yyyy in an en-US browser on a Swedish page), which is why the form does not use it. Intl can format but not
 * parse, so the few patterns are kept here.
 */
export type DateTextResult = { ok: true; day: string } | { ok: false; code: 'date.unrecognised' };
export type TimeTextResult = { ok: true; time: string } | { ok: false; code: 'time.invalid' };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** The language's own hand-written form, day first where the language writes the day first. */
const WRITTEN: Record<Language, RegExp> = {
  sv: ISO,
  da: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/,
  en: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
};

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

function day(year: string, month: string, date: string): DateTextResult {
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(date)}`;
  return isCalendarDay(iso) ? { ok: true, day: iso } : { ok: false, code: 'date.unrecognised' };
}

/** What a user typed, read as a calendar day: ISO in every language, and the language's own form. */
export function parseDateText(text: string, language: Language): DateTextResult {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso) return day(iso[1]!, iso[2]!, iso[3]!);
  const written = WRITTEN[language].exec(trimmed);
  if (written && language !== 'sv') return day(written[3]!, written[2]!, written[1]!);
  return { ok: false, code: 'date.unrecognised' };
}

/** A calendar day (YYYY-MM-DD) as the language writes it. */
export function formatDateText(iso: string, language: Language): string {
  const [year, month, date] = iso.split('-') as [string, string, string];
  if (language === 'da') return `${date}.${month}.${year}`;
  if (language === 'en') return `${date}/${month}/${year}`;
  return iso;
}

/** The calendar day a Date shows in the browser's zone, which is the zone the calendar popup draws in. */
export function dayOfDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnight of a calendar day, or null for '' and anything that is not one. */
export function dateOfDay(iso: string): Date | null {
  if (!isCalendarDay(iso)) return null;
  const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
  const d = new Date(2000, month - 1, date);
  // setFullYear, as the Date constructor reads years 0–99 as 1900–1999.
  d.setFullYear(year, month - 1, date);
  return d;
}

/** A 24-hour time of day as typed: 9:30, 09:30 or (as Danish writes it) 09.30; HH:MM out. */
export function parseTimeText(text: string): TimeTextResult {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return { ok: false, code: 'time.invalid' };
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return { ok: false, code: 'time.invalid' };
  return { ok: true, time: `${pad(hours)}:${pad(minutes)}` };
}
