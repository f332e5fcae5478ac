import { caseDeadlines, reviewDeadline, type Deadline } from '@prt/domain/deadlines/caseDeadlines';
import { dpiaReviewDeadline } from '@prt/domain/deadlines/dpiaReviewDeadline';
import type { DeadlineCase } from '@prt/domain/deadlines/cases';
import type { Processing } from '@prt/domain/processing';
import {
  dueReminders,
  nextRemindersAt,
  supersededSlots,
  type DueReminder,
  type EarlierSlot,
  type ReminderPolicy,
} from '@prt/domain/deadlines/reminderSchedule';
import { WorkingDayCalendar } from '@prt/domain/deadlines/workingDays';
import { languageFromLocale, type Language } from '@prt/domain/language';
import type { Directory, DirectoryUser } from '../directory/directory.js';
import type { ChatMessage, Notifier } from '../notify/chatMessage.js';
import { reminderTexts } from '../notify/reminderTexts.js';
import { NO_MORE_REMINDERS, type CaseRepository, type ReminderLedger } from '../store/caseRepository.js';
import type { ProcessingRepository } from '../store/processingRepository.js';
import type { ProcessorRepository } from '../store/entityRepository.js';
import { processorDeadlines } from '@prt/domain/deadlines/processorDeadlines';
import type { RegisterProcessor } from '@prt/domain/register/entities';
import { breachAuthority, type TenantSettings, type Tenants } from '../tenants/tenantSettings.js';
import { canSeeCase } from '@prt/domain/deadlines/caseAccess';
import type { Role } from '@prt/domain/principal';

export interface SweepDependencies {
  tenants: Tenants;
  cases: CaseRepository;
  processings: ProcessingRepository;
  /** Processors whose agreements are supervised; absent where a caller keeps none (older stubs, benches). */
  processors?: Pick<ProcessorRepository, 'list'>;
  directory: Directory;
  ledger: ReminderLedger;
  chat: Notifier;
  tabLink(path: string): string;
}

const SWEEP_OVERLAP_MS = 60 * 60 * 1000;

export interface SweepReport {
  tenants: number;
  /** Cases looked at: those with a reminder due by now or none scheduled yet, not every open case. */
  casesExamined: number;
  /** Open deadlines of the examined cases, and every approved processing's yearly review. */
  openDeadlines: number;
  remindersDue: number;
  sent: number;
  alreadySent: number;
}

/** Every open deadline of a tenant: its cases' and the yearly review of each approved processing. */
export async function tenantDeadlines(
  deps: Pick<SweepDependencies, 'cases' | 'processings' | 'processors'>,
  tenantId: string,
  settings: TenantSettings,
  reviewOwner: (ownerId: string) => string,
): Promise<{ deadlines: Deadline[]; cases: DeadlineCase[]; approved: Processing[]; processors: RegisterProcessor[] }> {
  const s = { calendar: new WorkingDayCalendar(settings.calendar), whistleblowerRetentionMonths: settings.whistleblowerRetentionMonths };
  const cases = await deps.cases.open(tenantId);
  const approved = await deps.processings.list(tenantId, { status: 'approved' });
  const deadlines = cases.flatMap((c) => caseDeadlines(c, s));
  for (const p of approved) {
    const d = reviewDeadline(p, s, reviewOwner(p.updatedBy));
    if (d) deadlines.push(d);
    const dpia = dpiaReviewDeadline(p, s, reviewOwner(p.updatedBy));
    if (dpia) deadlines.push(dpia);
  }
  const processors = await supervisedProcessors(deps, tenantId);
  for (const p of processors) deadlines.push(...processorDeadlines(p, s, reviewOwner(SUPERVISION_OWNER)));
  return { deadlines, cases, approved, processors };
}

/** Stands for "the DPO" where a supervision has no owner of its own; reviewOwner maps system: ids to the DPO. */
export const SUPERVISION_OWNER = 'system:supervision';

async function supervisedProcessors(deps: Pick<SweepDependencies, 'processors'>, tenantId: string): Promise<RegisterProcessor[]> {
  return deps.processors ? (await deps.processors.list(tenantId)).filter((p) => !p.retired) : [];
}

/**
 * The deadlines a sweep must look at: those of cases with a reminder due by `now` (or none scheduled yet), so the
 * work follows what is due rather than every open case, and every approved processing's yearly review.
 */
