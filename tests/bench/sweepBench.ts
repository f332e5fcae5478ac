import { performance } from 'node:perf_hooks';
import { runReminderSweep, type SweepDependencies, type SweepReport } from '@prt/functions/app/reminderSweep.js';
import { runReminderSweep as runReminderSweepBefore } from './baseline/reminderSweep.js';
import { staticTenants } from '@prt/functions/tenants/tenantSettings.js';
import type { DeadlineCase } from '@prt/domain/deadlines/cases';
import { addDays } from '@prt/domain/deadlines/plainDate';
import type { ChatMessage } from '@prt/functions/notify/chatMessage.js';
import { ms } from './percentiles.js';
import { emptyProcessingRepository, sweepCaseRepository } from '../support/sweepStubs.js';

const TENANT = 'bench-tenant';

export function openCases(count: number): DeadlineCase[] {
  const cases: DeadlineCase[] = [];
  for (let i = 0; i < count; i++) {
    const base = {
      id: `case-${i}`,
      tenantId: TENANT,
      reference: `KS 2026/${i}`,
      unit: 'Kommunstyrelsen',
      handlerId: `handler-${i % 50}`,
      // Registered in one import before the first sweep; a createdAt after the sweep would count as a change.
      createdAt: '2026-06-01T08:00:00.000Z',
      createdBy: 'bench',
    };
    const receivedOn = addDays('2026-06-01', i % 120);
    if (i % 3 === 0) cases.push({ ...base, type: 'dsr', kind: 'access', receivedOn, pauses: [] });
    else if (i % 3 === 1) cases.push({ ...base, type: 'whistleblower', receivedOn });
    else cases.push({ ...base, type: 'breach', awareAt: `${receivedOn}T10:00:00.000Z` });
  }
  return cases;
}

/**
 * In-memory adapters, so the numbers are the sweep's own work (deadline computation, reminder selection, ledger
 * and outbox bookkeeping) rather than the embedded store's. `scheduled` adds the reminder schedule, kept the way
 * Cosmos DB's range indexes serve its queries (nextAt in the ledger, createdAt/updatedAt on cases): sorted, so a
 * query costs what it returns. Scanning every entry here made a sweep with nothing due cost 100k reads.
 */
export function sweepDeps(cases: DeadlineCase[], scheduled: boolean): SweepDependencies {
  const ledger = new Set<string>();
  const outbox = new Set<string>();
  const record = async (e: { key: string; recipientId: string }) => {
    const id = `${e.key}|${e.recipientId}`;
    return !ledger.has(id) && Boolean(ledger.add(id));
  };
  let watermark: Date | undefined;
  let scheduledAt: Date | undefined;
  const byId = new Map(cases.map((c) => [c.id, c]));
  const changeTime = (c: DeadlineCase) => c.updatedAt ?? c.createdAt;
  const byChange = [...cases].sort((a, b) => (changeTime(a) < changeTime(b) ? -1 : changeTime(a) > changeTime(b) ? 1 : 0));
  const caseSchedule = {
    openChangedSince: async (_t: string, since: Date | undefined) => {
      if (!since) return cases;
      const iso = since.toISOString();
      return byChange.slice(firstIndex(byChange, (c) => changeTime(c) > iso));
    },
    openByIds: async (_t: string, ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []),
  };
  const next = new ScheduleIndex();
  const ledgerSchedule = {
    scheduledBy: async (_t: string, now: Date) => next.dueBy(now.toISOString()),
    recordNextReminders: async (_t: string, entries: readonly { id: string; at: string }[]) => {
      for (const { id, at } of entries) next.set(id, at);
    },
    lastScheduled: async () => scheduledAt,
    completeSchedule: async (_t: string, at: Date) => {
      scheduledAt = at;
    },
  };
  return {
    tenants: staticTenants([TENANT], {}, 'SE'),
    cases: { ...sweepCaseRepository(async () => cases), ...(scheduled ? caseSchedule : {}) },
    processings: emptyProcessingRepository(),
    directory: {
      getUser: async (_t: string, id: string) => ({
        id,
        tenantId: TENANT,
        displayName: '',
        mail: '',
        department: '',
        jobTitle: '',
        groupIds: [],
        preferredLanguage: 'sv-SE',
      }),
      usersWithRole: async (_t: string, role: string) => [
        { id: `${role}-1`, tenantId: TENANT, displayName: '', mail: '', department: '', jobTitle: '', groupIds: [], preferredLanguage: 'sv-SE' },
      ],
    },
    ledger: {
      record,
      ...(scheduled ? { recordSent: record } : {}),
      lastSweep: async () => watermark,
      completeSweep: async (_t: string, at: Date) => {
        watermark = at;
      },
      ...(scheduled ? ledgerSchedule : {}),
    },
    chat: { send: async (m: ChatMessage) => (outbox.has(m.key) ? 'duplicate' : (outbox.add(m.key), 'queued')) },
    tabLink: (p: string) => p,
  };
}

