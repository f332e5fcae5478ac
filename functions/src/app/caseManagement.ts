import { createHash } from 'node:crypto';
import type { Principal } from '@prt/domain/principal';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError, ValidationError } from '@prt/domain/errors';
import { caseDeadlines, type Deadline } from '@prt/domain/deadlines/caseDeadlines';
import { applyCaseEvent, readNewCase } from '@prt/domain/deadlines/caseInput';
import type { DeadlineCase } from '@prt/domain/deadlines/cases';
import { dateInZone } from '@prt/domain/deadlines/plainDate';
import { isOverdue } from '@prt/domain/deadlines/reminderSchedule';
import { WorkingDayCalendar } from '@prt/domain/deadlines/workingDays';
import { isRegisterReviewer } from '@prt/domain/processingVisibility';
import type { CaseRepository } from '../store/caseRepository.js';
import type { Stored } from '../store/processingRepository.js';
import type { Clock } from '../time/clock.js';
import { tenantDeadlines } from './reminderSweep.js';
import type { SweepDependencies } from './reminderSweep.js';
import type { Tenants } from '../tenants/tenantSettings.js';

export interface CaseDependencies {
  cases: CaseRepository;
  clock: Clock;
  tenants: Tenants;
}

/** Whistleblower cases are for the whistleblower function alone; other cases for reviewers and their handler. */
export function canSeeCase(principal: Principal, c: DeadlineCase): boolean {
  if (c.tenantId !== principal.tenantId) return false;
  if (c.type === 'whistleblower') return principal.roles.includes('whistleblowerHandler');
  return isRegisterReviewer(principal) || c.handlerId === principal.userId;
}

export interface CaseView {
  case: DeadlineCase;
  etag: string;
  deadlines: (Deadline & { overdue: boolean })[];
}

/** The zone deadlines are counted in (Europe/Stockholm, Europe/Copenhagen or the tenant's own). */
export function deadlineTimeZone(deps: Pick<CaseDependencies, 'tenants'>, tenantId: string): string {
  return new WorkingDayCalendar(deps.tenants.settings(tenantId).calendar).timeZone;
}

function settingsFor(deps: CaseDependencies, tenantId: string) {
  const settings = deps.tenants.settings(tenantId);
  return { calendar: new WorkingDayCalendar(settings.calendar), whistleblowerRetentionMonths: settings.whistleblowerRetentionMonths };
}

function view(deps: CaseDependencies, stored: Stored<DeadlineCase>): CaseView {
  const now = deps.clock.now();
  return {
    case: stored.value,
    etag: stored.etag,
    deadlines: caseDeadlines(stored.value, settingsFor(deps, stored.value.tenantId)).map((d) => ({ ...d, overdue: isOverdue(d, now) })),
  };
}

export async function createCase(deps: CaseDependencies, principal: Principal, body: unknown): Promise<CaseView> {
  const calendar = settingsFor(deps, principal.tenantId).calendar;
  const input = readNewCase(body, dateInZone(deps.clock.now(), calendar.timeZone));
  if (!input.ok) throw new ValidationError(input.errors);
  // Anyone may register a breach or a request they received; only the whistleblower function sees whistleblowing.
  if (input.value.type === 'whistleblower' && !principal.roles.includes('whistleblowerHandler')) {
    throw new ForbiddenError('case.whistleblowerOnly', {}, 'only the whistleblower function registers whistleblower cases');
  }
  const base = {
    id: caseId(principal.tenantId, input.value.type, input.value.reference),
    tenantId: principal.tenantId,
    reference: input.value.reference,
    unit: input.value.unit,
    handlerId: input.value.handlerId ?? principal.userId,
    createdAt: deps.clock.now().toISOString(),
    createdBy: principal.userId,
  };
  const c: DeadlineCase =
    input.value.type === 'dsr'
      ? { ...base, type: 'dsr', kind: input.value.kind!, receivedOn: input.value.receivedOn!, pauses: [] }
      : input.value.type === 'whistleblower'
        ? { ...base, type: 'whistleblower', receivedOn: input.value.receivedOn! }
        : { ...base, type: 'breach', awareAt: input.value.awareAt! };
  try {
    return view(deps, await deps.cases.create(c));
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    // The same registration sent again (its answer lost to a crash) is the case already stored, not a second one.
    const existing = await deps.cases.get(principal.tenantId, c.id);
    if (existing && sameRegistration(existing.value, c)) return view(deps, existing);
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

export async function listCases(deps: CaseDependencies, principal: Principal, type?: string): Promise<CaseView[]> {
  const open = await deps.cases.open(principal.tenantId);
  return open
    .filter((c) => canSeeCase(principal, c) && (!type || c.type === type))
    .map((c) => view(deps, { value: c, etag: '' }))
    .sort((a, b) => firstDue(a).localeCompare(firstDue(b)));
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
  return view(deps, stored);
}

export async function recordCaseEvent(deps: CaseDependencies, principal: Principal, id: string, body: unknown, ifMatch: string): Promise<CaseView> {
  const stored = await deps.cases.get(principal.tenantId, id);
  if (!stored || !canSeeCase(principal, stored.value)) throw caseNotFound();
  if (stored.etag !== ifMatch)
    throw new PreconditionFailedError('case.changed', {}, `case ${stored.value.reference} was changed by someone else; reload it and apply your change again`);
  const raw = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const calendar = settingsFor(deps, principal.tenantId).calendar;
  const date = typeof raw['date'] === 'string' ? raw['date'] : dateInZone(deps.clock.now(), calendar.timeZone);
  const result = applyCaseEvent(stored.value, String(raw['event'] ?? ''), date, typeof raw['reason'] === 'string' ? raw['reason'] : '', deps.clock.now());
  if (!result.ok) throw new ValidationError(result.errors);
  return view(deps, await deps.cases.replace({ ...result.value, updatedAt: deps.clock.now().toISOString() }, stored.etag));
}

/** The DPO's overview: every open deadline they may see, overdue first, including processings due for review. */
export async function deadlineOverview(deps: CaseDependencies & Pick<SweepDependencies, 'processings'>, principal: Principal) {
  const now = deps.clock.now();
  const settings = deps.tenants.settings(principal.tenantId);
  const { deadlines, cases } = await tenantDeadlines(deps, principal.tenantId, settings, (owner) => owner);
  const visibleCases = new Set(cases.filter((c) => canSeeCase(principal, c)).map((c) => c.id));
  const reviewer = isRegisterReviewer(principal);
  return deadlines
    .filter((d) => !d.completed && (visibleCases.has(d.subjectId) || (d.kind === 'processing.review' && (reviewer || d.ownerId === principal.userId))))
    .map((d) => ({ ...d, overdue: isOverdue(d, now) }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt));
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

function caseNotFound(): NotFoundError {
  return new NotFoundError('case.notFound', {}, 'case not found');
}
