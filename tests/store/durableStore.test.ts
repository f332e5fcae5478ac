import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { EmbeddedCosmos } from '@prt/functions/store/embedded/embeddedCosmos.js';
import { nodeStoreFiles, type StoreFiles } from '@prt/functions/store/embedded/storeFiles.js';
import { DataFolderLockedError } from '@prt/functions/store/embedded/dataFolderLock.js';
import { StoreLoadError } from '@prt/functions/store/embedded/snapshotFile.js';
import { StoreUnavailableError } from '@prt/functions/store/cosmos/cosmosErrors.js';
import { processingInput } from '@prt/domain/testing/processingFixtures';
import { crashCopy } from '../support/dataFolder.js';
import { callApi, startTestApp } from '../support/testApp.js';

const folders: string[] = [];
const open: EmbeddedCosmos[] = [];
async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'prt-durable-'));
  folders.push(dir);
  return dir;
}
async function start(dir: string, options: Partial<Parameters<typeof EmbeddedCosmos.start>[0]> = {}): Promise<EmbeddedCosmos> {
  const store = await EmbeddedCosmos.start({ snapshotPath: join(dir, 'store.json'), ...options });
  open.push(store);
  return store;
}
async function killedCopy(dir: string): Promise<string> {
  const copy = await folder();
  await rm(copy, { recursive: true });
  await crashCopy(dir, copy);
  return copy;
}
const doc = (id: string, extra: Record<string, unknown> = {}) => ({ id, tenantId: 't1', name: `Behandling ${id}`, ...extra });
const ids = async (store: EmbeddedCosmos) => (await store.containers.processings.items.readAll<{ id: string }>().fetchAll()).resources.map((r) => r.id).sort();

afterEach(async () => {
  for (const store of open.splice(0)) await store.stop().catch(() => undefined);
});
afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe('durable local store: journal', () => {
  it('keeps every acknowledged write when the process dies, with no snapshot written', async () => {
    const dir = await folder();
    const store = await start(dir);
    await store.containers.processings.items.create(doc('a'));
    await store.containers.processings.items.upsert(doc('b'));
    await store.containers.processings.items.upsert(doc('a', { name: 'ändrad' }));
    await store.containers.processings.item('b', 't1').delete();
    const copy = await killedCopy(dir);
    expect(await readdir(copy)).not.toContain('store.json');
    const restarted = await start(copy);
    expect(restarted.restored).toBe(true);
    expect(await ids(restarted)).toEqual(['a']);
    expect((await restarted.containers.processings.item('a', 't1').read()).resource.name).toBe('ändrad');
  });

  it('journals nothing for queries, query plans, reads and rewrites of identical content', async () => {
    const store = await start(await folder());
    await store.containers.processings.items.create(doc('a'));
    const before = store.journalBytes;
    await store.containers.processings.items
      .query({ query: 'SELECT * FROM c WHERE c.tenantId = @t ORDER BY c.name', parameters: [{ name: '@t', value: 't1' }] })
      .fetchAll();
    await store.containers.processings.items.query('SELECT VALUE COUNT(1) FROM c').fetchAll();
    await store.containers.processings.item('a', 't1').read();
    await store.containers.processings.items.upsert(doc('a'));
    expect(store.journalBytes).toBe(before);
    await store.containers.processings.items.upsert(doc('a', { name: 'ny' }));
    expect(store.journalBytes).toBeGreaterThan(before);
  });

  it('ignores and cuts off a torn last line (a crash mid-append), keeping everything before it', async () => {
    const dir = await folder();
    const store = await start(dir);
    await store.containers.processings.items.create(doc('a'));
    const copy = await killedCopy(dir);
    const journal = join(copy, 'store.journal.000000.jsonl');
    const intact = (await readFile(journal)).length;
    await appendFile(journal, '{"changes":[{"container":"processings","id":"half');
    const logged: string[] = [];
    const restarted = await start(copy, { log: (line) => logged.push(line) });
    expect(await ids(restarted)).toEqual(['a']);
    expect((await readFile(journal)).length).toBe(intact);
    expect(logged.join('\n')).toContain('incomplete last line');
    await restarted.containers.processings.items.create(doc('b'));
    await restarted.stop();
    const again = await start(copy);
    expect(await ids(again)).toEqual(['a', 'b']);
  });

  it('refuses to start on a damaged journal line, naming file and line without quoting content', async () => {
    const dir = await folder();
    const store = await start(dir);
    await store.containers.processings.items.create(doc('a', { name: 'Anna Andersson 19800101-1234' }));
    const copy = await killedCopy(dir);
    const journal = join(copy, 'store.journal.000000.jsonl');
    await writeFile(
      journal,
      `{"changes":[{"container":"processings","id":"x","document":{"id":"x","note":"Anna Andersson"` + '\n' + (await readFile(journal, 'utf8')),
    );
    const failure = await start(copy).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toBeInstanceOf(StoreLoadError);
    expect((failure as Error).message).toContain('store.journal.000000.jsonl');
    expect((failure as Error).message).toContain('line 1');
    expect((failure as Error).message).not.toContain('Anna');
    expect((failure as Error).message.split('\n')).toHaveLength(1);
  });
});

