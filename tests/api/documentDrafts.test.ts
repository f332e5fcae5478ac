import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftView } from '@prt/functions/app/documentDrafts/draftView.js';
import type { LocalApp } from '@prt/functions/localHost/startLocal.js';
import { docxFile, zipBombDocx } from '../support/documentFiles.js';
import { acceptAll, noticeBytes, rawPost, uploadDocument } from '../support/documentDrafts.js';
import { readerDouble } from '../support/documentReaderDouble.js';
import { callApi, startTestApp } from '../support/testApp.js';

describe('drafts from documents over the API: import, decide per field, send into the review flow', () => {
  let app: LocalApp;

  beforeAll(async () => {
    app = await startTestApp({ seedPath: null });
    app.services.documentReader = readerDouble;
  });
  afterAll(async () => app?.stop());

  const get = async (id: string) => callApi<DraftView>(app, `documents/${id}`, { as: 'dpo' });
  const patch = (id: string, etag: string | null, body: unknown) =>
    callApi<DraftView & { code?: string }>(app, `documents/${id}`, { method: 'PATCH', as: 'dpo', body, headers: etag ? { 'if-match': etag } : {} });
  const submit = (id: string, key: string) => callApi(app, `documents/${id}/proposals/${key}/submit`, { method: 'POST', as: 'dpo' });

  it("imports the project's own notice: the report names what was found and each proposal's fields; nothing enters the register", async () => {
    const before = await app.services.processings.list(app.directory.tenantId, {});
    const upload = await uploadDocument(app, noticeBytes(), { fileName: 'exempelby-integritetsinformation.txt' });
    expect(upload.status).toBe(201);
    expect(upload.body.report.found).toBe(2);
    expect(upload.body.report.proposals.map((p) => [p.name, p.fields])).toEqual([
      ['Arbetsmarknadsinsatser', 17],
      ['Ekonomiskt bistånd', 14],
    ]);
    expect(upload.body.format).toBe('txt');
    const field = upload.body.proposals[0]!.fields.find((f) => f.kind === 'retention')!;
    expect(upload.body.text.slice(field.passage.start, field.passage.end)).toBe('Uppgifterna gallras fem år efter att insatsen avslutats.');
    expect(await app.services.processings.list(app.directory.tenantId, {})).toHaveLength(before.length);
    const list = await callApi<{ items: { id: string; proposals: number }[] }>(app, 'documents', { as: 'dpo' });
    expect(list.body.items.find((d) => d.id === upload.body.id)?.proposals).toBe(2);
  });

  it('only the DPO and admins import, read and decide; staff are refused', async () => {
    expect((await uploadDocument(app, noticeBytes(), { as: 'staff' })).status).toBe(403);
    const { body } = await uploadDocument(app, noticeBytes());
    expect((await callApi(app, `documents/${body.id}`, { as: 'staff' })).status).toBe(403);
    expect((await callApi(app, 'documents', { as: 'staff' })).status).toBe(403);
    expect((await callApi(app, `documents/${body.id}/proposals/s1/submit`, { method: 'POST', as: 'staff' })).status).toBe(403);
    expect((await uploadDocument(app, noticeBytes(), { as: 'admin' })).status).toBe(201);
  });

  it('decisions need the ETag (428 without, 412 when stale) and name fields of the proposal', async () => {
    const { body } = await uploadDocument(app, noticeBytes());
    const read = await get(body.id);
    const etag = read.headers.get('etag')!;
    expect((await patch(body.id, null, { proposal: 's1', decisions: { name: { action: 'accepted' } } })).status).toBe(428);
    const first = await patch(body.id, etag, { proposal: 's1', decisions: { name: { action: 'accepted' } } });
    expect(first.status).toBe(200);
    expect(first.body.proposals[0]!.fields[0]!.decision).toEqual({ action: 'accepted' });
    const stale = await patch(body.id, etag, { proposal: 's1', decisions: { name: { action: 'dropped' } } });
    expect([stale.status, stale.body.code]).toEqual([412, 'documentDraft.changed']);
    const fresh = first.headers.get('etag')!;
    const unknown = await patch(body.id, fresh, { proposal: 's1', decisions: { 'purposes[7].recipients[0]': { action: 'accepted' } } });
    expect(unknown.status).toBe(400);
    expect((unknown.body as unknown as { errors: { code: string }[] }).errors[0]!.code).toBe('documentDraft.fieldNotFound');
    expect((await patch(body.id, fresh, { proposal: 's9', decisions: {} })).status).toBe(404);
    const bad = await patch(body.id, fresh, { proposal: 's1', decisions: { name: { action: 'approved' } } });
    expect(bad.status).toBe(400);
    const control = await patch(body.id, fresh, { proposal: 's1', decisions: { name: { action: 'edited', value: 'Rek\u202erytering' } } });
    expect((control.body as unknown as { errors: { code: string }[] }).errors[0]!.code).toBe('text.bidiControl');
    const cleared = await patch(body.id, fresh, { proposal: 's1', decisions: { name: null } });
    expect(cleared.body.proposals[0]!.fields[0]!.decision).toBeUndefined();
  });

  it("submit sends the accepted and edited fields as a pending report into the DPO's queue, with its version and audit; never approved", async () => {
    const { body } = await uploadDocument(app, noticeBytes(), { unit: 'Socialnämnden' });
    const proposal = body.proposals[1]!;
    const decisions: Record<string, unknown> = acceptAll(body, proposal.key);
    const retention = proposal.fields.find((f) => f.kind === 'retention')!;
    const recipient = proposal.fields.find((f) => f.kind === 'recipients')!;
    decisions[retention.path] = { action: 'edited', value: 'Gallras tre år efter det sista beslutet.' };
    decisions[recipient.path] = { action: 'dropped' };
    const decided = await patch(body.id, (await get(body.id)).headers.get('etag'), { proposal: proposal.key, decisions });
    expect(decided.status).toBe(200);

    const sent = await submit(body.id, proposal.key);
    expect(sent.status).toBe(200);
    const processing = sent.body.processing;
    expect(processing.status).toBe('pending');
    expect(processing.provenance.kind).toBe('document');
    expect(processing.name).toBe('Ekonomiskt bistånd');
    expect(processing.organisationUnit).toBe('Socialnämnden');
    const purpose = processing.purposes[0];
    expect(purpose.retention).toMatchObject({ text: 'Gallras tre år efter det sista beslutet.', periods: [{ amount: 3, unit: 'years' }] });
    expect(purpose.recipients).toEqual(['Centrala studiestödsnämnden']);
    expect(purpose.legalBasis.article6).toEqual(['publicTask']);
    expect(purpose.legalBasis.nationalLaw).toBe('socialtjänstlagen (2001:453)');
    expect(purpose.legalBasis.originalText).toContain('artikel 6.1 e');

    const queue = await callApi<{ items: { processingId: string; isNewReport: boolean }[] }>(app, 'reviews/pending', { as: 'dpo' });
    expect(queue.body.items.filter((i) => i.processingId === processing.id)).toEqual([expect.objectContaining({ isNewReport: true })]);
    const versions = await callApi<{ items: { version: number }[] }>(app, `processings/${processing.id}/versions`, { as: 'dpo' });
    expect(versions.body.items.map((v) => v.version)).toEqual([1]);
    const audit = await callApi<{ items: { action: string }[] }>(app, `processings/${processing.id}/audit`, { as: 'dpo' });
    expect(audit.body.items.map((e) => e.action)).toEqual(['reported']);
    const stored = await app.services.processings.get(app.directory.tenantId, processing.id);
    expect(stored?.value.status).toBe('pending');

    // A second submit is the same report; the proposal's decisions are frozen once sent.
    const again = await submit(body.id, proposal.key);
    expect(again.status).toBe(200);
    expect(again.body.processing.id).toBe(processing.id);
    expect((await callApi<{ items: unknown[] }>(app, `processings/${processing.id}/versions`, { as: 'dpo' })).body.items).toHaveLength(1);
    const late = await patch(body.id, (await get(body.id)).headers.get('etag'), { proposal: proposal.key, decisions: { name: { action: 'dropped' } } });
    expect([late.status, late.body.code]).toEqual([409, 'documentDraft.alreadySubmitted']);
    expect((await get(body.id)).body.proposals[1]!.submission).toMatchObject({ state: 'sent', processingId: processing.id });
  });

  it('a proposal without its name, or without what a report requires, is refused with field errors and nothing is written', async () => {
    const { body } = await uploadDocument(app, noticeBytes(), { unit: 'Kulturnämnden' });
    const noName = await submit(body.id, 's1');
    expect(noName.status).toBe(400);
    expect(noName.body.errors[0].code).toBe('documentDraft.nameRequired');
    await patch(body.id, (await get(body.id)).headers.get('etag'), { proposal: 's1', decisions: { name: { action: 'accepted' } } });
    const incomplete = await submit(body.id, 's1');
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors.map((e: { field: string }) => e.field)).toContain('purposes');
    expect((await get(body.id)).body.proposals[0]!.submission).toBeUndefined();
    expect(await app.services.processings.list(app.directory.tenantId, { organisationUnit: 'Kulturnämnden' })).toEqual([]);
  });

  it('checks a pasted or uploaded notice against a processing and lists the differences both ways', async () => {
    const { body } = await uploadDocument(app, noticeBytes(), { unit: 'Fritidsnämnden' });
    await patch(body.id, (await get(body.id)).headers.get('etag'), { proposal: 's1', decisions: acceptAll(body, 's1') });
    const { processing } = (await submit(body.id, 's1')).body;
    const changedNotice = noticeBytes().toString('utf8').replace('Arbetsförmedlingen och Försäkringskassan', 'Arbetsförmedlingen och Skatteverket');
    const pasted = await callApi<{ differences: { field: string; side: string; value: string }[] }>(app, 'documents/check', {
      method: 'POST',
      as: 'dpo',
      body: { processingId: processing.id, text: changedNotice },
    });
    expect(pasted.status).toBe(200);
    expect(pasted.body.differences.map((d) => [d.side, d.value])).toEqual(
      expect.arrayContaining([
        ['noticeOnly', 'Skatteverket'],
        ['registerOnly', 'Försäkringskassan'],
      ]),
    );
    const uploaded = await rawPost<{ differences: unknown[] }>(app, `documents/check?processingId=${processing.id}&filename=notice.txt`, noticeBytes());
    expect(uploaded.status).toBe(200);
    const missing = await callApi(app, 'documents/check', { method: 'POST', as: 'dpo', body: { processingId: 'nope', text: 'x' } });
    expect(missing.status).toBe(404);
  });

  it('hostile uploads: wrong type, huge, a zip bomb, binary, control characters in the unit, scripts in HTML', async () => {
    const refused = async (body: Buffer | string, fileName: string, status: number, code: string, unit?: string) => {
      const response = await uploadDocument(app, body, { fileName, ...(unit !== undefined ? { unit } : {}) });
      expect([response.status, response.body.code], fileName).toEqual([status, code]);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    };
    await refused(Buffer.from('PK\u0003\u0004'), 'register.xlsx', 400, 'document.unsupportedType');
    await refused(Buffer.alloc(10 * 1024 * 1024 + 10, 0x61), 'huge.txt', 413, 'body.tooLarge');
    await refused(zipBombDocx(), 'bomb.docx', 413, 'document.tooLarge');
    await refused(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]), 'notice.txt', 400, 'document.unsupportedType');
    await refused(Buffer.from('Hej'), 'notice.txt', 400, 'request.invalid', 'Social\u0007nämnden');
    await refused(Buffer.from(''), 'notice.txt', 400, 'request.invalid');

    const html = `<html><body><h2>Rekrytering</h2><script>fetch('/api/me')</script><p onclick="alert(1)">Vi behandlar dina personuppgifter för att rekrytera.<img src=x onerror=alert(2)></p><p>Uppgifterna gallras två år efter beslut.</p></body></html>`;
    const upload = await uploadDocument(app, html, { fileName: 'notice.html' });
    expect(upload.status).toBe(201);
    expect(upload.body.text).toBe('Rekrytering\n\nVi behandlar dina personuppgifter för att rekrytera.\nUppgifterna gallras två år efter beslut.');
    const stored = await app.services.documentDrafts.get(app.directory.tenantId, upload.body.id);
    expect(JSON.stringify(stored)).not.toMatch(/<script|fetch|onerror|onclick|alert/);

    const docx = await uploadDocument(
      app,
      await docxFile([{ heading: 'Rekrytering', paragraphs: ['Vi behandlar dina personuppgifter för att rekrytera.', 'x'] }]),
      {
        fileName: 'notice.docx',
      },
    );
    expect([docx.status, docx.body.format, docx.body.report.found]).toEqual([201, 'docx', 1]);
  });
});

