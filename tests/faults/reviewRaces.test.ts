import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConflictError, DomainError } from '@prt/domain/errors';
import type { Principal } from '@prt/domain/principal';
import type { ProcessingContent } from '@prt/domain/processing';
import { contentOf, sameContent } from '@prt/domain/processingLifecycle';
import type { Decision } from '@prt/domain/review';
import { decide } from '@prt/functions/app/review/decide.js';
import { proposeChange } from '@prt/functions/app/review/propose.js';
import { reportProcessing } from '@prt/functions/app/review/report.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { changed, checkStoredInvariants, content, principals } from '../support/reviewWorld.js';
import { callApi, startTestApp } from '../support/testApp.js';

const RACES = 50;

describe('decisions and proposals under races', () => {
  let app: LocalApp;
  let staff: Principal;
  let dpo: Principal;
  let counter = 0;
  const figures: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ seedPath: null });
    ({ staff, dpo } = principals(app));
  });
  afterAll(async () => {
    console.log(`races, review flow:\n${figures.map((f) => `  ${f}`).join('\n')}`);
    await app?.stop();
  });

  const tenant = () => app.directory.tenantId;
  const fresh = (): ProcessingContent => content({ name: `Kapplöpning ${counter++}`, organisationUnit: 'Socialnämnden' });

  async function subject(on: 'report' | 'proposal') {
    const base = fresh();
    const stored = await reportProcessing(app.services, staff, base);
    const next = changed(base, 'Gallras 3 år efter beslut');
    if (on === 'report') return { id: stored.value.id, base, next: base, version: 1 };
    await decide(app.services, dpo, stored.value.id, 1, 'approve', '');
    const approved = (await app.services.processings.get(tenant(), stored.value.id))!;
    await proposeChange(app.services, staff, stored.value.id, next, approved.etag);
    return { id: stored.value.id, base, next, version: 2 };
  }

  for (const on of ['report', 'proposal'] as const) {
    it(`approve against reject of the same ${on}, ${RACES} times: exactly one decision, and the record agrees with it`, async () => {
      let held = 0;
      for (let i = 0; i < RACES; i++) {
        const s = await subject(on);
        const decisions: Decision[] = i % 2 === 0 ? ['approve', 'reject'] : ['reject', 'approve'];
        const results = await Promise.allSettled(
          decisions.map((d) => decide(app.services, dpo, s.id, s.version, d, d === 'approve' ? '' : 'Saknar rättslig grund')),
        );
        const won = results.flatMap((r, n) => (r.status === 'fulfilled' ? [decisions[n]!] : []));
        expect(won).toHaveLength(1);
        const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
        expect(lost.reason).toBeInstanceOf(ConflictError);
        expect((lost.reason as DomainError).code).toBe('decision.alreadyMade');

        const { decisions: stored } = await app.services.versions.history(tenant(), s.id);
        expect(stored.filter((d) => d.version === s.version).map((d) => d.decision)).toEqual(won);
        const record = (await app.services.processings.get(tenant(), s.id))!.value;
        if (won[0] === 'approve') {
          expect(record).toMatchObject({ status: 'approved', version: s.version });
          expect(sameContent(contentOf(record), s.next)).toBe(true);
        } else {
          expect(record.status).toBe(on === 'report' ? 'rejected' : 'approved');
          expect(sameContent(contentOf(record), s.base)).toBe(true);
        }
        const history = await callApi(app, `processings/${s.id}/versions`, { as: 'dpo' });
        expect(history.body.items[0]).toMatchObject({ version: s.version, state: won[0] === 'approve' ? 'approved' : 'rejected' });
        await checkStoredInvariants(app.services, tenant(), s.id);
        held++;
      }
      figures.push(`approve vs reject (${on}): ${RACES} races run, ${held} held`);
    });
  }

  it(`two proposals on the same base, ${RACES} times: one wins, the other is told the record changed`, async () => {
    let held = 0;
    for (let i = 0; i < RACES; i++) {
      const base = fresh();
      const stored = await reportProcessing(app.services, staff, base);
      await decide(app.services, dpo, stored.value.id, 1, 'approve', '');
      const approved = (await app.services.processings.get(tenant(), stored.value.id))!;
      const proposals = [changed(base, 'Gallras 4 år efter beslut'), changed(base, 'Gallras 6 år efter beslut')];
      const results = await Promise.allSettled(proposals.map((p) => proposeChange(app.services, staff, stored.value.id, p, approved.etag)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(['processing.changed', 'proposal.alreadyOpen']).toContain((lost.reason as DomainError).code);
      const { versions } = await app.services.versions.history(tenant(), stored.value.id);
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
      const winner = proposals[results.findIndex((r) => r.status === 'fulfilled')]!;
      expect(sameContent(versions[1]!.content, winner)).toBe(true);
      await checkStoredInvariants(app.services, tenant(), stored.value.id);
      held++;
    }
    figures.push(`two proposals on one base: ${RACES} races run, ${held} held`);
  });

  it('a rejected report cannot be revived by proposing a change to it (409 review.rejectedFinal)', async () => {
    const base = fresh();
    const stored = await reportProcessing(app.services, staff, base);
    await decide(app.services, dpo, stored.value.id, 1, 'reject', 'Behandlingen saknar rättslig grund');
    const rejected = await callApi(app, `processings/${stored.value.id}`);
    expect(rejected.body.status).toBe('rejected');
    const revived = await callApi(app, `processings/${stored.value.id}/proposals`, {
      method: 'POST',
      body: changed(base, 'Gallras 1 år efter beslut'),
      headers: { 'if-match': rejected.headers.get('etag')! },
    });
    expect(revived.status).toBe(409);
    expect(revived.body.code).toBe('review.rejectedFinal');
    expect((await app.services.processings.get(tenant(), stored.value.id))!.value.status).toBe('rejected');
    expect((await app.services.versions.history(tenant(), stored.value.id)).versions.map((v) => v.version)).toEqual([1]);
    expect((await callApi(app, 'reviews/pending', { as: 'dpo' })).body.items.map((r: { processingId: string }) => r.processingId)).not.toContain(
      stored.value.id,
    );
  });

  it('any sequence of proposals, decisions and decision races keeps record, history and decisions in agreement (property)', async () => {
    type Step = { kind: 'propose'; text: string } | { kind: 'decide'; decision: Decision } | { kind: 'race' };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('propose' as const), text: fc.constantFrom('Gallras 1 år', 'Gallras 2 år', 'Gallras 5 år', 'Bevaras') }),
      fc.record({ kind: fc.constant('decide' as const), decision: fc.constantFrom<Decision>('approve', 'reject', 'requestChanges') }),
      fc.record({ kind: fc.constant('race' as const) }),
    );
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        runs++;
        const base = fresh();
        const id = (await reportProcessing(app.services, staff, base)).value.id;
        let approvedContent: ProcessingContent | undefined;
        for (const s of steps) {
          const current = (await app.services.processings.get(tenant(), id))!;
          const { versions, decisions } = await app.services.versions.history(tenant(), id);
          const latest = versions[versions.length - 1]!;
          const open = !decisions.some((d) => d.version === latest.version);
          if (s.kind === 'propose') {
            await proposeChange(app.services, staff, id, changed(contentOf(current.value), s.text), current.etag).catch(expectDomainError);
          } else if (open) {
            const chosen: Decision[] = s.kind === 'race' ? ['approve', 'reject'] : [s.decision];
            const results = await Promise.allSettled(chosen.map((d) => decide(app.services, dpo, id, latest.version, d, d === 'approve' ? '' : 'Skäl')));
            expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
            const won = chosen[results.findIndex((r) => r.status === 'fulfilled')]!;
            if (won === 'approve') approvedContent = latest.content;
          }
          await checkStoredInvariants(app.services, tenant(), id);
          const record = (await app.services.processings.get(tenant(), id))!.value;
          if (record.status === 'approved') expect(sameContent(contentOf(record), approvedContent!)).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
    figures.push(`property: ${runs} random sequences of up to 6 steps, all held`);
  });
});

function expectDomainError(error: unknown): void {
  // Proposals the state does not allow are refused with a code (rejected report, open review, no change).
  expect(error).toBeInstanceOf(DomainError);
}
