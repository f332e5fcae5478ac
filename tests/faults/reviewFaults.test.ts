import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvocationContext } from '@azure/functions';
import { createTimers } from '@prt/functions/triggers/timers.js';
import { processingId } from '@prt/domain/identity';
import type { Principal } from '@prt/domain/principal';
import type { ProcessingContent } from '@prt/domain/processing';
import { contentOf, sameContent } from '@prt/domain/processingLifecycle';
import { DECISIONS, type Decision } from '@prt/domain/review';
import { decide } from '@prt/functions/app/review/decide.js';
import { proposeChange } from '@prt/functions/app/review/propose.js';
import { processingHistory } from '@prt/functions/app/review/queries.js';
import { reportProcessing } from '@prt/functions/app/review/report.js';
import type { Services } from '@prt/functions/app/services.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { FaultFigures, FaultPlan, faultyServices, InjectedFault, type FaultMode } from '../support/faultyStore.js';
import { auditActions, changed, checkStoredInvariants, content, decisionAction, messageKeys, principals } from '../support/reviewWorld.js';
import { startTestApp } from '../support/testApp.js';

interface Subject {
  id: string;
  etag: string;
  base: ProcessingContent;
  next: ProcessingContent;
  version: number;
}

interface Scenario {
  name: string;
  setup(n: number): Promise<Subject>;
  act(services: Services, s: Subject): Promise<unknown>;
  /** The same request again, after a read that repairs; a request refused because it already happened is fine. */
  rerun(s: Subject): Promise<void>;
  complete(s: Subject): Promise<void>;
}