describe('durable local store: bulk loads (seed, CLI import)', () => {
  it('keeps a bulk load all or nothing: a crash before its end leaves none of it, its end all of it', async () => {
    const dir = await folder();
    const store = await start(dir);
    await store.containers.processings.items.create(doc('before'));
    let midway = '';
    await store.bulk(async () => {
      for (let i = 0; i < 20; i++) await store.containers.processings.items.create(doc(`bulk-${i}`));
      midway = await killedCopy(dir);
    });
    expect(await ids(await start(midway))).toEqual(['before']);
    const after = await ids(await start(await killedCopy(dir)));
    expect(after).toHaveLength(21);
  });

  it('rolls the whole bulk load back when its journal entry cannot be written', async () => {
    let full = false;
    const files: StoreFiles = {
      ...nodeStoreFiles,
      async openAppend(path) {
        const file = await nodeStoreFiles.openAppend(path);
        return { ...file, append: (bytes) => (full ? Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })) : file.append(bytes)) };
      },
    };
    const store = await start(await folder(), { files });
    await store.containers.processings.items.create(doc('before'));
    const failure = await store
      .bulk(async () => {
        for (let i = 0; i < 5; i++) await store.containers.processings.items.create(doc(`bulk-${i}`));
        await store.containers.processings.items.upsert(doc('before', { name: 'changed in bulk' }));
        full = true;
      })
      .catch((e: Error) => e);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect(await ids(store)).toEqual(['before']);
    expect((await store.containers.processings.item('before', 't1').read()).resource.name).toBe('Behandling before');
  });
});

describe('durable local store: snapshot', () => {
  async function startOn(snapshot: string): Promise<Error> {
    const dir = await folder();
    await writeFile(join(dir, 'store.json'), snapshot);
    const failure = await start(dir).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    // The store left the file as it was, and the lock was released for the next attempt.
    expect(await readFile(join(dir, 'store.json'), 'utf8')).toBe(snapshot);
    expect(await readdir(dir)).not.toContain('store.lock');
    return failure as Error;
  }
  const snapshot = (containers: unknown) => JSON.stringify({ format: 1, savedAt: '2026-11-01T00:00:00Z', containers });

  it('refuses an unknown container, a document without an id, and corrupt JSON, in one line and without content', async () => {
    const unknown = await startOn(snapshot({ processings: [doc('a')], procesings: [doc('b', { name: 'Anna Andersson' })] }));
    expect(unknown.message).toMatch(/store\.json: holds an unknown container "procesings"/);
    const noId = await startOn(snapshot({ processings: [doc('a'), { tenantId: 't1', name: 'Anna Andersson' }] }));
    expect(noId.message).toMatch(/store\.json: document 2 of container "processings" has no id/);
    const corrupt = await startOn('{"format":1,"containers":{"processings":[{"id":"a","name":"Anna Andersson"');
    expect(corrupt.message).toMatch(/store\.json: is not valid JSON/);
    for (const error of [unknown, noId, corrupt]) {
      expect(error).toBeInstanceOf(StoreLoadError);
      expect(error.message).not.toContain('Anna');
      expect(error.message.split('\n')).toHaveLength(1);
    }
  });

  it('loads a snapshot from before the journal, and removes temp files a crashed compaction left', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'store.json'), snapshot({ processings: [doc('old')] }));
    await writeFile(join(dir, 'store.json.4242.1700000000000.tmp'), '{"format":1,"contai');
    const store = await start(dir);
    expect(await ids(store)).toEqual(['old']);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('compacts the journal into a snapshot while writes go on, and loses nothing across the switch', async () => {
    const dir = await folder();
    const store = await start(dir, { compactAfterBytes: 2_000 });
    const written: string[] = [];
    for (let round = 0; round < 6; round++) {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) => {
          const id = `r${round}-${i}`;
          written.push(id);
          return store.containers.processings.items.create(doc(id, { padding: 'x'.repeat(100) }));
        }),
      );
    }
    await store.settled();
    const files = await readdir(dir);
    expect(files).toContain('store.json');
    const seqs = files.filter((n) => n.startsWith('store.journal.'));
    expect(seqs).toHaveLength(1);
    expect(seqs[0]).not.toBe('store.journal.000000.jsonl');
    const restarted = await start(await killedCopy(dir));
    expect(await ids(restarted)).toEqual(written.sort());
  });
});

