import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { DEMO_USERS } from '../support/demoUsers.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { callApi, startTestApp } from '../support/testApp.js';

interface ChatItem {
  id: string;
  kind: string;
  title: string;
  text: string;
  card?: { actions: { type: string; data?: Record<string, unknown> }[] };
}

async function chatOf(app: LocalApp, as: 'staff' | 'dpo' | 'economist'): Promise<ChatItem[]> {
  return (await callApi<{ items: ChatItem[] }>(app, 'chat/messages', { as })).body.items;
}

describe('reporting and DPO approval', () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('runs a new report from staff through DPO approval into the register', async () => {
    const report = await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hantera friskvårdsbidrag' }) });
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({ status: 'pending', createdBy: DEMO_USERS.staff, organisationUnit: 'Stadsbyggnadsnämnden' });
    const id = report.body.id as string;

    // Not in the register for other staff yet; the reporter and the DPO see it.
    const otherStaff = await callApi(app, `processings?q=friskv%C3%A5rdsbidrag`, { as: 'economist' });
    expect(otherStaff.body.total).toBe(0);
    expect((await callApi(app, `processings/${id}`, { as: 'economist' })).status).toBe(404);
    expect((await callApi(app, `processings/${id}`, { as: 'staff' })).status).toBe(200);

    // The DPO is told, with a card whose buttons carry the version.
    const [notice] = (await chatOf(app, 'dpo')).filter((m) => m.kind === 'processingReported');
    expect(notice?.title).toBe('Ny behandling att granska');
    expect(notice?.card?.actions.find((a) => a.type === 'Action.Execute')?.data).toEqual({ verb: 'decide', processingId: id, version: 1, decision: 'approve' });
    const queue = await callApi(app, 'reviews/pending', { as: 'dpo' });
    expect(queue.body.items.map((r: { processingId: string }) => r.processingId)).toContain(id);
    expect(queue.body.items.find((r: { processingId: string }) => r.processingId === id).proposedBy.displayName).toBe('Anna Lindqvist');

    // Staff cannot decide; the DPO approves.
    const forbidden = await callApi(app, `processings/${id}/versions/1/decision`, { method: 'POST', as: 'staff', body: { decision: 'approve' } });
    expect(forbidden.status).toBe(403);
    const approved = await callApi(app, `processings/${id}/versions/1/decision`, { method: 'POST', as: 'dpo', body: { decision: 'approve' } });
    expect(approved.status).toBe(200);
    expect(approved.body.processing.status).toBe('approved');
    expect((await callApi(app, `processings/${id}/versions/1/decision`, { method: 'POST', as: 'dpo', body: { decision: 'reject', reason: 'x' } })).status).toBe(
      409,
    );

    expect((await callApi(app, `processings?q=friskv%C3%A5rdsbidrag`, { as: 'economist' })).body.total).toBe(1);
    const decisionNotice = (await chatOf(app, 'staff')).find((m) => m.kind === 'decisionMade');
    expect(decisionNotice?.text).toContain('har godkänt version 1 av "Hantera friskvårdsbidrag"');
    const mine = await callApi(app, 'me/reports', { as: 'staff' });
    expect(mine.body.items.find((r: { processingId: string }) => r.processingId === id)).toMatchObject({ state: 'approved', version: 1 });
  });

  it('keeps the approved record visible while a change awaits review, and shows the history with a field diff', async () => {
    const list = await callApi(app, 'processings?q=visseblåsningsärenden', { as: 'staff' });
    const id = list.body.items[0].id as string;
    const current = await callApi(app, `processings/${id}`, { as: 'staff' });
    const proposal = { ...current.body, dpoContact: 'dso@exempelby.example', securityMeasures: ['Behörighetsstyrning', 'Loggning'] };
    const proposed = await callApi(app, `processings/${id}/proposals`, {
      method: 'POST',
      as: 'staff',
      body: proposal,
      headers: { 'if-match': current.headers.get('etag')! },
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body.version).toBe(2);

    const stillCurrent = await callApi(app, `processings/${id}`, { as: 'economist' });
    expect(stillCurrent.body).toMatchObject({ dpoContact: '', version: 1, status: 'approved' });
    const second = await callApi(app, `processings/${id}/proposals`, {
      method: 'POST',
      as: 'economist',
      body: { ...proposal, dpoContact: 'annan@exempelby.example' },
      headers: { 'if-match': current.headers.get('etag')! },
    });
    expect(second.status).toBe(409);

    const decided = await callApi(app, `processings/${id}/versions/2/decision`, { method: 'POST', as: 'dpo', body: { decision: 'approve' } });
    expect(decided.status).toBe(200);
    const after = await callApi(app, `processings/${id}`, { as: 'economist' });
    expect(after.body).toMatchObject({ dpoContact: 'dso@exempelby.example', version: 2, securityMeasures: ['Behörighetsstyrning', 'Loggning'] });

    const history = await callApi(app, `processings/${id}/versions`, { as: 'economist' });
    expect(history.body.items.map((h: { version: number; state: string }) => [h.version, h.state])).toEqual([
      [2, 'approved'],
      [1, 'approved'],
    ]);
    expect(history.body.items[0]).toMatchObject({
      proposedBy: { displayName: 'Anna Lindqvist' },
      decision: { decision: 'approve', decidedBy: { displayName: 'Erik Johansson' } },
    });
    expect(history.body.items[0].changes).toEqual([
      { path: 'dpoContact', before: '', after: 'dso@exempelby.example' },
      { path: 'securityMeasures', before: [], after: ['Behörighetsstyrning', 'Loggning'] },
    ]);
    expect(history.body.items[1]).toMatchObject({ origin: 'import', proposedBy: { displayName: 'seed' } });

    const audit = await callApi(app, `processings/${id}/audit`, { as: 'dpo' });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['imported', 'proposed', 'approved']);
    expect(JSON.stringify(audit.body.items)).not.toContain('dso@exempelby.example');
    expect((await callApi(app, `processings/${id}/audit`, { as: 'staff' })).status).toBe(403);
  });

  it('does not lose an update: approving a proposal whose base changed meanwhile fails with 412', async () => {
    const list = await callApi(app, 'processings?q=konsumentv%C3%A4gledningen', { as: 'staff' });
    const id = list.body.items[0].id as string;
    const current = await callApi(app, `processings/${id}`, { as: 'staff' });
    const etag = current.headers.get('etag')!;
    await callApi(app, `processings/${id}/proposals`, {
      method: 'POST',
      as: 'staff',
      body: { ...current.body, dpoContact: 'a@exempelby.example' },
      headers: { 'if-match': etag },
    });
    // Someone changes the record by other means (e.g. a re-import) after the proposal was made.
    const stored = await app.services.processings.get(current.body.tenantId, id);
    await app.services.processings.replace({ ...stored!.value, securityMeasures: ['Kryptering'] }, stored!.etag);
    const decision = await callApi(app, `processings/${id}/versions/2/decision`, { method: 'POST', as: 'dpo', body: { decision: 'approve' } });
    expect(decision.status).toBe(412);
    const after = await callApi(app, `processings/${id}`, { as: 'staff' });
    expect(after.body.securityMeasures).toEqual(['Kryptering']);
    expect(after.body.dpoContact).toBe('');
  });

  it('rejects with a reason, asks for changes, and lets the reporter revise', async () => {
    const report = await callApi(app, 'processings', { method: 'POST', as: 'economist', body: processingInput({ name: 'Hantera kundfakturor' }) });
    const id = report.body.id as string;
    const noReason = await callApi(app, `processings/${id}/versions/1/decision`, { method: 'POST', as: 'dpo', body: { decision: 'requestChanges' } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0]).toMatchObject({ field: 'reason', code: 'decision.reasonRequired' });
    const changes = await callApi(app, `processings/${id}/versions/1/decision`, {
      method: 'POST',
      as: 'dpo',
      body: { decision: 'requestChanges', reason: 'Ange lagringstid per ändamål.' },
    });
    expect(changes.body.processing.status).toBe('draft');
    const reporterChat = await chatOf(app, 'economist');
    expect(reporterChat.find((m) => m.kind === 'decisionMade')?.text).toContain('Ange lagringstid per ändamål.');

    const current = await callApi(app, `processings/${id}`, { as: 'economist' });
    const revised = await callApi(app, `processings/${id}/proposals`, {
      method: 'POST',
      as: 'economist',
      body: { ...current.body, dpoContact: 'dso@exempelby.example' },
      headers: { 'if-match': current.headers.get('etag')! },
    });
    expect(revised.status).toBe(201);
    expect((await callApi(app, `processings/${id}`, { as: 'economist' })).body).toMatchObject({ status: 'pending', version: 2 });
    expect((await callApi(app, `processings/${id}/versions/1/decision`, { method: 'POST', as: 'dpo', body: { decision: 'approve' } })).status).toBe(409);
    const rejected = await callApi(app, `processings/${id}/versions/2/decision`, {
      method: 'POST',
      as: 'dpo',
      body: { decision: 'reject', reason: 'Behandlingen finns redan under Hantera försäljning.' },
    });
    expect(rejected.body.processing.status).toBe('rejected');
    expect((await callApi(app, 'me/reports', { as: 'economist' })).body.items.map((r: { state: string }) => r.state)).toEqual(['rejected', 'changesRequested']);
  });

  it('notifies each DPO once per version even if the same notification is sent again', async () => {
    const before = (await chatOf(app, 'dpo')).length;
    const report = await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hantera e-arkiv' }) });
    const id = report.body.id as string;
    const again = await app.services.chat.send({
      key: `review|${id}|v1|${DEMO_USERS.dpo}`,
      tenantId: report.body.tenantId,
      recipientUserId: DEMO_USERS.dpo,
      kind: 'processingReported',
      title: 'x',
      text: 'x',
    });
    expect(again).toBe('duplicate');
    expect((await chatOf(app, 'dpo')).length).toBe(before + 1);
  });

  it('lets the DPO decide from the card in the local chat, and refuses staff', async () => {
    const report = await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hantera lönebidrag' }) });
    const id = report.body.id as string;
    const message = (await chatOf(app, 'dpo')).find((m) => m.card && JSON.stringify(m.card).includes(id))!;
    const approve = message.card!.actions.find((a) => a.type === 'Action.Execute' && a.data?.['decision'] === 'approve')!;
    const asStaff = await callApi(app, 'local/card-action', {
      method: 'POST',
      as: 'staff',
      body: { messageId: message.id, verb: 'decide', data: approve.data },
    });
    expect(JSON.stringify(asStaff.body.card)).toContain('Bara dataskyddsombudet kan fatta beslut.');
    const asDpo = await callApi(app, 'local/card-action', {
      method: 'POST',
      as: 'dpo',
      body: { messageId: message.id, verb: 'decide', data: { ...approve.data, reason: '' } },
    });
    expect(asDpo.status).toBe(200);
    expect(JSON.stringify(asDpo.body.card)).toContain('Erik Johansson: Godkänd');
    // The refreshed card still says what was decided on: a new report by Anna.
    expect(JSON.stringify(asDpo.body.card)).toContain('Ny behandling att granska');
    expect(JSON.stringify(asDpo.body.card)).toContain('Anna Lindqvist');
    expect((await callApi(app, `processings/${id}`, { as: 'economist' })).body.status).toBe('approved');
    const refreshed = (await chatOf(app, 'dpo')).find((m) => m.id === message.id)!;
    expect(JSON.stringify(refreshed.card)).toContain('Erik Johansson: Godkänd');
  });
});
