import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError, PreconditionFailedError } from '@prt/domain/errors';
import type { Principal } from '@prt/domain/principal';
import type { ProcessingContent } from '@prt/domain/processing';
import { stateOf } from '@prt/domain/review';
import { resolveEntityLinks } from '@prt/functions/app/registerEntities/entityLinks.js';
import { createEntity, updateEntity } from '@prt/functions/app/registerEntities/entityUseCases.js';
import { linkTenantEntities } from '@prt/functions/app/registerEntities/linkEntities.js';
import { markReviewed } from '@prt/functions/app/processingReviewDate.js';
import { decide } from '@prt/functions/app/review/decide.js';
import { proposeChange } from '@prt/functions/app/review/propose.js';
import { reportProcessing } from '@prt/functions/app/review/report.js';
import type { Services } from '@prt/functions/app/services.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { FaultFigures, FaultPlan, faultyServices, InjectedFault, type FaultMode } from '../support/faultyStore.js';
import { checkStoredInvariants, content, principals } from '../support/reviewWorld.js';
import { startTestApp } from '../support/testApp.js';

const RACES = 30;

const systemBody = (name: string) => ({ name, kind: 'verksamhetssystem', supplier: 'Leverantören AB', hosting: 'saas', location: 'Sverige' });

/**
 * A rename of an IT system rewrites the processings and pending proposals that link it: several writes. Each one
 * is failed in turn (before it reaches the store, and after it did but unacknowledged); sending the rename again
 * must complete it, and every processing and proposal must show the new name with nothing written twice.
 */
