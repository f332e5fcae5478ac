import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runReminderSweep, type SweepDependencies } from '@prt/functions/app/reminderSweep.js';
import { staticTenants } from '@prt/functions/tenants/tenantSettings.js';
import { canSeeCase } from '@prt/domain/deadlines/caseAccess';
import { addDays, dateInZone } from '@prt/domain/deadlines/plainDate';
import type { DeadlineCase } from '@prt/domain/deadlines/cases';
import type { Role } from '@prt/domain/principal';
import type { ChatMessage } from '@prt/functions/notify/chatMessage.js';
import type { DirectoryUser } from '@prt/functions/directory/directory.js';
import { emptyProcessingRepository, sweepCaseRepository } from '../support/sweepStubs.js';

const TENANT = 't1';
const NOW = new Date('2026-11-02T08:00:00Z');
const ROLES = ['dpo', 'whistleblowerHandler', 'dsrHandler', 'admin'] as const;

/** Random people with random roles; cases of every type handled by anyone, including people no longer in the directory. */
const scenario = fc.record({
  people: fc.array(fc.subarray([...ROLES]), { minLength: 1, maxLength: 6 }),
  cases: fc.array(
    fc.record({
      type: fc.constantFrom('dsr' as const, 'whistleblower' as const, 'breach' as const),
      handler: fc.integer({ min: 0, max: 7 }),
      ageDays: fc.integer({ min: 0, max: 120 }),
      closedDaysAgo: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
});

function user(id: string): DirectoryUser {
  return { id, tenantId: TENANT, displayName: '', mail: '', department: '', jobTitle: '', groupIds: [], preferredLanguage: 'sv-SE' };
}

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function buildCase(i: number, c: Scenario['cases'][number]): DeadlineCase {
  const today = dateInZone(NOW, 'Europe/Stockholm');
  const base = {
    id: `c${i}`,
    tenantId: TENANT,
    reference: `KS 2026/${i}`,
    unit: 'Kommunstyrelsen',
    handlerId: `u${c.handler}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'x',
  };
  const received = addDays(today, -c.ageDays);
  if (c.type === 'breach') return { ...base, type: 'breach', awareAt: new Date(NOW.getTime() - c.ageDays * 3_600_000).toISOString() };
  if (c.type === 'dsr') return { ...base, type: 'dsr', kind: 'access', receivedOn: received, pauses: [] };
  return { ...base, type: 'whistleblower', receivedOn: received, ...(c.closedDaysAgo !== undefined ? { closedOn: addDays(today, -c.closedDaysAgo) } : {}) };
}

describe('reminder recipients', () => {
  it('never addresses a reminder to someone who cannot open its case', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ people, cases: raw }) => {
        const roles = new Map<string, Role[]>(people.map((r, i) => [`u${i}`, ['staff', ...r] as Role[]]));
        const cases = raw.map((c, i) => buildCase(i, c));
        const sent: ChatMessage[] = [];
        const deps: SweepDependencies = {
          tenants: staticTenants([TENANT], {}, 'SE'),
          cases: sweepCaseRepository(async () => cases),
          processings: emptyProcessingRepository(),
          directory: {
            getUser: async (_t, id) => (roles.has(id) ? user(id) : undefined),
            usersWithRole: async (_t, role) => [...roles].filter(([, r]) => r.includes(role)).map(([id]) => user(id)),
          },
          ledger: { record: async () => true, lastSweep: async () => undefined, completeSweep: async () => {} },
          chat: {
            send: async (m: ChatMessage) => {
              sent.push(m);
              return 'queued';
            },
          },
          tabLink: (p: string) => p,
        };
        await runReminderSweep(deps, NOW);
        for (const m of sent) {
          const subject = cases.find((c) => m.key.startsWith(`reminder|${c.id}|`))!;
          const recipientRoles = roles.get(m.recipientUserId);
          expect(recipientRoles, `${m.recipientUserId} is in the directory`).toBeDefined();
          expect(canSeeCase({ tenantId: TENANT, userId: m.recipientUserId, roles: recipientRoles! }, subject)).toBe(true);
          expect(m.text).toContain(subject.reference);
        }
        // Someone who can open the case is still reminded when the stored handler cannot.
        for (const c of cases) {
          const openers = [...roles].filter(([id, r]) => canSeeCase({ tenantId: TENANT, userId: id, roles: r }, c));
          if (openers.length === 0) expect(sent.some((m) => m.key.startsWith(`reminder|${c.id}|`))).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});
