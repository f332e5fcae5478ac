import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runReminderSweep, type SweepDependencies } from '@prt/functions/app/reminderSweep.js';
import { staticTenants } from '@prt/functions/tenants/tenantSettings.js';
import type { BreachCase, DeadlineCase } from '@prt/domain/deadlines/cases';
import type { ChatMessage } from '@prt/functions/notify/chatMessage.js';
import { emptyProcessingRepository, sweepCaseRepository } from '../support/sweepStubs.js';

const TENANT = 't1';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.parse('2026-11-02T08:00:00Z');

/**
 * Breach cases have an exact 72-hour deadline, so the oracle can state the slots without the calendar: owner
 * 24/12/1 h before and at the deadline, escalations 1 day after and then weekly (8 at most).
 */
function oracleSlots(awareAt: number): { slot: string; at: number; audience: 'owner' | 'escalation' }[] {
  const due = awareAt + 72 * HOUR;
  return [
    ...[24, 12, 1].map((h) => ({ slot: `before-PT${h}H`, at: due - h * HOUR, audience: 'owner' as const })),
    { slot: 'at', at: due, audience: 'owner' as const },
    ...Array.from({ length: 8 }, (_v, i) => ({ slot: `overdue-${i + 1}`, at: due + (1 + 7 * i) * DAY, audience: 'escalation' as const })),
  ];
}

interface World {
  cases: DeadlineCase[];
  ledger: Map<string, { supersededBy?: string }>;
  watermark?: Date;
  sent: string[];
  /** Throws on the k-th store write when set, counting down. */
  failAt?: { remaining: number };
}

function world(): World {
  return { cases: [], ledger: new Map(), sent: [] };
}

function write(w: World): void {
  if (w.failAt && --w.failAt.remaining === 0) throw new Error('injected store failure');
}

function deps(w: World): SweepDependencies {
  return {
    tenants: staticTenants([TENANT], {}, 'SE'),
    cases: sweepCaseRepository(async () => [...w.cases]),
    processings: emptyProcessingRepository(),
    directory: {
      // Reminders go only to people the directory knows and who can open the case (handlers and DPOs here).
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
      usersWithRole: async (_t: string, role: string) =>
        role === 'dpo'
          ? [{ id: 'dpo-1', tenantId: TENANT, displayName: '', mail: '', department: '', jobTitle: '', groupIds: [], preferredLanguage: 'sv-SE' }]
          : [],
    },
    ledger: {
      record: async (e) => {
        write(w);
        const id = `${e.key}|${e.recipientId}`;
        if (w.ledger.has(id)) return false;
        w.ledger.set(id, e.supersededBy ? { supersededBy: e.supersededBy } : {});
        return true;
      },
      lastSweep: async () => w.watermark,
      completeSweep: async (_t, at) => {
        write(w);
        w.watermark = at;
      },
    },
    chat: {
      send: async (m: ChatMessage) => {
        write(w);
        // The outbox's conditional create: the second message under a key is refused.
        if (w.sent.includes(m.key)) return 'duplicate';
        w.sent.push(m.key);
        return 'queued';
      },
    },
    tabLink: (p: string) => p,
  };
}

function breach(id: string, awareAt: number, createdAt: number): BreachCase {
  return {
    id,
    tenantId: TENANT,
    reference: `KS ${id}`,
    unit: 'KS',
    handlerId: `h-${id}`,
    createdAt: new Date(createdAt).toISOString(),
    createdBy: 'x',
    type: 'breach',
    awareAt: new Date(awareAt).toISOString(),
  };
}

/** A scenario: cases registered at random times relative to their deadlines, swept at random later times. */
const scenario = fc
  .record({
    cases: fc.array(fc.record({ registerAfter: fc.integer({ min: 0, max: 30 * DAY }), awareBefore: fc.integer({ min: -5 * DAY, max: 40 * DAY }) }), {
      minLength: 1,
      maxLength: 6,
    }),
    sweepGaps: fc.array(fc.integer({ min: 15 * 60_000, max: 6 * DAY }), { minLength: 1, maxLength: 12 }),
  })
  .map(({ cases, sweepGaps }) => {
    let t = START;
    const sweeps = sweepGaps.map((gap) => (t += gap));
    return { cases: cases.map((c, i) => ({ id: `c${i}`, createdAt: START + c.registerAfter, awareAt: START + c.registerAfter - c.awareBefore })), sweeps };
  });

/**
 * The oracle: at each sweep, each visible case's latest passed slot per audience is sent unless sent already;
 * an earlier slot of that audience counts as superseded and is never sent afterwards.
 */