async function dueCaseDeadlines(
  deps: Pick<SweepDependencies, 'cases' | 'processings' | 'processors' | 'ledger'>,
  tenantId: string,
  settings: TenantSettings,
  reviewOwner: (ownerId: string) => string,
  now: Date,
): Promise<{
  deadlines: Deadline[];
  cases: DeadlineCase[];
  approved: Processing[];
  processors: RegisterProcessor[];
  byCase: { id: string; deadlines: Deadline[] }[];
  closed: string[];
}> {
  const s = { calendar: new WorkingDayCalendar(settings.calendar), whistleblowerRetentionMonths: settings.whistleblowerRetentionMonths };
  const { cases, closed } = await casesToExamine(deps, tenantId, now);
  const approved = await deps.processings.list(tenantId, { status: 'approved' });
  const byCase = cases.map((c) => ({ id: c.id, deadlines: caseDeadlines(c, s) }));
  const deadlines = byCase.flatMap((c) => c.deadlines);
  for (const p of approved) {
    const d = reviewDeadline(p, s, reviewOwner(p.updatedBy));
    if (d) deadlines.push(d);
    const dpia = dpiaReviewDeadline(p, s, reviewOwner(p.updatedBy));
    if (dpia) deadlines.push(dpia);
  }
  // Like the yearly reviews, every supervision is looked at each sweep: few per tenant, and no schedule to keep.
  const processors = await supervisedProcessors(deps, tenantId);
  for (const p of processors) deadlines.push(...processorDeadlines(p, s, reviewOwner(SUPERVISION_OWNER)));
  return { deadlines, cases, approved, processors, byCase, closed };
}

/**
 * Cases whose next reminder is due by `now`, and those the schedule has not seen (created or changed since the
 * last sweep that updated it, with the same hour of overlap as the ledger's watermark). Every open case when the
 * stores keep no schedule, and on the first sweep that builds it.
 */
async function casesToExamine(
  deps: Pick<SweepDependencies, 'cases' | 'ledger'>,
  tenantId: string,
  now: Date,
): Promise<{ cases: DeadlineCase[]; closed: string[] }> {
  const { cases, ledger } = deps;
  if (!cases.openChangedSince || !cases.openByIds || !ledger.scheduledBy || !ledger.recordNextReminders || !ledger.lastScheduled) {
    return { cases: await cases.open(tenantId), closed: [] };
  }
  const last = await ledger.lastScheduled(tenantId);
  const since = last ? new Date(Math.min(last.getTime(), now.getTime()) - SWEEP_OVERLAP_MS) : undefined;
  const changed = await cases.openChangedSince(tenantId, since);
  const seen = new Set(changed.map((c) => c.id));
  const due = (await ledger.scheduledBy(tenantId, now)).filter((id) => !seen.has(id));
  const stillOpen = await cases.openByIds(tenantId, due);
  const open = new Set(stillOpen.map((c) => c.id));
  // Closed since they were scheduled: taken off the schedule so they are not read again.
  return { cases: [...changed, ...stillOpen], closed: due.filter((id) => !open.has(id)) };
}

/** When each case or processing was created or last changed, by id: what the watermark must not hide. */
function changeTimes(
  caseById: ReadonlyMap<string, DeadlineCase>,
  approved: readonly Processing[],
  processors: readonly RegisterProcessor[],
): (deadline: Deadline) => string | undefined {
  // Cases are looked up in the map the sweep keeps anyway; a second 100k-entry map was a tenth of a first sweep.
  const others = new Map<string, string>();
  for (const p of approved) others.set(p.id, [p.updatedAt, p.lastReviewedAt ?? ''].sort().at(-1)!);
  // A processor whose supervision date was set or moved since the last sweep has each of its slots examined.
  for (const p of processors) others.set(p.id, p.updatedAt);
  return ({ subjectId }) => {
    const other = others.get(subjectId);
    if (other !== undefined) return other;
    const c = caseById.get(subjectId);
    return c && (c.updatedAt ?? c.createdAt);
  };
}

/**
 * One sweep: every reminder that is due is recorded in the ledger and sent through the keyed outbox. Both
 * writes are conditional on the reminder's deterministic key, so a timer that fires twice, or a sweep that
 * crashed halfway and runs again, never sends a reminder twice and never skips one.
 */
