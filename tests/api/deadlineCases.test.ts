import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '@prt/functions/time/clock.js';
import { runReminderSweep } from '@prt/functions/app/reminderSweep.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { callApi, startTestApp } from '../support/testApp.js';
import { DEMO_USERS } from '../support/demoUsers.js';

const clock = new FixedClock(new Date('2026-09-01T08:00:00Z'));

describe('deadline cases and reminders', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp({ clock });
  });
  afterAll(() => app.stop());

  const chat = async (as: 'staff' | 'dpo' | 'whistleblowerHandler' | 'economist') =>
    (await callApi(app, 'chat/messages', { as })).body.items as { kind: string; title: string; text: string }[];

  it('registers a data-subject request with its one-month deadline', async () => {
    const created = await callApi(app, 'cases', {
      method: 'POST',
      as: 'dpo',
      body: { type: 'dsr', kind: 'access', reference: 'KS 2026/101', unit: 'Kommunstyrelsen', receivedOn: '2026-08-31' },
    });
    expect(created.status).toBe(201);
    expect(created.body.deadlines).toMatchObject([{ kind: 'dsr.response', dueDate: '2026-09-30', overdue: false }]);
  });

  it('refuses fields that a case must not hold, future dates and unknown kinds', async () => {
    const response = await callApi(app, 'cases', {
      method: 'POST',
      as: 'dpo',
      body: { type: 'dsr', kind: 'gossip', reference: 'X', unit: 'U', receivedOn: '2026-12-01', requesterName: 'Anna Andersson' },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((f: { field: string; code: string }) => [f.field, f.code])).toEqual([
      ['requesterName', 'field.notStored'],
      ['reference', 'case.referencePattern'],
      ['unit', 'case.unknownUnit'],
      ['kind', 'field.notOneOf'],
      ['receivedOn', 'date.inFuture'],
    ]);
  });

  it('keeps whistleblower cases to the whistleblower function', async () => {
    expect(
      (
        await callApi(app, 'cases', {
          method: 'POST',
          as: 'dpo',
          body: { type: 'whistleblower', reference: 'VB 2026/1', unit: 'HR-avdelningen', receivedOn: '2026-08-28' },
        })
      ).status,
    ).toBe(403);
    const created = await callApi(app, 'cases', {
      method: 'POST',
      as: 'whistleblowerHandler',
      body: { type: 'whistleblower', reference: 'VB 2026/1', unit: 'HR-avdelningen', receivedOn: '2026-08-28' },
    });
    expect(created.status).toBe(201);
    expect((await callApi(app, `cases/${created.body.case.id}`, { as: 'dpo' })).status).toBe(404);
    expect((await callApi(app, 'cases', { as: 'dpo' })).body.items.map((c: { case: { type: string } }) => c.case.type)).not.toContain('whistleblower');
    expect((await callApi(app, 'cases?type=whistleblower', { as: 'whistleblowerHandler' })).body.items).toHaveLength(1);
  });

  it('extends a request with a reason, pauses it, and needs If-Match', async () => {
    const created = await callApi(app, 'cases', {
      method: 'POST',
      as: 'dpo',
      body: { type: 'dsr', kind: 'erasure', reference: 'KS 2026/102', unit: 'Kommunstyrelsen', receivedOn: '2026-08-31' },
    });
    const id = created.body.case.id;
    expect((await callApi(app, `cases/${id}/events`, { method: 'POST', as: 'dpo', body: { event: 'extend', date: '2026-09-10' } })).status).toBe(428);
    const noReason = await callApi(app, `cases/${id}/events`, {
      method: 'POST',
      as: 'dpo',
      body: { event: 'extend', date: '2026-09-10' },
      headers: { 'if-match': created.headers.get('etag')! },
    });
    expect(noReason.status).toBe(400);
    const extended = await callApi(app, `cases/${id}/events`, {
      method: 'POST',
      as: 'dpo',
      body: { event: 'extend', date: '2026-09-10', reason: 'complexRequest' },
      headers: { 'if-match': created.headers.get('etag')! },
    });
    expect(extended.body.deadlines.map((d: { kind: string; dueDate: string }) => [d.kind, d.dueDate])).toEqual([
      ['dsr.response', '2026-11-30'],
      ['dsr.extensionNotice', '2026-09-30'],
    ]);
    const stale = await callApi(app, `cases/${id}/events`, {
      method: 'POST',
      as: 'dpo',
      body: { event: 'pause', date: '2026-09-11' },
      headers: { 'if-match': created.headers.get('etag')! },
    });
    expect(stale.status).toBe(412);
  });

  it('sends each reminder once, even when the sweep runs twice or crashed halfway', async () => {
    clock.set(new Date('2026-09-24T06:00:00Z'));
    // The timer firing twice at once: both sweeps see the same due reminders; the keys let only one through.
    const [a, b] = await Promise.all([runReminderSweep(app.services, clock.now()), runReminderSweep(app.services, clock.now())]);
    expect(a.sent + b.sent).toBe(a.remindersDue);
    expect(a.alreadySent + b.alreadySent).toBe(a.remindersDue);
    const again = await runReminderSweep(app.services, clock.now());
    expect(again.sent).toBe(0);
    const dpoChat = await chat('dpo');
    const seven = dpoChat.filter((m) => m.text.includes('KS 2026/101'));
    expect(seven).toHaveLength(1);
    expect(seven[0]!.text).toBe('Svar på den registrerades begäran för KS 2026/101 ska vara klar senast 30 september 2026.');

    // A crash after the ledger write but before the message: the next sweep still sends it, once.
    clock.set(new Date('2026-09-28T06:00:00Z'));
    const originalSend = app.services.chat.send.bind(app.services.chat);
    let failures = 1;
    app.services.chat.send = async (message) => {
      if (failures-- > 0) throw new Error('simulated crash');
      return originalSend(message);
    };
    await expect(runReminderSweep(app.services, clock.now())).rejects.toThrow('simulated crash');
    app.services.chat.send = originalSend;
    const recovered = await runReminderSweep(app.services, clock.now());
    expect(recovered.sent).toBeGreaterThan(0);
    const threeDays = (await chat('dpo')).filter((m) => m.text.includes('KS 2026/101'));
    expect(threeDays).toHaveLength(2);
  });

  it('escalates overdue deadlines to the DPO, and whistleblower ones only inside the whistleblower function, without case content', async () => {
    clock.set(new Date('2026-10-02T06:00:00Z'));
    await runReminderSweep(app.services, clock.now());
    const escalation = (await chat('dpo')).find((m) => m.text.includes('KS 2026/101') && m.text.includes('gick ut'));
    expect(escalation?.title).toBe('Påminnelse: KS 2026/101');
    expect((await chat('dpo')).some((m) => m.text.includes('VB 2026/1'))).toBe(false);
    const handler = (await chat('whistleblowerHandler')).filter((m) => m.text.includes('VB 2026/1'));
    expect(handler.length).toBeGreaterThan(0);
    expect(handler.every((m) => /^(Bekräftelse|Återkoppling|Tiden för|Idag)/.test(m.text))).toBe(true);
  });

  it('keeps every breach in the breach log, notified, not required or closed', async () => {
    // Staff register a breach; it is handed to the DPO, who documents it.
    const notified = await callApi(app, 'cases', {
      method: 'POST',
      as: 'staff',
      body: { type: 'breach', reference: 'IS 2026/1', unit: 'IT-avdelningen', awareAt: '2026-10-01T10:00:00Z' },
    });
    expect(notified.body.case.handlerId).toBe(DEMO_USERS.dpo);
    const closed = await callApi(app, `cases/${notified.body.case.id}/events`, {
      method: 'POST',
      as: 'dpo',
      body: { event: 'notificationNotRequired', reason: 'dataEncrypted', note: 'krypterad bärbar dator' },
      headers: { 'if-match': notified.headers.get('etag')! },
    });
    await callApi(app, `cases/${notified.body.case.id}/events`, {
      method: 'POST',
      as: 'dpo',
      body: { event: 'close' },
      headers: { 'if-match': closed.headers.get('etag')! },
    });
    const log = await callApi(app, 'breaches', { as: 'dpo' });
    expect(log.body.items.map((b: { case: { reference: string; notificationNotRequired?: string; closedOn?: string } }) => b.case)).toEqual([
      expect.objectContaining({
        reference: 'IS 2026/1',
        notificationNotRequired: 'dataEncrypted',
        notificationNotRequiredNote: 'krypterad bärbar dator',
        closedOn: expect.any(String),
      }),
    ]);
    expect((await callApi(app, 'breaches', { as: 'staff' })).status).toBe(403);
  });

  it('lists overdue deadlines first for the DPO, including processings due for their yearly review', async () => {
    clock.set(new Date('2027-12-01T06:00:00Z'));
    const overview = await callApi(app, 'deadlines', { as: 'dpo' });
    expect(overview.body.items[0].overdue).toBe(true);
    const reviews = overview.body.items.filter((d: { kind: string }) => d.kind === 'processing.review');
    expect(reviews).toHaveLength(40);
    const [first] = reviews;
    const reviewed = await callApi(app, `processings/${first.subjectId}/reviewed`, { method: 'POST', as: 'dpo' });
    expect(reviewed.body.lastReviewedAt).toBe('2027-12-01T06:00:00.000Z');
    const after = await callApi(app, 'deadlines', { as: 'dpo' });
    expect(after.body.items.find((d: { subjectId: string }) => d.subjectId === first.subjectId).dueDate).toBe('2028-12-01');
    expect((await callApi(app, `processings/${first.subjectId}/reviewed`, { method: 'POST', as: 'economist' })).status).toBe(403);
  });
});

