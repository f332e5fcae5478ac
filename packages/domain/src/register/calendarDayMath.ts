/**
 * The two calendar-day operations the register needs (is it a real day; a day some months on). deadlines/plainDate
 * has richer ones, but register/ may not import deadlines/ (that folder depends on the processing model, which
 * depends on this folder), so these few lines are kept here instead.
 */
import type { CalendarDay } from './calendarDay.js';

export function isCalendarDay(value: unknown): value is CalendarDay {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  // A month or day no Date can hold (2026-13-01) is an Invalid Date, whose toISOString throws.
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The same day of the month, `months` later; the month's last day when it is shorter (31 Jan + 1 = 28/29 Feb). */
export function monthsLater(day: CalendarDay, months: number): CalendarDay {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const lastOfTarget = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(date, lastOfTarget))).toISOString().slice(0, 10);
}