describe("drafts from documents with the domain's reader: the project's notice, read, reviewed and sent, then checked", () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp({ seedPath: null });
  });
  afterAll(async () => app?.stop());

  it('reads both processings of the notice with their bases, national law and retention; the accepted one lands pending in the queue', async () => {
    const upload = await uploadDocument(app, noticeBytes(), { fileName: 'exempelby.txt', unit: 'Arbetsmarknadsnämnden' });
    expect(upload.status).toBe(201);
    expect(upload.body.language).toBe('sv');
    expect(upload.body.report.proposals.map((p) => p.name)).toEqual(['Arbetsmarknadsinsatser', 'Ekonomiskt bistånd']);
    const proposal = upload.body.proposals.find((p) => p.name === 'Ekonomiskt bistånd')!;
    const texts = (kind: string) => proposal.fields.filter((f) => f.kind === kind).map((f) => f.text);
    expect(texts('legalBases')).toEqual(['Art. 6(1)(e)']);
    expect(texts('nationalLaw')).toEqual(['socialtjänstlagen (2001:453)']);
    expect(texts('retention')).toEqual(['Uppgifterna gallras fem år efter det sista beslutet.']);
    for (const f of proposal.fields) expect(upload.body.text.slice(f.passage.start, f.passage.end)).toBe(f.passage.text);

    const etag = (await callApi(app, `documents/${upload.body.id}`, { as: 'dpo' })).headers.get('etag')!;
    const decided = await callApi(app, `documents/${upload.body.id}`, {
      method: 'PATCH',
      as: 'dpo',
      headers: { 'if-match': etag },
      body: { proposal: proposal.key, decisions: acceptAll(upload.body, proposal.key) },
    });
    expect(decided.status).toBe(200);
    const sent = await callApi(app, `documents/${upload.body.id}/proposals/${encodeURIComponent(proposal.key)}/submit`, { method: 'POST', as: 'dpo' });
    expect(sent.status).toBe(200);
    expect(sent.body.processing).toMatchObject({ status: 'pending', name: 'Ekonomiskt bistånd', organisationUnit: 'Arbetsmarknadsnämnden' });
    const purpose = sent.body.processing.purposes[0];
    expect(purpose.legalBasis).toMatchObject({ article6: ['publicTask'], nationalLaw: 'socialtjänstlagen (2001:453)' });
    expect(purpose.retention).toMatchObject({ periods: [{ amount: 5, unit: 'years' }] });
    const queue = await callApi<{ items: { processingId: string }[] }>(app, 'reviews/pending', { as: 'dpo' });
    expect(queue.body.items.map((i) => i.processingId)).toContain(sent.body.processing.id);

    // The published notice says something the record now does not: a recipient the DPO's record lacks.
    const notice = noticeBytes()
      .toString('utf8')
      .replace('Uppgifterna gallras fem år efter det sista beslutet.', 'Uppgifterna gallras tio år efter det sista beslutet.');
    for (const [lang, word] of [
      ['en', 'years'],
      ['da', 'år'],
    ] as const) {
      const check = await callApi<{ differences: { field: string; side: string; value: string }[] }>(app, `documents/check?lang=${lang}`, {
        method: 'POST',
        as: 'dpo',
        body: { processingId: sent.body.processing.id, text: notice },
      });
      expect(check.status).toBe(200);
      const retention = check.body.differences.filter((d) => d.field === 'retention');
      expect(retention.map((d) => d.side).sort()).toEqual(['noticeOnly', 'registerOnly']);
      expect(
        retention.every((d) => d.value.includes(word)),
        JSON.stringify(retention),
      ).toBe(true);
    }
  });
});
