import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { DEMO_TENANT_ID } from '../support/demoUsers.js';
import { parseDelimited } from '@prt/functions/import/delimitedText.js';
import { callApi, startTestApp } from '../support/testApp.js';

const NAME = 'Dokumentera elevhälsans insatser';

/** A school processing with a matrix, a DPIA screening meeting two criteria and record, a joint controller, SCCs and a retention decision. */
function schoolProcessing(category = 'Betyg', extra: Record<string, unknown> = {}) {
  return processingInput({
    name: NAME,
    organisationUnit: 'Barn- och utbildningsnämnden',
    controller: 'Barn- och utbildningsnämnden',
    role: 'jointController',
    jointControllers: [{ name: 'Region Exempel', arrangement: 'Regionen svarar på begäran om registerutdrag', contact: 'region@example.org' }],
    dpia: {
      screening: { criteria: ['vulnerableDataSubjects', 'sensitiveOrHighlyPersonalData'], screenedOn: '2026-10-01', screenedBy: 'Anna' },
      assessment: { performedOn: '2026-10-15', conclusion: 'Åtgärder räcker', residualRisk: 'medium', reference: 'BUN 2026/4711', reviewIntervalMonths: 12 },
    },
    purposes: [
      {
        description: 'Dokumentera elevhälsans insatser för elever.',
        legalBasis: { article6: ['legalObligation'], article9: ['healthOrSocialCare'], nationalLaw: 'Skollagen (2010:800)' },
        dataSubjectCategories: ['Elever', 'Vårdnadshavare'],
        personalDataCategories: [
          { name: 'Namn', special: false },
          { name: category, special: false },
          { name: 'Hälsa', special: true },
        ],
        recipients: ['SCB', 'Socialnämnden'],
        dataFlows: [
          { subject: 'Elever', dataCategory: 'Namn', recipients: ['SCB', 'Socialnämnden'] },
          { subject: 'Elever', dataCategory: category, recipients: ['SCB'] },
          { subject: 'Elever', dataCategory: 'Hälsa', recipients: [] },
          { subject: 'Vårdnadshavare', dataCategory: 'Namn', recipients: ['Socialnämnden'] },
        ],
        thirdCountryTransfers: [{ country: 'USA', safeguard: 'scc', details: 'Molntjänst' }],
        retention: {
          text: 'Gallras 10 år efter sista anteckningen',
          decision: { kind: 'disposalDecision', reference: 'BUN 2019/45 § 12', decidedOn: '2019-03-14', decidedBy: 'Barn- och utbildningsnämnden' },
        },
        sources: ['Den registrerade'],
      },
    ],
    ...extra,
  });
}