function oracle(s: { cases: { id: string; createdAt: number; awareAt: number }[]; sweeps: number[] }): string[] {
  const sent: string[] = [];
  const handled = new Set<string>();
  for (const now of s.sweeps) {
    for (const c of s.cases) {
      if (c.createdAt > now) continue;
      const dueAt = new Date(c.awareAt + 72 * HOUR).toISOString();
      for (const audience of ['owner', 'escalation'] as const) {
        const passed = oracleSlots(c.awareAt).filter((x) => x.audience === audience && x.at <= now);
        const latest = passed.at(-1);
        if (!latest) continue;
        const key = `${c.id}|breach.notifyAuthority|${dueAt}|${latest.slot}`;
        if (!handled.has(key)) {
          sent.push(`reminder|${key}|${audience === 'owner' ? `h-${c.id}` : 'dpo-1'}`);
        }
        for (const x of passed) handled.add(`${c.id}|breach.notifyAuthority|${dueAt}|${x.slot}`);
      }
    }
  }
  return sent.sort();
}

async function runScenario(s: { cases: { id: string; createdAt: number; awareAt: number }[]; sweeps: number[] }, w = world()): Promise<World> {
  for (const now of s.sweeps) {
    w.cases = s.cases.filter((c) => c.createdAt <= now).map((c) => breach(c.id, c.awareAt, c.createdAt));
    await runReminderSweep(deps(w), new Date(now));
  }
  return w;
}

describe('reminder sweep properties', () => {
  it('sends exactly the oracle: each deadline’s latest passed slot at each sweep, once, whenever the case was registered', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        runs++;
        const w = await runScenario(s);
        expect([...w.sent].sort()).toEqual(oracle(s));
        expect(new Set(w.sent).size).toBe(w.sent.length);
      }),
      { numRuns: 300 },
    );
    expect(runs).toBe(300);
  });

  it('sends the latest slot at once for a breach registered already overdue, and one registered 2 h before its deadline', async () => {
    const w = world();
    const now = START + 10 * DAY;
    w.watermark = new Date(now - 15 * 60_000);
    w.cases = [breach('late', now - 5 * DAY, now - 60_000), breach('soon', now - 70 * HOUR, now - 60_000)];
    await runReminderSweep(deps(w), new Date(now));
    expect(w.sent.sort()).toEqual([
      `reminder|late|breach.notifyAuthority|${new Date(now - 5 * DAY + 72 * HOUR).toISOString()}|at|h-late`,
      `reminder|late|breach.notifyAuthority|${new Date(now - 5 * DAY + 72 * HOUR).toISOString()}|overdue-1|dpo-1`,
      `reminder|soon|breach.notifyAuthority|${new Date(now + 2 * HOUR).toISOString()}|before-PT12H|h-soon`,
    ]);
    // The earlier slots are recorded as superseded, not sent.
    expect(w.ledger.get(`soon|breach.notifyAuthority|${new Date(now + 2 * HOUR).toISOString()}|before-PT24H|h-soon`)).toEqual({
      supersededBy: expect.stringContaining('before-PT12H'),
    });
  });

  it('misses and duplicates nothing when the k-th store write of a sweep fails, for every k', async () => {
    const s = {
      cases: [0, 1, 2, 3].map((i) => ({ id: `c${i}`, createdAt: START + i * HOUR, awareAt: START - i * 2 * DAY })),
      sweeps: [START + 4 * HOUR, START + 3 * DAY, START + 9 * DAY],
    };
    const expected = oracle(s);
    let tried = 0;
    let held = 0;
    // k counts store writes (ledger, outbox, watermark) across the whole sequence of sweeps.
    for (let k = 1; ; k++) {
      const w = world();
      w.failAt = { remaining: k };
      let failed = false;
      for (const now of s.sweeps) {
        w.cases = s.cases.filter((c) => c.createdAt <= now).map((c) => breach(c.id, c.awareAt, c.createdAt));
        try {
          await runReminderSweep(deps(w), new Date(now));
        } catch {
          failed = true;
          // The next timer run redoes the failed sweep.
          w.failAt = undefined;
          await runReminderSweep(deps(w), new Date(now));
        }
      }
      if (!failed) break;
      tried++;
      expect([...w.sent].sort()).toEqual(expected);
      expect(new Set(w.sent).size).toBe(w.sent.length);
      held++;
    }
    expect(tried).toBeGreaterThan(10);
    expect(held).toBe(tried);
    console.log(`fault injection: failed write k=1..${tried} tried, ${held} held`);
  });

  it('sends nothing twice when sweeps run concurrently', async () => {
    for (let round = 0; round < 50; round++) {
      const w = world();
      w.cases = [0, 1, 2, 3, 4].map((i) => breach(`c${i}`, START - (round % 7) * DAY - i * 10 * HOUR, START - HOUR));
      await Promise.all(Array.from({ length: 5 }, () => runReminderSweep(deps(w), new Date(START))));
      expect(new Set(w.sent).size).toBe(w.sent.length);
      expect([...w.sent].sort()).toEqual(
        oracle({ cases: w.cases.map((c) => ({ id: c.id, createdAt: START - HOUR, awareAt: Date.parse((c as BreachCase).awareAt) })), sweeps: [START] }),
      );
    }
  });
});
