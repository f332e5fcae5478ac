import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseDeadlines, type Deadline, type DeadlineSettings } from './caseDeadlines.js';
import type { DeadlineCase } from './cases.js';
import { addDays } from './plainDate.js';
import { DEFAULT_REMINDER_POLICY, nextReminderAt, nextRemindersAt, remindersDue, type ReminderPolicy } from './reminderSchedule.js';
import { WorkingDayCalendar } from './workingDays.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The oracle: the reminder schedule as it was before the sweep's hot paths were compiled and cached — eleven slot
 * objects built and sorted per deadline, every instant formatted afresh. The fast version must agree on every input.
 */
function oracleSlots(deadline: Deadline, policy: ReminderPolicy) {
  const due = new Date(deadline.dueAt).getTime();
  const before =
    deadline.dueDate === null
      ? policy.hoursBefore.map((h) => ({ slot: `before-PT${h}H`, at: due - h * HOUR }))
      : policy.daysBefore.map((d) => ({ slot: `before-P${d}D`, at: due - d * DAY }));
  const escalations = Array.from({ length: policy.maxEscalations }, (_v, i) => ({
    slot: `overdue-${i + 1}`,
    at: due + (policy.escalateAfterDays + i * policy.repeatEveryDays) * DAY,
    audience: 'escalation' as const,
  }));
  return [
    ...before.map((b) => ({ ...b, audience: 'owner' as const })).sort((a, b) => a.at - b.at),
    { slot: 'at', at: due, audience: 'owner' as const },
    ...escalations,
  ];
}

function oracleDue(deadlines: readonly Deadline[], now: Date, policy: ReminderPolicy, since: Date | undefined, changedAt: (d: Deadline) => string | undefined) {
  const t = now.getTime();
  const from = since ? since.getTime() : Number.NEGATIVE_INFINITY;
  const key = (d: Deadline, slot: string) => `${d.subjectId}|${d.kind}|${d.dueAt}|${slot}`;
  const out = [];
  for (const deadline of deadlines) {
    if (deadline.completed || deadline.paused) continue;
    const changed = changedAt(deadline);
    const seenBefore = changed === undefined || new Date(changed).getTime() <= from;
    const open = oracleSlots(deadline, policy).filter((s) => s.at <= t && (!seenBefore || s.at > from));
    for (const audience of ['owner', 'escalation'] as const) {
      const track = open.filter((s) => s.audience === audience);
      const latest = track.at(-1);
      if (!latest) continue;
      out.push({
        key: key(deadline, latest.slot),
        deadline,
        slot: latest.slot,
        audience,
        firesAt: new Date(latest.at).toISOString(),
        supersedes: track.slice(0, -1).map((s) => ({ key: key(deadline, s.slot), slot: s.slot, firesAt: new Date(s.at).toISOString() })),
      });
    }
  }
  return out;
}

function oracleNext(deadlines: readonly Deadline[], now: Date, policy: ReminderPolicy): string | undefined {
  let next = Number.POSITIVE_INFINITY;
  for (const d of deadlines) {
    if (d.completed || d.paused) continue;
    for (const s of oracleSlots(d, policy)) if (s.at > now.getTime() && s.at < next) next = s.at;
  }
  return Number.isFinite(next) ? new Date(next).toISOString() : undefined;
}

const T0 = Date.parse('2026-01-01T00:00:00Z');
/** Whole days and hours, mostly: then slots, watermarks and change times fall on the same instant often enough to matter. */
const instant = fc.oneof(
  fc.integer({ min: 0, max: 120 }).map((d) => T0 + d * DAY),
  fc.integer({ min: 0, max: 400 * 24 }).map((h) => T0 + h * HOUR),
  fc.integer({ min: 0, max: 400 * DAY }).map((ms) => T0 + ms),
);

const deadline = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd'),
  due: instant,
  byHours: fc.boolean(),
  completed: fc.constantFrom(false, false, false, true),
  paused: fc.constantFrom(false, false, false, true),
  changedAt: fc.option(instant, { nil: undefined }),
});

/** Policies including repeated, unsorted and negative offsets: the order the slots fire in must come out the same. */
const policy: fc.Arbitrary<ReminderPolicy> = fc.oneof(
  fc.constant(DEFAULT_REMINDER_POLICY),
  fc.record({
    daysBefore: fc.array(fc.integer({ min: -3, max: 30 }), { maxLength: 5 }),
    hoursBefore: fc.array(fc.integer({ min: -5, max: 72 }), { maxLength: 5 }),
    escalateAfterDays: fc.integer({ min: 0, max: 10 }),
    repeatEveryDays: fc.integer({ min: 0, max: 14 }),
    maxEscalations: fc.integer({ min: 0, max: 10 }),
  }),
);

