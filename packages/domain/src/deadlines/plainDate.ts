// Kept by hand: Temporal is not in Node 20/22, and these few UTC operations on ISO strings are smaller and clearer
// than a date library in the pure domain package.
/** A calendar date without time or zone, 'YYYY-MM-DD'. Legal deadlines are dates; the zone is applied last. */
export type PlainDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isPlainDate(value: unknown): value is PlainDate {
  if (typeof value !== 'string') return false;
  const m = PATTERN.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function toUtc(date: PlainDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d));
}

function fromUtc(d: Date): PlainDate {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: PlainDate, days: number): PlainDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/**
 * Regulation 1182/71 Art. 3(2)(c): a period of months ends on the day of the last month with the same number
 * as the day of the event, or on that month's last day if it has no such day (31 Aug + 1 month = 30 Sep).
 */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const [y, m, d] = date.split('-').map(Number);
  const targetMonth = m! - 1 + months;
  const lastDay = new Date(Date.UTC(y!, targetMonth + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(y!, targetMonth, Math.min(d!, lastDay))));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: PlainDate): number {
  return toUtc(date).getUTCDay();
}

export function daysBetween(from: PlainDate, to: PlainDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export function compareDates(a: PlainDate, b: PlainDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes the zone is ahead of UTC at an instant (Stockholm: 60 in winter, 120 in summer). */
function zoneOffsetMinutes(instant: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts['year']),
    Number(parts['month']) - 1,
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
    Number(parts['second']),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

const endOfDayCache = new Map<string, number>();

/** The last millisecond of a date in a zone, as a UTC instant: a deadline "on 30 Sep" runs until then. */
export function endOfDay(date: PlainDate, timeZone: string): Date {
  const key = `${date}|${timeZone}`;
  const cached = endOfDayCache.get(key);
  if (cached !== undefined) return new Date(cached);
  const value = computeEndOfDay(date, timeZone);
  // Deadlines fall on a few hundred distinct days; a sweep over 100k cases asks for the same ones again and again.
  if (endOfDayCache.size > 20_000) endOfDayCache.clear();
  endOfDayCache.set(key, value.getTime());
  return value;
}

function computeEndOfDay(date: PlainDate, timeZone: string): Date {
  const localEnd = toUtc(addDays(date, 1)).getTime() - 1;
  // Two passes settle the offset across a DST change on that day.
  let instant = localEnd - zoneOffsetMinutes(localEnd, timeZone) * 60_000;
  instant = localEnd - zoneOffsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant);
}

/** The date an instant falls on in a zone. */
export function dateInZone(instant: Date, timeZone: string): PlainDate {
  return fromUtc(new Date(instant.getTime() + zoneOffsetMinutes(instant.getTime(), timeZone) * 60_000));
}
