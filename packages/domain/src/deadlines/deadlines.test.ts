import { describe, expect, it } from 'vitest';
import { addMonths, endOfDay, dateInZone } from './plainDate.js';
import { easterSunday, holidays } from './holidays.js';
import { WorkingDayCalendar } from './workingDays.js';
import { breachDeadlines, dsrDeadlines, whistleblowerDeadlines, type DeadlineSettings } from './caseDeadlines.js';
import { remindersDue, isOverdue } from './reminderSchedule.js';
import type { BreachCase, DsrCase, WhistleblowerCase } from './cases.js';

const se: DeadlineSettings = { calendar: new WorkingDayCalendar({ country: 'SE' }), whistleblowerRetentionMonths: 24 };
const dk: DeadlineSettings = { calendar: new WorkingDayCalendar({ country: 'DK' }), whistleblowerRetentionMonths: 24 };
const base = { id: 'c1', tenantId: 't', reference: 'KS 2026/1', unit: 'Kommunstyrelsen', handlerId: 'h', createdAt: '', createdBy: 'h' };
const dsr = (receivedOn: string, extra: Partial<DsrCase> = {}): DsrCase => ({ ...base, type: 'dsr', kind: 'access', receivedOn, pauses: [], ...extra });
const due = (c: DsrCase, s = se) => dsrDeadlines(c, s).find((d) => d.kind === 'dsr.response')!.dueDate;