describe('the sweep’s hot paths agree with the former per-deadline code', () => {
  it('remindersDue and nextRemindersAt: same reminders, keys, superseded slots and next instants as the oracle', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.array(deadline, { maxLength: 12 }), instant, fc.option(instant, { nil: undefined }), policy, (raw, now, since, p) => {
        runs++;
        const deadlines: Deadline[] = raw.map((r, i) => ({
          subjectId: `${r.id}${i}`,
          tenantId: 't',
          reference: `R ${i}`,
          kind: r.byHours ? 'breach.notifyAuthority' : 'dsr.response',
          dueDate: r.byHours ? null : new Date(r.due).toISOString().slice(0, 10),
          dueAt: new Date(r.due).toISOString(),
          ownerId: 'h',
          completed: r.completed,
          paused: r.paused,
        }));
        const changed = new Map(raw.map((r, i) => [`${r.id}${i}`, r.changedAt === undefined ? undefined : new Date(r.changedAt).toISOString()]));
        const changedAt = (d: Deadline) => changed.get(d.subjectId);
        const sinceDate = since === undefined ? undefined : new Date(since);
        expect(remindersDue(deadlines, new Date(now), p, { since: sinceDate, changedAt })).toEqual(
          oracleDue(deadlines, new Date(now), p, sinceDate, changedAt),
        );
        // In slices, as the sweep calls it: the concatenation is the whole.
        const sliced = [0, 3, 6, 9].flatMap((from) => remindersDue(deadlines.slice(from, from + 3), new Date(now), p, { since: sinceDate, changedAt }));
        expect(sliced).toEqual(oracleDue(deadlines, new Date(now), p, sinceDate, changedAt));
        const groups = [deadlines.slice(0, 4), deadlines.slice(4, 8), deadlines.slice(8), []];
        expect(nextRemindersAt(groups, new Date(now), p)).toEqual(groups.map((g) => oracleNext(g, new Date(now), p)));
        expect(nextReminderAt(deadlines, new Date(now), p)).toEqual(oracleNext(deadlines, new Date(now), p));
      }),
      { numRuns: 400 },
    );
    expect(runs).toBe(400);
  });

  it('case deadlines from a shared, remembering calendar equal those from a fresh calendar per case', () => {
    const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays('2025-01-01', n));
    const caseBase = { id: 'c', tenantId: 't', reference: 'R', unit: 'U', handlerId: 'h', createdAt: '2025-01-01T00:00:00.000Z', createdBy: 'x' };
    const aCase: fc.Arbitrary<DeadlineCase> = fc.oneof(
      fc.record({ received: day, pause: fc.nat({ max: 40 }), extension: fc.boolean() }).map(({ received, pause, extension }) => ({
        ...caseBase,
        type: 'dsr' as const,
        kind: 'access' as const,
        receivedOn: received,
        pauses: pause ? [{ from: received, to: addDays(received, pause) }] : [],
        ...(extension ? { extension: { reason: 'complex', decidedOn: received } } : {}),
      })),
      fc
        .record({ received: day, ack: fc.option(fc.nat({ max: 10 }), { nil: undefined }), closed: fc.option(fc.nat({ max: 200 }), { nil: undefined }) })
        .map(({ received, ack, closed }) => ({
          ...caseBase,
          type: 'whistleblower' as const,
          receivedOn: received,
          ...(ack === undefined ? {} : { acknowledgedOn: addDays(received, ack) }),
          ...(closed === undefined ? {} : { closedOn: addDays(received, closed) }),
        })),
    );
    for (const country of ['SE', 'DK'] as const) {
      const shared: DeadlineSettings = {
        calendar: new WorkingDayCalendar({ country, danishCustomaryClosedDays: country === 'DK' }),
        whistleblowerRetentionMonths: 24,
      };
      fc.assert(
        fc.property(fc.array(aCase, { minLength: 1, maxLength: 20 }), (cases) => {
          for (const c of cases) {
            const fresh: DeadlineSettings = { ...shared, calendar: new WorkingDayCalendar(shared.calendar.config) };
            expect(caseDeadlines(c, shared)).toEqual(caseDeadlines(c, fresh));
          }
        }),
        { numRuns: 200 },
      );
    }
  });
});
