/**
 * The two calendar-day operations the register needs (is it a real day; a day some months on). deadlines/plainDate
 * has richer ones, but register/ may not import deadlines/ (that folder depends on the processing model, which
 * depends on this folder), so these few lines are kept here instead.
 */
import type { CalendarDay } from './calendarDay.js';

/** The register's one check of a real day lives with the field reader, which every validator shares. */
export { isCalendarDay } from '../fieldReader.js';

/** The same day of the month, `months` later; the month's last day when it is shorter (31 Jan + 1 = 28/29 Feb). */
export function monthsLater(day: CalendarDay, months: number): CalendarDay {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const lastOfTarget = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(date, lastOfTarget))).toISOString().slice(0, 10);
}
