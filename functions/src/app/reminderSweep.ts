import { caseDeadlines, reviewDeadline, type Deadline } from '@prt/domain/deadlines/caseDeadlines';
import type { DeadlineCase } from '@prt/domain/deadlines/cases';
import type { Processing } from '@prt/domain/processing';
import { remindersDue, type ReminderPolicy } from '@prt/domain/deadlines/reminderSchedule';
import { WorkingDayCalendar } from '@prt/domain/deadlines/workingDays';
import { languageFromLocale } from '@prt/domain/language';
import type { Directory, DirectoryUser } from '../directory/directory.js';
import type { Notifier } from '../notify/chatMessage.js';
import { reminderText } from '../notify/reminderTexts.js';
import type { CaseRepository, ReminderLedger } from '../store/caseRepository.js';
import type { ProcessingRepository } from '../store/processingRepository.js';
import type { TenantSettings, Tenants } from '../tenants/tenantSettings.js';

export interface SweepDependencies {
  tenants: Tenants;
  cases: CaseRepository;
  processings: ProcessingRepository;
  directory: Directory;
  ledger: ReminderLedger;
  chat: Notifier;
  tabLink(path: string): string;
}

const SWEEP_OVERLAP_MS = 60 * 60 * 1000;

export interface SweepReport {
  tenants: number;
  openDeadlines: number;
  remindersDue: number;
  sent: number;
  alreadySent: number;
}

/** Every open deadline of a tenant: its cases' and the yearly review of each approved processing. */
export async function tenantDeadlines(
  deps: Pick<SweepDependencies, 'cases' | 'processings'>,
  tenantId: string,
  settings: TenantSettings,
  reviewOwner: (ownerId: string) => string,
): Promise<{ deadlines: Deadline[]; cases: DeadlineCase[]; approved: Processing[] }> {
  const s = { calendar: new WorkingDayCalendar(settings.calendar), whistleblowerRetentionMonths: settings.whistleblowerRetentionMonths };
  const cases = await deps.cases.open(tenantId);
  const approved = await deps.processings.list(tenantId, { status: 'approved' });
  const deadlines = cases.flatMap((c) => caseDeadlines(c, s));
  for (const p of approved) {
    const d = reviewDeadline(p, s, reviewOwner(p.updatedBy));
    if (d) deadlines.push(d);
  }
  return { deadlines, cases, approved };
}

/** When each case or processing was created or last changed, by id: what the watermark must not hide. */
function changeTimes(cases: readonly DeadlineCase[], approved: readonly Processing[]): Map<string, string> {
  const times = new Map<string, string>();
  for (const c of cases) times.set(c.id, c.updatedAt ?? c.createdAt);
  for (const p of approved) times.set(p.id, [p.updatedAt, p.lastReviewedAt ?? ''].sort().at(-1)!);
  return times;
}

/**
 * One sweep: every reminder that is due is recorded in the ledger and sent through the keyed outbox. Both
 * writes are conditional on the reminder's deterministic key, so a timer that fires twice, or a sweep that
 * crashed halfway and runs again, never sends a reminder twice and never skips one.
 */
export async function runReminderSweep(deps: SweepDependencies, now: Date, policy?: ReminderPolicy): Promise<SweepReport> {
  const report: SweepReport = { tenants: 0, openDeadlines: 0, remindersDue: 0, sent: 0, alreadySent: 0 };
  for (const tenantId of deps.tenants.ids()) {
    report.tenants++;
    const settings = deps.tenants.settings(tenantId);
    const dpos = await deps.directory.usersWithRole(tenantId, 'dpo');
    const whistleblowerHandlers = await deps.directory.usersWithRole(tenantId, 'whistleblowerHandler');
    // Imported and seeded processings have no human owner; their reviews fall to the DPO.
    const reviewOwner = (ownerId: string) => (ownerId.startsWith('system:') ? (dpos[0]?.id ?? ownerId) : ownerId);
    const { deadlines, cases, approved } = await tenantDeadlines(deps, tenantId, settings, reviewOwner);
    report.openDeadlines += deadlines.filter((d) => !d.completed).length;
    // An hour of overlap with the previous sweep: keys make the repeats harmless, a gap would not be.
    const last = await deps.ledger.lastSweep(tenantId);
    const since = last ? new Date(Math.min(last.getTime(), now.getTime()) - SWEEP_OVERLAP_MS) : undefined;
    const changedAt = changeTimes(cases, approved);
    const due = remindersDue(deadlines, now, policy, { since, changedAt: (d) => changedAt.get(d.subjectId) });
    const timeZone = new WorkingDayCalendar(settings.calendar).timeZone;
    report.remindersDue += due.length;
    const people = new Map<string, DirectoryUser | undefined>();
    for (const reminder of due) {
      // Whistleblower cases escalate to the whistleblower function, never to anyone outside it.
      const escalateTo = reminder.deadline.kind.startsWith('whistleblower.') ? whistleblowerHandlers : dpos;
      const recipients = reminder.audience === 'owner' ? [reminder.deadline.ownerId] : escalateTo.map((u) => u.id);
      for (const recipientId of recipients) {
        if (!people.has(recipientId)) people.set(recipientId, await deps.directory.getUser(tenantId, recipientId).catch(() => undefined));
        const language = languageFromLocale(people.get(recipientId)?.preferredLanguage);
        const { title, text } = reminderText(language, reminder.deadline.kind, reminder.slot, reminder.deadline.reference, reminder.deadline.dueAt, timeZone);
        // Earlier slots it stands in for are recorded first, so a crash before the send leaves nothing half-known.
        for (const earlier of reminder.supersedes) {
          await deps.ledger.record({
            tenantId,
            key: earlier.key,
            recipientId,
            firesAt: earlier.firesAt,
            sentAt: now.toISOString(),
            supersededBy: reminder.key,
          });
        }
        await deps.ledger.record({ tenantId, key: reminder.key, recipientId, firesAt: reminder.firesAt, sentAt: now.toISOString() });
        const outcome = await deps.chat.send({
          key: `reminder|${reminder.key}|${recipientId}`,
          tenantId,
          recipientUserId: recipientId,
          kind: 'deadlineReminder',
          title,
          text,
          link: reminder.deadline.kind === 'processing.review' ? `/?processing=${encodeURIComponent(reminder.deadline.subjectId)}` : '/?page=deadlines',
        });
        if (outcome === 'queued') report.sent++;
        else report.alreadySent++;
      }
    }
    // Only a sweep that got through every reminder moves the watermark; a crashed one is redone from the old mark.
    if (!last || last.getTime() < now.getTime()) await deps.ledger.completeSweep(tenantId, now);
  }
  return report;
}
