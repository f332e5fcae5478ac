import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftContent } from '@prt/domain/documents/draftReview';
import type { Principal } from '@prt/domain/principal';
import { contentOf, sameContent } from '@prt/domain/processingLifecycle';
import { decideFields } from '@prt/functions/app/documentDrafts/decideFields.js';
import { importDocument } from '@prt/functions/app/documentDrafts/importDocument.js';
import { submitProposal } from '@prt/functions/app/documentDrafts/submitProposal.js';
import type { Services } from '@prt/functions/app/services.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { acceptAll, noticeBytes } from '../support/documentDrafts.js';
import { readerDouble } from '../support/documentReaderDouble.js';
import { FaultFigures, FaultPlan, faultyServices, InjectedFault, type FaultMode } from '../support/faultyStore.js';
import { auditActions, checkStoredInvariants, messageKeys, principals } from '../support/reviewWorld.js';
import { startTestApp } from '../support/testApp.js';

const RACES = 40;
const KEY = 's2';

describe('sending a document proposal into review: every write can fail, and racing submits make one report', () => {
  let app: LocalApp;
  let dpo: Principal;
  let dpoCount: number;
  let counter = 0;
  const figures = new FaultFigures();
  const raceFigures: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ seedPath: null });
    app.services.documentReader = readerDouble;
    ({ dpo } = principals(app));
    dpoCount = (await app.directory.usersWithRole(app.directory.tenantId, 'dpo')).length;
  });
  afterAll(async () => {
    figures.print('fault injection, document drafts:');
    console.log(`races, document drafts:\n${raceFigures.map((f) => `  ${f}`).join('\n')}`);
    await app?.stop();
  });

  const tenant = () => app.directory.tenantId;

  /** A fresh draft (its own unit, so its processing id is its own) with every field of the proposal accepted. */
  async function decidedDraft(): Promise<string> {
    const view = await importDocument(app.services, dpo, {
      bytes: noticeBytes(),
      fileName: 'notice.txt',
      organisationUnit: `Nämnd ${counter++}`,
      controller: 'Exempelby kommun',
    });
    const stored = (await app.services.documentDrafts.get(tenant(), view.id))!;
    await decideFields(app.services, dpo, view.id, stored.etag, { proposal: KEY, decisions: acceptAll(view, KEY) });
    return view.id;
  }

  /** The promises on what is stored: the mark and the record agree, nothing half-made is left that a re-run cannot finish. */
  async function checkAgreement(draftId: string, complete: boolean) {
    const draft = (await app.services.documentDrafts.get(tenant(), draftId))!.value;
    const proposal = draft.reading.proposals.find((p) => p.key === KEY)!;
    const expected = draftContent(proposal, draft.decisions[KEY] ?? {}, draft);
    if (!expected.ok) throw new Error('fixture decisions do not make a report');
    const all = await app.services.processings.list(tenant(), { organisationUnit: draft.organisationUnit });
    expect(all.length, 'at most one processing from the proposal').toBeLessThanOrEqual(1);
    const record = all[0];
    const submission = draft.submissions[KEY];
    if (submission?.state === 'sent') expect(record?.id, 'a proposal marked sent has its record').toBe(submission.processingId);
    if (record) {
      expect(submission, 'a record from the draft is marked on the draft').toBeDefined();
      expect(record.status).toBe('pending');
      expect(record.provenance.kind).toBe('document');
      expect(sameContent(contentOf(record), expected.value), 'the record holds what the decisions say').toBe(true);
      await checkStoredInvariants(app.services, tenant(), record.id);
    }
    if (!complete) return;
    expect(submission?.state).toBe('sent');
    expect(record).toBeDefined();
    const { versions } = await app.services.versions.history(tenant(), record!.id);
    expect(versions.map((v) => [v.version, v.origin])).toEqual([[1, 'report']]);
    expect(await auditActions(app.services, tenant(), record!.id)).toEqual(['reported@v1']);
    expect(await messageKeys(app.services, tenant(), record!.id)).toHaveLength(dpoCount);
    const queue = await app.services.versions.undecided(tenant());
    expect(queue.filter((v) => v.processingId === record!.id)).toHaveLength(1);
  }

  it('submit: fails the k-th write for every k, before and after it reaches the store; a re-run completes it once', async () => {
    const counting = new FaultPlan();
    const first = await decidedDraft();
    await submitProposal(faultyServices(app.services, counting), dpo, first, KEY);
    await checkAgreement(first, true);
    const writes = counting.writes;
    expect(writes).toBeGreaterThanOrEqual(5);
    let tried = 0;
    const broken: string[] = [];
    for (const mode of ['before', 'after'] as FaultMode[]) {
      for (let k = 1; k <= writes; k++) {
        tried++;
        const id = await decidedDraft();
        const plan = new FaultPlan(k, mode);
        try {
          await expect(submitProposal(faultyServices(app.services, plan), dpo, id, KEY)).rejects.toBeInstanceOf(InjectedFault);
          await checkAgreement(id, false);
          await submitProposal(app.services, dpo, id, KEY);
          await checkAgreement(id, true);
          // And once more: a later submit changes nothing.
          await submitProposal(app.services, dpo, id, KEY);
          await checkAgreement(id, true);
        } catch (error) {
          broken.push(`k=${k} ${mode} (${plan.log[k - 1]}): ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    figures.add('submit document proposal', writes, tried, tried - broken.length);
    expect(broken).toEqual([]);
  });

  it(`two submits of the same proposal at once, ${RACES} times: both answer with the one report`, async () => {
    let held = 0;
    for (let i = 0; i < RACES; i++) {
      const id = await decidedDraft();
      const results = await Promise.allSettled([submitProposal(app.services, dpo, id, KEY), submitProposal(app.services, dpo, id, KEY)]);
      const ids = results.map((r) => (r.status === 'fulfilled' ? r.value.processing.id : String(r.reason)));
      expect(new Set(ids).size, ids.join(' / ')).toBe(1);
      expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
      await checkAgreement(id, true);
      held++;
    }
    raceFigures.push(`submit × submit: ${RACES} races, ${held} held (one processing, one version, one audit event each)`);
  });

  it(`a submit racing a change of decisions, ${RACES} times: the report holds the decisions the draft froze`, async () => {
    let held = 0;
    let patchWon = 0;
    for (let i = 0; i < RACES; i++) {
      const id = await decidedDraft();
      const stored = (await app.services.documentDrafts.get(tenant(), id))!;
      const recipient = stored.value.reading.proposals.find((p) => p.key === KEY)!.purposes[0]!.recipients.length > 0 ? 'purposes[0].recipients[0]' : 'name';
      const change = () => decideFields(app.services, dpo, id, stored.etag, { proposal: KEY, decisions: { [recipient]: { action: 'dropped' } } });
      const submit = () => submitProposal(app.services, dpo, id, KEY);
      const results = await Promise.allSettled(i % 2 === 0 ? [submit(), change()] : [change(), submit()]);
      const changed = results[i % 2 === 0 ? 1 : 0];
      if (changed.status === 'fulfilled') patchWon++;
      else expect((changed.reason as { code?: string }).code).toMatch(/^documentDraft\.(changed|alreadySubmitted)$/);
      await submitProposal(app.services, dpo, id, KEY);
      await checkAgreement(id, true);
      held++;
    }
    raceFigures.push(`submit × change of decisions: ${RACES} races, ${held} held (the change won ${patchWon} times)`);
  });

  it('faulty services stay faulty only where told: the fault plan wraps the drafts store', () => {
    const plan = new FaultPlan(1);
    const services: Services = faultyServices(app.services, plan);
    expect(services.documentDrafts).not.toBe(app.services.documentDrafts);
  });
});
