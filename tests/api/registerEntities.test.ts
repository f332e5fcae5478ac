import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { runReminderSweep } from '@prt/functions/app/reminderSweep.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { FixedClock } from '@prt/functions/time/clock.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { callApi, startTestApp } from '../support/testApp.js';

const clock = new FixedClock(new Date('2026-03-02T09:00:00Z'));

const system = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  kind: 'HR-system',
  supplier: 'Visma',
  systemOwner: 'HR-chef',
  hosting: 'saas',
  location: 'Sverige',
  archiveDuty: true,
  ...extra,
});

const processor = (name: string, supervision: Record<string, unknown> = { method: 'auditReport', intervalMonths: 12, lastOn: '2025-03-16' }) => ({
  name,
  organisationNumber: '556000-0000',
  location: 'Sverige',
  agreements: [
    {
      inPlace: true,
      signedOn: '2024-01-10',
      validUntil: '2027-01-09',
      reference: 'KS 2024/17',
      subProcessors: [{ name: 'Microsoft Ireland', location: 'EU/EES', purpose: 'drift' }],
      supervision: { ...supervision, lastOutcome: 'Inga avvikelser' },
    },
  ],
});

describe('IT systems and processors as register entities', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp({ seedPath: null, clock });
  });
  afterAll(() => app.stop());

  it('lets the DPO and admin create and change systems, with ETags, field codes and one name per system', async () => {
    const created = await callApi(app, 'systems', { method: 'POST', as: 'dpo', body: system('Visma HR') });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBeTruthy();
    expect(created.body).toMatchObject({ name: 'Visma HR', supplier: 'Visma', hosting: 'saas', version: 1, createdBy: DEMO_USERS.dpo });
    const id = created.body.id as string;

    expect((await callApi(app, 'systems', { method: 'POST', as: 'staff', body: system('Egen') })).status).toBe(403);
    const duplicate = await callApi(app, 'systems', { method: 'POST', as: 'admin', body: system('  visma   hr ') });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ code: 'system.nameTaken', params: { name: 'visma   hr' } });
    const invalid = await callApi(app, 'systems', { method: 'POST', as: 'dpo', body: { name: '', hosting: 'moon' } });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-type')).toContain('application/problem+json');
    expect(invalid.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['name', 'field.required'],
      ['hosting', 'field.notOneOf'],
    ]);

    const etag = created.headers.get('etag')!;
    expect((await callApi(app, `systems/${id}`, { method: 'PUT', as: 'dpo', body: system('Visma HR', { location: 'EU/EES' }) })).status).toBe(428);
    const updated = await callApi(app, `systems/${id}`, {
      method: 'PUT',
      as: 'dpo',
      body: system('Visma HR', { location: 'EU/EES' }),
      headers: { 'if-match': etag },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ location: 'EU/EES', version: 2 });
    const stale = await callApi(app, `systems/${id}`, {
      method: 'PUT',
      as: 'dpo',
      body: system('Visma HR', { location: 'USA' }),
      headers: { 'if-match': etag },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('document.changed');

    const staffList = await callApi(app, 'systems', { as: 'staff' });
    expect(staffList.status).toBe(200);
    expect(staffList.body.items.map((s: { name: string }) => s.name)).toContain('Visma HR');
    expect((await callApi(app, 'systems/nope', { as: 'dpo' })).body.code).toBe('system.notFound');
  });

  it('shows staff a processor’s name and DPA status only; supervision and outcome stay with the DPO and admin', async () => {
    const created = await callApi(app, 'processors', { method: 'POST', as: 'dpo', body: processor('Lönebolaget AB') });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ dpaStatus: 'inPlace', agreements: [{ id: 'dpa-1', supervision: { lastOutcome: 'Inga avvikelser' } }] });
    const id = created.body.id as string;
    const asStaff = await callApi(app, `processors/${id}`, { as: 'staff' });
    expect(asStaff.body).toEqual({ id, name: 'Lönebolaget AB', location: 'Sverige', dpaStatus: 'inPlace' });
    const list = await callApi(app, 'processors', { as: 'economist' });
    expect(JSON.stringify(list.body)).not.toMatch(/supervision|Inga avvikelser|KS 2024\/17|Microsoft Ireland/);
    expect((await callApi(app, `processors/${id}`, { as: 'admin' })).body.agreements[0].supervision.method).toBe('auditReport');
  });

  it('links a processing to entities by id, refuses an unknown id, and takes the name from the entity', async () => {
    const sys = (await callApi(app, 'systems', { method: 'POST', as: 'dpo', body: system('Procapita') })).body;
    const proc = (await callApi(app, 'processors', { method: 'POST', as: 'dpo', body: processor('Tietoevry AB') })).body;
    const unknown = await callApi(app, 'processings', {
      method: 'POST',
      as: 'staff',
      body: processingInput({ name: 'Länkat okänt', systems: [{ id: 'system-nope', name: 'X', kind: '' }], processors: [{ id: 'processor-nope', name: 'Y' }] }),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['systems[0].id', 'link.unknownSystem'],
      ['processors[0].id', 'link.unknownProcessor'],
    ]);
    const linked = await callApi(app, 'processings', {
      method: 'POST',
      as: 'staff',
      body: processingInput({
        name: 'Hantera hemtjänst',
        systems: [
          { id: sys.id, name: 'procapita (gammalt namn)', kind: '' },
          { name: 'Excel', kind: 'kalkyl' },
        ],
        processors: [{ id: proc.id, name: 'Tieto' }],
      }),
    });
    expect(linked.status).toBe(201);
    expect(linked.body.systems).toEqual([
      { id: sys.id, name: 'Procapita', kind: 'HR-system' },
      { name: 'Excel', kind: 'kalkyl' },
    ]);
    expect(linked.body.processors).toEqual([{ id: proc.id, name: 'Tietoevry AB', agreementInPlace: true }]);
  });

  it('renames every linked processing and pending proposal as a system change that keeps the proposal approvable', async () => {
    const created = await callApi(app, 'systems', { method: 'POST', as: 'dpo', body: system('Personec') });
    const id = created.body.id as string;
    const report = await callApi(app, 'processings', {
      method: 'POST',
      as: 'staff',
      body: processingInput({ name: 'Hantera löner', systems: [{ id, name: 'Personec', kind: 'lönesystem' }] }),
    });
    const pid = report.body.id as string;
    expect((await callApi(app, `processings/${pid}/versions/1/decision`, { method: 'POST', as: 'dpo', body: { decision: 'approve' } })).status).toBe(200);
    const current = await callApi(app, `processings/${pid}`, { as: 'staff' });
    const proposal = await callApi(app, `processings/${pid}/proposals`, {
      method: 'POST',
      as: 'staff',
      headers: { 'if-match': current.headers.get('etag')! },
      body: processingInput({ name: 'Hantera löner', systems: [{ id, name: 'Personec', kind: 'lönesystem' }], securityMeasures: ['Behörighetsstyrning'] }),
    });
    expect(proposal.status).toBe(201);

    const renamed = await callApi(app, `systems/${id}`, {
      method: 'PUT',
      as: 'dpo',
      body: system('Personec P'),
      headers: { 'if-match': created.headers.get('etag')! },
    });
    expect(renamed.status).toBe(200);
    const after = await callApi(app, `processings/${pid}`, { as: 'staff' });
    expect(after.body.systems).toEqual([{ id, name: 'Personec P', kind: 'lönesystem' }]);
    expect(after.body.version).toBe(1);
    const [pending] = (await app.services.versions.undecided(app.directory.tenantId)).filter((v) => v.processingId === pid);
    expect(pending!.content.systems[0]!.name).toBe('Personec P');
    const audit = await app.services.audit.forProcessing(app.directory.tenantId, pid);
    expect(audit.filter((e) => e.action === 'referencesRefreshed').map((e) => e.changedFields)).toEqual([['systems[0].name']]);

    const approved = await callApi(app, `processings/${pid}/versions/2/decision`, { method: 'POST', as: 'dpo', body: { decision: 'approve' } });
    expect(approved.status).toBe(200);
    expect(approved.body.processing).toMatchObject({ version: 2, securityMeasures: ['Behörighetsstyrning'], systems: [{ id, name: 'Personec P' }] });

    // Filters and search find it by the new name.
    const found = await callApi(app, `processings?q=${encodeURIComponent('Personec P')}`, { as: 'economist' });
    expect(found.body.items.map((p: { id: string }) => p.id)).toContain(pid);
  });

  it('feeds the supervision date to the deadlines page and reminds before and after it, each reminder once', async () => {
    const created = await callApi(app, 'processors', {
      method: 'POST',
      as: 'dpo',
      body: processor('Skolplattformen AB', { method: 'questionnaire', intervalMonths: 12, lastOn: '2025-03-09', ownerId: DEMO_USERS.economist }),
    });
    const id = created.body.id as string;
    const deadlines = await callApi(app, 'deadlines', { as: 'dpo' });
    const mine = deadlines.body.items.filter((d: { subjectId: string }) => d.subjectId === id);
    expect(mine).toMatchObject([{ kind: 'processor.supervision', reference: 'Skolplattformen AB', dueDate: '2026-03-09', ownerId: DEMO_USERS.economist }]);
    // The owner sees it too; other staff do not.
    expect((await callApi(app, 'deadlines', { as: 'economist' })).body.items.some((d: { subjectId: string }) => d.subjectId === id)).toBe(true);
    expect((await callApi(app, 'deadlines', { as: 'staff' })).body.items.some((d: { subjectId: string }) => d.subjectId === id)).toBe(false);

    const tenantId = app.directory.tenantId;
    const reminders = async () =>
      (await app.services.chat.list(tenantId)).filter((m) => m.kind === 'deadlineReminder' && m.key.includes(`${id}|processor.supervision`)).map((m) => m.key);
    const at = async (instant: string) => {
      clock.set(new Date(instant));
      await runReminderSweep(app.services, clock.now());
      await runReminderSweep(app.services, clock.now());
    };
    await at('2026-03-02T09:00:00Z'); // nothing yet: the first slot is 7 days before the end of 9 March, Stockholm time
    expect(await reminders()).toEqual([]);
    await at('2026-03-03T09:00:00Z'); // 7 days before
    expect((await reminders()).map((k) => k.split('|').slice(-2).join('|'))).toEqual([`before-P7D|${DEMO_USERS.economist}`]);
    await at('2026-03-08T09:00:00Z'); // 3 days before passed; the 1-day slot comes at the end of the day
    await at('2026-03-11T09:00:00Z'); // overdue: the owner is told it is due (the 1-day slot it stands in for is recorded, not sent), the DPO gets the escalation
    const keys = await reminders();
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.map((k) => k.split('|').slice(-2)[0]).sort()).toEqual(['at', 'before-P3D', 'before-P7D', 'overdue-1']);
    expect(keys.some((k) => k.endsWith(`overdue-1|${DEMO_USERS.dpo}`))).toBe(true);

    // Recording the supervision moves the date on: the next year's reminders, not more of this year's.
    const stored = await callApi(app, `processors/${id}`, { as: 'dpo' });
    const done = processor('Skolplattformen AB', { method: 'questionnaire', intervalMonths: 12, lastOn: '2026-03-11', ownerId: DEMO_USERS.economist });
    expect(
      (await callApi(app, `processors/${id}`, { method: 'PUT', as: 'dpo', body: done, headers: { 'if-match': stored.headers.get('etag')! } })).status,
    ).toBe(200);
    const before = (await reminders()).length;
    await at('2026-03-18T09:00:00Z');
    expect((await reminders()).length).toBe(before);
    const next = await callApi(app, 'deadlines', { as: 'dpo' });
    expect(next.body.items.find((d: { subjectId: string }) => d.subjectId === id).dueDate).toBe('2027-03-11');
  });

  it('retires an entity: it stays linked, and a retired processor has no supervision deadline', async () => {
    const created = await callApi(app, 'processors', {
      method: 'POST',
      as: 'dpo',
      body: processor('Gamla Drift AB', { method: 'meeting', intervalMonths: 6, nextOn: '2026-04-01' }),
    });
    const id = created.body.id as string;
    expect((await callApi(app, `processors/${id}`, { method: 'DELETE', as: 'dpo' })).status).toBe(428);
    const retired = await callApi(app, `processors/${id}`, { method: 'DELETE', as: 'dpo', headers: { 'if-match': created.headers.get('etag')! } });
    expect(retired.status).toBe(200);
    expect(retired.body.retired).toMatchObject({ by: DEMO_USERS.dpo });
    const deadlines = await callApi(app, 'deadlines', { as: 'dpo' });
    expect(deadlines.body.items.some((d: { subjectId: string }) => d.subjectId === id)).toBe(false);
    const audit = await app.services.audit.forProcessing(app.directory.tenantId, id);
    expect(audit.map((e) => e.action)).toEqual(['entityCreated', 'entityRetired']);
  });

  it('exports systems with their supplier and processors with their DPA status; the public register shows no DPA internals', async () => {
    const sys = (await callApi(app, 'systems', { method: 'POST', as: 'dpo', body: system('Exportsystemet', { supplier: 'Leverantör Export AB' }) })).body;
    const proc = (await callApi(app, 'processors', { method: 'POST', as: 'dpo', body: processor('Exportbiträdet AB') })).body;
    const report = await callApi(app, 'processings', {
      method: 'POST',
      as: 'staff',
      body: processingInput({
        name: 'Hantera exporterad behandling',
        systems: [{ id: sys.id, name: 'Exportsystemet', kind: 'fagsystem' }],
        processors: [
          { id: proc.id, name: 'Exportbiträdet AB' },
          { name: 'Olänkat AB', agreementInPlace: false },
        ],
      }),
    });
    await callApi(app, `processings/${report.body.id}/versions/1/decision`, { method: 'POST', as: 'dpo', body: { decision: 'approve' } });
    const csv = (await callApi<string>(app, 'export/register.csv?lang=sv', { as: 'staff' })).body;
    const [header, ...lines] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toMatch(/;IT-systemens leverantör, drift och plats;Personuppgiftsbiträdesavtal$/);
    const row = lines.find((l) => l.startsWith('Hantera exporterad behandling;'))!;
    expect(row).toContain('Exportsystemet: Leverantör Export AB, molntjänst (SaaS), Sverige');
    expect(row).toContain('Exportbiträdet AB: avtal finns (2027-01-09); Olänkat AB: inget avtal');
    const en = (await callApi<string>(app, 'export/register.csv?lang=en', { as: 'dpo' })).body;
    expect(en).toContain('Exportbiträdet AB: agreement in place (2027-01-09)');

    // An expired agreement surfaces as such in the export.
    clock.set(new Date('2027-02-01T09:00:00Z'));
    expect((await callApi<string>(app, 'export/register.csv?lang=sv', { as: 'dpo' })).body).toContain('Exportbiträdet AB: avtalet har löpt ut');
    expect((await callApi(app, `processors/${proc.id}`, { as: 'staff' })).body.dpaStatus).toBe('expired');
    clock.set(new Date('2026-03-02T09:00:00Z'));

    for (const text of [csv, en]) expect(text).not.toMatch(/Inga avvikelser|KS 2024\/17|Microsoft Ireland|auditReport/);
    const html = await (await fetch(`${app.url}/api/public/${app.directory.tenantId}/register?lang=sv`)).text();
    expect(html).toContain('Hantera exporterad behandling');
    expect(html).not.toMatch(/Inga avvikelser|KS 2024\/17|Microsoft Ireland|auditReport|Exportbiträdet|avtal finns|2027-01-09/);
  });
});
