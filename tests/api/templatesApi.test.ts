import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import type { Processing } from '@prt/domain/processing';
import { contentOf } from '@prt/domain/processingLifecycle';
import { DEMO_TENANT_ID } from '../support/demoUsers.js';
import { authHeaders, callApi, startTestApp } from '../support/testApp.js';
import { KL_SET_V1, KL_SET_V2, klSetJson, skrWorkbook } from '../support/templateFixtures.js';

async function upload(app: LocalApp, file: Uint8Array | string, as: 'dpo' | 'staff' | 'admin' = 'dpo', query = '') {
  const response = await fetch(`${app.url}/api/templates${query}`, {
    method: 'POST',
    headers: { ...(await authHeaders(app, as)), 'content-type': 'application/octet-stream' },
    body: typeof file === 'string' ? file : new Uint8Array(file),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the answers' shapes are asserted field by field below
  const body: any = await response.json();
  return { status: response.status, body };
}

const UNIT = 'Socialnämnden';
const KL_PICK = ['06', '18', '24', '31'];

/** The loosely typed answers this test reads. */
interface Row {
  [key: string]: unknown;
  item: number;
  templateId: string;
  processingId: string;
  processingName: string;
  field: string;
  code: string;
  params: unknown;
  status: string;
  source: string;
  removed: boolean;
  changes: Row[];
  drift: Row[];
  applicable: Row[];
  templates: Row[];
}

describe('template library API', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('is for the DPO and the admin only', async () => {
    expect((await callApi(app, 'templates', { as: 'staff' })).status).toBe(403);
    expect((await upload(app, klSetJson(KL_SET_V1), 'staff')).status).toBe(403);
    expect(
      (await callApi(app, 'templates/start', { method: 'POST', as: 'staff', body: { source: 'kl_article30', templateIds: ['06'], organisationUnit: UNIT } }))
        .status,
    ).toBe(403);
    expect((await callApi(app, 'templates/updates', { as: 'staff' })).status).toBe(403);
    expect((await callApi(app, 'templates', { as: 'admin' })).status).toBe(200);
  });

  it('refuses a set with an unreadable item as a whole, with a report per item, and a file that is not JSON or Excel', async () => {
    const broken = [...KL_SET_V1.slice(0, 2), { description: 'no name' }, 42];
    const refused = await upload(app, JSON.stringify(broken));
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('template.itemsRejected');
    expect(refused.body.issues.map((i: Row) => [i.item, i.code])).toEqual([
      [3, 'template.nameMissing'],
      [4, 'template.notAnObject'],
    ]);
    expect((await callApi(app, 'templates', { as: 'dpo' })).body.sets).toEqual([]);
    const notJson = await upload(app, 'Behandling;Formål\n');
    expect(notJson.status).toBe(400);
    expect(notJson.body.errors[0].code).toBe('template.invalidJson');
    const empty = await upload(app, '');
    expect(empty.body.errors[0].code).toBe('template.fileRequired');
  });

  it("imports the KL set in OS2compliance's JSON and lists it with KLE codes; the same file again changes nothing", async () => {
    const first = await upload(app, klSetJson(KL_SET_V1));
    expect(first.status).toBe(200);
    expect(first.body.format).toBe('os2compliance-json');
    expect(first.body.issues).toEqual([]);
    expect(first.body.sets).toEqual([
      { source: 'kl_article30', added: ['01', '06', '12', '18', '24', '31', '47', 'D'], changed: [], removed: [], unchanged: [] },
    ]);
    const again = await upload(app, klSetJson(KL_SET_V1));
    expect(again.body.sets[0].unchanged).toHaveLength(8);
    const list = await callApi(app, 'templates', { as: 'dpo' });
    const kl = list.body.sets.find((s: Row) => s.source === 'kl_article30');
    expect(kl.templates).toHaveLength(8);
    const sygesikring = kl.templates.find((t: Row) => t.templateId === '06');
    expect(sygesikring.kleGroups).toEqual(['29.03']);
    expect(sygesikring.legalBasis.article6).toEqual(['publicTask']);
    expect(sygesikring.legalBasis.article9).toEqual(['legalClaims']);
    expect(kl.templates.find((t: Row) => t.templateId === 'D').legalBasis.article10).toBe(true);
  });

  it('imports the SKR-style Excel template with what it could not read reported per row', async () => {
    const result = await upload(app, await skrWorkbook());
    expect(result.status).toBe(200);
    expect(result.body.format).toBe('xlsx');
    expect(result.body.sets[0].source).toBe('skr-mall');
    expect(result.body.sets[0].added).toEqual(['SKR-01', 'SKR-02', 'SKR-03', 'SKR-04', 'SKR-05']);
    expect(result.body.issues.map((i: Row) => [i.item, i.templateId, i.code, i.params])).toEqual([
      [7, 'SKR-05', 'template.unreadableLegalBasis', { value: 'Kanske' }],
      [7, 'SKR-05', 'template.invalidKleCode', { value: '7' }],
    ]);
  });

  it("starts a unit's register from templates into the review flow, never approved, and a re-run adds nothing", async () => {
    const before = await app.services.processings.list(DEMO_TENANT_ID);
    const start = { source: 'kl_article30', templateIds: KL_PICK, organisationUnit: UNIT, controller: 'Exempelby kommun', dpoContact: 'dso@exempelby.se' };
    const [a, b] = await Promise.all([
      callApi(app, 'templates/start', { method: 'POST', as: 'dpo', body: start }),
      callApi(app, 'templates/start', { method: 'POST', as: 'admin', body: start }),
    ]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    // Whichever ran first created them; together they created each exactly once.
    expect([...a.body.created, ...b.body.created].map((c: Row) => c.templateId).sort()).toEqual(KL_PICK);
    expect([...a.body.created, ...b.body.created].every((c: Row) => c.status === 'draft')).toBe(true);
    const rerun = await callApi(app, 'templates/start', { method: 'POST', as: 'dpo', body: start });
    expect(rerun.body.created).toEqual([]);
    expect(rerun.body.existing.map((e: Row) => e.templateId)).toEqual(KL_PICK);

    const skr = await callApi(app, 'templates/start', {
      method: 'POST',
      as: 'dpo',
      body: { source: 'skr-mall', templateIds: ['SKR-01', 'SKR-03', 'nope'], organisationUnit: UNIT },
    });
    expect(skr.body.created.map((c: Row) => [c.templateId, c.status])).toEqual([
      ['SKR-01', 'pending'],
      ['SKR-03', 'pending'],
    ]);
    expect(skr.body.refused).toEqual([{ templateId: 'nope', code: 'template.notFound', params: {} }]);
    const pending = await callApi(app, 'reviews/pending', { as: 'dpo' });
    expect(pending.body.items.map((r: Row) => r.processingName)).toEqual(expect.arrayContaining(['Rekrytering', 'Synpunkter och klagomål']));

    const created = await callApi(app, `processings/${skr.body.created[0].processingId}`, { as: 'dpo' });
    expect(created.body.status).toBe('pending');
    expect(created.body.provenance).toMatchObject({ kind: 'template', reference: 'skr-mall', template: { source: 'skr-mall', templateId: 'SKR-01' } });
    expect(created.body.controller).toBe('Exempelby kommun');
    const after = await app.services.processings.list(DEMO_TENANT_ID);
    expect(after).toHaveLength(before.length + KL_PICK.length + 2);
    expect(after.filter((p) => p.provenance.kind === 'template').every((p) => p.status === 'draft' || p.status === 'pending')).toBe(true);
    expect(created.body.status).not.toBe('approved');
  });

  it('shows a template update against processings from the older version and lets the DPO propose it into review', async () => {
    const start = await callApi(app, 'templates/start', {
      method: 'POST',
      as: 'dpo',
      body: { source: 'kl_article30', templateIds: ['06'], organisationUnit: UNIT },
    });
    const id = start.body.existing[0].processingId;
    // The unit completes its draft (categories, retention) and the DPO approves it.
    const draft = await callApi<Processing>(app, `processings/${id}`, { as: 'dpo' });
    const content = contentOf(draft.body);
    content.purposes[0]!.dataSubjectCategories = ['Borgere'];
    content.purposes[0]!.personalDataCategories = [{ name: 'CPR-nummer', special: false }];
    content.purposes[0]!.retention = { text: 'Slettes efter 5 år', periods: [{ amount: 5, unit: 'years' }], preserved: false };
    const revised = await callApi(app, `processings/${id}/proposals`, {
      method: 'POST',
      as: 'dpo',
      body: content,
      headers: { 'if-match': draft.headers.get('etag')! },
    });
    expect(revised.status).toBe(201);
    expect(
      (await callApi(app, `processings/${id}/versions/${revised.body.version}/decision`, { method: 'POST', as: 'dpo', body: { decision: 'approve' } })).status,
    ).toBe(200);
    expect((await callApi(app, 'templates/updates', { as: 'dpo' })).body.updates).toEqual([]);

    const v2 = await upload(app, klSetJson(KL_SET_V2));
    expect(v2.body.sets[0]).toMatchObject({ added: ['52'], changed: ['06', '18', '24'], removed: ['31'] });
    const updates = (await callApi(app, 'templates/updates', { as: 'dpo' })).body.updates;
    const byTemplate = Object.fromEntries(updates.map((u: Row) => [u.templateId, u]));
    expect(Object.keys(byTemplate).sort()).toEqual(['06', '18', '24', '31']);
    expect(byTemplate['06'].changes.map((c: Row) => c.field)).toEqual(['description']);
    expect(byTemplate['06'].drift.map((c: Row) => c.field)).toEqual(['dataSubjectCategories', 'personalDataCategories', 'retentionText']);
    expect(byTemplate['06'].applicable.map((c: Row) => c.field)).toEqual(['description']);
    expect(byTemplate['18'].changes.map((c: Row) => c.field)).toEqual(['legalBasis.article9', 'legalBasis.article10', 'legalBasis.nationalLaw']);
    expect(byTemplate['24'].changes.map((c: Row) => c.field)).toEqual(['kleGroups']);
    expect(byTemplate['31'].removed).toBe(true);

    const current = await callApi(app, `processings/${id}`, { as: 'dpo' });
    const stale = await callApi(app, `templates/updates/${id}/proposal`, { method: 'POST', as: 'dpo', headers: { 'if-match': '"stale"' } });
    expect(stale.status).toBe(412);
    expect((await callApi(app, `templates/updates/${id}/proposal`, { method: 'POST', as: 'dpo' })).status).toBe(428);
    const proposed = await callApi(app, `templates/updates/${id}/proposal`, {
      method: 'POST',
      as: 'dpo',
      headers: { 'if-match': current.headers.get('etag')! },
    });
    expect(proposed.status).toBe(201);
    // Still the approved text until the DPO decides; the update view says a proposal is open.
    expect((await callApi(app, `processings/${id}`, { as: 'dpo' })).body.purposes[0].description).toBe(KL_SET_V1[1]!.description);
    const open = (await callApi(app, 'templates/updates', { as: 'dpo' })).body.updates.find((u: Row) => u.processingId === id);
    expect(open.proposedVersion).toBe(proposed.body.version);
    await callApi(app, `processings/${id}/versions/${proposed.body.version}/decision`, { method: 'POST', as: 'dpo', body: { decision: 'approve' } });
    const approved = (await callApi(app, `processings/${id}`, { as: 'dpo' })).body;
    expect(approved.purposes[0].description).toBe(KL_SET_V2[1]!.description);
    expect(approved.purposes[0].retention.text).toBe('Slettes efter 5 år');
    expect((await callApi(app, 'templates/updates', { as: 'dpo' })).body.updates.some((u: Row) => u.processingId === id)).toBe(false);
  });
  it('refuses, per template, a processing whose uploaded text the register would not accept (too long, bidi controls)', async () => {
    const hostile = [
      { packageName: 'hostile', name: `01. ${'Lang'.repeat(1200)}`, description: 'x', gdprChoices: ['register-gdpr-p6-e'] },
      { packageName: 'hostile', name: '02. Spoof \u202Egnisu', description: 'x', gdprChoices: ['register-gdpr-p6-e'] },
      { packageName: 'hostile', name: '03. Fine', description: 'Formål', gdprChoices: ['register-gdpr-p6-e'] },
    ];
    expect((await upload(app, JSON.stringify(hostile))).status).toBe(200);
    const start = await callApi(app, 'templates/start', {
      method: 'POST',
      as: 'dpo',
      body: { source: 'hostile', templateIds: ['01', '02', '03'], organisationUnit: 'Kulturnämnden', controller: 'Exempelby kommun' },
    });
    expect(start.status).toBe(200);
    expect(start.body.refused.map((r: Row) => [r.templateId, r.field, r.code])).toEqual([
      ['01', 'name', 'field.tooLong'],
      ['02', 'name', 'text.bidiControl'],
    ]);
    expect(start.body.created.map((c: Row) => c.templateId)).toEqual(['03']);
  });
});