export async function runReminderSweep(deps: SweepDependencies, now: Date, policy?: ReminderPolicy): Promise<SweepReport> {
  const report: SweepReport = { tenants: 0, casesExamined: 0, openDeadlines: 0, remindersDue: 0, sent: 0, alreadySent: 0 };
  const sentAt = now.toISOString();
  for (const tenantId of deps.tenants.ids()) {
    report.tenants++;
    const settings = deps.tenants.settings(tenantId);
    const dpos = await deps.directory.usersWithRole(tenantId, 'dpo');
    const whistleblowerHandlers = await deps.directory.usersWithRole(tenantId, 'whistleblowerHandler');
    const roleMembers = new Map<Role, Set<string>>();
    for (const role of ['dpo', 'whistleblowerHandler', 'dsrHandler', 'admin'] as const)
      roleMembers.set(role, new Set((await deps.directory.usersWithRole(tenantId, role)).map((u) => u.id)));
    // Per person, not per reminder: a first sweep asks this for every one of 160k reminders.
    const principals = new Map<string, { tenantId: string; userId: string; roles: Role[] }>();
    const principalOf = (userId: string) => {
      let p = principals.get(userId);
      if (!p) {
        const roles: Role[] = ['staff', ...[...roleMembers].filter(([, ids]) => ids.has(userId)).map(([role]) => role)];
        principals.set(userId, (p = { tenantId, userId, roles }));
      }
      return p;
    };
    // The same arrays again and again rather than two new ones per reminder: a first sweep has 160k of them.
    const owners = new Map<string, readonly string[]>();
    const ownerOnly = (id: string) => {
      let ids = owners.get(id);
      if (!ids) owners.set(id, (ids = [id]));
      return ids;
    };
    const whoMayOpen = (ids: readonly string[], subject: DeadlineCase): readonly string[] => {
      for (const id of ids) if (!canSeeCase(principalOf(id), subject)) return ids.filter((i) => canSeeCase(principalOf(i), subject));
      return ids;
    };
    const dpoIds = dpos.map((u) => u.id);
    const whistleblowerHandlerIds = whistleblowerHandlers.map((u) => u.id);
    // Imported and seeded processings have no human owner; their reviews fall to the DPO.
    const reviewOwner = (ownerId: string) => (ownerId.startsWith('system:') ? (dpos[0]?.id ?? ownerId) : ownerId);
    const { deadlines, cases, approved, processors, byCase, closed } = await dueCaseDeadlines(deps, tenantId, settings, reviewOwner, now);
    report.casesExamined += cases.length;
    for (const d of deadlines) if (!d.completed) report.openDeadlines++;
    // An hour of overlap with the previous sweep: keys make the repeats harmless, a gap would not be.
    const last = await deps.ledger.lastSweep(tenantId);
    const since = last ? new Date(Math.min(last.getTime(), now.getTime()) - SWEEP_OVERLAP_MS) : undefined;
    const caseById = new Map(cases.map((c) => [c.id, c]));
    const changedAt = changeTimes(caseById, approved, processors);
    const timeZone = new WorkingDayCalendar(settings.calendar).timeZone;
    const authority = breachAuthority(settings);
    const people = new Map<string, DirectoryUser | undefined>();
    // Per person: a first sweep asked the locale's language (a regular-expression split) for each of 160k reminders.
    const languages = new Map<string, Language>();
    const texts = reminderTexts(timeZone, authority);
    const deliveries: Delivery[] = [];
    // Deadlines a slice at a time: each slice's reminders are sent and dropped before the next is computed, rather
    // than all of a first sweep's reminders being held at once. Indexed loops: a for-of across an await keeps an
    // iterator result per step alive.
    for (let from = 0; from < deadlines.length; from += DEADLINES_PER_SLICE) {
      const due = dueReminders(deadlines.slice(from, from + DEADLINES_PER_SLICE), now, policy, { since, changedAt });
      report.remindersDue += due.length;
      for (let r = 0; r < due.length; r++) {
        const reminder = due[r]!;
        const { deadline } = reminder;
        // Whistleblower cases escalate to the whistleblower function, never to anyone outside it.
        const escalateTo = deadline.kind.startsWith('whistleblower.') ? whistleblowerHandlerIds : dpoIds;
        const addressed = reminder.audience === 'owner' ? ownerOnly(deadline.ownerId) : escalateTo;
        // A reminder carries a case number: it goes only to someone who can open that case, whatever the stored handler.
        const subject = caseById.get(deadline.subjectId);
        let recipients = subject ? whoMayOpen(addressed, subject) : addressed;
        // A handler who has left the role is not reminded; the people who can open the case are, so the deadline is not lost.
        if (recipients.length === 0 && reminder.audience === 'owner') recipients = subject ? whoMayOpen(escalateTo, subject) : escalateTo;
        for (let i = 0; i < recipients.length; i++) {
          const recipientId = recipients[i]!;
          if (!people.has(recipientId)) {
            const person = await deps.directory.getUser(tenantId, recipientId).catch(() => undefined);
            people.set(recipientId, person);
            languages.set(recipientId, languageFromLocale(person?.preferredLanguage));
          }
          if (subject && !people.get(recipientId)) continue;
          const { title, text } = texts(languages.get(recipientId)!, deadline.kind, reminder.slot, deadline.reference, deadline.dueAt);
          deliveries.push({
            reminder,
            recipientId,
            message: {
              key: `reminder|${reminder.key}|${recipientId}`,
              tenantId,
              recipientUserId: recipientId,
              kind: 'deadlineReminder',
              title,
              text,
              link: deadline.kind.startsWith('processing.')
                ? `/?processing=${encodeURIComponent(deadline.subjectId)}`
                : deadline.kind === 'processor.supervision'
                  ? '/?page=processors'
                  : '/?page=deadlines',
              activityParameters: { reference: deadline.reference },
            },
          });
          if (deliveries.length === DELIVERY_PARALLELISM) await deliver(deps, tenantId, sentAt, deliveries.splice(0), report);
        }
      }
    }
    await deliver(deps, tenantId, sentAt, deliveries.splice(0), report);
    // After the sends, so a sweep that crashes before this point looks at the same cases again.
    if (deps.ledger.recordNextReminders) {
      const next = nextRemindersAt(
        byCase.map((c) => c.deadlines),
        now,
        policy,
      );
      await deps.ledger.recordNextReminders(tenantId, [
        ...byCase.map(({ id }, i) => ({ id, at: next[i] ?? NO_MORE_REMINDERS })),
        ...closed.map((id) => ({ id, at: NO_MORE_REMINDERS })),
      ]);
      await deps.ledger.completeSchedule?.(tenantId, now);
    }
    // Only a sweep that got through every reminder moves the watermark; a crashed one is redone from the old mark.
    if (!last || last.getTime() < now.getTime()) await deps.ledger.completeSweep(tenantId, now);
  }
  return report;
}

