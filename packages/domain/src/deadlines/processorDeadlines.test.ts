import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RegisterProcessor, Supervision } from '../register/entities.js';
import type { DeadlineSettings } from './caseDeadlines.js';
import { agreementStatus, dpaStatus, nextSupervisionOn, processorDeadlines } from './processorDeadlines.js';
import { remindersDue } from './reminderSchedule.js';
import { WorkingDayCalendar } from './workingDays.js';

const se: DeadlineSettings = { calendar: new WorkingDayCalendar({ country: 'SE' }), whistleblowerRetentionMonths: 24 };

/** Independent oracle: month arithmetic on integers with its own leap-year rule, no Date overflow tricks. */
function oracleAddMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const day = Math.min(d, lengths[month - 1]!);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function processor(agreements: RegisterProcessor['agreements'], extra: Partial<RegisterProcessor> = {}): RegisterProcessor {
  return {
    id: 'processor-tieto',
    tenantId: 't',
    name: 'Tieto AB',
    organisationNumber: '',
    location: 'Sverige',
    contact: '',
    notes: '',
    agreements,
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    createdBy: 'u',
    updatedAt: '2026-01-01T00:00:00Z',
    updatedBy: 'u',
    ...extra,
  };
}

const supervised = (s: Supervision, inPlace = true) => [{ id: 'dpa-1', inPlace, reference: 'KS 2026/9', subProcessors: [], supervision: s }];

describe('next supervision date', () => {
  it('is lastOn + intervalMonths, as an independent month addition computes it, unless nextOn is set', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 120 }), fc.option(day, { nil: undefined }), (lastOn, intervalMonths, nextOn) => {
        const s: Supervision = { method: 'auditReport', intervalMonths, lastOn, ...(nextOn ? { nextOn } : {}) };
        expect(nextSupervisionOn(s)).toBe(nextOn ?? oracleAddMonths(lastOn, intervalMonths));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts month ends the 1182/71 way and has no date without lastOn or nextOn', () => {
    expect(nextSupervisionOn({ method: 'inspection', intervalMonths: 6, lastOn: '2025-08-31' })).toBe('2026-02-28');
    expect(nextSupervisionOn({ method: 'inspection', intervalMonths: 12, lastOn: '2024-02-29' })).toBe('2025-02-28');
    expect(nextSupervisionOn({ method: 'inspection', intervalMonths: 12 })).toBeUndefined();
  });
});

describe('processor deadlines', () => {
  it('yields processor.supervision with the processor as subject and name as reference, owned by the supervision owner or the DPO', () => {
    const [owned] = processorDeadlines(
      processor(supervised({ method: 'questionnaire', intervalMonths: 12, lastOn: '2025-03-10', ownerId: 'maria' })),
      se,
      'erik',
    );
    expect(owned).toMatchObject({
      kind: 'processor.supervision',
      subjectId: 'processor-tieto',
      reference: 'Tieto AB',
      ownerId: 'maria',
      dueDate: '2026-03-10',
      completed: false,
    });
    expect(owned!.dueAt).toBe('2026-03-10T22:59:59.999Z');
    const [dpo] = processorDeadlines(processor(supervised({ method: 'questionnaire', intervalMonths: 12, nextOn: '2026-05-01' })), se, 'erik');
    expect(dpo!.ownerId).toBe('erik');
  });

  it('has none for a retired processor, an agreement not in place, or a supervision without a date', () => {
    const s: Supervision = { method: 'meeting', intervalMonths: 12, lastOn: '2025-01-01' };
    expect(processorDeadlines(processor(supervised(s), { retired: { on: '2026-01-02', by: 'erik' } }), se, 'erik')).toEqual([]);
    expect(processorDeadlines(processor(supervised(s, false)), se, 'erik')).toEqual([]);
    expect(processorDeadlines(processor(supervised({ method: 'meeting', intervalMonths: 12 })), se, 'erik')).toEqual([]);
  });

  it('reminds before and escalates after like any dated deadline, with one key per slot', () => {
    const [d] = processorDeadlines(processor(supervised({ method: 'inspection', intervalMonths: 12, nextOn: '2026-06-15' })), se, 'erik');
    const before = remindersDue([d!], new Date('2026-06-09T08:00:00Z'));
    expect(before.map((r) => [r.slot, r.audience])).toEqual([['before-P7D', 'owner']]);
    const after = remindersDue([d!], new Date('2026-06-17T08:00:00Z'));
    expect(after.map((r) => [r.slot, r.audience])).toEqual([
      ['at', 'owner'],
      ['overdue-1', 'escalation'],
    ]);
    expect(new Set(after.map((r) => r.key)).size).toBe(after.length);
    expect(after[0]!.key).toContain('processor-tieto|processor.supervision|');
  });
});

describe('DPA status', () => {
  const dpa = (validUntil?: string, inPlace = true) => ({ id: 'a', inPlace, reference: '', subProcessors: [], ...(validUntil ? { validUntil } : {}) });
  it('is expired once validUntil has passed, expiring within 60 days, none without an agreement in place', () => {
    expect(agreementStatus(dpa('2026-03-31'), '2026-04-01')).toBe('expired');
    expect(agreementStatus(dpa('2026-04-01'), '2026-04-01')).toBe('expiring');
    expect(agreementStatus(dpa('2026-05-31'), '2026-04-01')).toBe('expiring');
    expect(agreementStatus(dpa('2026-06-01'), '2026-04-01')).toBe('inPlace');
    expect(agreementStatus(dpa(), '2026-04-01')).toBe('inPlace');
    expect(dpaStatus({ agreements: [] }, '2026-04-01')).toBe('none');
    expect(dpaStatus({ agreements: [dpa(undefined, false)] }, '2026-04-01')).toBe('none');
    expect(dpaStatus({ agreements: [dpa('2025-01-01'), dpa()] }, '2026-04-01')).toBe('inPlace');
    expect(dpaStatus({ agreements: [dpa('2025-01-01')] }, '2026-04-01')).toBe('expired');
  });
});
