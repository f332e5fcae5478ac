import type { Deadline } from '../deadlines/caseDeadlines.js';
import { CASE_TYPES, type CaseType, type DeadlineCase } from '../deadlines/cases.js';
import { PROCESSING_STATUSES, TRANSFER_SAFEGUARDS, type Processing, type ProcessingStatus, type TransferSafeguard } from '../processing.js';
import { isLive, matchesRegisterFilter, missingFields, REGISTER_FLAGS, reviewState, type OverviewClock, type RegisterFlag } from './registerFilter.js';

export type CaseDeadlineState = 'onTime' | 'dueSoon' | 'overdue';

/** An open case with its deadlines; only the type, unit and dates are read, never what the case is about. */
export interface OverviewCase {
  case: Pick<DeadlineCase, 'id' | 'type' | 'unit'>;
  deadlines: Deadline[];
}

export interface OverviewOptions {
  /** Only this organisation unit (controller); absent for the whole municipality. */
  unit?: string;
  /** An open case deadline due within this many hours is "due soon". */
  caseDueSoonHours?: number;
}

export const DEFAULT_CASE_DUE_SOON_HOURS = 72;

export interface ProcessingGap {
  id: string;
  name: string;
  organisationUnit: string;
  missing: string[];
}

export interface UnitRow {
  unit: string;
  live: number;
  incomplete: number;
  reviewOverdue: number;
  dpiaMissing: number;
}

export interface RegisterOverview {
  unit?: string;
  /** Every unit in the register, for the scope picker. */
  units: string[];
  total: number;
  byStatus: Record<ProcessingStatus, number>;
  /** Not archived or rejected; every count below is over these. */
  live: number;
  flags: Record<RegisterFlag, number>;
  /** Processings lacking each field (keys as missingFields gives them). */
  missingByField: Record<string, number>;
  gaps: ProcessingGap[];
  reviews: { overdue: number; dueSoon: number; onTime: number };
  transfersBySafeguard: Record<TransferSafeguard, number>;
  /** Distinct processors named by the live processings, and how many of them lack a DPA or are overdue for supervision. */
  processors: { total: number; dpaMissing: number; supervisionOverdue: number };
  cases: Record<CaseType, Record<CaseDeadlineState, number>>;
  byUnit: UnitRow[];
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** A case is as late as its latest open deadline: overdue if any is, due soon if any falls within the window. */
export function caseDeadlineState(deadlines: readonly Deadline[], now: Date, dueSoonHours: number): CaseDeadlineState {
  const open = deadlines.filter((d) => !d.completed && !d.paused).map((d) => new Date(d.dueAt).getTime());
  if (open.some((due) => due < now.getTime())) return 'overdue';
  if (open.some((due) => due - now.getTime() <= dueSoonHours * 3_600_000)) return 'dueSoon';
  return 'onTime';
}

/** The DPO's overview of the register and open cases, for one unit or the whole municipality: counts only. */
export function registerOverview(
  processings: readonly Processing[],
  cases: readonly OverviewCase[],
  clock: OverviewClock,
  options: OverviewOptions = {},
): RegisterOverview {
  const units = [...new Set(processings.map((p) => p.organisationUnit))].sort((a, b) => a.localeCompare(b, 'sv'));
  const inScope = options.unit ? processings.filter((p) => p.organisationUnit === options.unit) : processings;
  const live = inScope.filter(isLive);

  const byStatus = zeroes(PROCESSING_STATUSES);
  for (const p of inScope) byStatus[p.status] += 1;

  const flags = zeroes(REGISTER_FLAGS);
  for (const flag of REGISTER_FLAGS) flags[flag] = live.filter((p) => matchesRegisterFilter(p, { flags: [flag] }, clock)).length;

  const missingByField: Record<string, number> = {};
  const gaps: ProcessingGap[] = [];
  for (const p of live) {
    const missing = missingFields(p);
    for (const field of missing) missingByField[field] = (missingByField[field] ?? 0) + 1;
    if (missing.length > 0) gaps.push({ id: p.id, name: p.name, organisationUnit: p.organisationUnit, missing });
  }
  gaps.sort((a, b) => b.missing.length - a.missing.length || a.name.localeCompare(b.name, 'sv'));

  const reviews = { overdue: 0, dueSoon: 0, onTime: 0 };
  for (const p of live) {
    const state = reviewState(p, clock)?.state;
    if (state) reviews[state] += 1;
  }

  const transfersBySafeguard = zeroes(TRANSFER_SAFEGUARDS);
  for (const safeguard of TRANSFER_SAFEGUARDS) transfersBySafeguard[safeguard] = live.filter((p) => matchesRegisterFilter(p, { safeguard }, clock)).length;

  const processors = processorCounts(live, clock);

  const dueSoonHours = options.caseDueSoonHours ?? DEFAULT_CASE_DUE_SOON_HOURS;
  const casesByKind = Object.fromEntries(CASE_TYPES.map((t) => [t, zeroes(['onTime', 'dueSoon', 'overdue'] as const)])) as RegisterOverview['cases'];
  for (const c of cases) {
    if (options.unit && c.case.unit !== options.unit) continue;
    casesByKind[c.case.type][caseDeadlineState(c.deadlines, clock.now, dueSoonHours)] += 1;
  }

  const byUnit = units
    .filter((u) => !options.unit || u === options.unit)
    .map((unit) => {
      const mine = live.filter((p) => p.organisationUnit === unit);
      const count = (flag: RegisterFlag) => mine.filter((p) => matchesRegisterFilter(p, { flags: [flag] }, clock)).length;
      return { unit, live: mine.length, incomplete: count('incomplete'), reviewOverdue: count('reviewOverdue'), dpiaMissing: count('dpiaMissing') };
    });

  return {
    ...(options.unit ? { unit: options.unit } : {}),
    units,
    total: inScope.length,
    byStatus,
    live: live.length,
    flags,
    missingByField,
    gaps,
    reviews,
    transfersBySafeguard,
    processors,
    cases: casesByKind,
    byUnit,
  };
}

/** Processors are counted once each (by entity id, else by name), lacking a DPA if any processing says so. */
function processorCounts(live: readonly Processing[], clock: OverviewClock): RegisterOverview['processors'] {
  const seen = new Map<string, { dpaMissing: boolean; supervisionOverdue: boolean }>();
  for (const p of live) {
    for (const x of p.processors) {
      if (x.name.trim() === '') continue;
      const key = x.id && clock.processors?.has(x.id) ? `id:${x.id}` : `name:${x.name.trim().toLocaleLowerCase('sv')}`;
      const single = { ...p, processors: [x] };
      const entry = seen.get(key) ?? { dpaMissing: false, supervisionOverdue: false };
      entry.dpaMissing ||= matchesRegisterFilter(single, { flags: ['dpaMissing'] }, clock);
      entry.supervisionOverdue ||= matchesRegisterFilter(single, { flags: ['supervisionOverdue'] }, clock);
      seen.set(key, entry);
    }
  }
  const all = [...seen.values()];
  return { total: all.length, dpaMissing: all.filter((e) => e.dpaMissing).length, supervisionOverdue: all.filter((e) => e.supervisionOverdue).length };
}
