import { completeness } from '../completeness.js';
import { reviewDeadline, type DeadlineSettings } from '../deadlines/caseDeadlines.js';
import { dateInZone, type PlainDate } from '../deadlines/plainDate.js';
import type { Processing, TransferSafeguard } from '../processing.js';
import type { RegisterProcessor } from '../register/entities.js';

/**
 * The register filters the DPO's overview links to. The overview counts with these same predicates, so a click on a
 * chart segment lands on exactly the processings it counted.
 */
export const REGISTER_FLAGS = [
  'transfer',
  'dpiaRequired',
  'dpiaMissing',
  'article9',
  'article10',
  'incomplete',
  'reviewOverdue',
  'reviewDueSoon',
  'reviewOnTime',
  'dpaMissing',
  'supervisionOverdue',
] as const;
export type RegisterFlag = (typeof REGISTER_FLAGS)[number];

export interface RegisterFilter {
  /** Every flag must hold. */
  flags?: RegisterFlag[];
  /** Some third-country transfer relies on this safeguard. */
  safeguard?: TransferSafeguard;
  /** A field key from missingFields (indexes dropped, e.g. "purposes.dataFlows"). */
  missing?: string;
  /** The Entra object id that created the processing. */
  owner?: string;
  /** A processor's name, case-insensitive. */
  processor?: string;
}

export interface OverviewClock {
  now: Date;
  deadlines: DeadlineSettings;
  /** A review due within this many days (and not overdue) is "due soon". */
  reviewDueSoonDays: number;
  /** Processor entities by id, when the register has them; supervision dates come only from there. */
  processors?: ReadonlyMap<string, RegisterProcessor>;
}

export const DEFAULT_REVIEW_DUE_SOON_DAYS = 30;

/** Archived and rejected processings are not part of the living register, so no overview count includes them. */
export function isLive(p: Processing): boolean {
  return p.status !== 'archived' && p.status !== 'rejected';
}

/**
 * What the record lacks against Art. 30(1) and the who-gets-what matrix, as field keys without list indexes so
 * processings can be counted per field: completeness' required and recommended paths, an Art. 9(2) condition where
 * special categories are processed, and a matrix for each purpose.
 */
export function missingFields(p: Processing): string[] {
  const { required, recommended } = completeness(p);
  const paths = [...required, ...recommended];
  p.purposes.forEach((purpose, i) => {
    if (purpose.personalDataCategories.some((c) => c.special) && purpose.legalBasis.article9.length === 0) paths.push(`purposes[${i}].legalBasis.article9`);
    if (!purpose.dataFlows || purpose.dataFlows.length === 0) paths.push(`purposes[${i}].dataFlows`);
  });
  return [...new Set(paths.map((path) => path.replace(/\[\d+\]/g, '')))];
}

export type ReviewState = 'overdue' | 'dueSoon' | 'onTime';

/** The yearly review's due day and state; only approved processings are reviewed. */
export function reviewState(p: Processing, clock: OverviewClock): { dueOn: PlainDate; state: ReviewState } | undefined {
  const deadline = reviewDeadline(p, clock.deadlines, p.updatedBy);
  if (!deadline?.dueDate) return undefined;
  const due = new Date(deadline.dueAt).getTime();
  const now = clock.now.getTime();
  const state: ReviewState = due < now ? 'overdue' : due - now <= clock.reviewDueSoonDays * 86_400_000 ? 'dueSoon' : 'onTime';
  return { dueOn: deadline.dueDate, state };
}

export function isDpiaRequired(p: Processing): boolean {
  return p.dpia?.screening ? p.dpia.screening.required : p.dpiaRequired;
}

function linkedProcessors(p: Processing, clock: OverviewClock): { name: string; dpaInPlace: boolean; supervisionOverdue: boolean }[] {
  const today = dateInZone(clock.now, clock.deadlines.calendar.timeZone);
  return p.processors
    .filter((x) => x.name.trim() !== '')
    .map((x) => {
      const entity = x.id ? clock.processors?.get(x.id) : undefined;
      if (!entity) return { name: x.name, dpaInPlace: x.agreementInPlace, supervisionOverdue: false };
      const current = entity.agreements.filter((a) => a.inPlace);
      return {
        name: entity.name,
        dpaInPlace: current.length > 0,
        supervisionOverdue: current.some((a) => a.supervision?.nextOn !== undefined && a.supervision.nextOn < today),
      };
    });
}

function flagHolds(p: Processing, flag: RegisterFlag, clock: OverviewClock): boolean {
  const purposes = p.purposes;
  switch (flag) {
    case 'transfer':
      return purposes.some((x) => x.thirdCountryTransfers.length > 0);
    case 'dpiaRequired':
      return isDpiaRequired(p);
    case 'dpiaMissing':
      return isDpiaRequired(p) && !p.dpia?.assessment;
    case 'article9':
      return purposes.some((x) => x.legalBasis.article9.length > 0 || x.personalDataCategories.some((c) => c.special));
    case 'article10':
      return purposes.some((x) => x.legalBasis.article10);
    case 'incomplete':
      return missingFields(p).length > 0;
    case 'reviewOverdue':
      return reviewState(p, clock)?.state === 'overdue';
    case 'reviewDueSoon':
      return reviewState(p, clock)?.state === 'dueSoon';
    case 'reviewOnTime':
      return reviewState(p, clock)?.state === 'onTime';
    case 'dpaMissing':
      return linkedProcessors(p, clock).some((x) => !x.dpaInPlace);
    case 'supervisionOverdue':
      return linkedProcessors(p, clock).some((x) => x.supervisionOverdue);
  }
}

export function matchesRegisterFilter(p: Processing, filter: RegisterFilter, clock: OverviewClock): boolean {
  if (!isLive(p)) return false;
  if (filter.flags && !filter.flags.every((flag) => flagHolds(p, flag, clock))) return false;
  if (filter.safeguard && !p.purposes.some((x) => x.thirdCountryTransfers.some((t) => t.safeguard === filter.safeguard))) return false;
  if (filter.missing && !missingFields(p).includes(filter.missing)) return false;
  if (filter.owner && p.createdBy !== filter.owner) return false;
  const processor = filter.processor?.trim().toLocaleLowerCase('sv');
  if (processor && !linkedProcessors(p, clock).some((x) => x.name.trim().toLocaleLowerCase('sv') === processor)) return false;
  return true;
}

/** True when the filter asks for anything; an empty filter leaves the register as it is (archived ones included). */
export function isActiveFilter(filter: RegisterFilter): boolean {
  return Boolean(filter.flags?.length || filter.safeguard || filter.missing || filter.owner || filter.processor?.trim());
}