describe('durable local store: full disk', () => {
  /** The real file system, except that appends fail with ENOSPC while `full` is set. */
  function fillableDisk(): { files: StoreFiles; full: boolean } {
    const disk = { full: false, files: nodeStoreFiles };
    disk.files = {
      ...nodeStoreFiles,
      async openAppend(path) {
        const file = await nodeStoreFiles.openAppend(path);
        return {
          ...file,
          async append(bytes) {
            if (!disk.full) return file.append(bytes);
            // A full disk may take part of the line before refusing the rest.
            await file.append(bytes.subarray(0, Math.floor(bytes.length / 2)));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          },
        };
      },
    };
    return disk;
  }

  it('answers 503 and rolls the write back when the journal cannot be written, then recovers', async () => {
    const dir = await folder();
    const disk = fillableDisk();
    const logged: string[] = [];
    const store = await start(dir, { files: disk.files, log: (line) => logged.push(line) });
    const items = store.containers.processings.items;
    await items.create(doc('kept'));
    disk.full = true;
    const created = await items.create(doc('lost')).catch((e: { code: number }) => e);
    expect((created as { code: number }).code).toBe(503);
    const replaced = await items.upsert(doc('kept', { name: 'never saved' })).catch((e: { code: number }) => e);
    expect((replaced as { code: number }).code).toBe(503);
    const deleted = await store.containers.processings
      .item('kept', 't1')
      .delete()
      .catch((e: { code: number }) => e);
    expect((deleted as { code: number }).code).toBe(503);
    // Nothing of the refused writes stays in memory.
    expect(await ids(store)).toEqual(['kept']);
    expect((await store.containers.processings.item('kept', 't1').read()).resource.name).toBe('Behandling kept');
    expect(logged.join('\n')).toContain('ENOSPC');
    disk.full = false;
    await items.create(doc('after'));
    const restarted = await start(await killedCopy(dir));
    expect(await ids(restarted)).toEqual(['after', 'kept']);
    expect((await restarted.containers.processings.item('kept', 't1').read()).resource.name).toBe('Behandling kept');
  });
});

describe('durable local store: full disk through the API', () => {
  it('answers 503 store.unavailable to a report, and the register does not change', async () => {
    const dir = await folder();
    let full = false;
    const files: StoreFiles = {
      ...nodeStoreFiles,
      async openAppend(path) {
        const file = await nodeStoreFiles.openAppend(path);
        return { ...file, append: (bytes) => (full ? Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })) : file.append(bytes)) };
      },
    };
    const app = await startTestApp({ dataDir: dir, seedPath: null, storeFiles: files });
    try {
      const before = (await callApi(app, 'processings', { as: 'staff' })).body.total;
      full = true;
      const refused = await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hantera full disk' }) });
      expect(refused.status).toBe(503);
      expect(refused.body.code).toBe('store.unavailable');
      expect(refused.body.params).toEqual({ retryAfterSeconds: 30 });
      expect(refused.headers.get('retry-after')).toBe('30');
      full = false;
      expect((await callApi(app, 'processings', { as: 'staff' })).body.total).toBe(before);
      expect((await callApi(app, 'processings', { method: 'POST', as: 'staff', body: processingInput({ name: 'Hantera full disk' }) })).status).toBe(201);
    } finally {
      await app.stop();
    }
  });
});

describe('durable local store: one writer per data folder', () => {
  it('refuses a second store on a folder in use, with who holds it', async () => {
    const dir = await folder();
    await start(dir);
    const failure = await EmbeddedCosmos.start({ snapshotPath: join(dir, 'store.json'), lockRole: 'npm run cli -- import' }).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(DataFolderLockedError);
    expect((failure as Error).message).toContain(`process ${process.pid}`);
    expect((failure as Error).message).toContain('the local host');
  });

  it('takes over the lock of a process that is gone', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'store.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, startedAt: '2026-01-01T00:00:00Z', role: 'host' }));
    const store = await start(dir);
    expect(JSON.parse(await readFile(join(dir, 'store.lock'), 'utf8')).pid).toBe(process.pid);
    await store.stop();
    expect(await readdir(dir)).not.toContain('store.lock');
  });
});
