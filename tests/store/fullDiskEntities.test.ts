import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { open, readFile, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { NOTICE_FIXTURE } from '../support/documentDrafts.js';
import { kill, startHostProcess, type HostProcess } from '../support/hostProcess.js';
import { callApi } from '../support/testApp.js';

/** A real file system that fills up, as in fullDiskTmpfs.test.ts; large enough for the demo data the host starts with. */
function mountTmpfs(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'prt-tmpfs-host-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}

const mounted = mountTmpfs();

/**
 * A full tmpfs still takes an append that fits in the slack of a journal file's last 4 KiB page, and such a write
 * is then on disk and rightly acknowledged. Notes of 4,000 "å" (8,000 bytes) make every journal line of these
 * attempts longer than a page, so each one needs a page the full disk does not have.
 */
const PAGE_FILLING_NOTES = 'å'.repeat(4000);

const systemBody = (name: string) => ({
  name,
  kind: 'verksamhetssystem',
  supplier: 'Leverantören AB',
  hosting: 'saas',
  location: 'Sverige',
  notes: PAGE_FILLING_NOTES,
});

async function call(host: HostProcess, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const r = await callApi(host, path, { method, as: 'dpo', body, headers });
  return { status: r.status, body: r.body, etag: r.headers.get('etag'), type: r.headers.get('content-type') };
}

// Where tmpfs cannot be mounted (not root), durableStore.test.ts's injected ENOSPC is the test of the store itself.
describe.runIf(mounted)('the local host on a full disk: systems, processors, a linked rename, a draft submit', () => {
  let host: HostProcess | undefined;
  afterAll(async () => {
    if (host) await kill(host);
    host = undefined;
    execFileSync('umount', [mounted!]);
    await rm(mounted!, { recursive: true, force: true });
  });

  it('answers 503 problem+json with a code, keeps every acknowledged write, stays up, and writes again once space is freed', async () => {
    const dataDir = join(mounted!, 'data');
    host = await startHostProcess({ PRT_DATA_DIR: dataDir }, 120_000);
    const system = await call(host, 'POST', 'systems', systemBody('Fullt system'));
    expect(system.status).toBe(201);
    const linked: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await call(host, 'POST', 'processings', processingInput({ name: `Full disk ${i}`, systems: [{ id: system.body.id, name: 'x', kind: '' }] }));
      expect(r.status).toBe(201);
      linked.push(r.body.id);
    }
    const query = new URLSearchParams({ filename: 'notice.txt', unit: 'Arbetsmarknadsnämnden', controller: 'Exempelby kommun' });
    const upload = await call(host, 'POST', `documents?${query}`, new Uint8Array(await readFile(NOTICE_FIXTURE)), {
      'content-type': 'application/octet-stream',
    });
    expect(upload.status).toBe(201);
    const proposal = upload.body.proposals[0] as { key: string; fields: { path: string }[] };
    const read = await call(host, 'GET', `documents/${upload.body.id}`);
    const decisions = Object.fromEntries(proposal.fields.map((f) => [f.path, { action: 'accepted' }]));
    expect((await call(host, 'PATCH', `documents/${upload.body.id}`, { proposal: proposal.key, decisions }, { 'if-match': read.etag! })).status).toBe(200);

    const filler = join(mounted!, 'filler');
    const handle = await open(filler, 'w');
    try {
      // Down to the last byte: 64 KiB blocks alone can leave room for a small journal entry, and then the disk is not full.
      for (const size of [64 * 1024, 4096, 256, 1]) {
        try {
          for (;;) await handle.write(Buffer.alloc(size, 1));
        } catch (error) {
          expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
        }
      }
    } finally {
      await handle.close();
    }

    const current = await call(host, 'GET', `systems/${system.body.id}`);
    const attempts = {
      'create system': await call(host, 'POST', 'systems', systemBody('Får inte plats')),
      'create processor': await call(host, 'POST', 'processors', {
        name: 'Får inte plats AB',
        organisationNumber: '',
        location: '',
        contact: '',
        agreements: [],
        notes: PAGE_FILLING_NOTES,
      }),
      'rename linked system': await call(host, 'PUT', `systems/${system.body.id}`, systemBody('Omdöpt på full disk'), { 'if-match': current.etag! }),
      'submit draft proposal': await call(host, 'POST', `documents/${upload.body.id}/proposals/${proposal.key}/submit`),
    };
    const answers = Object.entries(attempts).map(([what, r]) => `${what}: ${r.status} ${r.body?.code}`);
    for (const [what, r] of Object.entries(attempts)) {
      expect([503, 507], `${what}: ${JSON.stringify(r.body)}`).toContain(r.status);
      expect(r.type).toContain('application/problem+json');
      expect(r.body.code).toBe('store.unavailable');
    }
    // Up, and reading, while the disk is full.
    expect((await call(host, 'GET', 'health')).status).toBe(200);
    expect((await call(host, 'GET', `systems/${system.body.id}`)).body.name).toBe('Fullt system');

    await unlink(filler);
    // Sent again once there is room: the rename completes on every linked processing, the submit gives one report.
    const again = await call(host, 'GET', `systems/${system.body.id}`);
    expect((await call(host, 'PUT', `systems/${system.body.id}`, systemBody('Omdöpt'), { 'if-match': again.etag! })).status).toBe(200);
    const sent = await call(host, 'POST', `documents/${upload.body.id}/proposals/${proposal.key}/submit`);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);

    await kill(host, 'SIGKILL');
    host = await startHostProcess({ PRT_DATA_DIR: dataDir }, 120_000);
    for (const id of linked) expect((await call(host, 'GET', `processings/${id}`)).body.systems[0].name).toBe('Omdöpt');
    const systems = (await call(host, 'GET', 'systems')).body.items.map((s: { name: string }) => s.name);
    expect(systems).toContain('Omdöpt');
    expect(systems).not.toContain('Får inte plats');
    const processors = (await call(host, 'GET', 'processors')).body.items.map((s: { name: string }) => s.name);
    expect(processors).not.toContain('Får inte plats AB');
    const versions = await call(host, 'GET', `processings/${sent.body.processing.id}/versions`);
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([1]);
    console.log(
      `tmpfs full disk, host: ${answers.join('; ')}; host stayed up; after freeing space the rename and the submit completed; 0 acknowledged writes lost`,
    );
  }, 400_000);
});
