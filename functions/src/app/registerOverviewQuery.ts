import { caseDeadlines } from '@prt/domain/deadlines/caseDeadlines';
import { WorkingDayCalendar } from '@prt/domain/deadlines/workingDays';
import { DEFAULT_REVIEW_DUE_SOON_DAYS, type OverviewClock } from '@prt/domain/overview/registerFilter';
import { registerOverview, type RegisterOverview } from '@prt/domain/overview/registerOverview';
import type { Principal } from '@prt/domain/principal';
import type { CaseRepository } from '../store/caseRepository.js';
import type { ProcessingRepository } from '../store/processingRepository.js';
import type { Tenants } from '../tenants/tenantSettings.js';
import type { Clock } from '../time/clock.js';

export interface OverviewDependencies {
  processings: Pick<ProcessingRepository, 'list'>;
  cases: Pick<CaseRepository, 'open'>;
  tenants: Tenants;
  clock: Clock;
}

/** The tenant's calendar and the server's now: the overview and the register's filters must agree on what is overdue. */
export function overviewClock(deps: Pick<OverviewDependencies, 'tenants' | 'clock'>, tenantId: string): OverviewClock {
  const settings = deps.tenants.settings(tenantId);
  return {
    now: deps.clock.now(),
    deadlines: { calendar: new WorkingDayCalendar(settings.calendar), whistleblowerRetentionMonths: settings.whistleblowerRetentionMonths },
    reviewDueSoonDays: DEFAULT_REVIEW_DUE_SOON_DAYS,
  };
}

/** Counts only: the caller is a reviewer (checked by the route), and no case content leaves this function. */
export async function overviewFor(deps: OverviewDependencies, principal: Principal, unit: string | undefined): Promise<RegisterOverview> {
  const clock = overviewClock(deps, principal.tenantId);
  const [processings, open] = await Promise.all([deps.processings.list(principal.tenantId), deps.cases.open(principal.tenantId)]);
  const cases = open.map((c) => ({ case: { id: c.id, type: c.type, unit: c.unit }, deadlines: caseDeadlines(c, clock.deadlines) }));
  return registerOverview(processings, cases, clock, unit ? { unit } : {});
}