describe('renaming a linked system under faults and races', () => {
  let app: LocalApp;
  let staff: Principal;
  let dpo: Principal;
  let n = 0;
  const figures = new FaultFigures();
  const raceFigures: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ seedPath: null });
    ({ staff, dpo } = principals(app));
  });
  afterAll(async () => {
    figures.print('faults, entity rename:');
    console.log(`races, entity rename:\n${raceFigures.map((f) => `  ${f}`).join('\n')}`);
    await app?.stop();
  });

  const tenant = () => app.directory.tenantId;

  /** A system linked from an approved processing with a proposal awaiting review, and from a report awaiting review. */
  async function world() {
    const i = n++;
    const created = await createEntity(app.services, dpo, 'system', systemBody(`System ${i}`));
    const id = created.value.id;
    const link = (c: ProcessingContent) => resolveEntityLinks(app.services, tenant(), c);
    const linked = (name: string) => content({ name, systems: [{ id, name: 'x', kind: '' }], organisationUnit: 'Socialnämnden' });
    const approved = await reportProcessing(app.services, staff, await link(linked(`Godkänd ${i}`)));
    await decide(app.services, dpo, approved.value.id, 1, 'approve', '');
    const current = (await app.services.processings.get(tenant(), approved.value.id))!;
    const next = { ...(await link(linked(`Godkänd ${i}`))), securityMeasures: ['Loggning'] };
    await proposeChange(app.services, staff, approved.value.id, next, current.etag);
    const report = await reportProcessing(app.services, staff, await link(linked(`Anmäld ${i}`)));
    return { id, etag: created.etag, name: `System ${i}`, processings: [approved.value.id, report.value.id] };
  }

  async function rename(services: Services, w: { id: string }, name: string) {
    const stored = (await app.services.systems.get(tenant(), w.id))!;
    return updateEntity(services, dpo, 'system', w.id, systemBody(name), stored.etag);
  }

  /** Every processing and pending proposal shows `name`; the proposal can still be approved and keeps its change. */
  async function expectComplete(w: Awaited<ReturnType<typeof world>>, name: string, approve = true) {
    for (const pid of w.processings) {
      const record = (await app.services.processings.get(tenant(), pid))!.value;
      expect(record.systems.map((s) => [s.id, s.name])).toEqual([[w.id, name]]);
      const { versions, decisions } = await app.services.versions.history(tenant(), pid);
      for (const v of versions.filter(
        (x) =>
          stateOf(
            x,
            decisions.find((d) => d.version === x.version),
          ) === 'pending',
      ))
        expect(v.content.systems[0]!.name, `pending v${v.version} of ${pid}`).toBe(name);
      await checkStoredInvariants(app.services, tenant(), pid);
    }
    if (!approve) return;
    const outcome = await decide(app.services, dpo, w.processings[0]!, 2, 'approve', '');
    expect(outcome.processing).toMatchObject({ version: 2, securityMeasures: ['Loggning'], systems: [{ id: w.id, name }] });
  }

  it('completes a rename failed at its k-th write, for every k, when it is sent again', async () => {
    const counting = new FaultPlan();
    const probe = await world();
    await rename(faultyServices(app.services, counting), probe, `${probe.name} nytt`);
    const writes = counting.writes;
    expect(writes).toBeGreaterThanOrEqual(6);
    let tried = 0;
    let held = 0;
    for (const mode of ['before', 'after'] as FaultMode[]) {
      for (let k = 1; k <= writes; k++) {
        const w = await world();
        const plan = new FaultPlan(k, mode);
        tried++;
        await expect(rename(faultyServices(app.services, plan), w, `${w.name} nytt`)).rejects.toBeInstanceOf(InjectedFault);
        await rename(app.services, w, `${w.name} nytt`);
        await expectComplete(w, `${w.name} nytt`);
        // And once more: nothing new is written.
        const quiet = new FaultPlan();
        await rename(faultyServices(app.services, quiet), w, `${w.name} nytt`);
        expect(quiet.log.filter((l) => !l.startsWith('audit.'))).toEqual([]);
        held++;
      }
    }
    figures.add('rename a system linked from 2 processings and 1 pending proposal', writes, tried, held);
    expect(held).toBe(tried);
  });

  it(`races a rename against a proposal, an approval and a review date, ${RACES} times each: the new name and the edit both land`, async () => {
    let held = 0;
    for (let i = 0; i < RACES; i++) {
      const w = await world();
      const pid = w.processings[0]!;
      const kind = i % 3;
      const newName = `${w.name} R`;
      if (kind === 0) {
        // Rename against the DPO approving the pending proposal.
        const results = await Promise.allSettled([rename(app.services, w, newName), decide(app.services, dpo, pid, 2, 'approve', '')]);
        for (const r of results) if (r.status === 'rejected') expect((r.reason as DomainError).code).toMatch(/document.changed|processing.changed/);
        if (results[0].status === 'rejected') await rename(app.services, w, newName);
        if (results[1].status === 'rejected') await decide(app.services, dpo, pid, 2, 'approve', '');
        const record = (await app.services.processings.get(tenant(), pid))!.value;
        expect(record).toMatchObject({ version: 2, securityMeasures: ['Loggning'], systems: [{ id: w.id, name: newName }] });
        await expectComplete(w, newName, false);
      } else if (kind === 1) {
        // Rename against a new proposal on the other processing's record once approved.
        const other = w.processings[1]!;
        await decide(app.services, dpo, other, 1, 'approve', '');
        const current = (await app.services.processings.get(tenant(), other))!;
        const next = {
          ...(await resolveEntityLinks(
            app.services,
            tenant(),
            content({ name: `Anmäld ${n - 1}`, systems: [{ id: w.id, name: w.name, kind: '' }], organisationUnit: 'Socialnämnden' }),
          )),
          dpiaRequired: true,
        };
        const results = await Promise.allSettled([rename(app.services, w, newName), proposeChange(app.services, staff, other, next, current.etag)]);
        if (results[0].status === 'rejected') throw results[0].reason;
        if (results[1].status === 'rejected') {
          expect(results[1].reason).toBeInstanceOf(PreconditionFailedError);
          await proposeChange(app.services, staff, other, next, (await app.services.processings.get(tenant(), other))!.etag);
        }
        const approved = await decide(app.services, dpo, other, 2, 'approve', '');
        expect(approved.processing).toMatchObject({ dpiaRequired: true, systems: [{ id: w.id, name: newName }] });
        await expectComplete(w, newName);
      } else {
        // Rename against the yearly review being recorded on the approved record.
        const results = await Promise.allSettled([rename(app.services, w, newName), markReviewed(app.services, dpo, pid)]);
        if (results[0].status === 'rejected') throw results[0].reason;
        if (results[1].status === 'rejected') {
          expect(results[1].reason).toBeInstanceOf(PreconditionFailedError);
          await markReviewed(app.services, dpo, pid);
        }
        expect((await app.services.processings.get(tenant(), pid))!.value.lastReviewedAt).toBeTruthy();
        await expectComplete(w, newName, false);
      }
      held++;
    }
    raceFigures.push(`rename vs approve / propose / review date: ${RACES} races run, ${held} held`);
  });

  it(`races two renames of one system, ${RACES} times: one wins, and every processing shows the winner`, async () => {
    let held = 0;
    for (let i = 0; i < RACES; i++) {
      const w = await world();
      const results = await Promise.allSettled([
        updateEntity(app.services, dpo, 'system', w.id, systemBody(`${w.name} A`), w.etag),
        updateEntity(app.services, dpo, 'system', w.id, systemBody(`${w.name} B`), w.etag),
      ]);
      const won = results.flatMap((r, k) => (r.status === 'fulfilled' ? [k === 0 ? 'A' : 'B'] : []));
      expect(won).toHaveLength(1);
      await expectComplete(w, `${w.name} ${won[0]}`);
      held++;
    }
    raceFigures.push(`rename vs rename: ${RACES} races run, ${held} held`);
  });

  it('links plain names once, and again links nothing new', async () => {
    const plain = content({
      name: 'Olänkad',
      systems: [{ name: 'Gammalt system', kind: 'e-tjänst' }],
      processors: [{ name: 'Drift AB', agreementInPlace: true }],
    });
    const stored = await reportProcessing(app.services, staff, plain);
    const first = await linkTenantEntities(app.services, tenant(), 'system:link');
    expect(first).toMatchObject({ systemsCreated: 1, processorsCreated: 1 });
    const record = (await app.services.processings.get(tenant(), stored.value.id))!.value;
    expect(record.systems).toEqual([{ id: expect.stringMatching(/^system-/), name: 'Gammalt system', kind: 'e-tjänst' }]);
    expect(record.processors).toEqual([{ id: expect.stringMatching(/^processor-/), name: 'Drift AB', agreementInPlace: true }]);
    const again = await linkTenantEntities(app.services, tenant(), 'system:link');
    expect(again).toEqual({ systemsCreated: 0, processorsCreated: 0, processingsLinked: 0 });
  });
});