describe('demo activity of npm start', () => {
  let app: LocalApp;
  const demoClock = new FixedClock(new Date('2026-11-23T09:00:00Z'));
  beforeAll(async () => {
    app = await startTestApp({ clock: demoClock, demoActivity: true });
  });
  afterAll(() => app.stop());

  it('open one case of each kind, dated so reminders are due at once, whistleblowing for its function only', async () => {
    const forDpo = (await callApi(app, 'cases', { as: 'dpo' })).body.items.map(
      (c: { case: { type: string; reference: string } }) => `${c.case.type} ${c.case.reference}`,
    );
    expect(forDpo.sort()).toEqual(['breach IS 2026/3', 'dsr KS 2026/1290', 'dsr KS 2026/1412']);
    const forHandler = (await callApi(app, 'cases?type=whistleblower', { as: 'whistleblowerHandler' })).body.items;
    expect(forHandler.map((c: { case: { reference: string } }) => c.case.reference)).toEqual(['VB 2026/7']);
    const overview = (await callApi(app, 'deadlines', { as: 'dpo' })).body;
    expect(overview).toMatchObject({ asOf: '2026-11-23T09:00:00.000Z', timeZone: 'Europe/Stockholm' });
    const overdue = (kind: (k: string) => boolean): string[] =>
      (overview.items as { overdue: boolean; kind: string; reference: string }[]).filter((d) => d.overdue && kind(d.kind)).map((d) => d.reference);
    expect(overdue((k) => k !== 'processing.review')).toEqual(['KS 2026/1290']);
    // The demo register also has yearly reviews done more than a year ago (functions/local/demoRegisterState.json).
    expect(overdue((k) => k === 'processing.review').sort()).toEqual([
      'Bedriva kameraövervakning',
      'Föra elevregister',
      'Hantera rekrytering',
      'Löneadministration',
      'Utreda barn och unga',
    ]);

    const report = await runReminderSweep(app.services, demoClock.now());
    expect(report.sent).toBeGreaterThanOrEqual(4);
    const kinds = (await callApi(app, 'chat/messages', { as: 'whistleblowerHandler' })).body.items.map((m: { kind: string }) => m.kind);
    expect(kinds).toContain('deadlineReminder');
  });

  it("has a report from staff waiting for the DPO, with its card in the DPO's chat", async () => {
    const queue = (await callApi(app, 'reviews/pending', { as: 'dpo' })).body.items;
    expect(queue.map((r: { processingName: string; proposedBy: { displayName: string } }) => [r.processingName, r.proposedBy.displayName])).toEqual([
      ['Hantera friskvårdsbidrag', 'Anna Lindqvist'],
    ]);
    const cards = (await callApi(app, 'chat/messages', { as: 'dpo' })).body.items.filter((m: { kind: string }) => m.kind === 'processingReported');
    expect(cards).toHaveLength(1);
    expect(cards[0].card).toBeDefined();
  });
});

