import type { Deadline, DeadlineKind } from './caseDeadlines.js';

export interface ReminderPolicy {
  /** Days before a date deadline to remind the owner (e.g. 7, 3, 1). */
  daysBefore: number[];
  /** Hours before an hour deadline (breaches). */
  hoursBefore: number[];
  /** Escalate to the DPO this many days after the deadline, then every `repeatEveryDays`, at most `maxEscalations`. */
  escalateAfterDays: number;
  repeatEveryDays: number;
  maxEscalations: number;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  daysBefore: [7, 3, 1],
  hoursBefore: [24, 12, 1],
  escalateAfterDays: 1,
  repeatEveryDays: 7,
  maxEscalations: 8,
};

export interface Reminder {
  /** Deterministic: subject, kind, due instant and slot. A moved deadline (extension, pause) gets new keys. */
  key: string;
  deadline: Deadline;
  slot: string;
  /** 'owner' before and at the deadline; 'escalation' to the DPO once overdue. */
  audience: 'owner' | 'escalation';
  firesAt: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function slots(deadline: Deadline, policy: ReminderPolicy): { slot: string; at: number; audience: Reminder['audience'] }[] {
  const due = new Date(deadline.dueAt).getTime();
  const byHours = deadline.dueDate === null;
  const before = byHours
    ? policy.hoursBefore.map((h) => ({ slot: `before-PT${h}H`, at: due - h * HOUR }))
    : policy.daysBefore.map((d) => ({ slot: `before-P${d}D`, at: due - d * DAY }));
  const escalations = Array.from({ length: policy.maxEscalations }, (_v, i) => ({
    slot: `overdue-${i + 1}`,
    at: due + (policy.escalateAfterDays + i * policy.repeatEveryDays) * DAY,
    audience: 'escalation' as const,
  }));
  return [...before.map((b) => ({ ...b, audience: 'owner' as const })).sort((a, b) => a.at - b.at), { slot: 'at', at: due, audience: 'owner' as const }, ...escalations];
}

export function reminderKey(deadline: Pick<Deadline, 'subjectId' | 'kind' | 'dueAt'>, slot: string): string {
  return `${deadline.subjectId}|${deadline.kind}|${deadline.dueAt}|${slot}`;
}

/**
 * Reminders whose time has come for open deadlines. After downtime only the latest due 'before' reminder of
 * a deadline is returned (three stale "7 days left" messages help nobody), and likewise only the latest
 * escalation; the caller records each key so a reminder is sent once however often this runs. With `since`
 * (the last completed sweep, less an overlap) older reminders are left out, so a sweep's work does not grow with
 * every reminder ever sent.
 */
export function remindersDue(deadlines: readonly Deadline[], now: Date, policy: ReminderPolicy = DEFAULT_REMINDER_POLICY, since?: Date): Reminder[] {
  const t = now.getTime();
  // Reminders that came due before `since` were handled by an earlier completed sweep.
  const from = since ? since.getTime() : Number.NEGATIVE_INFINITY;
  const out: Reminder[] = [];
  for (const deadline of deadlines) {
    if (deadline.completed || deadline.paused) continue;
    const due = slots(deadline, policy).filter((s) => s.at <= t);
    const latestOwner = due.filter((s) => s.audience === 'owner').at(-1);
    const latestEscalation = due.filter((s) => s.audience === 'escalation').at(-1);
    for (const s of [latestOwner, latestEscalation]) {
      if (s && s.at > from) out.push({ key: reminderKey(deadline, s.slot), deadline, slot: s.slot, audience: s.audience, firesAt: new Date(s.at).toISOString() });
    }
  }
  return out;
}

export function isOverdue(deadline: Deadline, now: Date): boolean {
  return !deadline.completed && !deadline.paused && new Date(deadline.dueAt).getTime() < now.getTime();
}

export type { DeadlineKind };