describe('the record fields through the API: create, propose a rename, approve, history, export, public register', () => {
  let app: LocalApp;
  let id: string;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('refuses a matrix naming a category the purpose does not list, with the code and the name', async () => {
    const bad = schoolProcessing();
    const purpose = (bad.purposes as Record<string, unknown>[])[0]!;
    purpose['dataFlows'] = [{ subject: 'Elever', dataCategory: 'Personnummer', recipients: ['Skatteverket'] }];
    const refused = await callApi(app, 'processings', { method: 'POST', body: bad });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string; code: string; params?: unknown }) => [e.field, e.code, e.params])).toEqual([
      ['purposes[0].dataFlows[0].dataCategory', 'dataFlow.unknownCategory', { name: 'Personnummer' }],
      ['purposes[0].dataFlows[0].recipients[0]', 'dataFlow.unknownRecipient', { name: 'Skatteverket' }],
    ]);
  });

  it('creates a processing with a matrix and a DPIA screening; the flag follows the screening', async () => {
    const created = await callApi(app, 'processings', { method: 'POST', body: { ...schoolProcessing(), dpiaRequired: false } });
    expect(created.status).toBe(201);
    id = created.body.id as string;
    const stored = (await callApi(app, `processings/${id}`)).body;
    expect(stored.dpiaRequired).toBe(true);
    expect(stored.dpia.screening).toMatchObject({ criteria: ['sensitiveOrHighlyPersonalData', 'vulnerableDataSubjects'], required: true });
    expect(stored.dpia.assessment.nextReviewOn).toBe('2027-10-15');
    expect(stored.purposes[0].dataFlows).toHaveLength(4);
    const queued = (await callApi(app, 'reviews/pending', { as: 'dpo' })).body.items.find((i: { processingId: string }) => i.processingId === id);
    // SCCs without a TIA: recommended, so the DPO sees it, but the report is not refused.
    expect(queued.completeness.recommended).toContain('purposes[0].thirdCountryTransfers[0].impactAssessment');
    expect((await callApi(app, `processings/${id}/versions/1/decision`, { method: 'POST', as: 'dpo', body: { decision: 'approve' } })).status).toBe(200);
  });

  it('a proposed rename of a category keeps the cells; approved, it is in the versions with its fields named', async () => {
    const current = await callApi(app, `processings/${id}`);
    const renamed = schoolProcessing('Betyg och omdömen');
    const proposal = await callApi(app, `processings/${id}/proposals`, {
      method: 'POST',
      headers: { 'if-match': current.headers.get('etag')! },
      body: { ...renamed, comment: 'Tydligare kategori' },
    });
    expect(proposal.status).toBe(201);
    const queued = (await callApi(app, 'reviews/pending', { as: 'dpo' })).body.items.find((i: { processingId: string }) => i.processingId === id);
    const paths = queued.changes.map((c: { path: string }) => c.path);
    expect(paths).toEqual(expect.arrayContaining(['purposes[0].personalDataCategories[1].name', 'purposes[0].dataFlows[1].dataCategory']));
    // Live stays as approved until the DPO decides.
    expect((await callApi(app, `processings/${id}`, { as: 'economist' })).body.purposes[0].dataFlows[1].dataCategory).toBe('Betyg');
    expect((await callApi(app, `processings/${id}/versions/2/decision`, { method: 'POST', as: 'dpo', body: { decision: 'approve' } })).status).toBe(200);
    const live = (await callApi(app, `processings/${id}`, { as: 'economist' })).body;
    expect(live.purposes[0].dataFlows).toEqual([
      { subject: 'Elever', dataCategory: 'Namn', recipients: ['SCB', 'Socialnämnden'] },
      { subject: 'Elever', dataCategory: 'Betyg och omdömen', recipients: ['SCB'] },
      { subject: 'Elever', dataCategory: 'Hälsa', recipients: [] },
      { subject: 'Vårdnadshavare', dataCategory: 'Namn', recipients: ['Socialnämnden'] },
    ]);
    const history = (await callApi(app, `processings/${id}/versions`, { as: 'dpo' })).body.items;
    expect(history[0]).toMatchObject({ version: 2, state: 'approved' });
    expect(history[0].changes).toEqual(
      expect.arrayContaining([{ path: 'purposes[0].dataFlows[1].dataCategory', before: 'Betyg', after: 'Betyg och omdömen' }]),
    );
    const audit = (await callApi(app, `processings/${id}/audit`, { as: 'dpo' })).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['proposed', 'approved']));
  });

  it('a rejected change to the matrix and the DPIA never goes live', async () => {
    const current = await callApi(app, `processings/${id}`);
    const before = current.body;
    const changed = schoolProcessing('Betyg och omdömen', {
      dpia: { screening: { criteria: ['largeScale'], screenedOn: '2026-11-01' } },
    });
    const purpose = (changed.purposes as Record<string, unknown>[])[0]!;
    (purpose['dataFlows'] as { recipients: string[] }[])[2]!.recipients = ['SCB'];
    const proposal = await callApi(app, `processings/${id}/proposals`, {
      method: 'POST',
      headers: { 'if-match': current.headers.get('etag')! },
      body: changed,
    });
    expect(proposal.status).toBe(201);
    const rejected = await callApi(app, `processings/${id}/versions/3/decision`, {
      method: 'POST',
      as: 'dpo',
      body: { decision: 'reject', reason: 'Hälsa lämnas inte ut' },
    });
    expect(rejected.status).toBe(200);
    const after = (await callApi(app, `processings/${id}`)).body;
    expect(after.purposes[0].dataFlows).toEqual(before.purposes[0].dataFlows);
    expect(after.dpia).toEqual(before.dpia);
    expect(after.dpiaRequired).toBe(true);
  });

  it('the Art. 30 export has columns for the new fields, the matrix flattened', async () => {
    const csv = (await callApi<string>(app, 'export/register.csv?lang=sv', { as: 'dpo' })).body;
    const [header, ...lines] = parseDelimited(csv.replace(/^\uFEFF/, ''), ';').map((row) => row.cells);
    const columns = header!;
    expect(columns).toEqual(
      expect.arrayContaining(['Vem får vad', 'Roll', 'Gemensamt ansvariga (art. 26)', 'Genomförd konsekvensbedömning', 'Beslut om gallring eller bevarande']),
    );
    const cells = lines.find((l) => l.includes(NAME))!;
    const cell = (name: string) => cells[columns.indexOf(name)]!;
    expect(cell('Vem får vad')).toBe(
      'Elever: Namn → SCB, Socialnämnden; Elever: Betyg och omdömen → SCB; Elever: Hälsa → (stannar hos den personuppgiftsansvarige); Vårdnadshavare: Namn → Socialnämnden',
    );
    expect(cell('Roll')).toBe('Gemensamt personuppgiftsansvarig');
    expect(cell('Förhandsbedömning (DPIA)')).toMatch(/^Krävs \(2\/9\)/);
    expect(cell('Genomförd konsekvensbedömning')).toContain('BUN 2026/4711');
    expect(cell('Beslut om gallring eller bevarande')).toBe('Gallringsbeslut, BUN 2019/45 § 12, beslutat av Barn- och utbildningsnämnden, 2019-03-14');
  });

  it('the public register shows the matrix, joint controllers and retention decision, never DPIA internals', async () => {
    const html = (await callApi<string>(app, `public/${DEMO_TENANT_ID}/register?lang=sv`, { as: null })).body;
    const article = html.slice(html.indexOf(`<h3>${NAME}</h3>`), html.indexOf('</article>', html.indexOf(`<h3>${NAME}</h3>`)));
    expect(article).toContain('<th scope="row">Betyg och omdömen</th>');
    expect(article).toContain('<th scope="col">Vårdnadshavare</th>');
    expect(article).toContain('Region Exempel');
    expect(article).toContain('BUN 2019/45 § 12');
    for (const internal of ['BUN 2026/4711', 'Åtgärder räcker', 'vulnerableDataSubjects']) expect(html, internal).not.toContain(internal);
    for (const internal of ['medium', 'restrisk', 'Restrisk', 'Förhandsbedömning', 'Konsekvensbedömning', 'Molntjänst', 'konsekvens'])
      expect(article, internal).not.toContain(internal);
  });

  it('the tenant settings give the controller model and the shared DPO, which exports show where a record names none', async () => {
    const tenants = app.services.tenants;
    const original = tenants.settings.bind(tenants);
    expect((await callApi(app, 'record-settings')).body).toEqual({ controllerModel: 'unit', municipalityName: '' });
    tenants.settings = (tenantId) => ({
      ...original(tenantId),
      record: {
        controllerModel: 'municipality',
        municipalityName: 'Exempelby kommun',
        sharedDpo: { name: 'Dataskyddsombud Sydost', contact: 'dso@example.org', sharedWith: ['Grannby kommun'] },
      },
    });
    try {
      expect((await callApi(app, 'record-settings')).body).toEqual({
        controllerModel: 'municipality',
        municipalityName: 'Exempelby kommun',
        sharedDpo: { name: 'Dataskyddsombud Sydost', contact: 'dso@example.org', sharedWith: ['Grannby kommun'] },
      });
      const csv = (await callApi<string>(app, 'export/register.csv?lang=da', { as: 'dpo' })).body;
      expect(csv).toContain('Dataskyddsombud Sydost, dso@example.org (delt med Grannby kommun)');
      const html = (await callApi<string>(app, `public/${DEMO_TENANT_ID}/register?lang=en`, { as: null })).body;
      // The public page lists the shared DPO first in its DPO row, before the contacts the records name themselves.
      expect(html).toContain('<dt>Data protection officer</dt><dd>Dataskyddsombud Sydost, dso@example.org (shared with Grannby kommun)');
    } finally {
      tenants.settings = original;
    }
  });
});
