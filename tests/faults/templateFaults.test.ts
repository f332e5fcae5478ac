import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@prt/domain/principal';
import type { ParsedTemplateSet } from '@prt/domain/templates/processingTemplate';
import { contentOf } from '@prt/domain/processingLifecycle';
import { decide } from '@prt/functions/app/review/decide.js';
import { proposeChange } from '@prt/functions/app/review/propose.js';
import { listTemplates, proposeTemplateUpdate, startFromTemplates, templateUpdates, uploadTemplates } from '@prt/functions/app/templateLibrary.js';
import { parseTemplateFile } from '@prt/functions/import/templateFile.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { FaultFigures, FaultPlan, faultyServices, InjectedFault, type FaultMode } from '../support/faultyStore.js';
import { KL_SET_V1, KL_SET_V2, klSetJson, skrWorkbook } from '../support/templateFixtures.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { startTestApp } from '../support/testApp.js';

/** Each attack runs in a tenant of its own, so one attack's leftovers cannot hide another's. */
const dpo = (tenantId: string): Principal => ({ tenantId, userId: 'dpo-1', displayName: 'DPO', roles: ['dpo'] });

describe('every write of a template upload and of starting a register from templates can fail; running it again completes it', () => {
  let app: LocalApp;
  let v1: ParsedTemplateSet;
  let v2: ParsedTemplateSet;
  let skr: ParsedTemplateSet;
  const figures = new FaultFigures();

  beforeAll(async () => {
    app = await startTestApp({ seedPath: null });
    v1 = await parseTemplateFile(Buffer.from(klSetJson(KL_SET_V1)));
    v2 = await parseTemplateFile(Buffer.from(klSetJson(KL_SET_V2)));
    skr = await parseTemplateFile(await skrWorkbook());
  });
  afterAll(async () => {
    figures.print('fault injection, templates:');
    await app?.stop();
  });

  /** The library as the list shows it: source → templateId@version. */
  async function library(principal: Principal): Promise<string[]> {
    return (await listTemplates(app.services, principal)).flatMap((s) => s.templates.map((t) => `${s.source}/${t.templateId}@${t.version}`)).sort();
  }
  const expected = (set: ParsedTemplateSet) => set.templates.map((t) => `${t.source}/${t.templateId}@${t.version}`).sort();

  it('an upload of a new version fails at the k-th write for every k: the library shows the old set or the new one, never a mix', async () => {
    const counting = new FaultPlan();
    await uploadTemplates(app.services, dpo('count-upload'), v1);
    await uploadTemplates(faultyServices(app.services, counting), dpo('count-upload'), v2);
    const writes = counting.writes;
    expect(writes).toBeGreaterThan(2);
    let tried = 0;
    const broken: string[] = [];
    for (const mode of ['before', 'after'] as FaultMode[]) {
      for (let k = 1; k <= writes; k++) {
        tried++;
        const principal = dpo(`upload-${mode}-${k}`);
        const plan = new FaultPlan(k, mode);
        try {
          await uploadTemplates(app.services, principal, v1);
          await expect(uploadTemplates(faultyServices(app.services, plan), principal, v2)).rejects.toBeInstanceOf(InjectedFault);
          const seen = await library(principal);
          expect([expected(v1), expected(v2)]).toContainEqual(seen);
          const rerun = await uploadTemplates(app.services, principal, v2);
          expect(await library(principal)).toEqual(expected(v2));
          // Completing the interrupted upload reports what the new version changed, unless the lost write was its last.
          if (!(mode === 'after' && k === writes)) expect(rerun.sets[0]).toMatchObject({ added: ['52'], removed: ['31'] });
        } catch (error) {
          broken.push(`k=${k} ${mode} (${plan.log[k - 1]}): ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    figures.add('upload of a new set version (8 templates)', writes, tried, tried - broken.length);
    expect(broken).toEqual([]);
  });

  it('starting a register fails at the k-th write for every k: a re-run completes it, each processing once, its history once', async () => {
    const request = (source: string, templateIds: string[]) => ({
      source,
      templateIds,
      organisationUnit: 'Socialnämnden',
      controller: 'Exempelby kommun',
      dpoContact: 'dso@exempelby.se',
    });
    const run = async (services: LocalApp['services'], principal: Principal) => {
      await startFromTemplates(services, principal, request('kl_article30', ['06', '18']));
      await startFromTemplates(services, principal, request('skr-mall', ['SKR-01', 'SKR-03']));
    };
    const state = async (principal: Principal) => {
      const processings = await app.services.processings.list(principal.tenantId);
      const out: string[] = [];
      for (const p of processings) {
        const { versions } = await app.services.versions.history(principal.tenantId, p.id);
        const audit = (await app.services.audit.forProcessing(principal.tenantId, p.id)).map((e) => `${e.action}@v${e.version}`);
        out.push(
          `${p.name}:${p.status}:v${p.version}:${p.provenance.template?.templateId}:versions=${versions.map((v) => v.version).join(',')}:audit=${audit.join(',')}`,
        );
      }
      return out.sort();
    };
    const setUp = async (principal: Principal) => {
      await uploadTemplates(app.services, principal, v1);
      await uploadTemplates(app.services, principal, skr);
    };
    const clean = dpo('start-clean');
    await setUp(clean);
    const counting = new FaultPlan();
    await run(faultyServices(app.services, counting), clean);
    const want = await state(clean);
    expect(want).toHaveLength(4);
    expect(want.filter((s) => s.includes(':pending:'))).toHaveLength(2);
    expect(want.every((s) => !s.includes(':approved:'))).toBe(true);
    const writes = counting.writes;

    let tried = 0;
    const broken: string[] = [];
    for (const mode of ['before', 'after'] as FaultMode[]) {
      for (let k = 1; k <= writes; k++) {
        tried++;
        const principal = dpo(`start-${mode}-${k}`);
        const plan = new FaultPlan(k, mode);
        try {
          await setUp(principal);
          await expect(run(faultyServices(app.services, plan), principal)).rejects.toBeInstanceOf(InjectedFault);
          await run(app.services, principal);
          expect(await state(principal)).toEqual(want);
          await run(app.services, principal);
          expect(await state(principal)).toEqual(want);
        } catch (error) {
          broken.push(`k=${k} ${mode} (${plan.log[k - 1]}): ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    figures.add('start a unit from 4 templates (2 drafts, 2 reports)', writes, tried, tried - broken.length);
    expect(broken).toEqual([]);
  });

  it('proposing a template update fails at the k-th write for every k: proposing again completes it, one open proposal, then it is followed once approved', async () => {
    const erik = (): Principal => ({ tenantId: app.directory.tenantId, userId: DEMO_USERS.dpo, displayName: 'Erik Johansson', roles: ['dpo'] });
    /** An approved processing from version 1 of a set of its own, and version 2 of that set uploaded. */
    const world = async (name: string) => {
      const principal = erik();
      const withSource = (set: typeof KL_SET_V1) => parseTemplateFile(Buffer.from(klSetJson(set)), { source: name });
      await uploadTemplates(app.services, principal, await withSource(KL_SET_V1));
      const start = await startFromTemplates(app.services, principal, {
        source: name,
        templateIds: ['06'],
        organisationUnit: `Nämnd ${name}`,
        controller: 'Exempelby kommun',
      });
      const id = start.created[0]!.processingId;
      const draft = (await app.services.processings.get(principal.tenantId, id))!;
      const content = contentOf(draft.value);
      content.purposes[0] = {
        ...content.purposes[0]!,
        dataSubjectCategories: ['Borgere'],
        personalDataCategories: [{ name: 'CPR-nummer', special: false }],
        retention: { text: 'Slettes efter 5 år', periods: [{ amount: 5, unit: 'years' }], preserved: false },
      };
      const report = await proposeChange(app.services, principal, id, content, draft.etag);
      await decide(app.services, principal, id, report.version, 'approve', '');
      await uploadTemplates(app.services, principal, await withSource(KL_SET_V2));
      return { principal, id, etag: (await app.services.processings.get(principal.tenantId, id))!.etag };
    };
    const counting = new FaultPlan();
    const clean = await world('propose-count');
    const done = await proposeTemplateUpdate(faultyServices(app.services, counting), clean.principal, clean.id, clean.etag);
    const writes = counting.writes;
    expect(writes).toBeGreaterThanOrEqual(3);

    let tried = 0;
    const broken: string[] = [];
    for (const mode of ['before', 'after'] as FaultMode[]) {
      for (let k = 1; k <= writes; k++) {
        tried++;
        const w = await world(`propose-${mode}-${k}`);
        const plan = new FaultPlan(k, mode);
        try {
          await expect(proposeTemplateUpdate(faultyServices(app.services, plan), w.principal, w.id, w.etag)).rejects.toBeInstanceOf(InjectedFault);
          const again = await proposeTemplateUpdate(app.services, w.principal, w.id, w.etag);
          expect(again.version).toBe(done.version);
          const { versions } = await app.services.versions.history(w.principal.tenantId, w.id);
          expect(versions.map((v) => v.version)).toEqual([2, 3]);
          const audit = (await app.services.audit.forProcessing(w.principal.tenantId, w.id)).map((e) => `${e.action}@v${e.version}`);
          expect(audit.filter((a) => a === `proposed@v${again.version}`)).toHaveLength(1);
          const open = (await templateUpdates(app.services, w.principal)).find((u) => u.processingId === w.id);
          expect(open?.proposedVersion).toBe(again.version);
          await decide(app.services, w.principal, w.id, again.version, 'approve', '');
          expect((await templateUpdates(app.services, w.principal)).some((u) => u.processingId === w.id)).toBe(false);
          expect((await app.services.processings.get(w.principal.tenantId, w.id))!.value.purposes[0]!.description).toBe(KL_SET_V2[1]!.description);
        } catch (error) {
          broken.push(`k=${k} ${mode} (${plan.log[k - 1]}): ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    figures.add('propose a template update into review', writes, tried, tried - broken.length);
    expect(broken).toEqual([]);
  });

  it('many concurrent starts of the same request create each processing once', async () => {
    const principal = dpo('start-race');
    await uploadTemplates(app.services, principal, v1);
    const request = {
      source: 'kl_article30',
      templateIds: ['01', '06', '12', '18', '24', '31', '47', 'D'],
      organisationUnit: 'Barn- och utbildningsnämnden',
      controller: 'Exempelby kommun',
    };
    for (let round = 0; round < 5; round++) {
      const outcomes = await Promise.all(Array.from({ length: 6 }, () => startFromTemplates(app.services, principal, request)));
      const created = outcomes.flatMap((o) => o.created.map((c) => c.templateId));
      expect(new Set(created).size).toBe(created.length);
      if (round === 0) expect(created.sort()).toEqual([...request.templateIds].sort());
      else expect(created).toEqual([]);
      expect(outcomes.every((o) => o.refused.length === 0)).toBe(true);
    }
    expect(await app.services.processings.list(principal.tenantId)).toHaveLength(8);
  });
});