describe('every write of each review use case can fail; the promises hold and a re-run completes it once', () => {
  let app: LocalApp;
  let staff: Principal;
  let dpo: Principal;
  let dpoCount: number;
  const figures = new FaultFigures();
  let counter = 0;

  beforeAll(async () => {
    app = await startTestApp({ seedPath: null });
    ({ staff, dpo } = principals(app));
    dpoCount = (await app.directory.usersWithRole(app.directory.tenantId, 'dpo')).length;
  });
  afterAll(async () => {
    figures.print('fault injection, review flow:');
    await app?.stop();
  });

  const tenant = () => app.directory.tenantId;
  const fresh = (n: number) => content({ name: `Felinjektion ${n} ${counter++}`, organisationUnit: 'Kommunstyrelsen' });

  async function reported(n: number): Promise<Subject> {
    const base = fresh(n);
    const stored = await reportProcessing(app.services, staff, base);
    return { id: stored.value.id, etag: stored.etag, base, next: changed(base, 'Gallras 7 år efter beslut'), version: 1 };
  }

  async function approvedWithProposal(n: number): Promise<Subject> {
    const s = await reported(n);
    await decide(app.services, dpo, s.id, 1, 'approve', '');
    const approved = (await app.services.processings.get(tenant(), s.id))!;
    await proposeChange(app.services, staff, s.id, s.next, approved.etag);
    return { ...s, etag: approved.etag, version: 2 };
  }

  const ignoreAlreadyDone = (error: unknown) => {
    if (!(error instanceof Error && ['ConflictError', 'PreconditionFailedError'].includes(error.name))) throw error;
  };

  const reportScenario: Scenario = {
    name: 'report',
    setup: async (n) => {
      const base = fresh(n);
      return { id: '', etag: '', base, next: base, version: 1 };
    },
    act: async (services, s) => {
      const stored = await reportProcessing(services, staff, s.base);
      s.id = stored.value.id;
    },
    rerun: async (s) => {
      // Refused as a duplicate only when the first run got as far as its last write.
      await reportProcessing(app.services, staff, s.base).then(() => undefined, ignoreAlreadyDone);
      s.id = processingId(s.base.organisationUnit, s.base.name);
    },
    complete: async (s) => {
      const record = (await app.services.processings.get(tenant(), s.id))!.value;
      expect(record).toMatchObject({ status: 'pending', version: 1 });
      expect((await app.services.versions.history(tenant(), s.id)).versions.map((v) => v.version)).toEqual([1]);
      expect(await auditActions(app.services, tenant(), s.id)).toEqual(['reported@v1']);
      expect(await messageKeys(app.services, tenant(), s.id)).toHaveLength(dpoCount);
    },
  };

  const proposeScenario: Scenario = {
    name: 'propose (approved record)',
    setup: async (n) => {
      const s = await reported(n);
      await decide(app.services, dpo, s.id, 1, 'approve', '');
      const approved = (await app.services.processings.get(tenant(), s.id))!;
      return { ...s, etag: approved.etag, version: 2 };
    },
    act: (services, s) => proposeChange(services, staff, s.id, s.next, s.etag),
    rerun: (s) => proposeChange(app.services, staff, s.id, s.next, s.etag).then(() => undefined, ignoreAlreadyDone),
    complete: async (s) => {
      const record = (await app.services.processings.get(tenant(), s.id))!;
      expect(record.value).toMatchObject({ status: 'approved', version: 1 });
      expect(record.etag).toBe(s.etag);
      const { versions, decisions } = await app.services.versions.history(tenant(), s.id);
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
      expect(decisions.map((d) => d.version)).toEqual([1]);
      expect(await auditActions(app.services, tenant(), s.id)).toEqual(['approved@v1', 'proposed@v2', 'reported@v1']);
      expect((await messageKeys(app.services, tenant(), s.id)).filter((k) => k.startsWith('review|') && k.includes('|v2|'))).toHaveLength(dpoCount);
    },
  };

  const reviseScenario: Scenario = {
    name: 'propose (revision of a report sent back)',
    setup: async (n) => {
      const s = await reported(n);
      await decide(app.services, dpo, s.id, 1, 'requestChanges', 'Ange gallringsfrist');
      const draft = (await app.services.processings.get(tenant(), s.id))!;
      return { ...s, etag: draft.etag, version: 2 };
    },
    act: (services, s) => proposeChange(services, staff, s.id, s.next, s.etag),
    rerun: (s) => proposeChange(app.services, staff, s.id, s.next, s.etag).then(() => undefined, ignoreAlreadyDone),
    complete: async (s) => {
      const record = (await app.services.processings.get(tenant(), s.id))!.value;
      expect(record).toMatchObject({ status: 'pending', version: 2 });
      expect(sameContent(contentOf(record), s.next)).toBe(true);
      expect((await app.services.versions.history(tenant(), s.id)).versions.map((v) => v.version)).toEqual([1, 2]);
      expect(await auditActions(app.services, tenant(), s.id)).toEqual(['changesRequested@v1', 'proposed@v2', 'reported@v1']);
      expect((await messageKeys(app.services, tenant(), s.id)).filter((k) => k.startsWith('review|') && k.includes('|v2|'))).toHaveLength(dpoCount);
    },
  };

  function decideScenario(decision: Decision, on: 'report' | 'proposal'): Scenario {
    return {
      name: `decide ${decision} (${on})`,
      setup: (n) => (on === 'report' ? reported(n) : approvedWithProposal(n)),
      act: (services, s) => decide(services, dpo, s.id, s.version, decision, decision === 'approve' ? '' : 'Saknar gallringsbeslut'),
      rerun: async (s) => {
        // Reading the history completes a decision a crash cut short; deciding again is then refused as a duplicate.
        await processingHistory(app.services, dpo, s.id);
        await decide(app.services, dpo, s.id, s.version, decision, decision === 'approve' ? '' : 'Saknar gallringsbeslut').then(
          () => undefined,
          ignoreAlreadyDone,
        );
      },
      complete: async (s) => {
        const record = (await app.services.processings.get(tenant(), s.id))!.value;
        const { decisions } = await app.services.versions.history(tenant(), s.id);
        const decided = decisions.filter((d) => d.version === s.version);
        expect(decided.map((d) => [d.decision, d.applied])).toEqual([[decision, true]]);
        const decidedContent = on === 'report' || decision === 'approve' ? s.next : s.base;
        if (on === 'report') {
          expect(record.status).toBe(decision === 'approve' ? 'approved' : decision === 'reject' ? 'rejected' : 'draft');
          expect(sameContent(contentOf(record), s.base)).toBe(true);
        } else {
          expect(record).toMatchObject({ status: 'approved', version: decision === 'approve' ? 2 : 1 });
          expect(sameContent(contentOf(record), decidedContent)).toBe(true);
        }
        expect((await auditActions(app.services, tenant(), s.id)).filter((a) => a === `${decisionAction(decision)}@v${s.version}`)).toHaveLength(1);
        expect((await messageKeys(app.services, tenant(), s.id)).filter((k) => k === `decision|${s.id}|v${s.version}`)).toHaveLength(1);
      },
    };
  }

  it('a decision cut short right after it was recorded is completed by the repair timer, with no read in between', async () => {
    const s = await approvedWithProposal(99);
    // Write 1 is the decision document; failing write 2 leaves it recorded and nothing else done.
    await expect(decide(faultyServices(app.services, new FaultPlan(2, 'before')), dpo, s.id, 2, 'approve', '')).rejects.toBeInstanceOf(InjectedFault);
    expect((await app.services.processings.get(tenant(), s.id))!.value.version).toBe(1);
    const timer = createTimers(app.services).find((t) => t.name === 'decisionRepair')!;
    await timer.handler(
      { isPastDue: false, schedule: { adjustForDST: false }, scheduleStatus: { last: '', next: '', lastUpdated: '' } },
      new InvocationContext({ functionName: timer.name }),
    );
    const record = (await app.services.processings.get(tenant(), s.id))!.value;
    expect(record).toMatchObject({ status: 'approved', version: 2 });
    expect(sameContent(contentOf(record), s.next)).toBe(true);
    expect(await auditActions(app.services, tenant(), s.id)).toContain('approved@v2');
    expect(await app.services.versions.unappliedDecisions(tenant(), s.id)).toEqual([]);
  });

  const scenarios: Scenario[] = [
    reportScenario,
    proposeScenario,
    reviseScenario,
    ...DECISIONS.flatMap((d) => [decideScenario(d, 'report'), decideScenario(d, 'proposal')]),
  ];

  for (const scenario of scenarios) {
    it(`${scenario.name}: fails the k-th write for every k, before and after it reaches the store`, async () => {
      const counting = new FaultPlan();
      const first = await scenario.setup(0);
      await scenario.act(faultyServices(app.services, counting), first);
      await scenario.complete(first);
      const writes = counting.writes;
      expect(writes).toBeGreaterThan(0);

      let tried = 0;
      const broken: string[] = [];
      for (const mode of ['before', 'after'] as FaultMode[]) {
        for (let k = 1; k <= writes; k++) {
          tried++;
          const s = await scenario.setup(k);
          const plan = new FaultPlan(k, mode);
          try {
            await expect(scenario.act(faultyServices(app.services, plan), s)).rejects.toBeInstanceOf(InjectedFault);
            if (s.id) await checkStoredInvariants(app.services, tenant(), s.id);
            await scenario.rerun(s);
            await checkStoredInvariants(app.services, tenant(), s.id);
            await scenario.complete(s);
          } catch (error) {
            broken.push(`k=${k} ${mode} (${plan.log[k - 1]}): ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      }
      figures.add(scenario.name, writes, tried, tried - broken.length);
      expect(broken).toEqual([]);
    });
  }
});
