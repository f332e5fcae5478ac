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
  return [
    ...before.map((b) => ({ ...b, audience: 'owner' as const })).sort((a, b) => a.at - b.at),
    { slot: 'at', at: due, audience: 'owner' as const },
    ...escalations,
  ];
}

export function reminderKey(deadline: Pick<Deadline, 'subjectId' | 'kind' | 'dueAt'>, slot: string): string {
  return `${deadline.subjectId}|${deadline.kind}|${deadline.dueAt}|${slot}`;
}

/** An earlier slot a sent reminder stands in for: recorded as handled so it is never sent on its own. */
export interface SupersededSlot {
  key: string;
  slot: string;
  firesAt: string;
}

export interface DueOptions {
  /**
   * The last completed sweep, less an overlap: slots that came due before it were handled by that sweep, but only
   * for deadlines that sweep could see. A deadline whose case was created or changed after it is examined in full.
   */
  since?: Date;
  /** When the deadline's case (or processing) was created or last changed; unknown means "before `since`". */
  changedAt?: (deadline: Deadline) => string | undefined;
}

/**
 * Reminders whose time has come for open deadlines. Per deadline and audience only the latest passed slot is
 * returned (three stale "7 days left" messages help nobody); the earlier passed ones come with it as
 * `supersedes`, for the caller to record as handled. The caller records each key so a reminder is sent once
 * however often this runs. `since` keeps a sweep's work from growing with every reminder ever sent, without
 * hiding the slots of a case registered (or moved) after the last sweep.
 */
export function remindersDue(
  deadlines: readonly Deadline[],
  now: Date,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
  options: Date | DueOptions = {},
): (Reminder & { supersedes: SupersededSlot[] })[] {
  const { since, changedAt } = options instanceof Date ? { since: options, changedAt: undefined } : options;
  const t = now.getTime();
  const from = since ? since.getTime() : Number.NEGATIVE_INFINITY;
  const out: (Reminder & { supersedes: SupersededSlot[] })[] = [];
  for (const deadline of deadlines) {
    if (deadline.completed || deadline.paused) continue;
    const changed = changedAt?.(deadline);
    const seenBefore = changed === undefined || new Date(changed).getTime() <= from;
    // Slots before the watermark were handled by the sweep that set it, if that sweep saw this deadline at all.
    const open = slots(deadline, policy).filter((s) => s.at <= t && (!seenBefore || s.at > from));
    for (const audience of ['owner', 'escalation'] as const) {
      const track = open.filter((s) => s.audience === audience);
      const latest = track.at(-1);
      if (!latest) continue;
      out.push({
        key: reminderKey(deadline, latest.slot),
        deadline,
        slot: latest.slot,
        audience,
        firesAt: new Date(latest.at).toISOString(),
        supersedes: track.slice(0, -1).map((s) => ({ key: reminderKey(deadline, s.slot), slot: s.slot, firesAt: new Date(s.at).toISOString() })),
      });
    }
  }
  return out;
}

export function isOverdue(deadline: Deadline, now: Date): boolean {
  return !deadline.completed && !deadline.paused && new Date(deadline.dueAt).getTime() < now.getTime();
}

export type { DeadlineKind };