describe('npm run cli -- reminders --now', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'prt-cli-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  // Five CLI processes, each loading the store (about 2 s each on a quiet machine); 30 s ran out under CI's load.
  it('runs one sweep at the given time against the local store, once', { timeout: 120_000 }, async () => {
    const cli = fileURLToPath(new URL('../../functions/dist/cli/main.js', import.meta.url));
    const run = (now = '2027-11-20T08:00:00Z') =>
      promisify(execFile)(process.execPath, [cli, 'reminders', '--now', now], { env: { ...process.env, PRT_DATA_DIR: dataDir } });
    // The first run seeds the demo register as of that day; a year later the yearly reviews come due.
    expect(JSON.parse((await run('2026-11-23T08:00:00Z')).stdout.trim().split('\n').at(-1)!).sent).toBe(0);
    const first = JSON.parse((await run()).stdout.trim().split('\n').at(-1)!);
    expect(first).toMatchObject({ now: '2027-11-20T08:00:00.000Z', tenants: 1 });
    expect(first.sent).toBeGreaterThan(0);
    const second = JSON.parse((await run()).stdout.trim().split('\n').at(-1)!);
    expect(second.sent).toBe(0);
    const bad = await promisify(execFile)(process.execPath, [cli, 'reminders', '--now', 'yesterday'], { env: { ...process.env, PRT_DATA_DIR: dataDir } }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect((bad as { code: number }).code).toBe(2);
  });
});
