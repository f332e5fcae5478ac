import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '@prt/functions/time/clock.js';
import { runCaseRetentionSweep } from '@prt/functions/app/caseManagement.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { callApi, startTestApp } from '../support/testApp.js';
import { DEMO_USERS } from '../support/demoUsers.js';

const clock = new FixedClock(new Date('2026-09-01T08:00:00Z'));

/** One of each identity pattern, as someone might paste it into a case. */
const IDENTITIES = {
  personnummer: 'anmälare Sven Svensson 19800101-1231',
  samordningsnummer: 'samordningsnr 800161-1236',
  cpr: 'CPR 241280-1237',
  email: 'sven.svensson@privat.example',
  phone: 'ring 070-123 45 67',
  danishPhone: 'tlf. +45 12 34 56 78',
} as const;

/** Case numbers are unique per type; each registration here takes the next one. */
let serial = 300;
const nextNumber = () => serial++;

type Errors = { field: string; code: string; params?: { field: string; kind: string } }[];

describe('case fields refuse identity', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp({ clock });
  });
  afterAll(() => app.stop());

  const create = (as: 'dpo' | 'whistleblowerHandler' | 'staff' | 'dsrHandler', body: Record<string, unknown>) =>
    callApi(app, 'cases', { method: 'POST', as, body });
  const event = async (as: 'dpo' | 'whistleblowerHandler' | 'dsrHandler', id: string, body: Record<string, unknown>) => {
    const current = await callApi(app, `cases/${id}`, { as });
    return callApi(app, `cases/${id}/events`, { method: 'POST', as, body, headers: { 'if-match': current.headers.get('etag')! } });
  };

  for (const [name, text] of Object.entries(IDENTITIES)) {
    it(`refuses a ${name} in the reference and the unit, naming the field`, async () => {
      const wb = await create('whistleblowerHandler', { type: 'whistleblower', reference: `VB 2026/99 ${text}`, unit: text, receivedOn: '2026-08-28' });
      expect(wb.status).toBe(400);
      const errors = wb.body.errors as Errors;
      expect(errors.map((e) => [e.field, e.code, e.params?.field])).toEqual([
        ['reference', 'case.identityLike', 'reference'],
        ['unit', 'case.identityLike', 'unit'],
      ]);
      expect(errors[0]!.params!.kind).toMatch(/^(personnummer|samordningsnummer|cpr|email|phone)$/);
    });

    it(`refuses a ${name} in every reason note and in the breach documentation`, async () => {
      const dsr = (
        await create('dpo', { type: 'dsr', kind: 'access', reference: `KS 2026/${nextNumber()}`, unit: 'Kommunstyrelsen', receivedOn: '2026-08-31' })
      ).body.case.id;
      for (const body of [
        { event: 'extend', reason: 'complexRequest', note: text },
        { event: 'pause', reason: 'identityVerification', note: text },
        { event: 'close', reason: 'withdrawn', note: text },
      ]) {
        const refused = await event('dpo', dsr, body);
        expect(refused.status).toBe(400);
        expect((refused.body.errors as Errors).map((e) => [e.field, e.code])).toEqual([['note', 'case.identityLike']]);
      }
      const breach = (await create('dpo', { type: 'breach', reference: `IS 2026/${nextNumber()}`, unit: 'IT-avdelningen', awareAt: '2026-08-31T10:00:00Z' }))
        .body.case.id;
      const documented = await event('dpo', breach, { event: 'document', facts: text, effects: text, remedialAction: text });
      expect((documented.body.errors as Errors).map((e) => [e.field, e.code])).toEqual([
        ['facts', 'case.identityLike'],
        ['effects', 'case.identityLike'],
        ['remedialAction', 'case.identityLike'],
      ]);
      const notRequired = await event('dpo', breach, { event: 'notificationNotRequired', reason: 'unlikelyRisk', note: text });
      expect((notRequired.body.errors as Errors).map((e) => [e.field, e.code])).toEqual([['note', 'case.identityLike']]);
    });
  }

  it('takes reasons only from the list, and notes of at most 200 characters', async () => {
    const dsr = (await create('dpo', { type: 'dsr', kind: 'access', reference: 'KS 2026/202', unit: 'Kommunstyrelsen', receivedOn: '2026-08-31' })).body.case
      .id;
    const free = await event('dpo', dsr, { event: 'extend', reason: 'Den registrerade är sjuk' });
    expect(free.body.errors).toMatchObject([{ field: 'reason', code: 'field.notOneOf', params: { allowed: ['complexRequest', 'manyRequests'] } }]);
    expect((await event('dpo', dsr, { event: 'extend', reason: 'complexRequest', note: 'x'.repeat(201) })).body.errors).toMatchObject([
      { code: 'field.tooLong' },
    ]);
    const ok = await event('dpo', dsr, { event: 'extend', reason: 'complexRequest', note: 'många handlingar i flera system' });
    expect(ok.body.case.extension).toMatchObject({ reason: 'complexRequest', note: 'många handlingar i flera system' });
  });

  it("holds references to the tenant's case-number pattern and units to its list", async () => {
    const bad = await create('whistleblowerHandler', { type: 'whistleblower', reference: 'KS 2026/7', unit: 'Okänd enhet', receivedOn: '2026-08-28' });
    expect(bad.body.errors).toMatchObject([
      { field: 'reference', code: 'case.referencePattern', params: { pattern: 'VB 2026/7' } },
      { field: 'unit', code: 'case.unknownUnit' },
    ]);
    const settings = (await callApi(app, 'case-settings', { as: 'dpo' })).body;
    expect(settings).toMatchObject({ country: 'SE', authority: 'IMY', danishCustomaryClosedDays: false, caseNumberExample: { whistleblower: 'VB 2026/7' } });
    expect(settings.units).toContain('Kommunstyrelsen');
  });

  it('needs a handler who holds the role the case type needs, checked against the directory', async () => {
    const wbOutsider = await create('whistleblowerHandler', {
      type: 'whistleblower',
      reference: 'VB 2026/20',
      unit: 'HR-avdelningen',
      receivedOn: '2026-08-28',
      handlerId: DEMO_USERS.economist,
    });
    expect(wbOutsider.body.errors).toMatchObject([{ field: 'handlerId', code: 'case.handlerNotInRole', params: { roles: ['whistleblowerHandler'] } }]);
    const unknown = await create('dpo', {
      type: 'dsr',
      kind: 'access',
      reference: 'KS 2026/20',
      unit: 'Kommunstyrelsen',
      receivedOn: '2026-08-28',
      handlerId: 'Sven Svensson',
    });
    expect(unknown.body.errors).toMatchObject([{ field: 'handlerId', code: 'case.handlerNotInRole', params: { roles: ['dpo', 'dsrHandler'] } }]);
    const staff = await create('dpo', {
      type: 'dsr',
      kind: 'access',
      reference: 'KS 2026/21',
      unit: 'Kommunstyrelsen',
      receivedOn: '2026-08-28',
      handlerId: DEMO_USERS.staff,
    });
    expect(staff.status).toBe(400);
    const registrator = await create('dpo', {
      type: 'dsr',
      kind: 'access',
      reference: 'KS 2026/22',
      unit: 'Kommunstyrelsen',
      receivedOn: '2026-08-28',
      handlerId: DEMO_USERS.dsrHandler,
    });
    expect(registrator.status).toBe(201);
    expect((await callApi(app, `cases/${registrator.body.case.id}`, { as: 'dsrHandler' })).status).toBe(200);
    expect((await callApi(app, `cases/${registrator.body.case.id}`, { as: 'staff' })).status).toBe(404);
  });

  it('offers and accepts only the actions that fit the state', async () => {
    const wb = await create('whistleblowerHandler', { type: 'whistleblower', reference: 'VB 2026/30', unit: 'HR-avdelningen', receivedOn: '2026-08-28' });
    expect(wb.body.allowedEvents).toEqual(['acknowledge', 'close']);
    const id = wb.body.case.id;
    expect((await event('whistleblowerHandler', id, { event: 'giveFeedback' })).body.errors).toMatchObject([
      { code: 'case.eventNotInState', params: { event: 'giveFeedback', allowed: ['acknowledge', 'close'] } },
    ]);
    expect((await event('whistleblowerHandler', id, { event: 'delete' })).body.errors).toMatchObject([{ code: 'case.notClosed' }]);
    const acknowledged = await event('whistleblowerHandler', id, { event: 'acknowledge' });
    expect(acknowledged.body.allowedEvents).toEqual(['giveFeedback', 'close']);
    expect(acknowledged.body.case.history.map((h: { event: string }) => h.event)).toEqual(['register', 'acknowledge']);
  });

  it('exports the breach log as CSV with facts, effects, remedial action and why it was not notified, formulas neutralised', async () => {
    const breach = (await create('dpo', { type: 'breach', reference: 'IS 2026/50', unit: 'IT-avdelningen', awareAt: '2026-08-31T10:00:00Z' })).body.case.id;
    await event('dpo', breach, { event: 'document', facts: '=HYPERLINK("http://x")', effects: 'ingen åtkomst', remedialAction: 'lösenord bytt' });
    await event('dpo', breach, { event: 'notificationNotRequired', reason: 'dataEncrypted' });
    const csv = await callApi(app, 'breaches.csv?lang=sv', { as: 'dpo' });
    expect(csv.status).toBe(200);
    const text = typeof csv.body === 'string' ? csv.body : JSON.stringify(csv.body);
    expect(text).toContain('Anmäld till IMY');
    expect(text).toContain("'=HYPERLINK");
    expect(text).toContain('ingen åtkomst;lösenord bytt;;Uppgifterna var krypterade');
    expect((await callApi(app, 'breaches.csv', { as: 'staff' })).status).toBe(403);
  });

  it('keeps closed cases searchable for their retention, then the timer deletes them and leaves a record without content', async () => {
    const dsr = await create('dsrHandler', { type: 'dsr', kind: 'erasure', reference: 'KS 2026/40', unit: 'Socialförvaltningen', receivedOn: '2026-08-31' });
    const id = dsr.body.case.id;
    await event('dsrHandler', id, { event: 'respond' });
    const closed = await event('dsrHandler', id, { event: 'close', reason: 'completed' });
    expect(closed.body.deletesOn).toBe('2029-09-01');
    const search = await callApi(app, 'cases?state=closed&q=2026/40', { as: 'dsrHandler' });
    expect(search.body.items.map((c: { case: { reference: string } }) => c.case.reference)).toEqual(['KS 2026/40']);

    expect((await runCaseRetentionSweep(app.services, new Date('2029-08-30T08:00:00Z'))).deleted).toBe(0);
    expect((await runCaseRetentionSweep(app.services, new Date('2029-09-01T08:00:00Z'))).deleted).toBeGreaterThanOrEqual(1);
    expect((await callApi(app, `cases/${id}`, { as: 'dpo' })).status).toBe(404);
    expect((await callApi(app, 'cases?state=closed&q=2026/40', { as: 'dsrHandler' })).body.items).toEqual([]);
    const records = (await callApi(app, 'case-deletions', { as: 'dpo' })).body.items;
    const record = records.find((r: { caseId: string }) => r.caseId === id);
    expect(record).toEqual({ caseId: id, tenantId: expect.any(String), caseType: 'dsr', closedOn: '2026-09-01', deletedAt: '2029-09-01T08:00:00.000Z' });
    expect(JSON.stringify(records)).not.toContain('KS 2026/40');
    expect((await callApi(app, 'case-deletions', { as: 'whistleblowerHandler' })).body.items).toEqual([]);
  });
});