interface Delivery {
  reminder: DueReminder;
  recipientId: string;
  message: ChatMessage;
}

/**
 * Reminders in flight at once. Against Cosmos DB each write is a round trip, so one reminder after another took
 * (reminders × writes × latency); a bounded batch keeps the store's throttling in reach.
 */
const DELIVERY_PARALLELISM = 32;

const DEADLINES_PER_SLICE = 1024;

/**
 * Each reminder's ledger entry is written before its message: the whole batch's entries, then its messages, the
 * writes of each step side by side. Each step is settled in full before a failure is passed on, so nothing of a
 * failed sweep is still writing when the next one starts, and no message goes out whose entry failed; keys make
 * its rerun harmless.
 */
async function deliver(deps: Pick<SweepDependencies, 'ledger' | 'chat'>, tenantId: string, sentAt: string, batch: readonly Delivery[], report: SweepReport) {
  const { ledger, chat } = deps;
  fulfilled(await Promise.allSettled(batch.map((d) => recordDelivery(ledger, tenantId, sentAt, d))));
  for (const outcome of fulfilled(await Promise.allSettled(batch.map((d) => chat.send(d.message))))) {
    if (outcome === 'queued') report.sent++;
    else report.alreadySent++;
  }
}

function fulfilled<T>(outcomes: readonly PromiseSettledResult<T>[]): T[] {
  const values: T[] = [];
  for (const outcome of outcomes) {
    if (outcome.status === 'rejected') throw outcome.reason;
    values.push(outcome.value);
  }
  return values;
}

function recordDelivery(ledger: ReminderLedger, tenantId: string, sentAt: string, { reminder, recipientId }: Delivery): Promise<boolean> {
  const { key, firesAt } = reminder;
  if (ledger.recordSent) {
    // One document names the reminder and the slots it stands in for. The superseded slots need no document of
    // their own: no sweep reads the ledger to choose what to send. A superseded slot is never chosen again because
    // the latest passed slot of a due instant only moves later as `now` does, and a moved deadline gets new keys;
    // the outbox's keyed create is what keeps a reminder from going out twice.
    return ledger.recordSent({ tenantId, key, recipientId, firesAt, sentAt, supersedes: slotNames(reminder.earlier) });
  }
  return recordApart(ledger, tenantId, sentAt, reminder, recipientId);
}

/** The domain shares one array per run of superseded slots; so do their names. */
const namesOfRun = new WeakMap<readonly EarlierSlot[], readonly string[]>();

function slotNames(earlier: readonly EarlierSlot[]): readonly string[] {
  let names = namesOfRun.get(earlier);
  if (!names) namesOfRun.set(earlier, (names = earlier.map((s) => s.slot)));
  return names;
}

/** For a ledger without `recordSent`: earlier slots first, so a crash before the send leaves nothing half-known. */
async function recordApart(ledger: ReminderLedger, tenantId: string, sentAt: string, reminder: DueReminder, recipientId: string): Promise<boolean> {
  for (const earlier of supersededSlots(reminder)) {
    await ledger.record({ tenantId, key: earlier.key, recipientId, firesAt: earlier.firesAt, sentAt, supersededBy: reminder.key });
  }
  return ledger.record({ tenantId, key: reminder.key, recipientId, firesAt: reminder.firesAt, sentAt });
}