/** The first index whose item satisfies `after`, for a predicate false then true along the sorted array. */
function firstIndex<T>(sorted: readonly T[], after: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after(sorted[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Case ids by the instant of their next reminder, as a range index holds them: `dueBy` reads only what it returns. */
class ScheduleIndex {
  private readonly atOf = new Map<string, string>();
  private readonly idsAt = new Map<string, Set<string>>();
  /** The distinct instants, ascending. */
  private readonly instants: string[] = [];

  set(id: string, at: string): void {
    const old = this.atOf.get(id);
    if (old === at) return;
    if (old !== undefined) {
      const ids = this.idsAt.get(old)!;
      ids.delete(id);
      if (ids.size === 0) {
        this.idsAt.delete(old);
        this.instants.splice(
          firstIndex(this.instants, (x) => x >= old),
          1,
        );
      }
    }
    this.atOf.set(id, at);
    let ids = this.idsAt.get(at);
    if (!ids) {
      this.idsAt.set(at, (ids = new Set()));
      this.instants.splice(
        firstIndex(this.instants, (x) => x >= at),
        0,
        at,
      );
    }
    ids.add(id);
  }

  dueBy(iso: string): string[] {
    const out: string[] = [];
    for (const at of this.instants) {
      if (at > iso) break;
      for (const id of this.idsAt.get(at)!) out.push(id);
    }
    return out;
  }
}

const SWEEPS = [
  ['first sweep', '2026-09-15T06:00:00Z'],
  ['repeat sweep 15 min later', '2026-09-15T06:15:00Z'],
  ['next day', '2026-09-16T06:00:00Z'],
  ['next day + 15 min', '2026-09-16T06:15:00Z'],
] as const;

async function series(run: (deps: SweepDependencies, now: Date) => Promise<Omit<SweepReport, 'casesExamined'>>, deps: SweepDependencies) {
  const out: { time: number; cpu: number; report: Omit<SweepReport, 'casesExamined'> }[] = [];
  for (const [, now] of SWEEPS) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const report = await run(deps, new Date(now));
    const cpu = process.cpuUsage(cpuStart);
    // CPU time beside wall time: on a shared machine the wall time mostly measures the neighbours.
    out.push({ time: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000, report });
  }
  return out;
}

/** The sweep over 100k open cases, before (every open case, every sweep) and after (only cases with something due). */
export async function runSweepBench(): Promise<void> {
  const cases = openCases(100_000);
  const before = await series(runReminderSweepBefore, sweepDeps(cases, false));
  const after = await series(runReminderSweep, sweepDeps(cases, true));
  SWEEPS.forEach(([label], i) => {
    const b = before[i]!;
    const a = after[i]!;
    console.log(
      `sweep 100000 open cases, ${label}: before ${ms(b.time)} (cpu ${ms(b.cpu)}; ${b.report.openDeadlines} deadlines examined, ${b.report.remindersDue} due, ${b.report.sent} sent) — ` +
        `after ${ms(a.time)} (cpu ${ms(a.cpu)}; ${a.report.openDeadlines} deadlines examined, ${a.report.remindersDue} due, ${a.report.sent} sent)`,
    );
  });
}
