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

interface SlotTemplate {
  slot: string;
  /** Milliseconds from the due instant (negative before it). */
  offset: number;
  audience: Reminder['audience'];
}

/** A policy's slots as offsets from the due instant, in firing order per audience: owner (before, at), then escalations. */
interface CompiledPolicy {
  byHours: readonly SlotTemplate[];
  byDays: readonly SlotTemplate[];
  /** The same slots per audience, for `dueReminders`. */
  hourTracks: readonly AudienceTrack[];
  dayTracks: readonly AudienceTrack[];
}

/** One audience's slots in firing order, and the runs of them a reminder can supersede, each built once. */
interface AudienceTrack {
  audience: Reminder['audience'];
  slots: readonly SlotTemplate[];
  /** Offsets never decrease along `slots`, so the slots passed between two instants are one run of them. */
  ordered: boolean;
  runs: Map<number, readonly EarlierSlot[]>;
}

/**
 * Compiled once per call rather than per deadline: a sweep over 100k cases used to build and sort eleven slot
 * objects (and their names) for every deadline, twice.
 */
function compile(policy: ReminderPolicy): CompiledPolicy {
  const escalations = Array.from({ length: policy.maxEscalations }, (_v, i) => ({
    slot: `overdue-${i + 1}`,
    offset: (policy.escalateAfterDays + i * policy.repeatEveryDays) * DAY,
    audience: 'escalation' as const,
  }));
  const track = (before: { slot: string; offset: number }[]): SlotTemplate[] => [
    ...before.map((b) => ({ ...b, audience: 'owner' as const })).sort((a, b) => a.offset - b.offset),
    { slot: 'at', offset: 0, audience: 'owner' as const },
    ...escalations,
  ];
  const byHours = track(policy.hoursBefore.map((h) => ({ slot: `before-PT${h}H`, offset: -h * HOUR })));
  const byDays = track(policy.daysBefore.map((d) => ({ slot: `before-P${d}D`, offset: -d * DAY })));
  return { byHours, byDays, hourTracks: audienceTracks(byHours), dayTracks: audienceTracks(byDays) };
}

function audienceTracks(slots: readonly SlotTemplate[]): AudienceTrack[] {
  return AUDIENCES.map((audience) => {
    const own = slots.filter((s) => s.audience === audience);
    return { audience, slots: own, ordered: own.every((s, i) => i === 0 || own[i - 1]!.offset <= s.offset), runs: new Map() };
  });
}

/** The slots `from` up to (not including) `to` of a track, shared by every reminder that supersedes just those. */
function run(track: AudienceTrack, from: number, to: number): readonly EarlierSlot[] {
  if (from === to) return NONE;
  const id = from * 1024 + to;
  let slots = track.runs.get(id);
  if (!slots) track.runs.set(id, (slots = Object.freeze(track.slots.slice(from, to))));
  return slots;
}

function slotsOf(deadline: Deadline, compiled: CompiledPolicy): readonly SlotTemplate[] {
  return deadline.dueDate === null ? compiled.byHours : compiled.byDays;
}

const isoTexts = new Map<number, string>();

/** Slots fall on a few thousand distinct instants (due instants × offsets); a first sweep formatted 900k of them. */
function isoInstant(at: number): string {
  let text = isoTexts.get(at);
  if (text === undefined) {
    text = new Date(at).toISOString();
    if (isoTexts.size >= 20_000) isoTexts.clear();
    isoTexts.set(at, text);
  }
  return text;
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

/** An earlier passed slot a due reminder stands in for, by name and offset from the due instant: nothing to build. */
export interface EarlierSlot {
  readonly slot: string;
  readonly offset: number;
}

/** A due reminder with the earlier slots it supersedes as compiled slots, not as keys. */
export type DueReminder = Reminder & { earlier: readonly EarlierSlot[] };

const NONE: readonly EarlierSlot[] = Object.freeze([]);

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
  return dueReminders(deadlines, now, policy, options).map((r) => ({
    key: r.key,
    deadline: r.deadline,
    slot: r.slot,
    audience: r.audience,
    firesAt: r.firesAt,
    supersedes: supersededSlots(r),
  }));
}

/** The keys and instants of the slots a due reminder supersedes. */
export function supersededSlots(reminder: DueReminder): SupersededSlot[] {
  const due = Date.parse(reminder.deadline.dueAt);
  return reminder.earlier.map((s) => ({ key: reminderKey(reminder.deadline, s.slot), slot: s.slot, firesAt: isoInstant(due + s.offset) }));
}

