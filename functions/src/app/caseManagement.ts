import { createHash } from 'node:crypto';
import type { Principal } from '@prt/domain/principal';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError, ValidationError } from '@prt/domain/errors';
import { fieldError } from '@prt/domain/validation';
import { caseDeadlines, type Deadline } from '@prt/domain/deadlines/caseDeadlines';
import { CASE_HANDLER_ROLES, canSeeCase, mayHandle } from '@prt/domain/deadlines/caseAccess';
import { allowedEvents, applyCaseEvent, readNewCase } from '@prt/domain/deadlines/caseInput';
import type { CaseEventName } from '@prt/domain/deadlines/caseEvents';
import type { CaseType, DeadlineCase } from '@prt/domain/deadlines/cases';
import { addMonths, compareDates, dateInZone, type PlainDate } from '@prt/domain/deadlines/plainDate';
import { isOverdue } from '@prt/domain/deadlines/reminderSchedule';
import { WorkingDayCalendar } from '@prt/domain/deadlines/workingDays';
import { isRegisterReviewer } from '@prt/domain/processingVisibility';
import type { Directory } from '../directory/directory.js';
import { directoryRoles } from '../directory/directoryRoles.js';
import type { CaseDeletionRecord, CaseRepository } from '../store/caseRepository.js';
import type { Stored } from '../store/processingRepository.js';
import type { Clock } from '../time/clock.js';
import { tenantDeadlines } from './reminderSweep.js';
import type { SweepDependencies } from './reminderSweep.js';
import { breachAuthority, type TenantSettings, type Tenants } from '../tenants/tenantSettings.js';

export { canSeeCase };

export interface CaseDependencies {
  cases: CaseRepository;
  clock: Clock;
  tenants: Tenants;
  directory: Directory;
}

export interface CaseView {
  case: DeadlineCase;
  etag: string;
  deadlines: (Deadline & { overdue: boolean })[];
  /** What can be done with the case now; the tab offers only these. */
  allowedEvents: CaseEventName[];
  /** Closed cases: the day the timer deletes the case. */
  deletesOn?: PlainDate;
  /** The handler's name from the directory, for the case card; never stored on the case. */
  handlerName?: string;
}

/** Adds the handlers' names from the directory, each looked up once. */
async function withHandlerNames(deps: Pick<CaseDependencies, 'directory'>, tenantId: string, views: CaseView[]): Promise<CaseView[]> {
  const names = new Map<string, string | undefined>();
  for (const v of views) {
    const id = v.case.handlerId;
    if (!names.has(id)) names.set(id, (await deps.directory.getUser(tenantId, id).catch(() => undefined))?.displayName);
  }
  return views.map((v) => {
    const handlerName = names.get(v.case.handlerId);
    return handlerName ? { ...v, handlerName } : v;
  });
}

async function named(deps: Pick<CaseDependencies, 'directory'>, v: CaseView): Promise<CaseView> {
  return (await withHandlerNames(deps, v.case.tenantId, [v]))[0]!;
}

/** The zone deadlines are counted in (Europe/Stockholm, Europe/Copenhagen or the tenant's own). */
export function deadlineTimeZone(deps: Pick<CaseDependencies, 'tenants'>, tenantId: string): string {
  return new WorkingDayCalendar(deps.tenants.settings(tenantId).calendar).timeZone;
}

function settingsFor(deps: Pick<CaseDependencies, 'tenants'>, tenantId: string) {
  const settings = deps.tenants.settings(tenantId);
  return { calendar: new WorkingDayCalendar(settings.calendar), whistleblowerRetentionMonths: settings.whistleblowerRetentionMonths };
}

/** The day a closed case is deleted: whistleblowing by its own law, other cases after the tenant's retention. */
export function deletionDate(c: DeadlineCase, settings: TenantSettings): PlainDate | undefined {
  if (!c.closedOn) return undefined;
  return addMonths(c.closedOn, c.type === 'whistleblower' ? settings.whistleblowerRetentionMonths : settings.closedCaseRetentionMonths);
}

function view(deps: Pick<CaseDependencies, 'tenants' | 'clock'>, stored: Stored<DeadlineCase>): CaseView {
  const now = deps.clock.now();
  const deletesOn = deletionDate(stored.value, deps.tenants.settings(stored.value.tenantId));
  return {
    case: stored.value,
    etag: stored.etag,
    deadlines: caseDeadlines(stored.value, settingsFor(deps, stored.value.tenantId)).map((d) => ({ ...d, overdue: isOverdue(d, now) })),
    allowedEvents: allowedEvents(stored.value),
    ...(deletesOn ? { deletesOn } : {}),
  };
}

/**
 * The handler is checked against the directory, never taken on trust: a whistleblower case handled by someone
 * outside the function would send its reminders to a person who cannot open it.
 */
