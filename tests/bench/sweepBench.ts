import { performance } from 'node:perf_hooks';
import { runReminderSweep } from '@prt/functions/app/reminderSweep.js';
import { staticTenants } from '@prt/functions/tenants/tenantSettings.js';
import type { DeadlineCase } from '@prt/domain/deadlines/cases';
import { addDays } from '@prt/domain/deadlines/plainDate';
import type { ChatMessage } from '@prt/functions/notify/chatMessage.js';
import { ms } from './percentiles.js';

const TENANT = 'bench-tenant';

function openCases(count: number): DeadlineCase[] {
  const cases: DeadlineCase[] = [];
  for (let i = 0; i < count; i++) {
    const base = {
      id: `case-${i}`,
      tenantId: TENANT,
      reference: `KS 2026/${i}`,
      unit: 'Kommunstyrelsen',
      handlerId: `handler-${i % 50}`,
      createdAt: '',
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
 * The sweep over 100k open cases with in-memory adapters, so the numbers are the sweep's own work (deadline
 * computation, reminder selection, ledger and outbox bookkeeping) rather than the embedded store's.
 */
export async function runSweepBench(): Promise<void> {
  const cases = openCases(100_000);
  const ledger = new Set<string>();
  const outbox = new Set<string>();
  let watermark: Date | undefined;
  const deps = {
    tenants: staticTenants([TENANT], {}, 'SE'),
    cases: {
      open: async () => cases,
      allOfType: async () => [],
      get: async () => undefined,
      create: async () => {
        throw new Error('unused');
      },
      replace: async () => {
        throw new Error('unused');
      },
    },
    processings: {
      list: async () => [],
      get: async () => undefined,
      create: async () => {
        throw new Error('unused');
      },
      replace: async () => {
        throw new Error('unused');
      },
      changedSince: async () => ({ items: [], cursor: 0 }),
      remove: async () => {},
    },
    directory: {
      getUser: async () => undefined,
      usersWithRole: async (_t: string, role: string) => [
        { id: `${role}-1`, tenantId: TENANT, displayName: '', mail: '', department: '', jobTitle: '', groupIds: [], preferredLanguage: 'sv-SE' },
      ],
    },
    ledger: {
      record: async (e: { key: string; recipientId: string }) => !ledger.has(`${e.key}|${e.recipientId}`) && Boolean(ledger.add(`${e.key}|${e.recipientId}`)),
      lastSweep: async () => watermark,
      completeSweep: async (_t: string, at: Date) => {
        watermark = at;
      },
    },
    chat: { send: async (m: ChatMessage) => (outbox.has(m.key) ? 'duplicate' : (outbox.add(m.key), 'queued')) },
    tabLink: (p: string) => p,
  };
  for (const [label, now] of [
    ['first sweep', '2026-09-15T06:00:00Z'],
    ['repeat sweep 15 min later', '2026-09-15T06:15:00Z'],
    ['next day', '2026-09-16T06:00:00Z'],
  ] as const) {
    const start = performance.now();
    const report = await runReminderSweep(deps, new Date(now));
    console.log(
      `sweep 100000 open cases, ${label}: ${ms(performance.now() - start)} — ${report.openDeadlines} open deadlines, ${report.remindersDue} due, ${report.sent} sent, ${report.alreadySent} already sent`,
    );
  }
}
