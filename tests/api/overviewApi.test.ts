import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { FixedClock } from '@prt/functions/time/clock.js';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { authHeaders, callApi, startTestApp } from '../support/testApp.js';

interface Item {
  id: string;
  name: string;
  nextReviewOn?: string;
  reviewState?: string;
  organisationUnit: string;
  updatedAt: string;
}

const names = (body: { items: Item[] }) => body.items.map((i) => i.name).sort((a, b) => a.localeCompare(b, 'sv'));

describe('GET /api/overview and the register filters it links to (demo municipality)', () => {
  let app: LocalApp;
  const clock = new FixedClock(new Date('2026-11-23T09:00:00Z'));
  beforeAll(async () => {
    app = await startTestApp({ clock, demoActivity: true });
  });
  afterAll(() => app.stop());

  it('is for the DPO and admin only; others get 403 with the code', async () => {
    for (const as of ['staff', 'whistleblowerHandler', 'dsrHandler'] as const) {
      const response = await callApi(app, 'overview', { as });
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'auth.roleRequired', params: { roles: ['dpo', 'admin'] } });
    }
    expect((await callApi(app, 'overview', { as: null })).status).toBe(401);
    expect((await callApi(app, 'overview', { as: 'admin' })).status).toBe(200);
  });

  it('counts the demo register: overdue and due-soon reviews, DPIAs missing, transfers by safeguard, processors without DPA, cases by state', async () => {
    const o = (await callApi(app, 'overview', { as: 'dpo' })).body;
    expect(o.asOf).toBe('2026-11-23T09:00:00.000Z');
    expect(o.total).toBe(41);
    expect(o.byStatus).toMatchObject({ approved: 40, pending: 1 });
    expect(o.reviews).toEqual({ overdue: 5, dueSoon: 2, onTime: 33 });
    expect(o.flags).toMatchObject({ dpiaRequired: 4, dpiaMissing: 4, transfer: 3, dpaMissing: 2, reviewOverdue: 5, incomplete: 10 });
    // The demo keeps security measures and a who-gets-what matrix for all but the four processings it leaves as the
    // register text has them and the report waiting for the DPO; the other gaps are the DPIAs, a TIA and the text's own.
    expect(o.missingByField).toEqual({
      securityMeasures: 5,
      'purposes.dataFlows': 5,
      'dpia.assessment': 4,
      'purposes.recipients': 3,
      'purposes.thirdCountryTransfers.impactAssessment': 1,
      systems: 1,
    });
    expect(o.gaps.map((g: { name: string }) => g.name).sort((a: string, b: string) => a.localeCompare(b, 'sv'))).toEqual([
      'Administrera anhörigas kontaktuppgifter',
      'Bedriva kameraövervakning',
      'Dokumentera elevhälsa',
      'Ge konsumentvägledning',
      'Hantera friskvårdsbidrag',
      'Hantera sociala medier',
      'Kontrollera belastningsregister',
      'Logga och övervaka IT-system',
      'Publicera bilder och filmer',
      'Utreda barn och unga',
    ]);
    expect(o.transfersBySafeguard).toMatchObject({ scc: 1, dpf: 2 });
    expect(o.processors).toEqual({ total: 6, dpaMissing: 2, supervisionOverdue: 0 });
    expect(o.cases).toEqual({
      dsr: { onTime: 0, dueSoon: 1, overdue: 1 },
      whistleblower: { onTime: 0, dueSoon: 1, overdue: 0 },
      breach: { onTime: 0, dueSoon: 1, overdue: 0 },
    });
    // Counts only: no case reference or content leaves the overview.
    expect(JSON.stringify(o)).not.toMatch(/KS 2026|VB 2026|IS 2026/);
  });

  it('per unit: only that unit is counted', async () => {
    const o = (await callApi(app, `overview?unit=${encodeURIComponent('Socialnämnden')}`, { as: 'dpo' })).body;
    expect(o).toMatchObject({ unit: 'Socialnämnden', total: 3, reviews: { overdue: 1 }, flags: { dpiaMissing: 1, dpaMissing: 1 } });
    expect(o.byUnit.map((r: { unit: string }) => r.unit)).toEqual(['Socialnämnden']);
    expect(o.units).toContain('Kommunstyrelsen');
  });

  it('each count has a register filter that lists exactly the processings it counted', async () => {
    const o = (await callApi(app, 'overview', { as: 'dpo' })).body;
    const search = async (query: string) => (await callApi<{ items: Item[]; total: number }>(app, `search?limit=500&${query}`, { as: 'dpo' })).body;
    for (const flag of Object.keys(o.flags)) expect((await search(`filter=${flag}`)).total, flag).toBe(o.flags[flag]);
    for (const safeguard of Object.keys(o.transfersBySafeguard))
      expect((await search(`safeguard=${safeguard}`)).total, safeguard).toBe(o.transfersBySafeguard[safeguard]);
    for (const field of Object.keys(o.missingByField))
      expect((await search(`missing=${encodeURIComponent(field)}`)).total, field).toBe(o.missingByField[field]);
    expect(names(await search('filter=dpiaMissing'))).toEqual([
      'Bedriva kameraövervakning',
      'Dokumentera elevhälsa',
      'Logga och övervaka IT-system',
      'Utreda barn och unga',
    ]);
    expect(names(await search('safeguard=scc'))).toEqual(['Hantera sociala medier']);
    expect(names(await search('filter=dpaMissing'))).toEqual(['Bevilja hemtjänst', 'Hantera skolskjuts']);
    expect(names(await search('filter=reviewOverdue,dpiaMissing'))).toEqual(['Bedriva kameraövervakning', 'Utreda barn och unga']);
    expect(names(await search('processor=sk%C3%A4nna%20ab'))).toEqual([]);
    expect(names(await search('processor=skanna%20ab'))).toEqual(['Hantera leverantörsfakturor']);
  });

  it('sorts by next review, name, unit and updated, in either direction; reviewers see the review date', async () => {
    const byReview = (await callApi(app, 'search?filter=reviewOverdue&sort=nextReview', { as: 'dpo' })).body.items as Item[];
    expect(byReview[0]!.name).toBe('Bedriva kameraövervakning');
    expect(byReview.map((i) => i.nextReviewOn)).toEqual([...byReview.map((i) => i.nextReviewOn)].sort());
    expect(byReview.every((i) => i.reviewState === 'overdue')).toBe(true);
    const byName = (await callApi(app, 'search?sort=name&dir=desc&limit=5', { as: 'dpo' })).body.items as Item[];
    const all = names((await callApi(app, 'search?limit=500', { as: 'dpo' })).body);
    expect(byName.map((i) => i.name)).toEqual([...all].reverse().slice(0, 5));
    const byUnit = (await callApi(app, 'search?sort=unit&limit=500', { as: 'dpo' })).body.items as Item[];
    expect(byUnit.map((i) => i.organisationUnit)).toEqual([...byUnit.map((i) => i.organisationUnit)].sort((a, b) => a.localeCompare(b, 'sv')));
    // Staff get the approved register and no review dates.
    const staff = (await callApi(app, 'search?sort=nextReview', { as: 'staff' })).body.items as Item[];
    expect(staff.some((i) => i.nextReviewOn !== undefined)).toBe(false);
  });

  it('offers processors and owners among the matches as facets to reviewers only', async () => {
    const dpo = (await callApi(app, 'search?limit=1', { as: 'dpo' })).body;
    expect(dpo.processorFacet).toMatchObject({ 'Skjutsia AB': 1, 'Nyckelia AB': 1 });
    expect(dpo.ownerFacet.map((o: { name: string }) => o.name)).toContain('Anna Lindqvist');
    const anna = dpo.ownerFacet.find((o: { name: string }) => o.name === 'Anna Lindqvist');
    expect(names((await callApi(app, `search?owner=${anna.id}`, { as: 'dpo' })).body)).toEqual(['Hantera friskvårdsbidrag']);
    expect((await callApi(app, 'search', { as: 'staff' })).body.processorFacet).toBeUndefined();
  });

  it('marking the overdue ones reviewed moves them out of "review overdue"', async () => {
    const overdue = (await callApi(app, 'search?filter=reviewOverdue&unit=Socialn%C3%A4mnden', { as: 'dpo' })).body.items as Item[];
    expect(overdue.map((i) => i.name)).toEqual(['Utreda barn och unga']);
    expect((await callApi(app, `processings/${overdue[0]!.id}/reviewed`, { method: 'POST', as: 'dpo' })).status).toBe(200);
    expect((await callApi(app, 'search?filter=reviewOverdue&unit=Socialn%C3%A4mnden', { as: 'dpo' })).body.total).toBe(0);
    expect((await callApi(app, 'overview', { as: 'dpo' })).body.reviews.overdue).toBe(4);
  });

  it('exports exactly a selection, as CSV and as Excel, pending ones included for the DPO; staff only their approved part', async () => {
    const pick = ((await callApi(app, 'search?filter=dpaMissing', { as: 'dpo' })).body.items as Item[]).map((i) => i.id);
    const pending = ((await callApi(app, 'search?status=pending', { as: 'dpo' })).body.items as Item[]).map((i) => i.id);
    const ids = [...pick, ...pending, 'no-such-id'].join(',');
    const get = async (path: string, as: 'dpo' | 'staff' = 'dpo') =>
      Buffer.from(await (await fetch(`${app.url}/api/${path}`, { headers: await authHeaders(app, as) })).arrayBuffer());
    const csvNames = (bytes: Buffer) => {
      const rows: string[][] = parse(bytes, { delimiter: ';', bom: true, from_line: 2 });
      return rows
        .map((r) => r[0])
        .filter(Boolean)
        .sort();
    };
    const expected = ['Bevilja hemtjänst', 'Hantera friskvårdsbidrag', 'Hantera skolskjuts'];
    expect(csvNames(await get(`export/register.csv?ids=${ids}`))).toEqual(expected);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await get(`export/register.xlsx?ids=${ids}`)) as unknown as ArrayBuffer);
    const xlsxNames: string[] = [];
    workbook.worksheets[0]!.eachRow((row, n) => {
      const name = row.getCell(1).text;
      if (n > 1 && name) xlsxNames.push(name);
    });
    expect(xlsxNames.sort()).toEqual(expected);
    expect(csvNames(await get(`export/register.csv?ids=${ids}`, 'staff'))).toEqual(['Bevilja hemtjänst', 'Hantera skolskjuts']);
    expect((await callApi(app, 'export/register.csv?ids=,', { as: 'dpo' })).body.errors[0]).toMatchObject({ field: 'ids', code: 'list.atLeastOne' });
    const tooMany = Array.from({ length: 501 }, (_, i) => `x${i}`).join(',');
    expect((await callApi(app, `export/register.csv?ids=${tooMany}`, { as: 'dpo' })).body.errors[0]).toMatchObject({ field: 'ids', code: 'list.tooLong' });
  });

  it('rejects unknown filters, safeguards and sorts with the field', async () => {
    const response = await callApi(app, 'search?filter=dpiaMissing,nonsense&safeguard=trust&sort=colour&dir=up', { as: 'dpo' });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['filter', 'field.notOneOf'],
      ['safeguard', 'field.notOneOf'],
      ['sort', 'field.notOneOf'],
      ['dir', 'field.notOneOf'],
    ]);
  });
});