async function chooseHandler(deps: CaseDependencies, principal: Principal, type: CaseType, requested: string | undefined): Promise<string> {
  const needed = CASE_HANDLER_ROLES[type];
  const refuse = () =>
    new ValidationError([fieldError('handlerId', 'case.handlerNotInRole', { roles: needed }, `the handler must hold one of: ${needed.join(', ')}`)]);
  if (requested) {
    const roles = await directoryRoles(deps.directory, principal.tenantId, requested);
    if (!roles || !mayHandle(roles, type)) throw refuse();
    return requested;
  }
  const own = await directoryRoles(deps.directory, principal.tenantId, principal.userId);
  if (own && mayHandle(own, type)) return principal.userId;
  // Staff who register a breach or a request hand it to the DPO.
  for (const role of needed) {
    const first = (await deps.directory.usersWithRole(principal.tenantId, role))[0];
    if (first) return first.id;
  }
  throw refuse();
}

export async function createCase(deps: CaseDependencies, principal: Principal, body: unknown): Promise<CaseView> {
  const settings = deps.tenants.settings(principal.tenantId);
  const calendar = settingsFor(deps, principal.tenantId).calendar;
  const today = dateInZone(deps.clock.now(), calendar.timeZone);
  const input = readNewCase(body, today, settings.caseFields);
  if (!input.ok) throw new ValidationError(input.errors);
  // Anyone may register a breach or a request they received; only the whistleblower function sees whistleblowing.
  if (input.value.type === 'whistleblower' && !principal.roles.includes('whistleblowerHandler')) {
    throw new ForbiddenError('case.whistleblowerOnly', {}, 'only the whistleblower function registers whistleblower cases');
  }
  const now = deps.clock.now().toISOString();
  const base = {
    id: caseId(principal.tenantId, input.value.type, input.value.reference),
    tenantId: principal.tenantId,
    reference: input.value.reference,
    unit: input.value.unit,
    handlerId: await chooseHandler(deps, principal, input.value.type, input.value.handlerId),
    createdAt: now,
    createdBy: principal.userId,
    history: [{ event: 'register' as const, date: today, at: now, by: principal.userId }],
  };
  const c: DeadlineCase =
    input.value.type === 'dsr'
      ? { ...base, type: 'dsr', kind: input.value.kind!, receivedOn: input.value.receivedOn!, pauses: [] }
      : input.value.type === 'whistleblower'
        ? { ...base, type: 'whistleblower', receivedOn: input.value.receivedOn! }
        : { ...base, type: 'breach', awareAt: input.value.awareAt! };
  try {
    return await named(deps, view(deps, await deps.cases.create(c)));
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    // The same registration sent again (its answer lost to a crash) is the case already stored, not a second one.
    const existing = await deps.cases.get(principal.tenantId, c.id);
    if (existing && sameRegistration(existing.value, c)) return named(deps, view(deps, existing));
    throw new ConflictError('case.referenceTaken', { reference: c.reference }, `a ${c.type} case with reference ${c.reference} already exists`);
  }
}

/** One case per type and reference (the diary number): a registration sent twice cannot create two cases. */
function caseId(tenantId: string, type: string, reference: string): string {
  return createHash('sha256')
    .update(JSON.stringify([tenantId, type, reference.trim()]))
    .digest('hex')
    .slice(0, 32);
}

function sameRegistration(stored: DeadlineCase, sent: DeadlineCase): boolean {
  const { createdAt: _a, ...a } = stored as DeadlineCase & Record<string, unknown>;
  const { createdAt: _b, ...b } = sent as DeadlineCase & Record<string, unknown>;
  const facts = (x: Record<string, unknown>) =>
    JSON.stringify(['type', 'reference', 'unit', 'handlerId', 'createdBy', 'kind', 'receivedOn', 'awareAt'].map((k) => x[k]));
  return facts(a) === facts(b);
}

/**
 * Open cases, or with state "closed" the closed ones still kept (searchable by case number or unit until the
 * timer deletes them).
 */
export async function listCases(
  deps: CaseDependencies,
  principal: Principal,
  options: { type?: string; state?: string; q?: string } = {},
): Promise<CaseView[]> {
  const closed = options.state === 'closed';
  const found = closed ? await deps.cases.closed(principal.tenantId) : await deps.cases.open(principal.tenantId);
  const q = options.q?.trim().toLowerCase();
  const views = found
    .filter((c) => canSeeCase(principal, c) && (!options.type || c.type === options.type))
    .filter((c) => !q || c.reference.toLowerCase().includes(q) || c.unit.toLowerCase().includes(q))
    .filter((c) => closed || !c.closedOn || (c.type === 'whistleblower' && !c.deletedOn))
    .map((c) => view(deps, { value: c, etag: '' }))
    .sort((a, b) => (closed ? (b.case.closedOn ?? '').localeCompare(a.case.closedOn ?? '') : firstDue(a).localeCompare(firstDue(b))));
  return withHandlerNames(deps, principal.tenantId, views);
}

function firstDue(v: CaseView): string {
  return (
    v.deadlines
      .filter((d) => !d.completed)
      .map((d) => d.dueAt)
      .sort()[0] ?? '9999'
  );
}

export async function getCase(deps: CaseDependencies, principal: Principal, id: string): Promise<CaseView> {
  const stored = await deps.cases.get(principal.tenantId, id);
  if (!stored || !canSeeCase(principal, stored.value)) throw caseNotFound();
  return named(deps, view(deps, stored));
}

