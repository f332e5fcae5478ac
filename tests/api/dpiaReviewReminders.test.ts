import { describe, expect, it } from 'vitest';
import { runReminderSweep, tenantDeadlines, type SweepDependencies } from '@prt/functions/app/reminderSweep.js';
import { staticTenants } from '@prt/functions/tenants/tenantSettings.js';
import type { ChatMessage } from '@prt/functions/notify/chatMessage.js';
import type { DirectoryUser } from '@prt/functions/directory/directory.js';
import type { Processing } from '@prt/domain/processing';
import { emptyProcessingRepository, sweepCaseRepository } from '../support/sweepStubs.js';

const TENANT = 't1';
const OWNER = 'u-owner';
const DPO = 'u-dpo';

function processing(nextReviewOn: string | undefined, status: Processing['status'] = 'approved'): Processing {
  return {
    id: 'p1',
    tenantId: TENANT,
    organisationUnit: 'Barn- och utbildningsnämnden',
    controller: 'Barn- och utbildningsnämnden',
    dpoContact: '',
    name: 'Elevhälsans journaler',
    purposes: [],
    systems: [],
    processors: [],
    securityMeasures: [],
    dpiaRequired: true,
    dpia: {
      assessment: {
        performedOn: '2026-01-15',
        conclusion: 'Risker hanteras',
        residualRisk: 'medium',
        priorConsultation: false,
        reference: 'BUN 2026/4',
        reviewIntervalMonths: 12,
        ...(nextReviewOn ? { nextReviewOn } : {}),
      },
    },
    audience: { units: [], roles: [] },
    status,
    version: 2,
    // Approved recently, so the yearly review is far off and only the DPIA review can be due.
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    createdBy: OWNER,
    updatedBy: OWNER,
    provenance: { kind: 'api', reference: '' },
  };
}

function user(id: string): DirectoryUser {
  return { id, tenantId: TENANT, displayName: id, mail: '', department: '', jobTitle: '', groupIds: [], preferredLanguage: 'sv-SE' };
}

/** A ledger and an outbox that keep what they were given, the way the stores do: a key recorded twice is refused. */
function world(processings: Processing[]) {
  const recorded = new Set<string>();
  const outbox = new Map<string, ChatMessage>();
  let last: Date | undefined;
  const deps: SweepDependencies = {
    tenants: staticTenants([TENANT], {}, 'SE'),
    cases: sweepCaseRepository(async () => []),
    processings: { ...emptyProcessingRepository(), list: async (_t, filter) => processings.filter((p) => !filter?.status || p.status === filter.status) },
    directory: { getUser: async (_t, id) => user(id), usersWithRole: async (_t, role) => (role === 'dpo' ? [user(DPO)] : []) },
    ledger: {
      record: async (e) => {
        const key = `${e.key}|${e.recipientId}`;
        if (recorded.has(key)) return false;
        recorded.add(key);
        return true;
      },
      lastSweep: async () => last,
      completeSweep: async (_t, at) => {
        last = at;
      },
    },
    chat: {
      send: async (m: ChatMessage) => {
        if (outbox.has(m.key)) return 'duplicate';
        outbox.set(m.key, m);
        return 'queued';
      },
    },
    tabLink: (p: string) => p,
  };
  const dpiaMessages = () => [...outbox.values()].filter((m) => m.key.includes('|processing.dpiaReview|'));
  return { deps, dpiaMessages };
}

describe('the DPIA review deadline in the reminder engine', () => {
  it('is a deadline of the tenant on the recorded review day, or the interval after the DPIA', async () => {
    const settings = staticTenants([TENANT], {}, 'SE').settings(TENANT);
    const given = await tenantDeadlines(world([processing('2026-12-10')]).deps, TENANT, settings, (o) => o);
    expect(given.deadlines.filter((d) => d.kind === 'processing.dpiaReview').map((d) => [d.dueDate, d.ownerId, d.subjectId])).toEqual([
      ['2026-12-10', OWNER, 'p1'],
    ]);
    const derived = await tenantDeadlines(world([processing(undefined)]).deps, TENANT, settings, (o) => o);
    expect(derived.deadlines.find((d) => d.kind === 'processing.dpiaReview')?.dueDate).toBe('2027-01-15');
    // Drafts and pending reports have no running review.
    const pending = await tenantDeadlines(world([processing('2026-12-10', 'pending')]).deps, TENANT, settings, (o) => o);
    expect(pending.deadlines.some((d) => d.kind === 'processing.dpiaReview')).toBe(false);
  });

  it('reminds the owner before, escalates to the DPO after, and sends each reminder once', async () => {
    const { deps, dpiaMessages } = world([processing('2026-12-10')]);
    await runReminderSweep(deps, new Date('2026-11-20T08:00:00Z'));
    expect(dpiaMessages()).toEqual([]);
    await runReminderSweep(deps, new Date('2026-12-07T08:00:00Z'));
    const before = dpiaMessages();
    expect(before.map((m) => [m.recipientUserId, m.link])).toEqual([[OWNER, '/?processing=p1']]);
    expect(before[0]!.text).toContain('Elevhälsans journaler');
    expect(before[0]!.text).toContain('konsekvensbedömningen');
    // The timer fires twice in the same hour: nothing more is sent.
    await Promise.all([runReminderSweep(deps, new Date('2026-12-07T08:05:00Z')), runReminderSweep(deps, new Date('2026-12-07T08:05:00Z'))]);
    expect(dpiaMessages()).toHaveLength(1);
    await runReminderSweep(deps, new Date('2026-12-12T08:00:00Z'));
    const after = dpiaMessages().slice(1);
    expect(after.map((m) => m.recipientUserId)).toContain(DPO);
    expect(new Set(dpiaMessages().map((m) => m.key)).size).toBe(dpiaMessages().length);
    const count = dpiaMessages().length;
    await runReminderSweep(deps, new Date('2026-12-12T09:00:00Z'));
    expect(dpiaMessages()).toHaveLength(count);
  });
});
