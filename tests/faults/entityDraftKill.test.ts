import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { NOTICE_FIXTURE } from '../support/documentDrafts.js';
import { kill, startHostProcess, type HostProcess } from '../support/hostProcess.js';
import { callApi } from '../support/testApp.js';

const systemBody = (name: string) => ({ name, kind: 'verksamhetssystem', supplier: 'Leverantören AB', hosting: 'saas', location: 'Sverige' });
const processorBody = (name: string) => ({ name, organisationNumber: '', location: 'Sverige', contact: '', agreements: [], notes: '' });

/** A DPO's call against a running host; a connection the kill cut is `undefined` (not acknowledged). */
async function call(host: HostProcess, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  try {
    const r = await callApi(host, path, { method, as: 'dpo', body, headers });
    return { status: r.status, body: r.body, etag: r.headers.get('etag') };
  } catch {
    return undefined;
  }
}

/**
 * The local host SIGKILLed in the middle of the connected register's writes: a burst of IT system and processor
 * creations with a rename of a system that eight processings link, and a document draft's proposal being sent into
 * the review flow. After each restart every acknowledged write is there, the rename is on all linked processings or
 * completed by sending it again, and a proposal is one report or none — sending it again gives that one report.
 */
describe('SIGKILL during entity writes, a linked rename and a document-draft submit', () => {
  let dataDir: string;
  let host: HostProcess | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'prt-kill-entities-'));
  });
  afterAll(async () => {
    if (host) await kill(host);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged system and processor, and the rename whole or re-runnable', async () => {
    host = await startHostProcess({ PRT_DATA_DIR: dataDir }, 120_000);
    const system = (await call(host, 'POST', 'systems', systemBody('Kärnsystem 0')))!;
    expect(system.status).toBe(201);
    const linked: string[] = [];
    for (let i = 0; i < 8; i++) {
      const created = await call(host, 'POST', 'processings', processingInput({ name: `Länkad ${i}`, systems: [{ id: system.body.id, name: 'x', kind: '' }] }));
      expect(created?.status, JSON.stringify(created?.body)).toBe(201);
      linked.push(created!.body.id);
    }
    const acknowledged: { path: string; name: string }[] = [];
    const figures: string[] = [];
    let completedByResend = 0;
    const ROUNDS = 3;
    for (let round = 1; round <= ROUNDS; round++) {
      const running = host;
      const current = (await call(running, 'GET', `systems/${system.body.id}`))!;
      const target = `Kärnsystem ${round}`;
      let acked = 0;
      let cut = 0;
      let renameAcked = false;
      const rename = call(running, 'PUT', `systems/${system.body.id}`, systemBody(target), { 'if-match': current.etag! }).then((r) => {
        renameAcked = r?.status === 200;
      });
      const burst = Array.from({ length: 24 }, async (_, i) => {
        const kind = i % 2 === 0 ? 'systems' : 'processors';
        const name = `Kill ${round}-${i}`;
        const r = await call(running, 'POST', kind, kind === 'systems' ? systemBody(name) : processorBody(name));
        if (r?.status === 201) {
          acknowledged.push({ path: `${kind}/${r.body.id}`, name });
          acked++;
        } else cut++;
      });
      const deadline = Date.now() + 20_000;
      while (acked < round && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
      await kill(running, 'SIGKILL');
      await Promise.all([rename, ...burst]);
      host = await startHostProcess({ PRT_DATA_DIR: dataDir }, 120_000);

      const lost: string[] = [];
      for (const a of acknowledged) {
        const read = await call(host, 'GET', a.path);
        if (read?.status !== 200 || read.body.name !== a.name) lost.push(a.name);
      }
      expect(lost).toEqual([]);
      const names = async () => Promise.all(linked.map(async (id) => (await call(host!, 'GET', `processings/${id}`))!.body.systems[0].name as string));
      const entityName = (await call(host, 'GET', `systems/${system.body.id}`))!.body.name as string;
      const shown = await names();
      if (renameAcked) expect(shown.every((n) => n === target)).toBe(true);
      let state = renameAcked
        ? 'rename acknowledged, on all'
        : shown.every((n) => n === entityName)
          ? `rename ${entityName === target ? 'applied' : 'not applied'}, whole`
          : 'rename cut mid-way';
      // Never a name the entity never had.
      for (const n of shown) expect([target, current.body.name]).toContain(n);
      if (!shown.every((n) => n === target)) {
        const again = (await call(host, 'GET', `systems/${system.body.id}`))!;
        const resent = await call(host, 'PUT', `systems/${system.body.id}`, systemBody(target), { 'if-match': again.etag! });
        expect(resent?.status).toBe(200);
        expect(await names()).toEqual(linked.map(() => target));
        completedByResend++;
        state += ', completed by sending it again';
      }
      figures.push(`round ${round}: ${acked} creates acknowledged, ${cut} cut; ${state}`);
    }
    // link-entities over the same register links nothing new and changes no name.
    const linkedAgain = await call(host, 'POST', 'register/link-entities');
    expect(linkedAgain?.status).toBe(200);
    console.log(`SIGKILL, entity writes: ${figures.join('; ')}; ${acknowledged.length} acknowledged in all, 0 lost; ${completedByResend} renames re-sent`);
  }, 600_000);

  it('leaves a document-draft proposal sent as one report or none; sending it again gives exactly one', async () => {
    host ??= await startHostProcess({ PRT_DATA_DIR: dataDir }, 120_000);
    const notice = new Uint8Array(await readFile(NOTICE_FIXTURE));
    const outcomes: string[] = [];
    const ROUNDS = 4;
    const submitted = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const running = host;
      const query = new URLSearchParams({ filename: `notice-${round}.txt`, unit: `Arbetsmarknadsnämnden ${round}`, controller: 'Exempelby kommun' });
      const upload = (await call(running, 'POST', `documents?${query}`, notice, { 'content-type': 'application/octet-stream' }))!;
      expect(upload.status, JSON.stringify(upload.body)).toBe(201);
      const proposal = upload.body.proposals[0] as { key: string; name: string; fields: { path: string }[] };
      const read = (await call(running, 'GET', `documents/${upload.body.id}`))!;
      const decisions = Object.fromEntries(proposal.fields.map((f) => [f.path, { action: 'accepted' }]));
      const decided = await call(running, 'PATCH', `documents/${upload.body.id}`, { proposal: proposal.key, decisions }, { 'if-match': read.etag! });
      expect(decided?.status).toBe(200);
      // A unit per round: the same notice in the same unit is the same processing (its id is unit + name).
      // The kill comes 0–800 ms into the submit, so some land before it and some are cut.
      const sending = call(running, 'POST', `documents/${upload.body.id}/proposals/${proposal.key}/submit`);
      await new Promise((r) => setTimeout(r, [0, 40, 200, 800][round]));
      await kill(running, 'SIGKILL');
      const answer = await sending;
      host = await startHostProcess({ PRT_DATA_DIR: dataDir }, 120_000);
      const again = (await call(host, 'POST', `documents/${upload.body.id}/proposals/${proposal.key}/submit`))!;
      expect(again.status, JSON.stringify(again.body)).toBe(200);
      const id = again.body.processing.id as string;
      if (answer?.status === 200) expect(answer.body.processing.id).toBe(id);
      expect(submitted.has(id)).toBe(false);
      submitted.add(id);
      const versions = (await call(host, 'GET', `processings/${id}/versions`))!;
      expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([1]);
      const audit = (await call(host, 'GET', `processings/${id}/audit`))!;
      expect(audit.body.items.filter((e: { action: string }) => e.action === 'reported')).toHaveLength(1);
      outcomes.push(answer?.status === 200 ? 'acknowledged' : 'cut');
    }
    // One pending report per draft, none twice: the drafts' provenance names each once.
    const pending = (await call(host, 'GET', 'processings?status=pending&limit=500'))!;
    const fromDrafts = pending.body.items.filter((p: { id: string }) => submitted.has(p.id));
    expect(fromDrafts).toHaveLength(ROUNDS);
    console.log(`SIGKILL, document-draft submit: ${ROUNDS} rounds: ${outcomes.join(', ')}; each ended as exactly one report`);
  }, 600_000);
});