export async function recordCaseEvent(deps: CaseDependencies, principal: Principal, id: string, body: unknown, ifMatch: string): Promise<CaseView> {
  const stored = await deps.cases.get(principal.tenantId, id);
  if (!stored || !canSeeCase(principal, stored.value)) throw caseNotFound();
  if (stored.etag !== ifMatch)
    throw new PreconditionFailedError('case.changed', {}, `case ${stored.value.reference} was changed by someone else; reload it and apply your change again`);
  const calendar = settingsFor(deps, principal.tenantId).calendar;
  const now = deps.clock.now();
  const result = applyCaseEvent(stored.value, body, { today: dateInZone(now, calendar.timeZone), now, by: principal.userId });
  if (!result.ok) throw new ValidationError(result.errors);
  return named(deps, view(deps, await deps.cases.replace({ ...result.value, updatedAt: now.toISOString() }, stored.etag)));
}

/** The DPO's overview: every open deadline they may see, overdue first, including processings due for review. */
export async function deadlineOverview(deps: CaseDependencies & Pick<SweepDependencies, 'processings' | 'processors'>, principal: Principal) {
  const now = deps.clock.now();
  const settings = deps.tenants.settings(principal.tenantId);
  const { deadlines, cases } = await tenantDeadlines(deps, principal.tenantId, settings, (owner) => owner);
  const visibleCases = new Set(cases.filter((c) => canSeeCase(principal, c)).map((c) => c.id));
  const reviewer = isRegisterReviewer(principal);
  return deadlines
    .filter(
      (d) =>
        !d.completed &&
        (visibleCases.has(d.subjectId) ||
          ((d.kind === 'processing.review' || d.kind === 'processing.dpiaReview' || d.kind === 'processor.supervision') &&
            (reviewer || d.ownerId === principal.userId))),
    )
    .map((d) => ({ ...d, overdue: isOverdue(d, now) }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt));
}

/** What the tab needs to register and handle cases: the tenant's units, case-number examples, calendar and authority. */
export function caseSettings(deps: Pick<CaseDependencies, 'tenants'>, principal: Principal) {
  const settings = deps.tenants.settings(principal.tenantId);
  return {
    country: settings.calendar.country,
    authority: breachAuthority(settings),
    timeZone: deadlineTimeZone(deps, principal.tenantId),
    danishCustomaryClosedDays: settings.calendar.country === 'DK' && Boolean(settings.calendar.danishCustomaryClosedDays),
    units: settings.caseFields.units,
    caseNumberExample: settings.caseFields.caseNumberExample,
    whistleblowerRetentionMonths: settings.whistleblowerRetentionMonths,
    closedCaseRetentionMonths: settings.closedCaseRetentionMonths,
  };
}

/**
 * Art. 33(5): every personal data breach is documented, notified or not, and stays documented after the case
 * is closed. For the DPO and admins.
 */
export async function breachLog(deps: CaseDependencies, principal: Principal): Promise<CaseView[]> {
  if (!isRegisterReviewer(principal)) throw new ForbiddenError('case.breachLogReviewersOnly', {}, 'the breach log is for the DPO and admins');
  const breaches = await deps.cases.allOfType(principal.tenantId, 'breach');
  return breaches.map((c) => view(deps, { value: c, etag: '' })).sort((a, b) => b.case.createdAt.localeCompare(a.case.createdAt));
}

/** Records of deleted cases the caller could have opened: whistleblowing ones for its function only. */
export async function caseDeletions(deps: CaseDependencies, principal: Principal): Promise<CaseDeletionRecord[]> {
  const records = await deps.cases.deletionRecords(principal.tenantId);
  return records
    .filter((r) =>
      r.caseType === 'whistleblower'
        ? principal.roles.includes('whistleblowerHandler')
        : isRegisterReviewer(principal) || (r.caseType === 'dsr' && principal.roles.includes('dsrHandler')),
    )
    .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

export interface RetentionReport {
  tenants: number;
  deleted: number;
}

/** The timer's deletion on schedule: each closed case past its retention is replaced by a record without content. */
export async function runCaseRetentionSweep(deps: Pick<CaseDependencies, 'cases' | 'tenants'>, now: Date): Promise<RetentionReport> {
  const report: RetentionReport = { tenants: 0, deleted: 0 };
  for (const tenantId of deps.tenants.ids()) {
    report.tenants++;
    const settings = deps.tenants.settings(tenantId);
    const today = dateInZone(now, new WorkingDayCalendar(settings.calendar).timeZone);
    for (const c of await deps.cases.closed(tenantId)) {
      const due = deletionDate(c, settings);
      if (!due || compareDates(due, today) > 0) continue;
      const stored = await deps.cases.get(tenantId, c.id);
      if (!stored) continue;
      const record: CaseDeletionRecord = { caseId: c.id, tenantId, caseType: c.type, closedOn: c.closedOn!, deletedAt: now.toISOString() };
      if (await deps.cases.replaceWithDeletionRecord(stored, record)) report.deleted++;
    }
  }
  return report;
}

function caseNotFound(): NotFoundError {
  return new NotFoundError('case.notFound', {}, 'case not found');
}