/**
 * `remindersDue` with the superseded slots left as compiled slots: a first sweep over 100k cases supersedes 600k
 * slots, and building a key and an instant for each was a tenth of its allocations, for a caller that needs only
 * their names.
 */
export function dueReminders(
  deadlines: readonly Deadline[],
  now: Date,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
  options: Date | DueOptions = {},
): DueReminder[] {
  const { since, changedAt } = options instanceof Date ? { since: options, changedAt: undefined } : options;
  const t = now.getTime();
  const from = since ? since.getTime() : Number.NEGATIVE_INFINITY;
  const compiled = compile(policy);
  const out: DueReminder[] = [];
  for (const deadline of deadlines) {
    if (deadline.completed || deadline.paused) continue;
    const changed = changedAt?.(deadline);
    const seenBefore = changed === undefined || Date.parse(changed) <= from;
    const due = Date.parse(deadline.dueAt);
    // The key up to the slot, built once for both audiences: a first sweep built 160k keys piece by piece.
    let prefix: string | undefined;
    for (const track of deadline.dueDate === null ? compiled.hourTracks : compiled.dayTracks) {
      const { slots } = track;
      let first = 0;
      let last: number;
      if (track.ordered) {
        // Passed by now, and (if the last sweep saw this deadline) not already before the watermark: one run.
        let end = 0;
        while (end < slots.length && due + slots[end]!.offset <= t) end++;
        if (seenBefore) while (first < end && due + slots[first]!.offset <= from) first++;
        if (first === end) continue;
        last = end - 1;
      } else {
        last = -1;
        first = -1;
        for (let i = 0; i < slots.length; i++) {
          const at = due + slots[i]!.offset;
          if (at > t || (seenBefore && at <= from)) continue;
          if (first < 0) first = i;
          last = i;
        }
        if (last < 0) continue;
      }
      const latest = slots[last]!;
      prefix ??= `${deadline.subjectId}|${deadline.kind}|${deadline.dueAt}|`;
      out.push({
        key: prefix + latest.slot,
        deadline,
        slot: latest.slot,
        audience: track.audience,
        firesAt: isoInstant(due + latest.offset),
        earlier: track.ordered ? run(track, first, last) : unorderedEarlier(track, due, t, from, seenBefore, last),
      });
    }
  }
  return out;
}

/** The earlier passed slots where a policy's offsets are out of order (a negative "days before"): not one run. */
function unorderedEarlier(track: AudienceTrack, due: number, t: number, from: number, seenBefore: boolean, last: number): readonly EarlierSlot[] {
  const earlier: EarlierSlot[] = [];
  for (let i = 0; i < last; i++) {
    const at = due + track.slots[i]!.offset;
    if (at <= t && !(seenBefore && at <= from)) earlier.push(track.slots[i]!);
  }
  return earlier;
}

const AUDIENCES = ['owner', 'escalation'] as const;

export function isOverdue(deadline: Deadline, now: Date): boolean {
  return !deadline.completed && !deadline.paused && new Date(deadline.dueAt).getTime() < now.getTime();
}

export type { DeadlineKind };

/**
 * When the next reminder of any of these deadlines fires after `now`, or undefined when none will (completed,
 * paused, or every escalation spent). Stored per case, it lets a sweep look only at cases with something due.
 */
export function nextReminderAt(deadlines: readonly Deadline[], now: Date, policy: ReminderPolicy = DEFAULT_REMINDER_POLICY): string | undefined {
  return nextRemindersAt([deadlines], now, policy)[0];
}

/** `nextReminderAt` for each group of deadlines (a case's), with the policy compiled once for all of them. */
export function nextRemindersAt(groups: readonly (readonly Deadline[])[], now: Date, policy: ReminderPolicy = DEFAULT_REMINDER_POLICY): (string | undefined)[] {
  const t = now.getTime();
  const compiled = compile(policy);
  return groups.map((deadlines) => {
    let next = Number.POSITIVE_INFINITY;
    for (const deadline of deadlines) {
      if (deadline.completed || deadline.paused) continue;
      const due = Date.parse(deadline.dueAt);
      for (const s of slotsOf(deadline, compiled)) {
        const at = due + s.offset;
        if (at > t && at < next) next = at;
      }
    }
    return Number.isFinite(next) ? isoInstant(next) : undefined;
  });
}
