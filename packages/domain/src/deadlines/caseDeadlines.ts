import type { Processing } from '../processing.js';
import type { BreachCase, DeadlineCase, DsrCase, WhistleblowerCase } from './cases.js';
import { addDays, addMonths, compareDates, daysBetween, endOfDay, dateInZone, type PlainDate } from './plainDate.js';
import type { WorkingDayCalendar } from './workingDays.js';

export const DEADLINE_KINDS = [
  'dsr.response',
  'dsr.extensionNotice',
  'whistleblower.acknowledge',
  'whistleblower.feedback',
  'whistleblower.deletion',
  'breach.notifyAuthority',
  'processing.review',
  'processing.dpiaReview',
  'processor.supervision',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface Deadline {
  /** The case id, or the processing id for reviews. */
  subjectId: string;
  tenantId: string;
  reference: string;
  kind: DeadlineKind;
  /** The due day, or null for deadlines counted in hours. */
  dueDate: PlainDate | null;
  /** Instant the deadline expires (end of the due day in the tenant's zone, or the exact hour). */
  dueAt: string;
  /** Who is reminded before and at the deadline. */
  ownerId: string;
  completed: boolean;
  /** A paused data-subject request has no running deadline. */
  paused?: boolean;
}

export interface DeadlineSettings {
  calendar: WorkingDayCalendar;
  /** Whistleblower data is deleted at the latest this long after closure (Sweden 2 years; Denmark set per tenant). */
  whistleblowerRetentionMonths: number;
}

/**
 * Per calendar, the results a sweep asks for again and again: 100k cases fall on a few hundred distinct days, and
 * each period end (date parsing, holiday look-ups) and end-of-day instant was recomputed for every one of them.
 * Keyed by the calendar object, so a changed tenant calendar (a new object) starts afresh; keyed by date, then
 * by count, so a look-up builds no key string.
 */
interface CalendarMemo {
  months: Map<PlainDate, Map<number, PlainDate>>;
  days: Map<PlainDate, Map<number, PlainDate>>;
  plainDays: Map<PlainDate, Map<number, PlainDate>>;
  dueAt: Map<PlainDate, string>;
  size: number;
}

const memos = new WeakMap<WorkingDayCalendar, CalendarMemo>();
const MEMO_LIMIT = 50_000;
let lastCalendar: WorkingDayCalendar | undefined;
let lastMemo: CalendarMemo | undefined;

function memoOf(calendar: WorkingDayCalendar): CalendarMemo {
  if (calendar === lastCalendar && lastMemo) return lastMemo;
  let m = memos.get(calendar);
  if (!m || m.size >= MEMO_LIMIT) memos.set(calendar, (m = { months: new Map(), days: new Map(), plainDays: new Map(), dueAt: new Map(), size: 0 }));
  lastCalendar = calendar;
  lastMemo = m;
  return m;
}

function remembered(m: CalendarMemo, table: Map<PlainDate, Map<number, PlainDate>>, date: PlainDate, n: number, compute: () => PlainDate): PlainDate {
  let byCount = table.get(date);
  if (!byCount) table.set(date, (byCount = new Map<number, PlainDate>()));
  let value = byCount.get(n);
  if (value === undefined) {
    value = compute();
    byCount.set(n, value);
    m.size++;
  }
  return value;
}

/** Regulation 1182/71: months from the event, then to the next working day (Art. 3(4)). */
function monthsFrom(date: PlainDate, months: number, calendar: WorkingDayCalendar): PlainDate {
  const m = memoOf(calendar);
  return remembered(m, m.months, date, months, () => calendar.onOrAfter(addMonths(date, months)));
}

function daysFrom(date: PlainDate, days: number, calendar: WorkingDayCalendar): PlainDate {
  const m = memoOf(calendar);
  return remembered(m, m.days, date, days, () => calendar.onOrAfter(addDays(date, days)));
}

/** Plain days later, not moved to a working day. */
function plusDays(date: PlainDate, days: number, calendar: WorkingDayCalendar): PlainDate {
  if (days === 0) return date;
  const m = memoOf(calendar);
  return remembered(m, m.plainDays, date, days, () => addDays(date, days));
}

function dated(base: Omit<Deadline, 'dueAt' | 'dueDate'>, date: PlainDate, calendar: WorkingDayCalendar): Deadline {
  const m = memoOf(calendar);
  let dueAt = m.dueAt.get(date);
  if (dueAt === undefined) {
    dueAt = endOfDay(date, calendar.timeZone).toISOString();
    m.dueAt.set(date, dueAt);
    m.size++;
  }
  return { ...base, dueDate: date, dueAt };
}

export function dsrDeadlines(c: DsrCase, s: DeadlineSettings): Deadline[] {
  const cal = s.calendar;
  const base = { subjectId: c.id, tenantId: c.tenantId, reference: c.reference, ownerId: c.handlerId };
  const paused = c.pauses.some((p) => !p.to);
  // Paused days are added to the period: the time waiting for identification does not count against the controller.
  const pausedDays = c.pauses.reduce((sum, p) => sum + (p.to ? Math.max(0, daysBetween(p.from, p.to)) : 0), 0);
  const months = c.extension ? 3 : 1;
  const start = plusDays(c.receivedOn, pausedDays, cal);
  const response = monthsFrom(start, months, cal);
  const firstMonth = monthsFrom(start, 1, cal);
  const done = Boolean(c.respondedOn || c.closedOn);
  const out = [dated({ ...base, kind: 'dsr.response', completed: done, paused }, response, cal)];
  if (c.extension) {
    out.push(dated({ ...base, kind: 'dsr.extensionNotice', completed: done || Boolean(c.extensionNoticeSentOn), paused }, firstMonth, cal));
  }
  return out;
}

export function whistleblowerDeadlines(c: WhistleblowerCase, s: DeadlineSettings): Deadline[] {
  const cal = s.calendar;
  const base = { subjectId: c.id, tenantId: c.tenantId, reference: c.reference, ownerId: c.handlerId };
  const acknowledgeBy = daysFrom(c.receivedOn, 7, cal);
  // Feedback: three months from the acknowledgement, or from the end of the seven days if none was sent.
  const sevenDays = plusDays(c.receivedOn, 7, cal);
  const feedbackFrom = c.acknowledgedOn && compareDates(c.acknowledgedOn, sevenDays) <= 0 ? c.acknowledgedOn : sevenDays;
  const out = [
    dated({ ...base, kind: 'whistleblower.acknowledge', completed: Boolean(c.acknowledgedOn || c.closedOn) }, acknowledgeBy, cal),
    dated({ ...base, kind: 'whistleblower.feedback', completed: Boolean(c.feedbackOn || c.closedOn) }, monthsFrom(feedbackFrom, 3, cal), cal),
  ];
  if (c.closedOn) {
    // A deletion deadline is a latest date: it is not moved forward past a holiday.
    out.push(dated({ ...base, kind: 'whistleblower.deletion', completed: Boolean(c.deletedOn) }, addMonths(c.closedOn, s.whistleblowerRetentionMonths), cal));
  }
  return out;
}

export function breachDeadlines(c: BreachCase): Deadline[] {
  const due = new Date(new Date(c.awareAt).getTime() + 72 * 3_600_000);
  return [
    {
      subjectId: c.id,
      tenantId: c.tenantId,
      reference: c.reference,
      ownerId: c.handlerId,
      kind: 'breach.notifyAuthority',
      dueDate: null,
      dueAt: due.toISOString(),
      completed: Boolean(c.notifiedAt || c.notificationNotRequired),
    },
  ];
}

export function caseDeadlines(c: DeadlineCase, s: DeadlineSettings): Deadline[] {
  if (c.type === 'dsr') return dsrDeadlines(c, s);
  if (c.type === 'whistleblower') return whistleblowerDeadlines(c, s);
  return breachDeadlines(c);
}

/** Each approved processing is reviewed yearly: twelve months after its last review or approval. */
export function reviewDeadline(p: Processing, s: DeadlineSettings, ownerId: string): Deadline | undefined {
  if (p.status !== 'approved') return undefined;
  const last = dateInZone(new Date(p.lastReviewedAt ?? p.updatedAt), s.calendar.timeZone);
  return dated(
    { subjectId: p.id, tenantId: p.tenantId, reference: p.name, kind: 'processing.review', ownerId, completed: false },
    monthsFrom(last, 12, s.calendar),
    s.calendar,
  );
}