describe('calendar', () => {
  it('computes Easter and the Swedish and Danish holidays', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(holidays('SE', 2026).get('2026-06-19')).toBe('Midsommarafton');
    expect(holidays('SE', 2026).get('2026-10-31')).toBe('Alla helgons dag');
    expect(holidays('DK', 2026).get('2026-04-02')).toBe('Skærtorsdag');
    expect(holidays('DK', 2026).get('2026-05-25')).toBe('2. pinsedag');
    expect(holidays('DK', 2023).get('2023-05-05')).toBe('Store bededag');
    expect([...holidays('DK', 2024).values()]).not.toContain('Store bededag');
  });

  it('adds months the 1182/71 way', () => {
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('honours per-tenant closed and open days', () => {
    const cal = new WorkingDayCalendar({ country: 'SE', extraClosedDays: ['2026-11-23'], openDays: ['2026-12-24'] });
    expect(cal.isWorkingDay('2026-11-23')).toBe(false);
    expect(cal.isWorkingDay('2026-12-24')).toBe(true);
  });

  it('ends a day in the tenant zone across DST changes', () => {
    expect(endOfDay('2026-03-29', 'Europe/Stockholm').toISOString()).toBe('2026-03-29T21:59:59.999Z');
    expect(endOfDay('2026-03-28', 'Europe/Stockholm').toISOString()).toBe('2026-03-28T22:59:59.999Z');
    expect(endOfDay('2026-10-25', 'Europe/Copenhagen').toISOString()).toBe('2026-10-25T22:59:59.999Z');
    expect(dateInZone(new Date('2026-06-30T22:30:00Z'), 'Europe/Stockholm')).toBe('2026-07-01');
  });
});

describe('data-subject requests (Art. 12(3))', () => {
  it.each([
    ['2026-08-31', '2026-09-30'],
    ['2026-03-05', '2026-04-07'], // 5 Apr Easter Sunday, 6 Apr Annandag påsk
    ['2026-01-31', '2026-03-02'], // 28 Feb is a Saturday
    ['2028-02-29', '2028-03-29'],
    ['2027-01-30', '2027-03-01'], // 28 Feb 2027 is a Sunday
    ['2026-05-19', '2026-06-22'], // 19 Jun midsommarafton, 20 Jun Saturday, 21 Jun Sunday
  ])('received %s is due %s in Sweden', (received, expected) => {
    expect(due(dsr(received))).toBe(expected);
  });

  it('uses the Danish calendar for Danish tenants', () => {
    expect(due(dsr('2026-03-02'), dk)).toBe('2026-04-07'); // 2 Apr skærtorsdag, 3 langfredag, 4 Sat, 5 påskedag, 6 2. påskedag
    expect(due(dsr('2026-05-05'), dk)).toBe('2026-06-08'); // 5 Jun grundlovsdag, 6–7 weekend
  });

  it('extends by two further months with a notice due in the first month', () => {
    const deadlines = dsrDeadlines(dsr('2026-08-31', { extension: { reason: 'Komplex begäran', decidedOn: '2026-09-10' } }), se);
    expect(deadlines.map((d) => [d.kind, d.dueDate])).toEqual([
      ['dsr.response', '2026-11-30'],
      ['dsr.extensionNotice', '2026-09-30'],
    ]);
  });

  it('stops the clock while waiting for identification', () => {
    expect(dsrDeadlines(dsr('2026-08-31', { pauses: [{ from: '2026-09-01' }] }), se)[0]!.paused).toBe(true);
    expect(due(dsr('2026-08-31', { pauses: [{ from: '2026-09-01', to: '2026-09-11' }] }))).toBe('2026-10-12'); // +10 days → 10 Oct, a Saturday
  });

  it('is complete once answered', () => {
    expect(dsrDeadlines(dsr('2026-08-31', { respondedOn: '2026-09-15' }), se)[0]!.completed).toBe(true);
  });
});

describe('whistleblower cases', () => {
  const wb = (extra: Partial<WhistleblowerCase> = {}): WhistleblowerCase => ({ ...base, type: 'whistleblower', receivedOn: '2026-03-30', ...extra });
  it('acknowledges within 7 days and gives feedback within 3 months of the acknowledgement', () => {
    const deadlines = whistleblowerDeadlines(wb({ acknowledgedOn: '2026-04-01' }), se);
    expect(deadlines.map((d) => [d.kind, d.dueDate])).toEqual([
      ['whistleblower.acknowledge', '2026-04-07'], // 6 Apr Annandag påsk
      ['whistleblower.feedback', '2026-07-01'],
    ]);
  });
  it('counts feedback from the end of the 7 days when no acknowledgement was sent, and deletion from closure', () => {
    const deadlines = whistleblowerDeadlines(wb({ closedOn: '2026-09-15' }), se);
    expect(deadlines.find((d) => d.kind === 'whistleblower.feedback')!.dueDate).toBe('2026-07-06');
    expect(deadlines.find((d) => d.kind === 'whistleblower.deletion')!.dueDate).toBe('2028-09-15');
    expect(whistleblowerDeadlines(wb({ closedOn: '2026-09-15' }), { ...se, whistleblowerRetentionMonths: 12 }).at(-1)!.dueDate).toBe('2027-09-15');
  });
});

describe('breaches (Art. 33)', () => {
  const breach: BreachCase = { ...base, type: 'breach', awareAt: '2026-11-27T15:00:00.000Z' };
  it('counts 72 clock hours, not moved by the weekend', () => {
    expect(breachDeadlines(breach)[0]).toMatchObject({ dueDate: null, dueAt: '2026-11-30T15:00:00.000Z', completed: false });
    expect(breachDeadlines({ ...breach, notificationNotRequired: 'Krypterad enhet' })[0]!.completed).toBe(true);
  });
});

describe('reminders', () => {
  const deadline = dsrDeadlines(dsr('2026-08-31'), se)[0]!; // due end of 30 Sep 2026 in Stockholm
  it('fires 7, 3 and 1 days before, at the deadline, then escalates', () => {
    expect(remindersDue([deadline], new Date('2026-09-20T00:00:00Z'))).toEqual([]);
    expect(remindersDue([deadline], new Date('2026-09-24T00:00:00Z')).map((r) => r.slot)).toEqual(['before-P7D']);
    expect(remindersDue([deadline], new Date('2026-09-29T23:00:00Z')).map((r) => r.slot)).toEqual(['before-P1D']);
    const overdue = remindersDue([deadline], new Date('2026-10-02T00:00:00Z'));
    expect(overdue.map((r) => [r.slot, r.audience])).toEqual([
      ['at', 'owner'],
      ['overdue-1', 'escalation'],
    ]);
    expect(isOverdue(deadline, new Date('2026-10-02T00:00:00Z'))).toBe(true);
  });

  it('gives stable keys that change when the deadline moves', () => {
    const a = remindersDue([deadline], new Date('2026-09-24T00:00:00Z'))[0]!.key;
    expect(remindersDue([deadline], new Date('2026-09-24T01:00:00Z'))[0]!.key).toBe(a);
    const extended = dsrDeadlines(dsr('2026-08-31', { extension: { reason: 'x', decidedOn: '2026-09-10' } }), se)[0]!;
    expect(remindersDue([extended], new Date('2026-11-24T00:00:00Z'))[0]!.key).not.toBe(a);
    expect(a).toBe('c1|dsr.response|2026-09-30T21:59:59.999Z|before-P7D');
  });

  it('sends nothing for completed or paused deadlines', () => {
    expect(remindersDue([{ ...deadline, completed: true }], new Date('2026-10-02T00:00:00Z'))).toEqual([]);
    expect(remindersDue([{ ...deadline, paused: true }], new Date('2026-10-02T00:00:00Z'))).toEqual([]);
  });

  it('counts breach reminders in hours', () => {
    const breachDeadline = breachDeadlines({ ...base, type: 'breach', awareAt: '2026-11-27T15:00:00.000Z' })[0]!;
    expect(remindersDue([breachDeadline], new Date('2026-11-30T03:30:00Z')).map((r) => r.slot)).toEqual(['before-PT12H']);
  });
});
